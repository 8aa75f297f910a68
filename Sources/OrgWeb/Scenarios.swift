import Foundation
import OrgAnalysis
import OrgExport
import OrgFiles
import OrgModel
import OrgSimulation

extension Workbench {
    func draftRedirect(_ id: String) -> WebResponse { .redirect("/scenario?" + HTML.query([("d", id)])) }

    /// The scenarios being built (kept across restarts), for the workspace page: name, chart, steps.
    func draftList(_ c: Context) -> String {
        let all = drafts.with { $0 }.sorted { ($0.value.scenario.name, $0.key) < ($1.value.scenario.name, $1.key) }
        guard !all.isEmpty else { return "" }
        let l = c.l
        var b = "<h2>\(l.pick("Skenario yang sedang disusun", "Scenarios being built"))</h2><ul id=\"drafts\">"
        for (id, draft) in all.prefix(50) {
            b += "<li>\(HTML.link("/scenario?" + HTML.query([("d", id)]), draft.scenario.name)) <span class=\"muted\">(\(HTML.escape(draft.chart)); \(l.integer(draft.scenario.steps.count)) \(l.pick("langkah", "steps"))\(draft.file.map { "; " + l.pick("berkas ", "file ") + $0 }.map(HTML.escape) ?? ""))</span></li>"
        }
        return b + "</ul>"
    }

    func newScenario(_ c: Workbench.Context) -> WebResponse {
        let l = c.l
        guard let file = c.form?.value("f"), case .success = chart(c, file) else {
            return errorPage(404, l.pick("Bagan itu tidak ada di folder kerja.", "That chart is not in the workspace."), l)
        }
        let name = (c.form?.value("name") ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let scenario = Scenario(name: name.isEmpty ? l.pick("Skenario baru", "New scenario") : String(name.prefix(120)))
        let id = Secret.token(bytes: 12)
        changeDraft(id) { $0[id] = Draft(chart: file, scenario: scenario, file: nil, version: 0, savedText: nil, writable: true) }
        return draftRedirect(id)
    }

    /// Opens a scenario file of the workspace in the builder, on the chart its `base` names.
    func openScenario(_ c: Workbench.Context) -> WebResponse {
        let l = c.l
        guard let file = c.form?.value("s"), let path = options.workspace.resolve(file),
              let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            return errorPage(404, l.pick("Skenario itu tidak ada di folder kerja.", "That scenario is not in the workspace."), l)
        }
        let loaded = ScenarioLoader.load(text: text, file: file)
        guard let scenario = loaded.scenario, loaded.isValid else {
            let list = loaded.diagnostics.map { "<li class=\"error\">\(HTML.escape($0.rendered(l)))</li>" }.joined()
            return page(file, "<h1>\(HTML.escape(file))</h1><ul class=\"messages\">\(list)</ul>", c, status: 422)
        }
        let chartFile = baseChart(of: file, scenario)
        guard let chartFile, case .success = chart(c, chartFile) else {
            return errorPage(422, l.pick("Skenario ini tidak menyebut bagan di folder kerja (base).", "This scenario does not name a chart in the workspace (base)."), l)
        }
        let id = Secret.token(bytes: 12)
        changeDraft(id) { $0[id] = Draft(chart: chartFile, scenario: scenario, file: file, version: 0, savedText: text, writable: ScenarioYAML.writable(scenario)) }
        return draftRedirect(id)
    }

    /// The draft a form names, if its version is the current one; else a page that says another tab changed it.
    func currentDraft(_ c: Workbench.Context) -> Result<(String, Draft), WebResponse> {
        let l = c.l
        guard let id = c.form?.value("d"), let draft = drafts.with({ $0[id] }) else {
            return .failure(errorPage(404, l.pick("Skenario itu tidak ada lagi (server dimulai ulang?). Buka lagi dari folder kerja.", "That scenario is gone (was the server restarted?). Open it again from the workspace."), l))
        }
        guard let sent = c.form?.value("version").flatMap(Int.init), sent == draft.version else {
            let body = "<div class=\"msg error\" id=\"message\">\(l.pick("Skenario ini sudah diubah di tab atau jendela lain (sekarang \(l.integer(draft.scenario.steps.count)) langkah). Perubahan Anda belum diterapkan agar tidak ada langkah yang hilang. Buka lagi skenarionya, periksa langkahnya, lalu ulangi perubahan Anda.", "This scenario was changed in another tab or window (it now has \(l.integer(draft.scenario.steps.count)) steps). Your change was not applied, so that no step is lost. Open the scenario again, check its steps, then make your change again."))</div><p>\(HTML.link("/scenario?" + HTML.query([("d", id)]), l.pick("Buka skenario terkini", "Open the current scenario")))</p>"
            return .failure(page(l.pick("Konflik versi", "Version conflict"), body, c, status: 409))
        }
        guard draft.writable else {
            return .failure(errorPage(409, l.pick("Skenario ini memuat langkah pembentukan unit atau jabatan yang belum dapat diubah di sini; ubah berkasnya langsung.", "This scenario has steps that add units or posts, which cannot be edited here yet; edit its file directly."), l))
        }
        return .success((id, draft))
    }

    func addStep(_ c: Workbench.Context) -> WebResponse {
        let l = c.l
        let (id, draft): (String, Draft)
        switch currentDraft(c) { case .failure(let r): return r; case .success(let v): (id, draft) = v }
        let graph: OrgGraph
        switch chart(c, draft.chart) { case .failure(let r): return r; case .success(let v): graph = v.graph }
        let f = c.form!
        // Units and posts as they stand after the steps so far (moved, renamed, added ones included).
        let now = (try? Simulator.run(graph.chart, draft.scenario)).flatMap { OrgGraph.resolve($0.after).graph } ?? graph
        let action: ScenarioStep.Action
        func refuse(_ indonesian: String, _ english: String) -> WebResponse { scenarioPage(c, draftID: id, message: "<div class=\"msg error\" id=\"message\">\(HTML.escape(l.pick(indonesian, english)))</div>", status: 422) }
        switch f.value("kind") {
        case "merge":
            let units = f.values("units").filter { now.unitIndex[$0] != nil }
            let name = (f.value("name") ?? "").trimmingCharacters(in: .whitespaces)
            guard units.count >= 2 else { return refuse("Pilih paling sedikit dua unit untuk digabung.", "Choose at least two units to merge.") }
            guard !name.isEmpty else { return refuse("Tulis nama unit hasil penggabungan.", "Write the merged unit's name.") }
            let first = now.units[now.unitIndex[units[0]]!]
            let kind = UnitKind(rawValue: f.value("unitKind") ?? "") ?? first.kind
            let newID = freshUnitID(name, in: now, draft)
            let head = now.unitHead[now.unitIndex[units[0]]!]
            action = .merge(units: units, into: Unit(id: newID, name: name, kind: kind, parent: first.parent, type: kind.allowedTypes.isEmpty ? nil : (first.type ?? kind.allowedTypes.first),
                                                     affairs: units.flatMap { now.unitIndex[$0].map { now.units[$0].affairs } ?? [] }),
                            head: head >= 0 ? now.positions[head].id : nil)
        case "abolish":
            guard let unit = f.value("unit"), !unit.isEmpty else { return refuse("Pilih unit yang dihapus.", "Choose the unit to abolish.") }
            let to = f.value("tasksTo").flatMap { $0.isEmpty ? nil : $0 }
            action = .abolish(unit: unit, tasksTo: to)
        case "convert":
            guard let level = Level(rawValue: f.value("level") ?? ""), level == .administrator || level == .pengawas else {
                return refuse("Pilih jenjang jabatan yang disetarakan.", "Choose the level of posts to convert.")
            }
            let to = Level(rawValue: f.value("to") ?? "") ?? .fungsional
            let jenjang = to == .fungsional ? (Jenjang(rawValue: f.value("jenjang") ?? "") ?? .ahliMuda) : nil
            let keep = f.values("keepIn").compactMap(UnitKind.init(rawValue:))
            action = .convert(level: level, to: to, jenjang: jenjang, keepIn: keep, keepUnits: [])
        case "place":
            action = .place(includeHolders: f.value("includeHolders") == "1")
        case "move-unit":
            guard let unit = f.value("unit"), !unit.isEmpty else { return refuse("Pilih unit yang dipindah.", "Choose the unit to move.") }
            guard let to = f.value("to"), !to.isEmpty else { return refuse("Pilih unit tujuan.", "Choose where it goes.") }
            action = .moveUnit(unit: unit, to: to)
        case "move-position":
            guard let post = f.value("position"), !post.isEmpty else { return refuse("Pilih jabatan yang dipindah.", "Choose the post to move.") }
            guard let to = f.value("to"), !to.isEmpty else { return refuse("Pilih unit tujuan.", "Choose where it goes.") }
            action = .movePosition(position: post, to: to)
        case "rename-unit":
            let name = (f.value("name") ?? "").trimmingCharacters(in: .whitespaces)
            guard let unit = f.value("unit"), !unit.isEmpty else { return refuse("Pilih unit yang diganti namanya.", "Choose the unit to rename.") }
            guard !name.isEmpty else { return refuse("Tulis nama baru unit.", "Write the unit's new name.") }
            action = .renameUnit(unit: unit, name: String(name.prefix(200)))
        case "rename-position":
            let title = (f.value("title") ?? "").trimmingCharacters(in: .whitespaces)
            guard let post = f.value("position"), !post.isEmpty else { return refuse("Pilih jabatan yang diganti namanya.", "Choose the post to rename.") }
            guard !title.isEmpty else { return refuse("Tulis nama jabatan yang baru.", "Write the post's new title.") }
            action = .renamePosition(position: post, title: String(title.prefix(200)))
        case "set":
            guard let post = f.value("position"), !post.isEmpty else { return refuse("Pilih jabatan yang diubah.", "Choose the post to change.") }
            let seatsText = (f.value("seats") ?? "").trimmingCharacters(in: .whitespaces), gradeText = (f.value("grade") ?? "").trimmingCharacters(in: .whitespaces)
            let title = (f.value("title") ?? "").trimmingCharacters(in: .whitespaces)
            let seats = Int(seatsText), grade = Int(gradeText)
            guard seatsText.isEmpty || (seats != nil && (1...10_000).contains(seats!)) else { return refuse("Formasi harus bilangan bulat 1–10.000.", "Seats must be a whole number from 1 to 10,000.") }
            guard gradeText.isEmpty || (grade != nil && (1...17).contains(grade!)) else { return refuse("Kelas jabatan harus 1–17.", "The grade must be 1–17.") }
            guard seats != nil || grade != nil || !title.isEmpty else { return refuse("Isi paling sedikit satu: formasi, nama jabatan atau kelas jabatan.", "Fill in at least one: seats, title or grade.") }
            action = .set(position: post, seats: seats, title: title.isEmpty ? nil : String(title.prefix(200)), grade: grade)
        case "remove-position":
            guard let post = f.value("position"), !post.isEmpty else { return refuse("Pilih jabatan yang dihapus.", "Choose the post to remove.") }
            let to = f.value("tasksTo").flatMap { $0.isEmpty ? nil : $0 }
            action = .removePosition(position: post, tasksTo: to)
        case "add-unit":
            let name = (f.value("name") ?? "").trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty else { return refuse("Tulis nama unit baru.", "Write the new unit's name.") }
            guard let parent = f.value("parent"), !parent.isEmpty else { return refuse("Pilih unit induknya.", "Choose the unit it stands under.") }
            guard let kind = UnitKind(rawValue: f.value("unitKind") ?? "") else { return refuse("Pilih jenis unit.", "Choose the kind of unit.") }
            let type = UnitType(rawValue: f.value("type") ?? "")
            action = .addUnit(Unit(id: freshUnitID(name, in: now, draft), name: String(name.prefix(200)), kind: kind, parent: parent,
                                   type: kind.allowedTypes.isEmpty ? nil : (type ?? kind.allowedTypes.last)))
        case "add-position":
            let title = (f.value("title") ?? "").trimmingCharacters(in: .whitespaces)
            guard let unit = f.value("unit"), !unit.isEmpty else { return refuse("Pilih unit tempat jabatan baru.", "Choose the unit of the new post.") }
            guard !title.isEmpty else { return refuse("Tulis nama jabatan baru.", "Write the new post's title.") }
            guard let level = Level(rawValue: f.value("level") ?? ""), level == .pelaksana || level == .fungsional else {
                return refuse("Pilih jenis jabatan: pelaksana atau fungsional.", "Choose the kind of post: pelaksana or fungsional.")
            }
            let seatsText = (f.value("seats") ?? "1").trimmingCharacters(in: .whitespaces), gradeText = (f.value("grade") ?? "").trimmingCharacters(in: .whitespaces)
            guard let seats = Int(seatsText.isEmpty ? "1" : seatsText), (1...10_000).contains(seats) else { return refuse("Formasi harus bilangan bulat 1–10.000.", "Seats must be a whole number from 1 to 10,000.") }
            let grade = Int(gradeText)
            guard gradeText.isEmpty || (grade != nil && (1...17).contains(grade!)) else { return refuse("Kelas jabatan harus 1–17.", "The grade must be 1–17.") }
            let jenjang = level == .fungsional ? (Jenjang(rawValue: f.value("jenjang") ?? "") ?? .ahliPertama) : nil
            action = .addPosition(Position(id: freshPositionID(title, unit: unit, in: now), title: String(title.prefix(200)), unit: unit, level: level,
                                           jenjang: jenjang, grade: grade, seats: seats))
        default:
            return refuse("Jenis langkah tidak dikenal.", "Unknown kind of step.")
        }
        var scenario = draft.scenario
        scenario.steps.append(ScenarioStep(action, line: scenario.steps.count + 1, column: 1))
        // Checked exactly as `ramping simulate` checks it: the step applies, and the chart stays valid.
        do {
            let sim = try Simulator.run(graph.chart, scenario)
            guard OrgGraph.resolve(sim.after).graph != nil else { return refuse("Langkah ini membuat bagan tidak sah.", "This step makes the chart invalid.") }
            let report = sim.steps.last
            let effects = report?.effects.map { $0.text(l) } ?? []
            let changed = changeDraft(id) { all -> Bool in
                guard all[id]?.version == draft.version else { return false }
                all[id]!.scenario = scenario
                all[id]!.version += 1
                all[id]!.lastMessage = l.pick("Langkah ditambahkan", "Step added") + ": " + ScenarioStep(action).label(l) + (effects.isEmpty ? "" : " — " + effects.joined(separator: "; "))
                return true
            }
            guard changed else { return currentDraft(c).failureValue ?? draftRedirect(id) }
            return draftRedirect(id)
        } catch {
            let failure = error
            let label = scenario.steps[failure.step - 1].label(l)
            let text = l.pick("Langkah \(failure.step) (\(label)) tidak dapat diterapkan", "Step \(failure.step) (\(label)) cannot apply") + ": " + failure.reason.text(l)
            return scenarioPage(c, draftID: id, message: "<div class=\"msg error\" id=\"message\">\(HTML.escape(text))</div>", status: 422)
        }
    }

    /// A unit id for a merged unit: from its name, not taken in the chart or earlier steps.
    func freshUnitID(_ name: String, in graph: OrgGraph, _ draft: Draft) -> String {
        var slug = String(name.lowercased().map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "-" })
        while slug.contains("--") { slug = slug.replacingOccurrences(of: "--", with: "-") }
        slug = slug.trimmingCharacters(in: CharacterSet(charactersIn: "-"))
        if slug.isEmpty { slug = "unit" }
        slug = String(slug.prefix(40))
        let taken = Set(graph.units.map(\.id)).union(draft.scenario.steps.compactMap {
            switch $0.action {
            case .merge(_, let into, _): into.id
            case .addUnit(let unit): unit.id
            default: nil
            }
        })
        var candidate = slug, k = 2
        while taken.contains(candidate) { candidate = "\(slug)-\(k)"; k += 1 }
        return candidate
    }

    /// A post id for a new post: the unit's id and the title's words, not taken in the chart as it stands.
    func freshPositionID(_ title: String, unit: String, in graph: OrgGraph) -> String {
        var slug = String(title.lowercased().map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "-" })
        while slug.contains("--") { slug = slug.replacingOccurrences(of: "--", with: "-") }
        slug = String(slug.trimmingCharacters(in: CharacterSet(charactersIn: "-")).prefix(40))
        let base = unit + "." + (slug.isEmpty ? "jabatan" : slug)
        var candidate = base, k = 2
        while graph.positionIndex[candidate] != nil { candidate = "\(base)-\(k)"; k += 1 }
        return candidate
    }

    func undoStep(_ c: Workbench.Context) -> WebResponse {
        let (id, draft): (String, Draft)
        switch currentDraft(c) { case .failure(let r): return r; case .success(let v): (id, draft) = v }
        changeDraft(id) { all in
            guard all[id]?.version == draft.version, !draft.scenario.steps.isEmpty else { return }
            all[id]!.scenario.steps.removeLast()
            all[id]!.version += 1
            all[id]!.lastMessage = c.l.pick("Langkah terakhir dibatalkan.", "The last step was undone.")
        }
        return draftRedirect(id)
    }

    func saveScenario(_ c: Workbench.Context) -> WebResponse {
        let l = c.l
        let (id, draft): (String, Draft)
        switch currentDraft(c) { case .failure(let r): return r; case .success(let v): (id, draft) = v }
        let chartFolder = (draft.chart as NSString).deletingLastPathComponent
        let target: String
        if let file = draft.file {
            target = file
        } else {
            var slug = String(draft.scenario.name.lowercased().map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "-" })
            while slug.contains("--") { slug = slug.replacingOccurrences(of: "--", with: "-") }
            slug = slug.trimmingCharacters(in: CharacterSet(charactersIn: "-"))
            let folder = chartFolder.isEmpty ? "scenarios" : chartFolder + "/scenarios"
            if let p = options.workspace.resolve(folder) { try? FileManager.default.createDirectory(atPath: p, withIntermediateDirectories: true) }
            guard let name = uniqueName(slug.isEmpty ? "skenario" : String(slug.prefix(60)), ext: "yaml", folder: folder + "/") else { return notFound(l) }
            target = name
        }
        guard let path = options.workspace.resolve(target) else { return notFound(l) }
        // Someone changed the file since it was opened here: do not overwrite their work.
        let onDisk = try? String(contentsOfFile: path, encoding: .utf8)
        if onDisk != nil && onDisk != draft.savedText {
            return scenarioPage(c, draftID: id, message: "<div class=\"msg error\" id=\"message\">\(HTML.escape(l.pick("Berkas \(target) sudah diubah di luar penyusun ini sejak dibuka; tidak ditimpa. Buka lagi berkasnya dari folder kerja.", "The file \(target) was changed outside this builder since it was opened; it was not overwritten. Open the file again from the workspace.")))</div>", status: 409)
        }
        var scenario = draft.scenario
        scenario.base = Self.relativePath(from: (target as NSString).deletingLastPathComponent, to: draft.chart)
        let text = ScenarioYAML.write(scenario, header: "Made with the Ramping workbench (ramping serve); replay with `ramping simulate`.")
        do {
            try AtomicFile.write(text, to: path)
        } catch {
            return scenarioPage(c, draftID: id, message: "<div class=\"msg error\" id=\"message\">\(HTML.escape(l.pick("Tidak dapat menyimpan \(target).", "Could not save \(target).")))</div>", status: 500)
        }
        changeDraft(id) { all in
            all[id]?.file = target
            all[id]?.savedText = text
            all[id]?.version += 1
            all[id]?.lastMessage = l.pick("Disimpan sebagai \(target); `ramping simulate` membacanya.", "Saved as \(target); `ramping simulate` reads it.")
        }
        return draftRedirect(id)
    }

    /// `to` (a workspace path) as seen from the folder `from` (a workspace path): "../kabupaten-contoh.yaml".
    static func relativePath(from folder: String, to file: String) -> String {
        let a = folder.split(separator: "/"), b = file.split(separator: "/")
        var common = 0
        while common < a.count && common < b.count - 1 && a[common] == b[common] { common += 1 }
        return (Array(repeating: "..", count: a.count - common) + b[common...].map(String.init)).joined(separator: "/")
    }

    func scenarioYAML(_ c: Workbench.Context) -> WebResponse {
        guard let id = c.request.q("d"), let draft = drafts.with({ $0[id] }) else { return notFound(c.l) }
        var s = draft.scenario
        s.base = draft.chart
        return .download(Data(ScenarioYAML.write(s).utf8), type: "application/yaml", name: "skenario.yaml")
    }

    // MARK: The builder page

    func scenarioPage(_ c: Workbench.Context) -> WebResponse {
        guard let id = c.request.q("d") else { return notFound(c.l) }
        return scenarioPage(c, draftID: id, message: "")
    }

    func scenarioPage(_ c: Workbench.Context, draftID id: String, message: String, status: Int = 200) -> WebResponse {
        let l = c.l
        guard let draft = drafts.with({ $0[id] }) else { return notFound(l) }
        let before: OrgGraph
        switch chart(c, draft.chart) { case .failure(let r): return r; case .success(let v): before = v.graph }
        var b = "<div class=\"crumbs\">\(HTML.link("/chart?" + HTML.query([("f", draft.chart)]), before.chart.organisation.name))</div>"
        b += "<h1>\(l.pick("Skenario", "Scenario")): \(HTML.escape(draft.scenario.name))</h1>" + message
        if message.isEmpty, let last = draft.lastMessage { b += "<div class=\"msg ok\" id=\"message\">\(HTML.escape(last))</div>" }
        let sim = try? Simulator.run(before.chart, draft.scenario)
        let after = sim.flatMap { OrgGraph.resolve($0.after).graph }
        let hidden = HTML.csrf(c.csrf) + "<input type=\"hidden\" name=\"d\" value=\"\(HTML.escape(id))\"><input type=\"hidden\" name=\"version\" value=\"\(draft.version)\">"
        b += "<h2>\(l.pick("Langkah", "Steps")) (\(l.integer(draft.scenario.steps.count)))</h2><ol class=\"steps\" id=\"steps\">"
        for (k, step) in draft.scenario.steps.enumerated() {
            let effects = sim.map { $0.steps.count > k ? $0.steps[k].effects.map { $0.text(l) } : [] } ?? []
            b += "<li><b>\(HTML.escape(step.label(l)))</b><div class=\"effects\">\(HTML.escape(effects.joined(separator: "; ")))</div></li>"
        }
        b += "</ol>"
        if c.canEdit && draft.writable {
            b += "<p><form method=\"post\" action=\"/scenario/undo\" class=\"inline\">\(hidden)<button type=\"submit\" class=\"secondary\" id=\"undo\"\(draft.scenario.steps.isEmpty ? " disabled" : "")>\(l.pick("Batalkan langkah terakhir", "Undo the last step"))</button></form> "
            b += "<form method=\"post\" action=\"/scenario/save\" class=\"inline\">\(hidden)<button type=\"submit\" id=\"save\">\(l.pick("Simpan sebagai berkas skenario", "Save as a scenario file"))</button></form> "
            b += HTML.link("/scenario/yaml?" + HTML.query([("d", id)]), l.pick("Unduh YAML", "Download the YAML")) + "</p>"
            if let file = draft.file { b += "<p class=\"muted\">\(l.pick("Berkas", "File")): \(HTML.escape(file))</p>" }
        }
        // The forms on the left, the numbers before and after on the right; the picture of the changes below.
        b += "<div class=\"grid2\"><div>"
        if c.canEdit && draft.writable { b += stepForms(before, after ?? before, hidden, l) }
        b += "</div><div>"
        if let sim, let after {
            b += "<h2>\(l.pick("Sebelum dan sesudah", "Before and after"))</h2>"
            let comparison = Comparison([(l.pick("Sebelum", "Before"), before), (l.pick("Sesudah", "After"), after)])
            b += comparison.tables(l, limit: nil).map { HTML.table($0, id: "comparison") }.joined()
            b += "<p>\(HTML.escape(sim.summary.text(l)))</p>"
        }
        b += "</div></div>"
        if let after {
            // Two levels by default: a bidang merged or abolished inside a dinas shows (a ghost marked DIHAPUS).
            let depth = c.request.q("depth").flatMap(Int.init).map { min(max($0, 1), 6) } ?? 2
            b += "<h2>\(l.pick("Gambar perubahan", "The changes drawn"))</h2><p class=\"downloads\">\(l.pick("Kedalaman", "Depth")): "
            for k in 1...3 { b += k == depth ? "<b>\(k)</b> " : HTML.link("/scenario?" + HTML.query([("d", id), ("depth", String(k))]), String(k)) + " " }
            b += "</p>" + diagram(after, file: draft.chart, unit: nil, depth: depth, l, base: before)
            b += "<p class=\"downloads\">\(l.pick("Unduh gambar perubahan", "Download the changes drawn")): "
            for (fmt, name) in [("svg", "SVG"), ("pdf", "PDF"), ("png", "PNG")] {
                b += HTML.link("/export?" + HTML.query([("d", id), ("view", "units"), ("depth", String(depth)), ("format", fmt)]), name, cls: "diff-\(fmt)") + " "
            }
            b += "</p>"
            if let file = draft.file {
                b += "<p>\(HTML.link("/compare?" + HTML.query([("f", draft.chart), ("s", file)]), l.pick("Bandingkan dengan bagan awal", "Compare with the chart")))</p>"
            }
        }
        return page(draft.scenario.name, b, c, status: status)
    }

    func stepForms(_ before: OrgGraph, _ now: OrgGraph, _ hidden: String, _ l: Language) -> String {
        // Units as they are after the steps so far, named with their place ("Bidang X — Dinas Y").
        func unitOptions(_ g: OrgGraph, empty: String? = nil) -> String {
            var o = empty.map { "<option value=\"\">\(HTML.escape($0))</option>" } ?? ""
            for u in g.units.indices where g.unitDepth[u] >= 1 {
                let p = g.unitParent[u]
                let place = g.unitDepth[u] >= 2 && p >= 0 ? " — " + g.units[p].name : ""
                o += "<option value=\"\(HTML.escape(g.units[u].id))\">\(HTML.escape(g.units[u].name + place))</option>"
            }
            return o
        }
        let kinds = [UnitKind.dinas, .badan, .bidang, .bagian, .sekretariat, .seksi, .subbagian, .subbidang]
        var f = "<h2>\(l.pick("Tambah langkah", "Add a step"))</h2><div>"
        f += """
            <form method="post" action="/scenario/step" id="form-merge"><fieldset><legend>\(l.pick("Gabungkan unit", "Merge units"))</legend>\(hidden)
            <input type="hidden" name="kind" value="merge">
            <label>\(l.pick("Unit yang digabung (pilih dua atau lebih; Ctrl+klik)", "Units to merge (two or more; Ctrl+click)"))<br><select name="units" multiple id="merge-units">\(unitOptions(now))</select></label>
            <label>\(l.pick("Nama unit hasil penggabungan", "Name of the merged unit"))<br><input type="text" name="name" id="merge-name" size="50"></label>
            <label>\(l.pick("Jenis", "Kind")) <select name="unitKind"><option value="">\(l.pick("seperti unit pertama", "as the first unit"))</option>\(kinds.map { "<option value=\"\($0.rawValue)\">\(HTML.escape($0.label(l)))</option>" }.joined())</select></label>
            <button type="submit" id="add-merge">\(l.pick("Tambah langkah penggabungan", "Add the merge"))</button></fieldset></form>
            <form method="post" action="/scenario/step" id="form-abolish"><fieldset><legend>\(l.pick("Hapus unit", "Abolish a unit"))</legend>\(hidden)
            <input type="hidden" name="kind" value="abolish">
            <label>\(l.pick("Unit yang dihapus", "Unit to abolish"))<br><select name="unit" id="abolish-unit">\(unitOptions(now))</select></label>
            <label>\(l.pick("Tugasnya dikirim ke", "Its tasks go to"))<br><select name="tasksTo" id="abolish-to">\(unitOptions(now, empty: l.pick("(tidak ke mana pun: dicatat sebagai tugas yang hilang)", "(nowhere: listed as dropped work)")))</select></label>
            <button type="submit" id="add-abolish">\(l.pick("Tambah langkah penghapusan", "Add the abolition"))</button></fieldset></form>
            <form method="post" action="/scenario/step" id="form-convert"><fieldset><legend>\(l.pick("Setarakan jabatan (penyederhanaan birokrasi)", "Convert posts (bureaucracy simplification)"))</legend>\(hidden)
            <input type="hidden" name="kind" value="convert">
            <label>\(l.pick("Jabatan", "Posts")) <select name="level" id="convert-level"><option value="pengawas">\(Level.pengawas.label(l))</option><option value="administrator">\(Level.administrator.label(l))</option></select></label>
            <label>\(l.pick("menjadi", "become")) <select name="to"><option value="fungsional">\(Level.fungsional.label(l))</option><option value="pelaksana">\(Level.pelaksana.label(l))</option></select>
            <select name="jenjang">\([Jenjang.ahliMuda, .ahliPertama, .ahliMadya, .penyelia, .mahir].map { "<option value=\"\($0.rawValue)\">\(HTML.escape($0.label(l)))</option>" }.joined())</select></label>
            <label>\(l.pick("Kecuali di", "Except in")):</label>
            \([UnitKind.sekretariat, .kecamatan, .kelurahan, .upt, .rsud].map { "<label><input type=\"checkbox\" name=\"keepIn\" value=\"\($0.rawValue)\" checked> \(HTML.escape($0.label(l)))</label>" }.joined())
            <button type="submit" id="add-convert">\(l.pick("Tambah langkah penyetaraan", "Add the conversion"))</button></fieldset></form>
            <form method="post" action="/scenario/step" id="form-place"><fieldset><legend>\(l.pick("Tempatkan pegawai tanpa jabatan", "Place the pool"))</legend>\(hidden)
            <input type="hidden" name="kind" value="place">
            <p class="muted">\(l.pick("Formasi kosong diisi dari pegawai tanpa jabatan menurut merit (kompetensi, pangkat, pendidikan).", "Vacant seats are filled from the pool by merit (competencies, rank, education)."))</p>
            <label><input type="checkbox" name="includeHolders" value="1"> \(l.pick("Pemangku jabatan juga boleh berpindah", "People in posts may move too"))</label>
            <button type="submit" id="add-place">\(l.pick("Tambah langkah penempatan", "Add the placement"))</button></fieldset></form>
            """
        f += moreStepForms(now, hidden, l, unitOptions: unitOptions)
        return f + "</div>"
    }

    /// The other kinds of step `simulate` accepts: move, rename, set, add a unit or a post, remove a post. Each
    /// folded (`details`), so the page stays short; the browser opens one with a click on its name.
    func moreStepForms(_ now: OrgGraph, _ hidden: String, _ l: Language, unitOptions: (OrgGraph, String?) -> String) -> String {
        var postOptions = ""
        for p in now.positions.indices {
            let post = now.positions[p]
            postOptions += "<option value=\"\(HTML.escape(post.id))\">\(HTML.escape(post.title + " — " + now.units[now.positionUnit[p]].name))</option>"
        }
        let units = unitOptions(now, nil)
        let kinds: [UnitKind] = [.bidang, .bagian, .seksi, .subbidang, .subbagian, .upt, .kelompokFungsional, .dinas, .badan, .kelurahan]
        let kindOptions = kinds.map { "<option value=\"\($0.rawValue)\">\(HTML.escape($0.label(l)))</option>" }.joined()
        let typeOptions = "<option value=\"\">\(l.pick("sesuai jenisnya", "as its kind allows"))</option>" + UnitType.allCases.map { "<option value=\"\($0.rawValue)\">\(l.pick("Tipe", "Type")) \($0.rawValue)</option>" }.joined()
        let jenjangOptions = [Jenjang.ahliPertama, .ahliMuda, .ahliMadya, .terampil, .mahir, .penyelia].map { "<option value=\"\($0.rawValue)\">\(HTML.escape($0.label(l)))</option>" }.joined()
        func form(_ kind: String, _ legend: String, _ fields: String, _ button: String) -> String {
            "<details id=\"more-\(kind)\"><summary>\(HTML.escape(legend))</summary><form method=\"post\" action=\"/scenario/step\" id=\"form-\(kind)\"><fieldset>\(hidden)<input type=\"hidden\" name=\"kind\" value=\"\(kind)\">\(fields)<button type=\"submit\" id=\"add-\(kind)\">\(HTML.escape(button))</button></fieldset></form></details>"
        }
        var f = "<h3>\(l.pick("Langkah lain", "Other steps"))</h3>"
        f += form("move-unit", l.pick("Pindahkan unit", "Move a unit"),
                  "<label>\(l.pick("Unit", "Unit"))<br><select name=\"unit\" id=\"move-unit-unit\">\(units)</select></label><label>\(l.pick("ke bawah", "under"))<br><select name=\"to\" id=\"move-unit-to\">\(units)</select></label>",
                  l.pick("Tambah langkah pemindahan unit", "Add the move"))
        f += form("move-position", l.pick("Pindahkan jabatan (dengan pemangku dan beban kerjanya)", "Move a post (with its holders and workload)"),
                  "<label>\(l.pick("Jabatan", "Post"))<br><select name=\"position\" id=\"move-position-position\">\(postOptions)</select></label><label>\(l.pick("ke unit", "to the unit"))<br><select name=\"to\" id=\"move-position-to\">\(units)</select></label>",
                  l.pick("Tambah langkah pemindahan jabatan", "Add the move"))
        f += form("rename-unit", l.pick("Ganti nama unit", "Rename a unit"),
                  "<label>\(l.pick("Unit", "Unit"))<br><select name=\"unit\" id=\"rename-unit-unit\">\(units)</select></label><label>\(l.pick("Nama baru", "New name"))<br><input type=\"text\" name=\"name\" id=\"rename-unit-name\" size=\"50\"></label>",
                  l.pick("Tambah langkah ganti nama", "Add the renaming"))
        f += form("rename-position", l.pick("Ganti nama jabatan", "Rename a post"),
                  "<label>\(l.pick("Jabatan", "Post"))<br><select name=\"position\" id=\"rename-position-position\">\(postOptions)</select></label><label>\(l.pick("Nama jabatan baru", "New title"))<br><input type=\"text\" name=\"title\" id=\"rename-position-title\" size=\"50\"></label>",
                  l.pick("Tambah langkah ganti nama", "Add the renaming"))
        f += form("set", l.pick("Ubah formasi, nama atau kelas jabatan", "Change a post's seats, title or grade"),
                  "<label>\(l.pick("Jabatan", "Post"))<br><select name=\"position\" id=\"set-position\">\(postOptions)</select></label><label>\(l.pick("Formasi", "Seats")) <input type=\"text\" name=\"seats\" id=\"set-seats\" size=\"6\" inputmode=\"numeric\"></label><label>\(l.pick("Kelas jabatan (1–17)", "Grade (1–17)")) <input type=\"text\" name=\"grade\" size=\"4\" inputmode=\"numeric\"></label><label>\(l.pick("Nama jabatan", "Title")) <input type=\"text\" name=\"title\" size=\"40\"></label><p class=\"muted\">\(l.pick("Kosongkan yang tidak diubah.", "Leave empty what does not change."))</p>",
                  l.pick("Tambah langkah perubahan", "Add the change"))
        f += form("add-unit", l.pick("Bentuk unit baru", "Add a unit"),
                  "<label>\(l.pick("Nama unit", "Name"))<br><input type=\"text\" name=\"name\" id=\"add-unit-name\" size=\"50\"></label><label>\(l.pick("Jenis", "Kind")) <select name=\"unitKind\" id=\"add-unit-kind\">\(kindOptions)</select> <select name=\"type\">\(typeOptions)</select></label><label>\(l.pick("Di bawah", "Under"))<br><select name=\"parent\" id=\"add-unit-parent\">\(units)</select></label>",
                  l.pick("Tambah langkah pembentukan unit", "Add the new unit"))
        f += form("add-position", l.pick("Bentuk jabatan baru", "Add a post"),
                  "<label>\(l.pick("Di unit", "In the unit"))<br><select name=\"unit\" id=\"add-position-unit\">\(units)</select></label><label>\(l.pick("Nama jabatan", "Title"))<br><input type=\"text\" name=\"title\" id=\"add-position-title\" size=\"50\"></label><label>\(l.pick("Jenis", "Kind")) <select name=\"level\" id=\"add-position-level\"><option value=\"fungsional\">\(Level.fungsional.label(l))</option><option value=\"pelaksana\">\(Level.pelaksana.label(l))</option></select> <select name=\"jenjang\">\(jenjangOptions)</select></label><label>\(l.pick("Formasi", "Seats")) <input type=\"text\" name=\"seats\" id=\"add-position-seats\" value=\"1\" size=\"6\" inputmode=\"numeric\"></label><label>\(l.pick("Kelas jabatan (1–17)", "Grade (1–17)")) <input type=\"text\" name=\"grade\" size=\"4\" inputmode=\"numeric\"></label>",
                  l.pick("Tambah langkah pembentukan jabatan", "Add the new post"))
        f += form("remove-position", l.pick("Hapus jabatan", "Remove a post"),
                  "<label>\(l.pick("Jabatan", "Post"))<br><select name=\"position\" id=\"remove-position-position\">\(postOptions)</select></label><label>\(l.pick("Tugasnya dikirim ke jabatan", "Its tasks go to the post"))<br><select name=\"tasksTo\"><option value=\"\">\(l.pick("(tidak ke mana pun: dicatat sebagai tugas yang hilang)", "(nowhere: listed as dropped work)"))</option>\(postOptions)</select></label><p class=\"muted\">\(l.pick("Pemangkunya menjadi pegawai tanpa jabatan.", "Its holders join the pool."))</p>",
                  l.pick("Tambah langkah penghapusan jabatan", "Add the removal"))
        return f
    }

    // MARK: Comparison

    func comparePage(_ c: Workbench.Context) -> WebResponse {
        let l = c.l
        let (file, graph): (String, OrgGraph)
        switch chart(c) { case .failure(let r): return r; case .success(let v): (file, graph) = v }
        var columns: [(name: String, graph: OrgGraph)] = [(l.pick("Bagan awal", "Baseline"), graph)]
        var messages = ""
        for s in c.request.query.filter({ $0.0 == "s" }).map(\.1).prefix(12) {
            guard let path = options.workspace.resolve(s), let text = try? String(contentsOfFile: path, encoding: .utf8) else { continue }
            let loaded = ScenarioLoader.load(text: text, file: s)
            guard let scenario = loaded.scenario, loaded.isValid else {
                messages += "<li class=\"error\">\(HTML.escape(s)): \(l.pick("skenario tidak sah", "not a valid scenario"))</li>"
                continue
            }
            do {
                let sim = try Simulator.run(graph.chart, scenario)
                if let after = OrgGraph.resolve(sim.after).graph { columns.append((scenario.name, after)) }
            } catch {
                messages += "<li class=\"error\">\(HTML.escape("\(s):\(error.line):\(error.column): " + error.reason.text(l)))</li>"
            }
        }
        var b = "<div class=\"crumbs\">\(HTML.link("/chart?" + HTML.query([("f", file)]), graph.chart.organisation.name))</div><h1>\(l.pick("Perbandingan skenario", "Scenario comparison"))</h1>"
        if !messages.isEmpty { b += "<ul class=\"messages\">\(messages)</ul>" }
        b += Comparison(columns).tables(l, limit: nil).map { HTML.table($0, id: "compare") }.joined()
        return page(l.pick("Perbandingan skenario", "Scenario comparison"), b, c)
    }
}

extension Result {
    var failureValue: Failure? { if case .failure(let f) = self { f } else { nil } }
}
