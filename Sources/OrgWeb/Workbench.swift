import Foundation
import OrgAnalysis
import OrgExport
import OrgFiles
import OrgImport
import OrgModel
import OrgSimulation

/// A value guarded by a lock, shared by the requests the server handles at once.
final class Locked<Value>: @unchecked Sendable {
    private var value: Value
    private let lock = NSLock()
    init(_ value: Value) { self.value = value }
    func with<T>(_ body: (inout Value) throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }
}

/// How the workbench is started (`ramping serve`).
public struct WorkbenchOptions: Sendable {
    public var workspace: Workspace
    /// The office-server accounts; nil on the planner's own machine, where the token is the key.
    public var users: UserFile?
    /// The token of the printed URL (local mode).
    public var token: String
    public var maxUploadBytes: Int
    public var language: Language

    public init(workspace: Workspace, users: UserFile? = nil, token: String = Secret.token(), maxUploadBytes: Int = 20 << 20,
                language: Language = .indonesian) {
        self.workspace = workspace
        self.users = users
        self.token = token
        self.maxUploadBytes = maxUploadBytes
        self.language = language
    }
}

/// A signed-in browser.
struct Session: Sendable {
    var user: String?
    var role: Role
    var csrf: String
    var language: Language
    /// When the browser signed in: a session lasts `Session.lifetime`, across restarts too.
    var created = Date()

    static let lifetime: TimeInterval = 30 * 24 * 3600
    var expired: Bool { Date().timeIntervalSince(created) > Self.lifetime }
}

/// A scenario being built: its steps and a version that every change must name, so that two tabs editing one
/// scenario see each other's steps instead of overwriting them.
struct Draft: Sendable {
    var chart: String
    var scenario: Scenario
    var file: String?
    var version: Int
    /// The saved file's content when it was opened or last saved, to refuse overwriting someone else's change.
    var savedText: String?
    var writable: Bool
    var lastMessage: String?
}

/// The workbench: every page and download, as a function from request to response. The HTTP server
/// (`WorkbenchServer`) only carries bytes to and from it.
public final class Workbench: Sendable {
    public let options: WorkbenchOptions
    /// Signed-in browsers by the SHA-256 of their cookie; kept in `.ramping/sessions` across restarts.
    let sessions: Locked<[String: Session]>
    /// Scenarios being built; kept in `.ramping/drafts/` across restarts.
    let drafts: Locked<[String: Draft]>
    let store: WorkbenchStore
    let charts = Locked<[String: (stamp: String, loaded: LoadedChart)]>([:])
    let failedLogins = Locked<[String: (count: Int, until: Date)]>([:])
    let jobs = JobBoard()

    public static let sessionCookie = "ramping_session"

    public init(options: WorkbenchOptions) {
        self.options = options
        store = WorkbenchStore(workspace: options.workspace)
        sessions = Locked(store.loadSessions(users: options.users))
        drafts = Locked(store.loadDrafts())
    }

    /// Changes the sessions and writes them down, under one lock so that writes cannot cross.
    func changeSessions(_ change: (inout [String: Session]) -> Void) {
        sessions.with { all in
            change(&all)
            store.saveSessions(all)
        }
    }

    /// Changes a draft and writes it down; returns what `change` returns.
    @discardableResult
    func changeDraft<T>(_ id: String, _ change: (inout [String: Draft]) -> T) -> T {
        drafts.with { all in
            let result = change(&all)
            if let draft = all[id] { store.saveDraft(id, draft) }
            return result
        }
    }

    /// The address to open: with the token in local mode, the login page with accounts.
    public func startURL(host: String, port: Int) -> String {
        let h = host.contains(":") ? "[\(host)]" : host
        return options.users == nil ? "http://\(h):\(port)/?token=\(options.token)" : "http://\(h):\(port)/login"
    }

    static let securityHeaders: [(String, String)] = [
        ("Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"),
        ("X-Content-Type-Options", "nosniff"),
        ("X-Frame-Options", "DENY"),
        ("Referrer-Policy", "no-referrer"),
        ("Cache-Control", "no-store"),
        ("Cross-Origin-Opener-Policy", "same-origin"),
    ]

    public func respond(to request: WebRequest) async -> WebResponse {
        var response = await route(request)
        response.headers += Self.securityHeaders
        return response
    }

    func route(_ r: WebRequest) async -> WebResponse {
        let defaultLanguage = options.language
        // Assets carry no data: served to anyone (the login page needs them).
        if r.method == "GET" && r.path == "/assets/app.css" {
            return WebResponse(headers: [("Content-Type", "text/css; charset=utf-8")], body: Data(Assets.css.utf8))
        }
        if r.method == "GET" && r.path == "/assets/app.js" {
            return WebResponse(headers: [("Content-Type", "text/javascript; charset=utf-8")], body: Data(Assets.js.utf8))
        }
        guard r.method == "GET" || r.method == "POST" else {
            return WebResponse(status: 405, headers: [("Allow", "GET, POST")])
        }
        // A request from another site's page is refused before anything else (SameSite cookies, and this).
        if r.method == "POST", let origin = r.headers["origin"], let host = r.headers["host"],
           origin != "http://\(host)" && origin != "https://\(host)" {
            return errorPage(403, defaultLanguage.pick("Permintaan dari situs lain ditolak.", "A request from another site was refused."), defaultLanguage)
        }
        // Local mode: the printed URL's token starts a session.
        if options.users == nil, r.method == "GET", let token = r.q("token") {
            guard Secret.equal(token, options.token) else {
                return errorPage(401, defaultLanguage.pick("Token salah. Buka alamat yang dicetak oleh `ramping serve`.",
                                                           "Wrong token. Open the address `ramping serve` printed."), defaultLanguage)
            }
            let id = newSession(Session(user: nil, role: .editor, csrf: Secret.token(), language: defaultLanguage))
            return .redirect(r.path == "/" ? "/" : r.path, cookies: [cookie(id)])
        }
        if options.users != nil && r.path == "/login" {
            return r.method == "GET" ? loginPage(defaultLanguage, message: nil) : login(r)
        }
        guard let cookieToken = r.cookies[Self.sessionCookie], case let id = WorkbenchStore.hash(cookieToken), let session = sessions.with({ $0[id] }), !session.expired else {
            if options.users != nil { return .redirect("/login") }
            return errorPage(401, defaultLanguage.pick("Belum masuk. Buka alamat bertoken yang dicetak oleh `ramping serve` di terminal.",
                                                       "Not signed in. Open the address with the token that `ramping serve` printed in the terminal."), defaultLanguage)
        }
        let l = session.language
        if r.method == "POST" {
            let form = r.form
            let sent = form.value("csrf") ?? r.headers["x-csrf-token"] ?? ""
            guard Secret.equal(sent, session.csrf) else {
                return errorPage(403, l.pick("Formulir kedaluwarsa atau bukan dari halaman ini (token CSRF salah). Muat ulang halaman lalu coba lagi.",
                                             "The form has expired or did not come from this page (wrong CSRF token). Reload the page and try again."), l)
            }
            let context = Context(session: session, sessionID: id, l: l, request: r, form: form)
            switch r.path {
            case "/lang": return switchLanguage(context)
            case "/logout":
                changeSessions { $0[id] = nil }
                return .redirect(options.users == nil ? "/" : "/login", cookies: ["\(Self.sessionCookie)=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0"])
            default: break
            }
            guard session.role == .editor else {
                return errorPage(403, l.pick("Akun Anda hanya untuk melihat: menyimpan dan mengubah perlu peran editor.",
                                             "Your account can only view: saving and changing need the editor role."), l)
            }
            switch r.path {
            case "/upload": return upload(context)
            case "/scenario/new": return newScenario(context)
            case "/scenario/open": return openScenario(context)
            case "/scenario/step": return addStep(context)
            case "/scenario/undo": return undoStep(context)
            case "/scenario/save": return saveScenario(context)
            case "/job/start": return startJob(context)
            case "/job/cancel": return cancelJob(context)
            default: return notFound(l)
            }
        }
        let context = Context(session: session, sessionID: id, l: l, request: r, form: nil)
        switch r.path {
        case "/": return workspacePage(context)
        case "/chart": return chartPage(context)
        case "/unit": return unitPage(context)
        case "/analysis": return analysisPage(context)
        case "/download": return download(context)
        case "/form": return formDownload(context)
        case "/export": return export(context)
        case "/scenario": return scenarioPage(context)
        case "/scenario/yaml": return scenarioYAML(context)
        case "/compare": return comparePage(context)
        case "/job": return jobPage(context)
        case "/job/status": return jobStatus(context)
        case "/file": return exportedFile(context)
        case "/sheet": return sheetPage(context)
        default: return notFound(l)
        }
    }

    struct Context {
        var session: Session
        var sessionID: String
        var l: Language
        var request: WebRequest
        var form: Form?
        var csrf: String { session.csrf }
        var canEdit: Bool { session.role == .editor }
    }

    /// A new session: the returned token goes in the cookie; only its hash is kept.
    func newSession(_ s: Session) -> String {
        let token = Secret.token()
        changeSessions { $0[WorkbenchStore.hash(token)] = s }
        return token
    }

    func cookie(_ id: String) -> String { "\(Self.sessionCookie)=\(id); Path=/; HttpOnly; SameSite=Strict" }

    // MARK: Sign-in (office-server mode)

    func loginPage(_ l: Language, message: String?, status: Int = 200) -> WebResponse {
        var body = "<div class=\"login\"><h1>Ramping</h1>"
        if let message { body += "<div class=\"msg error\" id=\"message\">\(HTML.escape(message))</div>" }
        body += """
            <form method="post" action="/login">
            <label>\(l.pick("Nama pengguna", "User name"))<br><input type="text" name="user" autocomplete="username" required></label>
            <label>\(l.pick("Kata sandi", "Password"))<br><input type="password" name="password" autocomplete="current-password" required></label>
            <p><button type="submit" id="login">\(l.pick("Masuk", "Sign in"))</button></p></form></div>
            """
        return .html(Page.document(title: l.pick("Masuk", "Sign in"), body: body, l), status: status)
    }

    func login(_ r: WebRequest) -> WebResponse {
        let l = options.language
        let form = r.form
        let name = form.value("user") ?? ""
        let now = Date()
        if let lock = failedLogins.with({ $0[name] }), lock.count >= 5, lock.until > now {
            return loginPage(l, message: l.pick("Terlalu banyak percobaan; tunggu satu menit.", "Too many attempts; wait a minute."), status: 429)
        }
        guard let users = options.users, let account = users.authenticate(name: name, password: form.value("password") ?? "") else {
            failedLogins.with { f in
                let c = (f[name]?.count ?? 0) + 1
                f[name] = (c, now.addingTimeInterval(60))
            }
            return loginPage(l, message: l.pick("Nama pengguna atau kata sandi salah.", "Wrong user name or password."), status: 401)
        }
        failedLogins.with { $0[name] = nil }
        let id = newSession(Session(user: account.name, role: account.role, csrf: Secret.token(), language: l))
        return .redirect("/", cookies: [cookie(id)])
    }

    func switchLanguage(_ c: Context) -> WebResponse {
        let to = Language(rawValue: c.form?.value("to") ?? "") ?? .indonesian
        changeSessions { $0[c.sessionID]?.language = to }
        let back = c.form?.value("back") ?? "/"
        return .redirect(back.hasPrefix("/") && !back.hasPrefix("//") ? back : "/")
    }

    // MARK: Pages common

    func page(_ title: String, _ body: String, _ c: Context, status: Int = 200) -> WebResponse {
        .html(Page.document(title: title, body: Page.header(c) + "<main>" + body + "</main>", c.l), status: status)
    }

    func errorPage(_ status: Int, _ message: String, _ l: Language) -> WebResponse {
        .html(Page.document(title: "Ramping", body: "<main><div class=\"msg error\" id=\"message\">\(HTML.escape(message))</div><p><a href=\"/\">Ramping</a></p></main>", l), status: status)
    }

    func notFound(_ l: Language) -> WebResponse {
        errorPage(404, l.pick("Halaman tidak ditemukan.", "Page not found."), l)
    }

    /// The chart a request names (`f`), loaded and cached by its modification time and size.
    func chart(_ c: Context, _ name: String? = nil) -> Result<(file: String, graph: OrgGraph), WebResponse> {
        let l = c.l
        guard let file = name ?? c.request.q("f"), let path = options.workspace.resolve(file) else {
            return .failure(errorPage(404, l.pick("Berkas itu tidak ada di folder kerja.", "That file is not in the workspace."), l))
        }
        guard let loaded = load(path) else {
            return .failure(errorPage(404, l.pick("Berkas itu tidak ada di folder kerja.", "That file is not in the workspace."), l))
        }
        guard let graph = loaded.graph, loaded.isValid else {
            let list = loaded.diagnostics.filter { $0.severity == .error }.prefix(50).map {
                "<li class=\"error\">\(HTML.escape($0.rendered(l).replacingOccurrences(of: options.workspace.root + "/", with: "")))</li>"
            }.joined()
            return .failure(page(file, "<h1>\(HTML.escape(file))</h1><div class=\"msg error\" id=\"message\">\(l.pick("Bagan ini belum sah; perbaiki dulu:", "This chart is not valid yet; fix these first:"))</div><ul class=\"messages\">\(list)</ul>", c, status: 422))
        }
        return .success((file, graph))
    }

    func load(_ path: String) -> LoadedChart? {
        guard let a = try? FileManager.default.attributesOfItem(atPath: path), (a[.type] as? FileAttributeType) == .typeRegular else { return nil }
        let stamp = "\((a[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0)/\(a[.size] ?? 0)"
        if let cached = charts.with({ $0[path] }), cached.stamp == stamp { return cached.loaded }
        let loaded = ChartLoader.load(path: path, options: LoadOptions(maxFileBytes: 256 << 20))
        charts.with { $0[path] = (stamp, loaded) }
        return loaded
    }

    static func head(_ text: String) -> String? {
        guard let h = FileHandle(forReadingAtPath: text) else { return nil }
        defer { try? h.close() }
        return String(decoding: (try? h.read(upToCount: 4096)) ?? Data(), as: UTF8.self)
    }

    /// What a YAML file in the workspace is: a chart, a scenario, or neither.
    func kind(of file: String) -> String? {
        guard let path = options.workspace.resolve(file), let head = Self.head(path) else { return nil }
        if head.hasPrefix("format: ramping/1") || head.contains("\nformat: ramping/1") { return "chart" }
        if head.contains("format: ramping-scenario/1") { return "scenario" }
        return nil
    }
}
