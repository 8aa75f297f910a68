import Foundation
import OrgFiles
import OrgModel
@testable import OrgWeb
import Testing
import TestSupport

/// A temporary workspace holding the tutorial chart, and a signed-in browser for it.
struct Bench {
    let folder: String
    var workbench: Workbench
    var cookie = ""
    var csrf = ""

    init(users: UserFile? = nil, maxUpload: Int = 1 << 20) throws {
        folder = NSTemporaryDirectory() + "ramping-web-" + Secret.token(bytes: 6)
        try FileManager.default.createDirectory(atPath: folder + "/OrgCharts", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: repoPath("OrgCharts/kabupaten-contoh.yaml"), toPath: folder + "/OrgCharts/kabupaten-contoh.yaml")
        workbench = Workbench(options: WorkbenchOptions(workspace: try Workspace(folder), users: users, token: "test-token-123",
                                                        maxUploadBytes: maxUpload))
    }

    func get(_ target: String, cookie: String? = nil) async -> WebResponse {
        await workbench.respond(to: WebRequest(method: "GET", target: target, headers: ["cookie": cookie ?? self.cookie, "host": "127.0.0.1:1"]))
    }

    func post(_ target: String, _ fields: [(String, String)], csrf: String? = nil, headers: [String: String] = [:]) async -> WebResponse {
        var h = ["cookie": cookie, "host": "127.0.0.1:1", "content-type": "application/x-www-form-urlencoded"]
        h.merge(headers) { $1 }
        let body = HTML.query([("csrf", csrf ?? self.csrf)] + fields).replacingOccurrences(of: "/", with: "%2F")
        return await workbench.respond(to: WebRequest(method: "POST", target: target, headers: h, body: Data(body.utf8)))
    }

    /// Opens the printed URL: the token becomes the session cookie; the CSRF token is read from a page.
    mutating func signIn() async throws {
        let r = await workbench.respond(to: WebRequest(method: "GET", target: "/?token=test-token-123"))
        #expect(r.status == 303)
        let set = try #require(r.header("Set-Cookie"))
        cookie = String(set.split(separator: ";")[0])
        try await readCSRF()
    }

    mutating func readCSRF() async throws {
        let page = await get("/").text
        let marker = try #require(page.range(of: "name=\"csrf\" value=\""))
        csrf = String(page[marker.upperBound...].prefix { $0 != "\"" })
    }

    static let chart = "OrgCharts/kabupaten-contoh.yaml"
}

/// `d=` of a scenario-builder redirect.
func draftID(_ r: WebResponse) -> String? {
    r.header("Location").flatMap { $0.components(separatedBy: "d=").last }
}

@Suite struct WorkbenchSecurityTests {
    @Test func theTokenBecomesAnHttpOnlyStrictCookieAndWithoutItNothingIsShown() async throws {
        var bench = try Bench()
        for target in ["/", "/chart?f=\(Bench.chart)", "/unit?f=\(Bench.chart)&u=dpmptsp", "/export?f=\(Bench.chart)&format=graphml"] {
            let r = await bench.get(target, cookie: "")
            #expect(r.status == 401, "\(target)")
            #expect(!r.text.contains("Kabupaten Contoh"))
        }
        #expect(await bench.workbench.respond(to: WebRequest(method: "GET", target: "/?token=wrong")).status == 401)
        #expect(await bench.get("/", cookie: "ramping_session=forged").status == 401)
        let r = await bench.workbench.respond(to: WebRequest(method: "GET", target: "/?token=test-token-123"))
        let cookie = try #require(r.header("Set-Cookie"))
        #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict") && cookie.contains("Path=/"))
        #expect(r.header("Location") == "/")
        try await bench.signIn()
        #expect(await bench.get("/").status == 200)
    }

    @Test func everyPageHasTheSecurityHeaders() async throws {
        var bench = try Bench()
        try await bench.signIn()
        for target in ["/", "/assets/app.js", "/nowhere", "/chart?f=\(Bench.chart)"] {
            let r = await bench.get(target)
            let csp = try #require(r.header("Content-Security-Policy"), "\(target)")
            #expect(csp.contains("frame-ancestors 'none'") && csp.contains("script-src 'self'") && csp.contains("style-src 'self'"))
            #expect(!csp.contains("unsafe-inline") && !csp.contains("unsafe-eval"))
            #expect(r.header("X-Content-Type-Options") == "nosniff")
        }
        // No inline script or style in a page: the policy would block them.
        let page = await bench.get("/chart?f=\(Bench.chart)").text
        #expect(!page.contains("<script>") && !page.contains("<style") && !page.contains(" style=\"") && !page.contains("onclick"))
    }

    @Test func everyRouteAnswers() async throws {
        var bench = try Bench()
        try await bench.signIn()
        let f = Bench.chart
        var targets = ["/", "/chart?f=\(f)", "/unit?f=\(f)&u=dpmptsp", "/unit?f=\(f)&u=dpmptsp&people=1", "/compare?f=\(f)",
                       "/export?f=\(f)&format=graphml&view=people", "/export?f=\(f)&format=svg&view=units&depth=1",
                       "/export?f=\(f)&format=svg&view=positions&u=dpmptsp", "/assets/app.css", "/assets/app.js",
                       "/form?f=\(f)&u=dpmptsp&form=peta-jabatan", "/form?f=\(f)&u=dpmptsp&form=rekap-abk", "/form?f=\(f)&u=dpmptsp&form=duk"]
        for a in ["spans", "gaps", "compliance", "merit", "talent", "careers"] {
            targets.append("/analysis?f=\(f)&a=\(a)")
            for format in ["csv", "md", "json", "xlsx"] { targets.append("/download?f=\(f)&a=\(a)&format=\(format)") }
        }
        for t in targets {
            let r = await bench.get(t)
            #expect(r.status == 200, "\(t): \(r.status)")
        }
        for t in ["/nowhere", "/unit?f=\(f)&u=nothing", "/analysis?f=\(f)&a=nothing", "/download?f=\(f)&a=spans&format=exe", "/scenario?d=none"] {
            #expect(await bench.get(t).status == 404, "\(t)")
        }
        let delete = await bench.workbench.respond(to: WebRequest(method: "DELETE", target: "/", headers: ["cookie": bench.cookie]))
        #expect(delete.status == 405)
        // The unit page names people only when asked, and never shows ids.
        let hidden = await bench.get("/unit?f=\(f)&u=dpmptsp").text
        let shown = await bench.get("/unit?f=\(f)&u=dpmptsp&people=1").text
        let chart = try #require(ChartLoader.load(path: repoPath(f)).chart)
        let holder = try #require(chart.people.first { $0.position?.hasPrefix("dpmptsp.") == true })
        #expect(!hidden.contains(holder.name) && shown.contains(HTML.escape(holder.name)))
        #expect(!hidden.contains("dpmptsp.verifikator<") && !hidden.contains(">dpmptsp<"))
        // The CSV download is what `ramping analyse spans --format csv` writes.
        let csv = await bench.get("/download?f=\(f)&a=spans&format=csv")
        #expect(csv.header("Content-Disposition")?.contains("attachment") == true)
        #expect(csv.text.split(whereSeparator: \.isNewline).count > 2)
        // The peta jabatan of a dinas as an Excel workbook (a zip: "PK").
        let xlsx = await bench.get("/form?f=\(f)&u=dpmptsp&form=peta-jabatan")
        #expect(xlsx.body.prefix(2) == Data("PK".utf8) && xlsx.header("Content-Type") == Workbench.xlsxType)
    }

    @Test func aStateChangeNeedsTheCSRFTokenAndTheSameOrigin() async throws {
        var bench = try Bench()
        try await bench.signIn()
        #expect(await bench.post("/scenario/new", [("f", Bench.chart), ("name", "A")], csrf: "").status == 403)
        #expect(await bench.post("/scenario/new", [("f", Bench.chart), ("name", "A")], csrf: "0123").status == 403)
        #expect(await bench.post("/scenario/new", [("f", Bench.chart), ("name", "A")], headers: ["origin": "http://evil.example"]).status == 403)
        #expect(await bench.post("/lang", [("to", "en")], csrf: "nope").status == 403)
        let ok = await bench.post("/scenario/new", [("f", Bench.chart), ("name", "A")], headers: ["origin": "http://127.0.0.1:1"])
        #expect(ok.status == 303)
    }

    @Test func pathsCannotLeaveTheWorkspace() async throws {
        var bench = try Bench()
        try await bench.signIn()
        let outside = NSTemporaryDirectory() + "ramping-outside-" + Secret.token(bytes: 4) + ".yaml"
        try FileManager.default.copyItem(atPath: repoPath(Bench.chart), toPath: outside)
        try FileManager.default.createSymbolicLink(atPath: bench.folder + "/escape.yaml", withDestinationPath: outside)
        try FileManager.default.createSymbolicLink(atPath: bench.folder + "/up", withDestinationPath: "/etc")
        for f in ["../etc/passwd", "/etc/passwd", "OrgCharts/../../etc/passwd", "%2e%2e/%2e%2e/etc/passwd", "escape.yaml", "up/passwd",
                  "OrgCharts//kabupaten-contoh.yaml", "./OrgCharts/kabupaten-contoh.yaml", ".hidden", "OrgCharts\\..\\x", ""] {
            let r = await bench.get("/chart?" + HTML.query([("f", f)]))
            #expect(r.status == 404, "\(f)")
            #expect(!r.text.contains("root:"))
        }
        let ws = bench.workbench.options.workspace
        #expect(ws.resolve("OrgCharts/kabupaten-contoh.yaml") != nil)
        #expect(ws.resolve("OrgCharts/new-file.yaml") != nil)   // a new file inside is allowed
        #expect(ws.resolve("up/new-file.yaml") == nil)           // but not through a link to outside
        #expect(ws.resolve("escape.yaml") == nil)
        #expect(!ws.yamlFiles().contains("escape.yaml"))
    }

    @Test func accountsKeepOnlySaltedPBKDF2Hashes() throws {
        // RFC 7914 §11: PBKDF2-HMAC-SHA256("passwd", "salt", 1) — the first 32 bytes.
        let hex = UserFile.derive("passwd", salt: Array("salt".utf8), iterations: 1).map { String(format: "%02x", $0) }.joined()
        #expect(hex == "55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc")
        var users = UserFile()
        try users.set(name: "siti", role: .editor, password: "rahasia-panjang", iterations: 1000)
        try users.set(name: "budi", role: .viewer, password: "rahasia-panjang", iterations: 1000)
        #expect(users.accounts[0].salt != users.accounts[1].salt && users.accounts[0].hash != users.accounts[1].hash)
        #expect(users.authenticate(name: "siti", password: "rahasia-panjang")?.role == .editor)
        #expect(users.authenticate(name: "siti", password: "rahasia-panjanG") == nil)
        #expect(users.authenticate(name: "nobody", password: "rahasia-panjang") == nil)
        #expect(!users.serialized().contains("rahasia"))
        #expect(throws: UserFile.Problem.shortPassword) { try users.set(name: "x", role: .viewer, password: "short") }
        #expect(throws: UserFile.Problem.badName) { try users.set(name: "a:b", role: .viewer, password: "long enough") }
        // A file with a weak iteration count is refused; the real count reads back.
        #expect(throws: UserFile.Problem.badLine(2)) { try UserFile.parse(users.serialized()) }
        var strong = UserFile()
        try strong.set(name: "siti", role: .editor, password: "rahasia-panjang")
        let back = try UserFile.parse(strong.serialized())
        #expect(back.accounts == strong.accounts && back.accounts[0].iterations == 600_000)
    }

    @Test func aViewerCanLookButNotChange() async throws {
        var users = UserFile()
        try users.set(name: "budi", role: .viewer, password: "kata-sandi-budi", iterations: 1000)
        try users.set(name: "siti", role: .editor, password: "kata-sandi-siti", iterations: 1000)
        var bench = try Bench(users: users)
        // The token of local mode does not open the office server.
        #expect(await bench.workbench.respond(to: WebRequest(method: "GET", target: "/?token=test-token-123")).status == 303)
        #expect(await bench.get("/", cookie: "").header("Location") == "/login")
        func login(_ name: String, _ password: String) async -> WebResponse {
            await bench.workbench.respond(to: WebRequest(method: "POST", target: "/login", headers: ["content-type": "application/x-www-form-urlencoded"],
                                                         body: Data(HTML.query([("user", name), ("password", password)]).utf8)))
        }
        #expect(await login("budi", "wrong-password").status == 401)
        let ok = await login("budi", "kata-sandi-budi")
        #expect(ok.status == 303)
        bench.cookie = String(try #require(ok.header("Set-Cookie")).split(separator: ";")[0])
        try await bench.readCSRF()
        #expect(await bench.get("/chart?f=\(Bench.chart)").status == 200)
        let refused = await bench.post("/scenario/new", [("f", Bench.chart), ("name", "X")])
        #expect(refused.status == 403 && refused.text.contains("editor"))
        #expect(!(await bench.get("/").text.contains("upload-form")))
        // Five wrong passwords lock the name for a minute.
        for _ in 0..<5 { _ = await login("siti", "nope-nope") }
        #expect(await login("siti", "kata-sandi-siti").status == 429)
    }
}

@Suite struct WorkbenchScenarioTests {
    @Test func aScenarioBuiltWithTheFormsIsTheFileSimulateReads() async throws {
        var bench = try Bench()
        try await bench.signIn()
        let created = await bench.post("/scenario/new", [("f", Bench.chart), ("name", "Uji dua langkah")])
        let d = try #require(draftID(created))
        // An unknown kind of step and a merge of one unit are refused with a message; nothing is added.
        let one = await bench.post("/scenario/step", [("d", d), ("version", "0"), ("kind", "merge"), ("units", "dpmptsp"), ("name", "X")])
        #expect(one.status == 422 && one.text.contains("dua unit"), "\(one.status) \(one.text.prefix(300))")
        let step1 = await bench.post("/scenario/step", [("d", d), ("version", "0"), ("kind", "abolish"), ("unit", "dpmptsp.pelayanan"), ("tasksTo", "dpmptsp.sekretariat")])
        #expect(step1.status == 303)
        // A second tab still showing version 0 cannot add its step over the first.
        let stale = await bench.post("/scenario/step", [("d", d), ("version", "0"), ("kind", "place")])
        #expect(stale.status == 409)
        #expect(stale.text.contains("tab"))
        #expect(await bench.post("/scenario/step", [("d", d), ("version", "1"), ("kind", "place")]).status == 303)
        let page = await bench.get("/scenario?d=\(d)")
        #expect(page.status == 200)
        #expect(page.text.contains("id=\"comparison\"") && page.text.contains("<svg"))
        // The same check as `simulate`: abolishing a unit that is gone names the step.
        let gone = await bench.post("/scenario/step", [("d", d), ("version", "2"), ("kind", "abolish"), ("unit", "dpmptsp.pelayanan")])
        #expect(gone.status == 422 && gone.text.contains("Langkah 3 (penghapusan unit) tidak dapat diterapkan"), "\(gone.text.prefix(400))")
        let saved = await bench.post("/scenario/save", [("d", d), ("version", "2")])
        #expect(saved.status == 303)
        let files = try FileManager.default.contentsOfDirectory(atPath: bench.folder + "/OrgCharts/scenarios")
        #expect(files == ["uji-dua-langkah.yaml"])
        let loaded = ScenarioLoader.load(path: bench.folder + "/OrgCharts/scenarios/uji-dua-langkah.yaml")
        let scenario = try #require(loaded.scenario)
        #expect(loaded.isValid && scenario.steps.count == 2 && scenario.base == "../kabupaten-contoh.yaml")
        // Undo, then the diff picture of the draft downloads as SVG.
        #expect(await bench.post("/scenario/undo", [("d", d), ("version", "3")]).status == 303)
        let svg = await bench.get("/export?d=\(d)&view=units&depth=1&format=svg")
        #expect(svg.status == 200 && svg.text.contains("<svg"))
        // The saved file can be compared with the chart.
        let compare = await bench.get("/compare?f=\(Bench.chart)&s=OrgCharts/scenarios/uji-dua-langkah.yaml")
        #expect(compare.status == 200 && compare.text.contains("Uji dua langkah"))
    }

    @Test func aSavedFileChangedOnDiskIsNotOverwritten() async throws {
        var bench = try Bench()
        try await bench.signIn()
        let d = try #require(draftID(await bench.post("/scenario/new", [("f", Bench.chart), ("name", "Satu")])))
        #expect(await bench.post("/scenario/save", [("d", d), ("version", "0")]).status == 303)
        let path = bench.folder + "/OrgCharts/scenarios/satu.yaml"
        try "# changed by hand\n".appending(try String(contentsOfFile: path, encoding: .utf8)).write(toFile: path, atomically: true, encoding: .utf8)
        let again = await bench.post("/scenario/save", [("d", d), ("version", "1")])
        #expect(again.status == 409)
        #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix("# changed by hand"))
    }

    @Test func anUploadedBrokenFileIsListedAtItsCellAndNothingIsSaved() async throws {
        var bench = try Bench(maxUpload: 1 << 20)
        try await bench.signIn()
        // The fixture is Windows-1252, as Excel saves it: changed byte for byte.
        let original = try Data(contentsOf: URL(fileURLWithPath: repoPath("Tests/Fixtures/hr-data/simpeg_daftar_pegawai_idlocale.csv")))
        let csv = try #require(String(data: original, encoding: .isoLatin1)).replacingOccurrences(of: "197103141998031901", with: "19710314199803190X")
        let boundary = "XyZ123"
        var body = Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n\(bench.csrf)\r\n".utf8)
        body += Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"../../daftar.csv\"\r\nContent-Type: text/csv\r\n\r\n".utf8)
        body += try #require(csv.data(using: .isoLatin1)) + Data("\r\n--\(boundary)--\r\n".utf8)
        let r = await bench.workbench.respond(to: WebRequest(method: "POST", target: "/upload", headers: [
            "cookie": bench.cookie, "content-type": "multipart/form-data; boundary=\(boundary)"], body: body))
        #expect(r.status == 422)
        #expect(r.text.contains("daftar.csv:6:3"), "\(r.text)")
        #expect(!r.text.contains("../"))
        // Nothing in the workspace; the upload itself is kept hidden, for the sheet its messages open.
        let files = try FileManager.default.contentsOfDirectory(atPath: bench.folder)
        #expect(files.filter { !$0.hasPrefix(".") } == ["OrgCharts"])
        // The message's place opens the sheet at its cell: row 6, column B (the NIP), marked.
        let page = r.text
        let marker = try #require(page.range(of: "<a href=\"/sheet?"))
        let href = String(page[page.index(after: page.index(marker.lowerBound, offsetBy: 8))...].prefix { $0 != "\"" }).replacingOccurrences(of: "&amp;", with: "&")
        #expect(href.hasSuffix("#B6") && href.contains("file=daftar.csv"), "\(href)")
        let sheet = await bench.get(String(href.split(separator: "#")[0]))
        #expect(sheet.status == 200)
        #expect(sheet.text.contains("<td id=\"B6\" class=\"target\">19710314199803190X</td>"), "\(sheet.text.prefix(2000))")
        // Only a kept upload's own files open: no path, no other name.
        let u = try #require(href.components(separatedBy: "u=").last?.prefix { $0 != "&" })
        for (upload, file) in [(String(u), "../sessions"), (String(u), "x.csv"), ("../../OrgCharts", "kabupaten-contoh.yaml"), ("zz", "daftar.csv")] {
            #expect(await bench.get("/sheet?" + HTML.query([("u", upload), ("file", file)])).status == 404, "\(upload) \(file)")
        }
    }

    @Test func anExcelMessageOpensItsSheetAtItsCell() async throws {
        var bench = try Bench(maxUpload: 4 << 20)
        try await bench.signIn()
        let xlsx = try Data(contentsOf: URL(fileURLWithPath: repoPath("Tests/Fixtures/hr-data/xlsx/duk_two_row_header.xlsx")))
        let boundary = "Bx9"
        var body = Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n\(bench.csrf)\r\n".utf8)
        body += Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"duk.xlsx\"\r\n\r\n".utf8) + xlsx + Data("\r\n--\(boundary)--\r\n".utf8)
        let r = await bench.workbench.respond(to: WebRequest(method: "POST", target: "/upload", headers: [
            "cookie": bench.cookie, "content-type": "multipart/form-data; boundary=\(boundary)"], body: body))
        // The warning at duk.xlsx:duk_two_row_header!F14 links to that sheet and cell.
        let text = r.text.replacingOccurrences(of: "&amp;", with: "&")
        let start = try #require(text.range(of: "href=\"/sheet?"))
        let href = String(text[text.index(start.lowerBound, offsetBy: 6)...].prefix { $0 != "\"" })
        #expect(href.contains("file=duk.xlsx") && href.contains("sheet=duk_two_row_header") && href.hasSuffix("#F14"), "\(href)")
        let sheet = await bench.get(String(href.split(separator: "#")[0]))
        #expect(sheet.status == 200)
        #expect(sheet.text.contains("<td id=\"F14\" class=\"target\">Analis SDM Aparatur Ahli Muda</td>"), "\(sheet.text.prefix(1500))")
        #expect(sheet.text.contains("<tr class=\"target-row\"><th>14</th>"))
    }

    @Test func anUploadedValidChartIsSavedInTheWorkspace() async throws {
        var bench = try Bench()
        try await bench.signIn()
        let yaml = try String(contentsOfFile: repoPath(Bench.chart), encoding: .utf8)
        let boundary = "b0"
        let body = "--\(boundary)\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n\(bench.csrf)\r\n--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"contoh.yaml\"\r\n\r\n\(yaml)\r\n--\(boundary)--\r\n"
        let r = await bench.workbench.respond(to: WebRequest(method: "POST", target: "/upload", headers: [
            "cookie": bench.cookie, "content-type": "multipart/form-data; boundary=\(boundary)"], body: Data(body.utf8)))
        #expect(r.status == 200)
        #expect(try String(contentsOfFile: bench.folder + "/contoh.yaml", encoding: .utf8) == yaml)
    }
}
