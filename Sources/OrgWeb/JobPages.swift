import Foundation
import OrgAnalysis
import OrgDeck
import OrgExport
import OrgFiles
import OrgModel
import OrgSimulation
import OrgSpreadsheet

/// The pages of long work: start a job, watch its progress (assets/app.js polls `/job/status`), cancel it,
/// download its result from the workspace's `ekspor/` folder.
extension Workbench {
    /// The workspace folder jobs write their results in.
    static let exportFolder = "ekspor"

    /// The kinds of long work, as the forms name them.
    static func jobKinds(_ l: Language) -> [(String, String)] {
        [("pages", l.pick("Peta jabatan setiap perangkat daerah (PDF, 16:9)", "Position maps of every perangkat daerah (PDF, 16:9)")),
         ("deck", l.pick("Paparan DPRD dengan semua skenario bagan ini (PDF)", "DPRD deck with every scenario of this chart (PDF)")),
         ("careers", l.pick("Suksesi dan karier (Excel)", "Succession and careers (Excel)")),
         ("merit", l.pick("Penempatan berdasarkan merit (Excel)", "Merit placement (Excel)"))]
    }

    /// The form that starts a job on a chart.
    func jobForm(_ c: Context, file: String, kind: String, label: String) -> String {
        "<form method=\"post\" action=\"/job/start\" class=\"inline\">\(HTML.csrf(c.csrf))<input type=\"hidden\" name=\"f\" value=\"\(HTML.escape(file))\"><input type=\"hidden\" name=\"kind\" value=\"\(HTML.escape(kind))\"><button type=\"submit\" class=\"secondary\" id=\"job-\(HTML.escape(kind))\">\(HTML.escape(label))</button></form>"
    }

    func startJob(_ c: Context) -> WebResponse {
        let l = c.l
        let (file, graph): (String, OrgGraph)
        switch chart(c, c.form?.value("f")) { case .failure(let r): return r; case .success(let v): (file, graph) = v }
        guard let kind = c.form?.value("kind"), let title = Self.jobKinds(l).first(where: { $0.0 == kind })?.1 else { return notFound(l) }
        let stem = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
        let name = graph.chart.organisation.name
        let work: @Sendable (JobBoard.Reporter) async throws -> JobBoard.Output
        let unit: String
        switch kind {
        case "pages":
            unit = "perangkat daerah"
            work = { reporter in
                let pager = PagedDiagram(page: PageSpec(.slide), view: .positions, language: l)
                let units = graph.unitChildren[graph.rootUnit].map { graph.units[$0].id }
                var all: [DiagramPage] = []
                for (k, id) in units.enumerated() {
                    try Task.checkCancellation()
                    reporter.update(k, units.count)
                    all += try pager.pages(graph, unit: id)
                }
                try Task.checkCancellation()
                reporter.update(units.count, units.count, unit: l.pick("perangkat daerah; menyusun PDF", "perangkat daerah; making the PDF"))
                let title = l.pick("Peta jabatan setiap perangkat daerah — ", "Position map of every perangkat daerah — ") + name + ", " + l.pick("per ", "as of ") + l.date(graph.asOf)
                let data = try Renderer.render(pages: all, as: .pdf, title: title, date: graph.asOf)
                return JobBoard.Output(target: "\(Self.exportFolder)/\(stem)-peta-jabatan.pdf", data: data[0])
            }
        case "deck":
            // The scenarios of the workspace written for this chart, as `ramping deck CHART SCENARIO...` takes them.
            let scripts: [Scenario] = options.workspace.yamlFiles().filter { self.kind(of: $0) == "scenario" }.compactMap { s in
                guard let path = options.workspace.resolve(s), let text = try? String(contentsOfFile: path, encoding: .utf8),
                      let scenario = ScenarioLoader.load(text: text, file: s).scenario, baseChart(of: s, scenario) == file else { return nil }
                return scenario
            }
            unit = l.pick("skenario", "scenarios")
            let source = (file as NSString).lastPathComponent
            work = { reporter in
                var results: [DeckBuilder.ScenarioResult] = []
                for (k, script) in scripts.enumerated() {
                    try Task.checkCancellation()
                    reporter.update(k, scripts.count + 1)
                    let sim: Simulation
                    do { sim = try Simulator.run(graph.chart, script) } catch let error as SimulationFailure {
                        throw JobFailure.message(script.name + ": " + l.pick("Langkah \(error.step) tidak dapat diterapkan", "Step \(error.step) cannot apply") + ": " + error.reason.text(l))
                    }
                    guard let after = OrgGraph.resolve(sim.after).graph else { throw JobFailure.message(script.name + ": " + l.pick("hasilnya bukan bagan yang sah", "its result is not a valid chart")) }
                    results.append(DeckBuilder.ScenarioResult(name: script.name, simulation: sim, after: after))
                }
                try Task.checkCancellation()
                reporter.update(scripts.count, scripts.count + 1, unit: l.pick("langkah; menyusun paparan", "steps; making the deck"))
                var builder = DeckBuilder(graph: graph, scenarios: results, language: l, source: source)
                builder.presenter = graph.settings.deckPresenter
                builder.recommended = graph.settings.deckRecommended
                let deck: Deck
                do { deck = try builder.build() } catch let error as DeckError { throw JobFailure.message(error.text(l)) }
                try Task.checkCancellation()
                let data: Data
                do { data = try PDFDeckWriter.write(deck) } catch let error as DeckError { throw JobFailure.message(error.text(l)) }
                return JobBoard.Output(target: "\(Self.exportFolder)/\(stem)-paparan.pdf", data: data)
            }
        case "careers", "merit":
            unit = kind == "careers" ? l.pick("jabatan struktural", "structural posts") : l.pick("kelompok jabatan lowong", "groups of open posts")
            let analysis = kind == "careers" ? "careers" : "merit"
            let heading = Self.analyses(l).first { $0.0 == analysis }?.1 ?? title
            work = { reporter in
                let report: any Report
                if kind == "careers" {
                    report = CareerAnalysis(graph, horizon: 5, top: 5, progress: { reporter.update($0, $1) })
                } else {
                    report = MeritPlacement(graph, includeHolders: false, explain: false, progress: { reporter.update($0, $1) })
                }
                try Task.checkCancellation()
                let document = ReportWorkbook.document(title: heading, tables: report.tables(l, limit: nil), language: l, created: graph.asOf)
                let data = try XLSXWriter.data(document)
                return JobBoard.Output(target: "\(Self.exportFolder)/\(stem)-\(kind == "careers" ? "karier" : "merit").xlsx", data: data)
            }
        default:
            return notFound(l)
        }
        let workspace = options.workspace
        let resolve: @Sendable (String) -> String? = { target in
            try? FileManager.default.createDirectory(atPath: workspace.root + "/" + Self.exportFolder, withIntermediateDirectories: true)
            return workspace.resolve(target)
        }
        guard let id = jobs.start(title: title + " — " + name, unit: unit, language: l, resolve: resolve, work: work) else {
            return errorPage(429, l.pick("Sudah ada \(jobs.limit) pekerjaan panjang yang berjalan. Tunggu sampai selesai atau batalkan salah satunya, lalu coba lagi.",
                                         "\(jobs.limit) long jobs are already running. Wait for one to finish or cancel one, then try again."), l)
        }
        return .redirect("/job?" + HTML.query([("id", id)]))
    }

    /// The workspace chart a scenario file's `base` names, or nil.
    func baseChart(of file: String, _ scenario: Scenario) -> String? {
        guard let base = scenario.base else { return nil }
        // `..` folded by hand: NSString.standardizingPath leaves it in a relative path.
        var parts = (file as NSString).deletingLastPathComponent.split(separator: "/").map(String.init)
        for part in base.split(separator: "/").map(String.init) where part != "." {
            if part == ".." {
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            } else {
                parts.append(part)
            }
        }
        return options.workspace.resolve(parts.joined(separator: "/")).flatMap { options.workspace.relative($0) }
    }

    func cancelJob(_ c: Context) -> WebResponse {
        guard let id = c.form?.value("id"), jobs.job(id) != nil else { return notFound(c.l) }
        jobs.cancel(id)
        return .redirect("/job?" + HTML.query([("id", id)]))
    }

    func stateText(_ job: JobBoard.Job, _ l: Language) -> String {
        switch job.state {
        case .running: l.pick("berjalan", "running")
        case .done: l.pick("selesai", "done")
        case .cancelled: l.pick("dibatalkan", "cancelled")
        case .failed: l.pick("gagal", "failed")
        }
    }

    func progressText(_ job: JobBoard.Job, _ l: Language) -> String {
        if job.state == .running && job.cancelRequested { return l.pick("menghentikan…", "stopping…") }
        guard job.total > 0 else { return l.pick("memulai…", "starting…") }
        return l.pick("\(l.integer(job.done)) dari \(l.integer(job.total)) \(job.unit)", "\(l.integer(job.done)) of \(l.integer(job.total)) \(job.unit)")
    }

    func fileLink(_ target: String) -> String { "/file?" + HTML.query([("p", target)]) }

    /// `/job/status?id=`: the job's state as JSON, for the page's script.
    func jobStatus(_ c: Context) -> WebResponse {
        let l = c.l
        guard let id = c.request.q("id"), let job = jobs.job(id) else {
            return WebResponse(status: 404, headers: [("Content-Type", "application/json")], body: Data("{\"state\":\"unknown\"}".utf8))
        }
        var fields: [(String, JSONValue)] = [("state", .string(job.state.rawValue)), ("status", .string(stateText(job, l))),
                                            ("done", .int(job.done)), ("total", .int(job.total)), ("text", .string(progressText(job, l)))]
        if let result = job.result { fields.append(("result", .string(fileLink(result)))) }
        if let failure = job.failure { fields.append(("failure", .string(failure))) }
        return WebResponse(headers: [("Content-Type", "application/json")], body: Data(JSONValue.object(fields).serialized().utf8))
    }

    func jobPage(_ c: Context) -> WebResponse {
        let l = c.l
        guard let id = c.request.q("id"), let job = jobs.job(id) else { return notFound(l) }
        var b = "<h1>\(HTML.escape(job.title))</h1>"
        b += "<div class=\"job\" id=\"job\" data-state=\"\(job.state.rawValue)\" data-status=\"\(HTML.escape("/job/status?" + HTML.query([("id", id)])))\">"
        b += "<p>\(l.pick("Keadaan", "State")): <b id=\"job-state\">\(HTML.escape(stateText(job, l)))</b></p>"
        b += "<progress id=\"job-progress\" max=\"\(max(job.total, 1))\" value=\"\(job.state == .done ? max(job.total, 1) : job.done)\"></progress> <span id=\"job-text\">\(HTML.escape(progressText(job, l)))</span>"
        switch job.state {
        case .running:
            if c.canEdit {
                b += "<form method=\"post\" action=\"/job/cancel\" id=\"cancel-form\">\(HTML.csrf(c.csrf))<input type=\"hidden\" name=\"id\" value=\"\(HTML.escape(id))\"><button type=\"submit\" class=\"secondary\" id=\"cancel\">\(l.pick("Batalkan", "Cancel"))</button></form>"
            }
            b += "<p class=\"muted\">\(l.pick("Halaman ini memperbarui dirinya sendiri. Anda boleh menutupnya; hasilnya tersimpan di folder kerja (\(Self.exportFolder)/).", "This page updates itself. You may close it; the result is saved in the workspace (\(Self.exportFolder)/)."))</p>"
        case .done:
            if let result = job.result {
                b += "<div class=\"msg ok\" id=\"message\">\(l.pick("Selesai; disimpan sebagai", "Done; saved as")) \(HTML.escape(result)). \(HTML.link(fileLink(result), l.pick("Unduh hasilnya", "Download the result"), cls: "job-result"))</div>"
            }
        case .cancelled:
            b += "<div class=\"msg warn\" id=\"message\">\(l.pick("Dibatalkan; tidak ada berkas yang ditulis.", "Cancelled; no file was written."))</div>"
        case .failed:
            b += "<div class=\"msg error\" id=\"message\">\(HTML.escape(job.failure ?? l.pick("Gagal.", "Failed.")))</div>"
        }
        b += "</div><p>\(HTML.link("/", l.pick("Kembali ke folder kerja", "Back to the workspace")))</p>"
        return page(job.title, b, c)
    }

    /// The recent jobs, for the workspace page.
    func jobList(_ c: Context) -> String {
        let recent = jobs.recent()
        guard !recent.isEmpty else { return "" }
        let l = c.l
        var b = "<h2>\(l.pick("Pekerjaan panjang", "Long jobs"))</h2><ul id=\"jobs\">"
        for job in recent {
            b += "<li>\(HTML.link("/job?" + HTML.query([("id", job.id)]), job.title)) <span class=\"muted\">(\(HTML.escape(stateText(job, l))))</span></li>"
        }
        return b + "</ul>"
    }

    /// `/file?p=ekspor/NAME`: a file a job wrote, as a download; nothing outside `ekspor/`.
    func exportedFile(_ c: Context) -> WebResponse {
        let l = c.l
        guard let p = c.request.q("p"), p.hasPrefix(Self.exportFolder + "/"), !p.dropFirst(Self.exportFolder.count + 1).contains("/"),
              let path = options.workspace.resolve(p), let data = FileManager.default.contents(atPath: path) else {
            return errorPage(404, l.pick("Berkas itu tidak ada di folder kerja.", "That file is not in the workspace."), l)
        }
        let type = p.hasSuffix(".pdf") ? "application/pdf" : p.hasSuffix(".xlsx") ? Self.xlsxType : "application/octet-stream"
        return .download(data, type: type, name: (p as NSString).lastPathComponent)
    }
}
