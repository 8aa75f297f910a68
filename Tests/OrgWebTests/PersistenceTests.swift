import Foundation
import OrgFiles
import OrgModel
import OrgSimulation
@testable import OrgWeb
import Testing
import TestSupport

@Suite struct WorkbenchRestartTests {
    @Test func sessionsAndDraftsSurviveARestart() async throws {
        var bench = try Bench()
        try await bench.signIn()
        let d = try #require(draftID(await bench.post("/scenario/new", [("f", Bench.chart), ("name", "Bertahan")])))
        #expect(await bench.post("/scenario/step", [("d", d), ("version", "0"), ("kind", "abolish"), ("unit", "dpmptsp.pelayanan"), ("tasksTo", "dpmptsp.sekretariat")]).status == 303)
        // The sessions file: owner-only, the cookie's hash and never the cookie itself.
        let sessions = bench.folder + "/.ramping/sessions"
        let mode = try #require(try FileManager.default.attributesOfItem(atPath: sessions)[.posixPermissions] as? Int)
        #expect(mode == 0o600)
        let token = String(bench.cookie.split(separator: "=")[1])
        let text = try String(contentsOfFile: sessions, encoding: .utf8)
        #expect(!text.contains(token) && text.contains(WorkbenchStore.hash(token)))
        // The draft is the YAML `simulate` reads, its base relative to the draft file.
        let loaded = ScenarioLoader.load(path: bench.folder + "/.ramping/drafts/\(d).yaml")
        let scenario = try #require(loaded.scenario)
        #expect(loaded.isValid && scenario.steps.count == 1 && scenario.base == "../../OrgCharts/kabupaten-contoh.yaml")
        // A new server on the same workspace (another token): the cookie still signs in, the draft is there.
        bench.workbench = Workbench(options: WorkbenchOptions(workspace: try Workspace(bench.folder), token: "another-token-456"))
        // The workspace page lists it, so it can be found again without its address.
        #expect(await bench.get("/").text.contains("<a href=\"/scenario?d=\(d)\">Bertahan</a>"))
        let page = await bench.get("/scenario?d=\(d)")
        #expect(page.status == 200 && page.text.contains("Bertahan") && page.text.contains("name=\"version\" value=\"1\""))
        #expect(await bench.post("/scenario/step", [("d", d), ("version", "1"), ("kind", "place")]).status == 303)
        // Signing out forgets the session on disk too: after the next restart the cookie opens nothing.
        #expect(await bench.post("/logout", []).status == 303)
        bench.workbench = Workbench(options: WorkbenchOptions(workspace: try Workspace(bench.folder), token: "third-token-789"))
        #expect(await bench.get("/").status == 401)
        // A session older than 30 days opens nothing, after a restart either.
        bench.workbench = Workbench(options: WorkbenchOptions(workspace: try Workspace(bench.folder), token: "test-token-123"))
        try await bench.signIn()
        #expect(await bench.get("/").status == 200)
        let old = try String(contentsOfFile: sessions, encoding: .utf8).split(separator: "\n").map { line -> String in
            var f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            if f.count == 6 { f[5] = String(Int(Date().timeIntervalSince1970) - 31 * 24 * 3600) }
            return f.joined(separator: "\t")
        }.joined(separator: "\n") + "\n"
        try old.write(toFile: sessions, atomically: true, encoding: .utf8)
        bench.workbench = Workbench(options: WorkbenchOptions(workspace: try Workspace(bench.folder), token: "test-token-123"))
        #expect(await bench.get("/").status == 401)
        // A session of the local mode does not open the office server.
        var users = UserFile()
        try users.set(name: "siti", role: .editor, password: "kata-sandi-siti", iterations: 1000)
        bench.workbench = Workbench(options: WorkbenchOptions(workspace: try Workspace(bench.folder), token: "test-token-123"))
        try await bench.signIn()
        let office = Workbench(options: WorkbenchOptions(workspace: try Workspace(bench.folder), users: users))
        #expect(await office.respond(to: WebRequest(method: "GET", target: "/", headers: ["cookie": bench.cookie])).status == 303)
    }

    @Test func everyOtherKindOfStepIsAFormCheckedAsSimulateChecksIt() async throws {
        var bench = try Bench()
        try await bench.signIn()
        let d = try #require(draftID(await bench.post("/scenario/new", [("f", Bench.chart), ("name", "Semua langkah")])))
        let page = await bench.get("/scenario?d=\(d)").text
        for kind in ["move-unit", "move-position", "rename-unit", "rename-position", "set", "add-unit", "add-position", "remove-position"] {
            #expect(page.contains("id=\"form-\(kind)\""), "\(kind)")
        }
        var version = 0
        func add(_ fields: [(String, String)]) async -> WebResponse {
            let r = await bench.post("/scenario/step", [("d", d), ("version", String(version))] + fields)
            if r.status == 303 { version += 1 }
            return r
        }
        #expect(await add([("kind", "add-unit"), ("name", "Bidang Ekonomi Kreatif"), ("unitKind", "bidang"), ("parent", "dpmptsp")]).status == 303)
        #expect(await add([("kind", "add-position"), ("unit", "bidang-ekonomi-kreatif"), ("title", "Penata Perizinan"), ("level", "fungsional"), ("jenjang", "ahli-pertama"), ("seats", "3"), ("grade", "8")]).status == 303)
        #expect(await add([("kind", "move-unit"), ("unit", "dpmptsp.seksi-non-usaha"), ("to", "dpmptsp.penanaman-modal")]).status == 303)
        #expect(await add([("kind", "move-position"), ("position", "dpmptsp.pengadministrasi-umum"), ("to", "dpmptsp.pelayanan")]).status == 303)
        #expect(await add([("kind", "rename-unit"), ("unit", "dpmptsp.pelayanan"), ("name", "Bidang Pelayanan Terpadu")]).status == 303)
        #expect(await add([("kind", "rename-position"), ("position", "setda.analis-kelembagaan"), ("title", "Analis Organisasi")]).status == 303)
        #expect(await add([("kind", "set"), ("position", "setda.analis-kelembagaan"), ("seats", "4")]).status == 303)
        #expect(await add([("kind", "remove-position"), ("position", "setda.analis-kelembagaan")]).status == 303)
        // Refused with a message, nothing added: a bad number, and simulate's own check (a unit under itself).
        let bad = await add([("kind", "set"), ("position", "setda.analis-kelembagaan"), ("seats", "banyak")])
        #expect(bad.status == 422 && bad.text.contains("Formasi harus bilangan bulat"))
        let loop = await add([("kind", "move-unit"), ("unit", "dpmptsp"), ("to", "dpmptsp.pelayanan")])
        #expect(loop.status == 422 && loop.text.contains("Langkah 9 (") && loop.text.contains("tidak dapat diterapkan"), "\(loop.text.prefix(600))")
        // Saved, the file reads back with the same eight steps, and simulate applies them.
        #expect(await bench.post("/scenario/save", [("d", d), ("version", String(version))]).status == 303)
        let path = bench.folder + "/OrgCharts/scenarios/semua-langkah.yaml"
        let loaded = ScenarioLoader.load(path: path)
        let scenario = try #require(loaded.scenario, "\(loaded.diagnostics.map { $0.rendered(.english) })")
        #expect(scenario.steps.map(\.name) == ["add_unit", "add_position", "move", "move", "rename", "rename", "set", "remove_position"])
        guard case .addPosition(let post) = scenario.steps[1].action else { Issue.record("not add_position"); return }
        #expect(post.unit == "bidang-ekonomi-kreatif" && post.seats == 3 && post.jenjang == .ahliPertama && post.grade == 8)
        let chart = try #require(ChartLoader.load(path: repoPath(Bench.chart)).chart)
        #expect(throws: Never.self) { try Simulator.run(chart, scenario) }
    }
}
