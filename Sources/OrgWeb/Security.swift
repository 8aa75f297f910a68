import CryptoExtras
import Foundation
import OrgFiles
import OrgModel

/// Random tokens (session keys, CSRF tokens, salts) from the system's secure generator.
public enum Secret {
    /// `bytes` random bytes as lowercase hex.
    public static func token(bytes: Int = 32) -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<bytes).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &generator)) }.joined()
    }

    public static func randomBytes(_ count: Int) -> [UInt8] {
        var generator = SystemRandomNumberGenerator()
        return (0..<count).map { _ in UInt8.random(in: 0...255, using: &generator) }
    }

    /// Compares without stopping at the first difference, so the time taken says nothing about where it is.
    public static func equal(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        var difference = UInt8(x.count == y.count ? 0 : 1)
        for i in 0..<max(x.count, y.count) {
            difference |= (i < x.count ? x[i] : 0) ^ (i < y.count ? y[i] : 0)
        }
        return difference == 0
    }
}

/// What a signed-in person may do: look (viewer) or also change scenarios and bring in files (editor).
public enum Role: String, Sendable, CaseIterable {
    case viewer, editor
}

/// The accounts of the office-server mode (`--users FILE`), one a line:
///
///     NAME:ROLE:pbkdf2-sha256:ITERATIONS:SALT(base64):HASH(base64)
///
/// The password is stretched with PBKDF2-HMAC-SHA256 (swift-crypto's CryptoExtras, BoringSSL underneath),
/// 600,000 iterations as OWASP advises for PBKDF2-SHA256, a 16-byte random salt per account and a
/// 32-byte result; the password itself is never stored. Lines starting with `#` are comments.
public struct UserFile: Sendable {
    public struct Account: Sendable, Equatable {
        public var name: String
        public var role: Role
        public var iterations: Int
        public var salt: [UInt8]
        public var hash: [UInt8]
    }

    public static let defaultIterations = 600_000
    public var accounts: [Account] = []

    public init(accounts: [Account] = []) { self.accounts = accounts }

    public enum Problem: Error, Equatable, Sendable {
        case badLine(Int)
        case badName
        case shortPassword

        public func text(_ l: Language) -> String {
            switch self {
            case .badLine(let n): l.pick("baris \(n) bukan NAMA:PERAN:pbkdf2-sha256:ITERASI:GARAM:HASH", "line \(n) is not NAME:ROLE:pbkdf2-sha256:ITERATIONS:SALT:HASH")
            case .badName: l.pick("nama pengguna hanya huruf, angka, titik, garis bawah dan tanda hubung (1–64)", "a user name is letters, digits, dot, underscore and hyphen (1–64)")
            case .shortPassword: l.pick("kata sandi minimal 8 karakter", "a password has at least 8 characters")
            }
        }
    }

    public static func parse(_ text: String) throws(Problem) -> UserFile {
        var file = UserFile()
        for (k, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let f = line.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
            guard f.count == 6, validName(f[0]), let role = Role(rawValue: f[1]), f[2] == "pbkdf2-sha256",
                  let iterations = Int(f[3]), iterations >= 100_000,
                  let salt = Data(base64Encoded: f[4]), salt.count >= 16,
                  let hash = Data(base64Encoded: f[5]), hash.count == 32 else { throw .badLine(k + 1) }
            file.accounts.append(Account(name: f[0], role: role, iterations: iterations, salt: Array(salt), hash: Array(hash)))
        }
        return file
    }

    public func serialized() -> String {
        var text = "# Ramping workbench accounts: NAME:ROLE:pbkdf2-sha256:ITERATIONS:SALT:HASH (see `ramping user add`)\n"
        for a in accounts {
            text += "\(a.name):\(a.role.rawValue):pbkdf2-sha256:\(a.iterations):\(Data(a.salt).base64EncodedString()):\(Data(a.hash).base64EncodedString())\n"
        }
        return text
    }

    public static func validName(_ name: String) -> Bool {
        (1...64).contains(name.count) && name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "._-".contains($0)) }
    }

    /// Adds or replaces an account.
    public mutating func set(name: String, role: Role, password: String, iterations: Int = defaultIterations) throws(Problem) {
        guard Self.validName(name) else { throw .badName }
        guard password.count >= 8 else { throw .shortPassword }
        let salt = Secret.randomBytes(16)
        let account = Account(name: name, role: role, iterations: iterations, salt: salt,
                              hash: Self.derive(password, salt: salt, iterations: iterations))
        if let i = accounts.firstIndex(where: { $0.name == name }) { accounts[i] = account } else { accounts.append(account) }
    }

    /// The account whose password this is, or nil; the same work is done for an unknown name.
    public func authenticate(name: String, password: String) -> Account? {
        let account = accounts.first { $0.name == name }
        let salt = account?.salt ?? Array(repeating: 0, count: 16)
        let derived = Self.derive(password, salt: salt, iterations: account?.iterations ?? Self.defaultIterations)
        guard let account else { return nil }
        var difference: UInt8 = 0
        for (a, b) in zip(derived, account.hash) { difference |= a ^ b }
        return difference == 0 ? account : nil
    }

    static func derive(_ password: String, salt: [UInt8], iterations: Int) -> [UInt8] {
        // Iterations below CryptoExtras' checked minimum are refused by `parse`; the unchecked call lets the
        // tests use a smaller count.
        let key = try! KDF.Insecure.PBKDF2.deriveKey(from: Array(password.utf8), salt: salt, using: .sha256,
                                                     outputByteCount: 32, unsafeUncheckedRounds: iterations)
        return key.withUnsafeBytes { Array($0) }
    }
}

/// The workspace folder: every path a request names is resolved inside it, or refused.
public struct Workspace: Sendable {
    /// The folder, symbolic links resolved.
    public let root: String

    public init(_ folder: String) throws {
        guard let real = Self.realPath(folder) else { throw CocoaError(.fileNoSuchFile) }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: real, isDirectory: &isFolder), isFolder.boolValue else {
            throw CocoaError(.fileReadUnknown)
        }
        root = real
    }

    static func realPath(_ path: String) -> String? {
        guard let p = realpath(path, nil) else { return nil }
        defer { free(p) }
        return String(cString: p)
    }

    /// The absolute path of `relative` (a path inside the workspace written with `/`), or nil when it is
    /// absolute, has `..`, `.`, an empty or hidden part, a control character, or leads outside through a
    /// symbolic link. A path that does not exist yet is checked through its folder (which must exist).
    public func resolve(_ relative: String) -> String? {
        guard !relative.isEmpty, relative.utf8.count <= 1024, !relative.hasPrefix("/"),
              !relative.unicodeScalars.contains(where: { $0.value < 0x20 || $0 == "\\" || $0.value == 0x7F }) else { return nil }
        let parts = relative.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." && !$0.hasPrefix(".") }) else { return nil }
        let joined = root + "/" + relative
        if let real = Self.realPath(joined) { return inside(real) ? real : nil }
        // A new file: its folder must exist and be inside, and the name itself must not be a dangling link.
        let folder = (joined as NSString).deletingLastPathComponent
        guard let realFolder = Self.realPath(folder), inside(realFolder) || realFolder == root else { return nil }
        var info = stat()
        if lstat(joined, &info) == 0 { return nil }
        return realFolder + "/" + String(parts.last!)
    }

    func inside(_ real: String) -> Bool { real == root || real.hasPrefix(root + "/") }

    /// The workspace-relative name of an absolute path inside it.
    public func relative(_ absolute: String) -> String? {
        absolute.hasPrefix(root + "/") ? String(absolute.dropFirst(root.count + 1)) : nil
    }

    /// YAML files under the workspace (two folders deep), hidden ones and `.build` left out, sorted.
    public func yamlFiles() -> [String] {
        var found: [String] = []
        func walk(_ folder: String, _ prefix: String, depth: Int) {
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
            for name in names.sorted() where !name.hasPrefix(".") {
                let path = folder + "/" + name
                var isFolder: ObjCBool = false
                guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { continue }
                if isFolder.boolValue {
                    if depth < 2 { walk(path, prefix + name + "/", depth: depth + 1) }
                } else if name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
                    if resolve(prefix + name) != nil { found.append(prefix + name) }
                }
            }
        }
        walk(root, "", depth: 0)
        return found
    }
}
