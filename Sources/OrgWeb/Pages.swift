import Foundation
import OrgAnalysis
import OrgExport
import OrgFiles
import OrgImport
import OrgModel
import OrgSimulation
import OrgSpreadsheet

extension Workbench {
    // MARK: Workspace

    func workspacePage(_ c: Workbench.Context, message: String = "", status: Int = 200) -> WebResponse {
        let l = c.l
        var charts: [String] = [], scenarios: [String] = []
        for f in options.workspace.yamlFiles() {
            switch kind(of: f) {
            case "chart": charts.append(f)
            case "scenario": scenarios.append(f)
            default: break
            }
        }
        var b = "<h1>\(l.pick("Folder kerja", "Workspace"))</h1>" + message
        b += "<h2>\(l.pick("Bagan", "Charts"))</h2>"
        if charts.isEmpty { b += "<p class=\"muted\">\(l.pick("Belum ada bagan. Unggah berkas Excel, CSV, GraphML atau YAML di bawah.", "No charts yet. Upload an Excel, CSV, GraphML or YAML file below."))</p>" }
        b += "<ul id=\"charts\">"
        for f in charts {
            let name = load(options.workspace.resolve(f) ?? "")?.chart?.organisation.name ?? f
            b += "<li>\(HTML.link("/chart?" + HTML.query([("f", f)]), name)) <span class=\"muted\">(\(HTML.escape(f)))</span></li>"
        }
        b += "</ul><h2>\(l.pick("Skenario", "Scenarios"))</h2>"
        if scenarios.isEmpty { b += "<p class=\"muted\">\(l.pick("Belum ada skenario. Buka sebuah bagan, lalu susun skenario dari halamannya.", "No scenarios yet. Open a chart and build one from its page."))</p>" }
        b += "<ul id=\"scenarios\">"
        for f in scenarios {
            b += "<li>\(HTML.escape(f))"
            if c.canEdit {
                b += " <form method=\"post\" action=\"/scenario/open\" class=\"inline\">\(HTML.csrf(c.csrf))<input type=\"hidden\" name=\"s\" value=\"\(HTML.escape(f))\"><button type=\"submit\" class=\"secondary\">\(l.pick("Buka di penyusun", "Open in the builder"))</button></form>"
            }
            b += "</li>"
        }
        b += "</ul>" + draftList(c) + jobList(c)
        if c.canEdit {
            b += """
                <h2>\(l.pick("Bawa masuk berkas", "Bring in a file"))</h2>
                <form method="post" action="/upload" enctype="multipart/form-data" id="upload-form">\(HTML.csrf(c.csrf))
                <p class="muted">\(l.pick("Daftar pegawai, peta jabatan/SOTK, ABK (.xlsx, .csv), GraphML, atau bagan YAML. Paling besar \(l.integer(options.maxUploadBytes >> 20)) MiB per unggahan.",
                                          "Staff lists, peta jabatan/SOTK, ABK (.xlsx, .csv), GraphML, or a YAML chart. At most \(l.integer(options.maxUploadBytes >> 20)) MiB per upload."))</p>
                <input type="file" name="file" id="file" multiple required accept=".xlsx,.csv,.txt,.xls,.json,.graphml,.yaml,.yml">
                <button type="submit" id="upload">\(l.pick("Unggah dan periksa", "Upload and check"))</button></form>
                """
        }
        return page(l.pick("Folder kerja", "Workspace"), b, c, status: status)
    }

    // MARK: Upload

    func upload(_ c: Workbench.Context) -> WebResponse {
        let l = c.l
        let files = (c.form?.files ?? []).filter { !$0.data.isEmpty || !$0.name.isEmpty }
        guard !files.isEmpty else {
            return workspacePage(c, message: "<div class=\"msg error\" id=\"message\">\(l.pick("Pilih berkas dulu.", "Choose a file first."))</div>", status: 400)
        }
        // Only the file's own name, never a path the browser sends.
        let names = files.map { f -> String in
            let base = (f.name as NSString).lastPathComponent
            let clean = String(base.map { $0.isLetter || $0.isNumber || "-_. ".contains($0) ? $0 : "-" })
            return clean.hasPrefix(".") || clean.isEmpty ? "berkas" + clean : clean
        }
        var lines: [(severity: String, text: String, link: String?)] = []
        // The files are kept (hidden, in `.ramping/uploads/`) so that each message can open its sheet at its cell.
        let uploadID = keepUpload(zip(files, names).map { (name: $1, data: $0.data) })
        var chart: OrgChart?
        var yamlText: String?
        let stem = ((names[0] as NSString).deletingPathExtension)
        let head = String(decoding: files[0].data.prefix(4096), as: UTF8.self)
        if files.count == 1 && (head.hasPrefix("format: ramping/1") || head.contains("\nformat: ramping/1")) {
            let loaded = ChartLoader.load(data: files[0].data, file: names[0])
            for d in loaded.diagnostics { lines.append((d.severity.rawValue, d.rendered(l), nil)) }
            if loaded.isValid { yamlText = String(decoding: files[0].data, as: UTF8.self) }
        } else if files.count == 1 && (head.contains("<graphml") || names[0].lowercased().hasSuffix(".graphml")) {
            do {
                let (imported, report) = try ChartImporter.importGraphML(files[0].data, asOf: today())
                for n in report.mapped { lines.append(("note", n.text(l), nil)) }
                for n in report.guessed { lines.append(("warning", n.text(l), nil)) }
                for n in report.ignored { lines.append(("note", n.text(l), nil)) }
                chart = imported
            } catch {
                let place = error.location.map { "\(names[0]):\($0.line):\($0.column)" } ?? names[0]
                lines.append(("error", "\(place): error: \(error.text(l))", nil))
            }
        } else {
            let inputs = zip(files, names).map { ImportInput(path: $1, data: $0.data) }
            let result = Importer.run(inputs, options: ImportOptions(today: today()))
            for d in result.diagnostics {
                let link = uploadID.flatMap { u in d.location.map { sheetLink(upload: u, file: ($0.path as NSString).lastPathComponent, sheet: $0.sheet, cell: $0.cell.a1) } }
                lines.append((d.severity.rawValue, d.rendered(l), link))
            }
            chart = result.chart
        }
        if let chart {
            let yaml = ChartWriter.yaml(chart, header: ["Imported by the Ramping workbench from \(names.joined(separator: ", "))."])
            let loaded = ChartLoader.load(text: yaml, file: names[0])
            if loaded.isValid { yamlText = yaml } else {
                for d in loaded.diagnostics where d.severity == .error { lines.append(("error", d.rendered(l), nil)) }
            }
        }
        var b = "<h1>\(l.pick("Hasil pemeriksaan", "Check result")): \(HTML.escape(names.joined(separator: ", ")))</h1>"
        var saved: String?
        if let yamlText {
            let target = uniqueName(stem.isEmpty ? "bagan" : stem, ext: "yaml")
            if let target, let path = options.workspace.resolve(target), (try? AtomicFile.write(yamlText, to: path)) != nil {
                saved = target
                b += "<div class=\"msg ok\" id=\"message\">\(l.pick("Bagan disimpan sebagai", "Chart saved as")) \(HTML.escape(target)). \(HTML.link("/chart?" + HTML.query([("f", target)]), l.pick("Buka bagan", "Open the chart")))</div>"
            } else {
                b += "<div class=\"msg error\" id=\"message\">\(l.pick("Bagan tidak dapat disimpan di folder kerja.", "The chart could not be saved in the workspace."))</div>"
            }
        } else {
            let errors = lines.count { $0.severity == "error" }
            b += "<div class=\"msg error\" id=\"message\">\(l.pick("\(l.integer(errors)) galat; tidak ada yang disimpan. Perbaiki sel atau baris yang disebut, lalu unggah lagi.", "\(l.integer(errors)) errors; nothing was saved. Fix the cells or lines named, then upload again."))</div>"
        }
        if !lines.isEmpty {
            b += "<ul class=\"messages\" id=\"messages\">"
            for line in lines {
                // "FILE:SHEET!CELL: error: text" — the place in bold.
                let parts = line.text.components(separatedBy: ": ")
                let place = parts.count > 2 ? parts[0] : ""
                let rest = parts.count > 2 ? parts.dropFirst().joined(separator: ": ") : line.text
                let shown = line.link.map { HTML.link($0, place, cls: "place") } ?? "<span class=\"place\">\(HTML.escape(place))</span>"
                b += "<li class=\"\(HTML.escape(line.severity))\">\(shown) \(HTML.escape(rest))</li>"
            }
            b += "</ul>"
        }
        b += "<p>\(HTML.link("/", l.pick("Kembali ke folder kerja", "Back to the workspace")))</p>"
        return page(l.pick("Hasil pemeriksaan", "Check result"), b, c, status: saved == nil ? 422 : 200)
    }

    /// `stem.ext`, or `stem-2.ext`, … the first name not taken in the workspace.
    func uniqueName(_ stem: String, ext: String, folder: String = "") -> String? {
        for k in 1...500 {
            let name = folder + (k == 1 ? "\(stem).\(ext)" : "\(stem)-\(k).\(ext)")
            if let path = options.workspace.resolve(name), !FileManager.default.fileExists(atPath: path) { return name }
        }
        return nil
    }

    func today() -> Day {
        let c = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "Asia/Jakarta")!, from: Date())
        return Day(year: c.year!, month: c.month!, day: c.day!)!
    }

    // MARK: Chart overview

    func chartPage(_ c: Workbench.Context) -> WebResponse {
        let l = c.l
        let (file, graph): (String, OrgGraph)
        switch chart(c) { case .failure(let r): return r; case .success(let v): (file, graph) = v }
        let q = HTML.query([("f", file)])
        let summary = ChartSummary(graph)
        let compliance = ComplianceAnalysis(graph)
        var b = "<div class=\"crumbs\">\(HTML.escape(file))</div><h1>\(HTML.escape(graph.chart.organisation.name))</h1>"
        b += Page.cards([(l.integer(summary.units), l.pick("unit", "units")), (l.integer(summary.positions), l.pick("jabatan", "posts")),
                         (l.integer(summary.seats), l.pick("formasi", "seats")), (l.integer(summary.inPost), l.pick("pegawai menjabat", "people in post")),
                         (l.integer(summary.vacantSeats), l.pick("formasi kosong", "vacant seats")), (l.integer(summary.pool), l.pick("pegawai tanpa jabatan", "people without a post")),
                         (l.integer(summary.layers), l.pick("lapisan", "layers")), (l.integer(compliance.errors), l.pick("pelanggaran", "violations"))])
        b += "<p class=\"downloads\">"
        if c.canEdit {
            b += "<form method=\"post\" action=\"/scenario/new\" class=\"inline\">\(HTML.csrf(c.csrf))<input type=\"hidden\" name=\"f\" value=\"\(HTML.escape(file))\"><label>\(l.pick("Nama skenario baru", "New scenario's name")) <input type=\"text\" name=\"name\" id=\"scenario-name\" value=\"\(l.pick("Skenario baru", "New scenario"))\" required></label> <button type=\"submit\" id=\"new-scenario\">\(l.pick("Susun skenario dari bagan ini", "Build a scenario from this chart"))</button></form>"
        }
        b += "</p><h2>\(l.pick("Analisis", "Analyses"))</h2><p class=\"downloads\">"
        for (a, name) in Self.analyses(l) { b += HTML.link("/analysis?" + HTML.query([("f", file), ("a", a)]), name) + " " }
        let scenarios = options.workspace.yamlFiles().filter { kind(of: $0) == "scenario" }
        if !scenarios.isEmpty {
            b += HTML.link("/compare?" + HTML.query([("f", file)] + scenarios.map { ("s", $0) }), l.pick("Bandingkan semua skenario", "Compare every scenario"))
        }
        b += "</p><h2>\(l.pick("Struktur organisasi", "Organisation structure"))</h2>"
        b += diagram(graph, file: file, unit: nil, depth: 1, l)
        b += "<p class=\"downloads\">\(l.pick("Unduh", "Download")): "
        for (fmt, name) in [("svg", "SVG"), ("pdf", "PDF"), ("png", "PNG")] {
            b += HTML.link("/export?" + q + "&" + HTML.query([("view", "units"), ("depth", "1"), ("format", fmt)]), l.pick("struktur ", "structure ") + name) + " "
        }
        b += HTML.link("/export?" + q + "&format=graphml&view=people", "GraphML") + "</p>"
        if c.canEdit {
            b += "<p class=\"downloads\">\(l.pick("Pekerjaan panjang (dengan kemajuan, dapat dibatalkan)", "Long work (with progress, can be cancelled)")): "
            for (kind, label) in Self.jobKinds(l) { b += jobForm(c, file: file, kind: kind, label: label) }
            b += "</p>"
        }
        b += "<h2>\(l.pick("Perangkat daerah", "Perangkat daerah"))</h2><input class=\"filter\" data-table=\"units\" placeholder=\"\(l.pick("Saring…", "Filter…"))\">"
        let gaps = GapAnalysis(graph)
        var unitTable = Table(title: "", columns: [l.pick("Unit", "Unit"), l.pick("Jenis", "Kind"), "B", "K", "±"], alignments: [.left, .left, .right, .right, .right])
        var unitLinks: [String] = []
        for g in gaps.units where g.depth == 1 {
            unitTable.rows.append([g.name, graph.units[g.unit].kind.label(l), l.integer(g.figures.filled), l.integer(g.figures.need), signed(g.figures.gap, l)])
            unitLinks.append("/unit?" + HTML.query([("f", file), ("u", g.id)]))
        }
        b += HTML.table(unitTable, id: "units", links: [0: { unitLinks[$0] }])
        b += "<h2>\(l.pick("Kepatuhan", "Compliance"))</h2>"
        b += compliance.tables(l, limit: 30).map { HTML.table($0) }.joined()
        b += summary.tables(l).map { HTML.table($0) }.joined()
        return page(graph.chart.organisation.name, b, c)
    }

    func signed(_ n: Int, _ l: Language) -> String { n > 0 ? "+" + l.integer(n) : l.integer(n) }

    static func analyses(_ l: Language) -> [(String, String)] {
        [("spans", l.pick("Rentang kendali", "Spans of control")), ("gaps", l.pick("Kebutuhan pegawai (ABK)", "Staffing gaps (ABK)")),
         ("compliance", l.pick("Kepatuhan", "Compliance")), ("merit", l.pick("Penempatan berdasarkan merit", "Merit placement")),
         ("talent", l.pick("Kotak talenta", "Talent box")), ("careers", l.pick("Suksesi dan karier", "Succession and careers"))]
    }

    /// The structure picture, inline (so a click on a unit can open it), with zoom and pan.
    func diagram(_ graph: OrgGraph, file: String, unit: String?, depth: Int?, _ l: Language, base: OrgGraph? = nil) -> String {
        do {
            var exported = try ExportGraph(graph, view: .units, unit: unit, depth: depth, language: l)
            if let base { exported.markDifferences(from: base) }
            let svg = try Renderer.render(dot: DOTWriter.write(exported), as: .svg, date: graph.asOf)
            var text = String(decoding: svg, as: UTF8.self)
            if let start = text.range(of: "<svg") { text = String(text[start.lowerBound...]) }
            var links: [String: String] = [:]
            for u in graph.units.indices where graph.unitDepth[u] >= 1 {
                links[ExportGraph.unitID(graph.units[u].id)] = "/unit?" + HTML.query([("f", file), ("u", graph.units[u].id)])
            }
            let json = "{" + links.sorted { $0.key < $1.key }.map { "\"\(jsonEscape($0.key))\":\"\(jsonEscape($0.value))\"" }.joined(separator: ",") + "}"
            return "<div class=\"diagram\" data-links=\"\(HTML.escape(json))\"><div class=\"tools\"><button type=\"button\" class=\"zoom-in\">+</button><button type=\"button\" class=\"zoom-out\">−</button><button type=\"button\" class=\"zoom-reset\">1:1</button></div>\(Self.cleanSVG(text))</div>"
        } catch let error as ExportError {
            return "<div class=\"msg warn\">\(HTML.escape(error.text(l)))</div>"
        } catch {
            return "<div class=\"msg warn\">\(HTML.escape(String(describing: error)))</div>"
        }
    }

    /// Graphviz's SVG without what a page must not run: scripts, event attributes, foreign objects.
    static func cleanSVG(_ svg: String) -> String {
        var s = svg
        for pattern in ["<script[^>]*>[\\s\\S]*?</script>", "<foreignObject[\\s\\S]*?</foreignObject>", "\\son[a-zA-Z]+\\s*=\\s*\"[^\"]*\"", "\\sstyle\\s*=\\s*\"[^\"]*\""] {
            s = s.replacingOccurrences(of: pattern, with: "", options: .regularExpression)
        }
        return s
    }

    func jsonEscape(_ s: String) -> String {
        s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
    }

    // MARK: A unit

    func unitPage(_ c: Workbench.Context) -> WebResponse {
        let l = c.l
        let (file, graph): (String, OrgGraph)
        switch chart(c) { case .failure(let r): return r; case .success(let v): (file, graph) = v }
        guard let id = c.request.q("u"), let u = graph.unitIndex[id] else { return notFound(l) }
        let showPeople = c.request.q("people") == "1"
        let unit = graph.units[u]
        let inside = Set(graph.subtree(of: u))
        let gaps = GapAnalysis(graph)
        var b = "<div class=\"crumbs\">\(HTML.link("/chart?" + HTML.query([("f", file)]), graph.chart.organisation.name))"
        var p = graph.unitParent[u]
        var chain: [Int] = []
        while p > 0 { chain.append(p); p = graph.unitParent[p] }
        for a in chain.reversed() { b += " › " + HTML.link("/unit?" + HTML.query([("f", file), ("u", graph.units[a].id)]), graph.units[a].name) }
        b += "</div><h1>\(HTML.escape(unit.name))</h1>"
        if let g = gaps.units.first(where: { $0.unit == u }) {
            b += Page.cards([(l.integer(g.figures.filled), l.pick("bezetting (B)", "in post (B)")), (l.integer(g.figures.need), l.pick("kebutuhan (K)", "need (K)")),
                             (signed(g.figures.gap, l), "±"), (l.number(g.figures.loadHours, decimals: 0), l.pick("jam kerja setahun", "work hours a year")),
                             (g.grade ?? "—", l.pick("kelas jabatan unit (EU)", "unit grade (EU)"))])
        }
        let children = graph.unitChildren[u]
        if !children.isEmpty {
            b += "<h2>\(l.pick("Unit di bawahnya", "Units below"))</h2><ul>"
            for ch in children { b += "<li>" + HTML.link("/unit?" + HTML.query([("f", file), ("u", graph.units[ch].id)]), graph.units[ch].name) + "</li>" }
            b += "</ul>"
        }
        b += "<h2>\(l.pick("Peta jabatan", "Position map"))</h2><input class=\"filter\" data-table=\"posts\" placeholder=\"\(l.pick("Saring…", "Filter…"))\">"
        var t = Table(title: "", columns: [l.pick("Jabatan", "Post"), l.pick("Unit", "Unit"), l.pick("Jenis", "Level"), l.pick("Kelas", "Grade"), "B", "K", "±"],
                      alignments: [.left, .left, .left, .right, .right, .right, .right])
        for g in gaps.positions where inside.contains(graph.positionUnit[g.position]) {
            let post = graph.positions[g.position]
            let level = post.eselon.map { "\(post.level.label(l)) (\($0.rawValue))" } ?? post.jenjang.map { "\(post.level.label(l)) \($0.label(l))" } ?? post.level.label(l)
            t.rows.append([post.title, graph.units[graph.positionUnit[g.position]].name, level, post.grade.map { l.integer($0) } ?? "—",
                           l.integer(g.figures.filled), g.hasWorkload ? l.integer(g.figures.need) : "—", g.hasWorkload ? signed(g.figures.gap, l) : "—"])
        }
        b += HTML.table(t, id: "posts")
        b += "<h2>\(l.pick("Pemangku jabatan", "Post holders"))</h2>"
        if showPeople {
            var people = Table(title: "", columns: [l.pick("Nama", "Name"), "NIP", l.pick("Jabatan", "Post"), l.pick("Pangkat/golongan", "Rank")])
            for pi in graph.people.indices where graph.personPosition[pi] >= 0 && inside.contains(graph.positionUnit[graph.personPosition[pi]]) {
                let person = graph.people[pi]
                people.rows.append([person.name, person.nip, graph.positions[graph.personPosition[pi]].title, person.rank?.rawValue ?? "—"])
            }
            b += HTML.table(people, id: "people") + "<p>\(HTML.link("/unit?" + HTML.query([("f", file), ("u", id)]), l.pick("Sembunyikan nama", "Hide names")))</p>"
        } else {
            b += "<p class=\"muted\">\(l.pick("Nama dan NIP disembunyikan.", "Names and NIPs are hidden.")) \(HTML.link("/unit?" + HTML.query([("f", file), ("u", id), ("people", "1")]), l.pick("Tampilkan pemangku", "Show the holders"), cls: "show-people"))</p>"
        }
        b += "<h2>\(l.pick("Gambar", "Pictures"))</h2><p class=\"downloads\">"
        for (fmt, name) in [("svg", "SVG"), ("pdf", "PDF"), ("png", "PNG")] {
            b += HTML.link("/export?" + HTML.query([("f", file), ("u", id), ("view", "positions"), ("format", fmt)]), l.pick("peta jabatan ", "position map ") + name) + " "
        }
        b += "</p><p class=\"downloads\">Excel: "
        for (form, name) in [("peta-jabatan", l.pick("peta jabatan", "position map")), ("rekap-abk", l.pick("rekap ABK", "ABK summary")), ("duk", "DUK")] {
            b += HTML.link("/form?" + HTML.query([("f", file), ("u", id), ("form", form)]), name + " (.xlsx)", cls: "xlsx-\(form)") + " "
        }
        b += "</p>"
        return page(unit.name, b, c)
    }

    // MARK: Analyses

    func report(_ name: String, _ graph: OrgGraph) -> (any Report)? {
        switch name {
        case "spans": SpanAnalysis(graph)
        case "gaps": GapAnalysis(graph, horizon: 5, sensitivity: true)
        case "compliance": ComplianceAnalysis(graph)
        case "merit": MeritPlacement(graph, includeHolders: false, explain: false)
        case "talent": TalentBox(graph)
        case "careers": CareerAnalysis(graph, horizon: 5, top: 5, person: nil, target: nil, progress: { _, _ in })
        default: nil
        }
    }

    func analysisPage(_ c: Workbench.Context) -> WebResponse {
        let l = c.l
        let (file, graph): (String, OrgGraph)
        switch chart(c) { case .failure(let r): return r; case .success(let v): (file, graph) = v }
        guard let a = c.request.q("a"), let title = Self.analyses(l).first(where: { $0.0 == a })?.1 else { return notFound(l) }
        var b = "<div class=\"crumbs\">\(HTML.link("/chart?" + HTML.query([("f", file)]), graph.chart.organisation.name))</div><h1>\(HTML.escape(title))</h1>"
        // On a large chart careers and merit are long work: offered as a job instead of computed while the page loads.
        if (a == "careers" || a == "merit") && graph.positions.count > Self.inlineAnalysisLimit {
            b += "<div class=\"msg warn\" id=\"message\">\(l.pick("Bagan ini besar (\(l.integer(graph.positions.count)) jabatan): analisis ini dijalankan sebagai pekerjaan panjang dengan kemajuan.", "This chart is large (\(l.integer(graph.positions.count)) posts): this analysis runs as a long job with progress."))</div>"
            if c.canEdit, let label = Self.jobKinds(l).first(where: { $0.0 == a })?.1 { b += "<p>\(jobForm(c, file: file, kind: a, label: label))</p>" }
            return page(title, b, c)
        }
        guard let report = report(a, graph) else { return notFound(l) }
        b += "<p class=\"downloads\">\(l.pick("Unduh seperti baris perintah", "Download as the command line writes it")): "
        b += HTML.link("/download?" + HTML.query([("f", file), ("a", a), ("format", "xlsx")]), "Excel (.xlsx)") + " "
        b += HTML.link("/download?" + HTML.query([("f", file), ("a", a), ("format", "csv")]), "CSV") + " "
        b += HTML.link("/download?" + HTML.query([("f", file), ("a", a), ("format", "md")]), "Markdown") + " "
        b += HTML.link("/download?" + HTML.query([("f", file), ("a", a), ("format", "json")]), "JSON") + "</p>"
        if c.canEdit && (a == "careers" || a == "merit"), let label = Self.jobKinds(l).first(where: { $0.0 == a })?.1 {
            b += "<p class=\"downloads\">\(l.pick("Untuk bagan besar, hitung sebagai pekerjaan panjang (dengan kemajuan, dapat dibatalkan)", "For a large chart, compute it as a long job (with progress, can be cancelled)")): \(jobForm(c, file: file, kind: a, label: label))</p>"
        }
        b += report.tables(l, limit: 300).enumerated().map { HTML.table($0.element, id: "t\($0.offset)") }.joined()
        return page(title, b, c)
    }

    func download(_ c: Workbench.Context) -> WebResponse {
        let l = c.l
        let (file, graph): (String, OrgGraph)
        switch chart(c) { case .failure(let r): return r; case .success(let v): (file, graph) = v }
        guard let a = c.request.q("a"), let report = report(a, graph) else { return notFound(l) }
        let stem = ((file as NSString).lastPathComponent as NSString).deletingPathExtension + "-" + a
        switch c.request.q("format") {
        case "csv": return .download(Data(report.detailTable(l).csv(numbersWrittenIn: l).utf8), type: "text/csv; charset=utf-8", name: stem + ".csv")
        case "md": return .download(Data(report.tables(l, limit: nil).map { $0.markdown() }.joined(separator: "\n").utf8), type: "text/markdown; charset=utf-8", name: stem + ".md")
        case "json": return .download(Data((report.json(l).serialized() + "\n").utf8), type: "application/json", name: stem + ".json")
        case "xlsx":
            let title = Self.analyses(l).first { $0.0 == a }?.1 ?? a
            let document = ReportWorkbook.document(title: title, tables: report.tables(l, limit: nil), language: l, created: graph.asOf)
            guard let data = try? XLSXWriter.data(document) else { return errorPage(500, l.pick("Buku kerja tidak dapat dibuat.", "The workbook could not be made."), l) }
            return .download(data, type: Self.xlsxType, name: stem + ".xlsx")
        default: return notFound(l)
        }
    }

    /// Above this many posts, careers and merit are offered as jobs rather than computed for the page.
    static let inlineAnalysisLimit = 5_000

    static let xlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

    /// The forms planners file (peta jabatan, rekap ABK, DUK) of a unit as Excel workbooks, as `ramping form` writes them.
    func formDownload(_ c: Workbench.Context) -> WebResponse {
        let l = c.l
        let (file, graph): (String, OrgGraph)
        switch chart(c) { case .failure(let r): return r; case .success(let v): (file, graph) = v }
        guard let id = c.request.q("u"), let u = graph.unitIndex[id], let form = OrgSpreadsheet.Form(rawValue: c.request.q("form") ?? "") else { return notFound(l) }
        guard let data = try? XLSXWriter.data(Forms.document(form, graph, scope: FormScope(unit: u))) else {
            return errorPage(500, l.pick("Buku kerja tidak dapat dibuat.", "The workbook could not be made."), l)
        }
        let stem = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
        return .download(data, type: Self.xlsxType, name: "\(stem)-\(id)-\(form.rawValue).xlsx")
    }

    /// Diagrams (SVG, PDF, PNG) and GraphML, of a chart or of a scenario draft against its chart (`d`).
    func export(_ c: Workbench.Context) -> WebResponse {
        let l = c.l
        var graph: OrgGraph, base: OrgGraph? = nil, stem: String
        if let d = c.request.q("d") {
            guard let draft = drafts.with({ $0[d] }) else { return notFound(l) }
            let before: OrgGraph
            switch chart(c, draft.chart) { case .failure(let r): return r; case .success(let v): before = v.graph }
            guard let sim = try? Simulator.run(before.chart, draft.scenario), let after = OrgGraph.resolve(sim.after).graph else { return notFound(l) }
            graph = after
            base = before
            stem = "skenario-" + String(draft.scenario.name.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" })
        } else {
            switch chart(c) { case .failure(let r): return r; case .success(let v): graph = v.graph; stem = ((v.file as NSString).lastPathComponent as NSString).deletingPathExtension }
        }
        let view = ExportView(rawValue: c.request.q("view") ?? "units") ?? .units
        let unit = c.request.q("u").flatMap { $0.isEmpty ? nil : $0 }
        let depth = c.request.q("depth").flatMap(Int.init)
        do {
            var exported = try ExportGraph(graph, view: view, unit: unit, depth: depth, language: l)
            if let base { exported.markDifferences(from: base) }
            if let unit { stem += "-" + unit }
            switch c.request.q("format") {
            case "graphml": return .download(Data(GraphMLWriter.write(exported).utf8), type: "application/xml", name: stem + ".graphml")
            case "svg": return .download(try Renderer.render(dot: DOTWriter.write(exported), as: .svg, date: graph.asOf), type: "image/svg+xml", name: stem + ".svg")
            case "pdf": return .download(try Renderer.render(dot: DOTWriter.write(exported), as: .pdf, date: graph.asOf), type: "application/pdf", name: stem + ".pdf")
            case "png": return .download(try Renderer.render(dot: DOTWriter.write(exported), as: .png, date: graph.asOf), type: "image/png", name: stem + ".png")
            default: return notFound(l)
            }
        } catch let error as ExportError {
            return errorPage(error == .graphvizMissing ? 503 : 404, error.text(l), l)
        } catch {
            return errorPage(500, String(describing: error), l)
        }
    }
}
