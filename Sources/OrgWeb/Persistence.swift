import CryptoExtras
import Foundation
import OrgFiles
import OrgModel

/// What the workbench keeps across a restart, in the workspace's hidden `.ramping/` folder (mode 0700):
///
/// - `sessions` (mode 0600): one signed-in browser a line, `SHA256(cookie)<TAB>user<TAB>role<TAB>csrf<TAB>lang<TAB>signed in (Unix time)`;
///   sessions older than `Session.lifetime` (30 days) are dropped.
///   Only the hash of the cookie is stored, so the file alone does not sign anyone in.
/// - `drafts/ID.yaml`: a scenario being built, as the YAML `ramping simulate` reads (its `base` relative to
///   the file), and `drafts/ID.json` beside it: the chart, the saved file, the version and the last message.
///
/// Every file is written to a temporary file in its folder and renamed over the old one.
struct WorkbenchStore: Sendable {
    let folder: String

    init(workspace: Workspace) {
        folder = workspace.root + "/.ramping"
    }

    var sessionsFile: String { folder + "/sessions" }
    var draftsFolder: String { folder + "/drafts" }

    static func hash(_ token: String) -> String {
        SHA256.hash(data: Data(token.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    /// Writes `data` to `path` through a temporary file created with `mode`, then renames it into place.
    func write(_ data: Data, to path: String, mode: mode_t = 0o600) throws {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        let temporary = (path as NSString).deletingLastPathComponent + "/.tmp-" + Secret.token(bytes: 8)
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL, mode)
        guard fd >= 0 else { throw CocoaError(.fileWriteNoPermission) }
        let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: false)
        var ok = (try? handle.write(contentsOf: data)) != nil
        if fsync(fd) != 0 { ok = false }
        close(fd)
        guard ok, rename(temporary, path) == 0 else {
            unlink(temporary)
            throw CocoaError(.fileWriteUnknown)
        }
    }

    // MARK: Sessions

    func saveSessions(_ sessions: [String: Session]) {
        var text = "# Ramping workbench sessions: SHA256(cookie) user role csrf language signed-in (tab-separated). Delete this file to sign everyone out.\n"
        for (key, s) in sessions.sorted(by: { $0.key < $1.key }) where !s.expired {
            text += [key, s.user ?? "-", s.role.rawValue, s.csrf, s.language.rawValue, String(Int(s.created.timeIntervalSince1970))].joined(separator: "\t") + "\n"
        }
        try? write(Data(text.utf8), to: sessionsFile)
    }

    /// The sessions of the file; in office-server mode only those of accounts that still exist, with the
    /// account's current role; in local mode only those without an account.
    func loadSessions(users: UserFile?) -> [String: Session] {
        guard let text = try? String(contentsOfFile: sessionsFile, encoding: .utf8) else { return [:] }
        var out: [String: Session] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count == 6, let since = Double(f[5]), f[0].count == 64, f[0].allSatisfy(\.isHexDigit), var role = Role(rawValue: f[2]),
                  let language = Language(rawValue: f[4]), !f[3].isEmpty else { continue }
            let user = f[1] == "-" ? nil : f[1]
            if let users {
                guard let user, let account = users.accounts.first(where: { $0.name == user }) else { continue }
                role = account.role
            } else if user != nil {
                continue
            }
            let session = Session(user: user, role: role, csrf: f[3], language: language, created: Date(timeIntervalSince1970: since))
            if !session.expired { out[f[0]] = session }
        }
        return out
    }

    // MARK: Drafts

    static func validDraftID(_ id: String) -> Bool { (8...64).contains(id.count) && id.allSatisfy(\.isHexDigit) }

    func saveDraft(_ id: String, _ draft: Draft) {
        guard Self.validDraftID(id) else { return }
        var scenario = draft.scenario
        scenario.base = Workbench.relativePath(from: ".ramping/drafts", to: draft.chart)
        let yaml = ScenarioYAML.write(scenario, header: "A scenario being built in the Ramping workbench (ramping serve); kept across restarts.")
        var meta: [String: Any] = ["chart": draft.chart, "version": draft.version, "writable": draft.writable]
        if let file = draft.file { meta["file"] = file }
        if let saved = draft.savedText { meta["savedText"] = saved }
        if let message = draft.lastMessage { meta["lastMessage"] = message }
        guard let json = try? JSONSerialization.data(withJSONObject: meta, options: [.sortedKeys]) else { return }
        try? write(Data(yaml.utf8), to: draftsFolder + "/\(id).yaml")
        try? write(json, to: draftsFolder + "/\(id).json")
    }

    /// Every draft that reads back whole (its YAML through the scenario loader, its chart named).
    func loadDrafts() -> [String: Draft] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: draftsFolder) else { return [:] }
        var out: [String: Draft] = [:]
        for name in names where name.hasSuffix(".json") {
            let id = String(name.dropLast(5))
            guard Self.validDraftID(id),
                  let data = FileManager.default.contents(atPath: draftsFolder + "/" + name),
                  let meta = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
                  let chart = meta["chart"] as? String, let version = meta["version"] as? Int,
                  let text = try? String(contentsOfFile: draftsFolder + "/\(id).yaml", encoding: .utf8),
                  let scenario = ScenarioLoader.load(text: text, file: "\(id).yaml").scenario else { continue }
            var s = scenario
            s.base = nil
            out[id] = Draft(chart: chart, scenario: s, file: meta["file"] as? String, version: version,
                            savedText: meta["savedText"] as? String, writable: meta["writable"] as? Bool ?? true,
                            lastMessage: meta["lastMessage"] as? String)
        }
        return out
    }
}
