import ArgumentParser
import Foundation
import OrgFiles
import OrgModel
import OrgWeb

struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The planner's workbench: open the charts and scenarios of a folder in a web browser.",
        discussion: """
            Serves the charts, scenarios and exports in FOLDER (default: the current folder) at http://127.0.0.1:8080.
            Open the address it prints: it holds a one-time key (token) that signs your browser in. Only this
            computer can connect. Stop it with Ctrl+C.

            For the office's server, --host 0.0.0.0 opens it to the network; it then needs --users FILE (accounts
            made with `ramping user add`), and people sign in with a name and password as viewer or editor.

            Examples:
              ramping serve OrgCharts
              ramping serve OrgCharts --port 8090 --lang en
              ramping user add accounts.txt siti --role editor
              ramping serve /srv/ramping --host 0.0.0.0 --users accounts.txt
            """
    )

    @Argument(help: "The workspace folder: its charts, scenarios and files.")
    var folder: String = "."

    @Option(help: "The port to listen on (0: any free port).")
    var port: Int = 8080

    @Option(help: "The address to listen on: 127.0.0.1 (this computer only, the default) or 0.0.0.0 (the network; needs --users).")
    var host: String = "127.0.0.1"

    @Option(help: "The accounts file (made with `ramping user add`): names, roles and password hashes.")
    var users: String?

    @Option(name: .customLong("max-upload"), help: "The largest upload, in MiB.")
    var maxUpload: Int = 20

    @Option(name: .long, help: "Language of the pages at first: id (Indonesian, the default) or en (English).")
    var lang: Language?

    func validate() throws {
        if !(0...65535).contains(port) { throw ValidationError("--port takes 0 to 65535") }
        if !(1...1024).contains(maxUpload) { throw ValidationError("--max-upload takes 1 to 1024 MiB") }
        let loopback = host == "127.0.0.1" || host == "::1" || host == "localhost"
        if !loopback && users == nil {
            throw ValidationError("--host \(host) opens the workbench to the network: it needs --users FILE (accounts made with `ramping user add`)")
        }
    }

    func run() throws {
        let l = lang ?? Console.language
        let workspace: Workspace
        do { workspace = try Workspace(folder) } catch {
            Console.error(l.pick("ramping serve: \(folder) bukan folder", "ramping serve: \(folder) is not a folder"))
            throw ExitCode(2)
        }
        var accounts: UserFile?
        if let users {
            guard let text = try? String(contentsOfFile: users, encoding: .utf8) else {
                Console.error(l.pick("ramping serve: tidak dapat membaca \(users)", "ramping serve: cannot read \(users)"))
                throw ExitCode(2)
            }
            do { accounts = try UserFile.parse(text) } catch {
                Console.error("\(users): error: \(error.text(l))")
                throw ExitCode(2)
            }
            if accounts!.accounts.isEmpty {
                Console.error(l.pick("\(users): error: belum ada akun; buat dengan `ramping user add \(users) NAMA`", "\(users): error: no accounts yet; make one with `ramping user add \(users) NAME`"))
                throw ExitCode(2)
            }
        }
        let workbench = Workbench(options: WorkbenchOptions(workspace: workspace, users: accounts, maxUploadBytes: maxUpload << 20, language: l))
        let done = DispatchSemaphore(value: 0)
        let failure = FailureBox()
        let host = self.host
        let port = self.port
        Task {
            do {
                try await WorkbenchServer.run(workbench, host: host, port: port) { bound in
                    let url = workbench.startURL(host: host == "0.0.0.0" ? "127.0.0.1" : host, port: bound)
                    Console.out(l.pick("Ramping melayani \(workspace.root)\nBuka di peramban: \(url)\n(Ctrl+C untuk berhenti)\n",
                                       "Ramping is serving \(workspace.root)\nOpen in a browser: \(url)\n(Ctrl+C to stop)\n"))
                }
            } catch {
                failure.set(String(describing: error))
            }
            done.signal()
        }
        done.wait()
        if let message = failure.get() {
            Console.error(l.pick("ramping serve: tidak dapat mendengarkan di \(host):\(port): \(message)", "ramping serve: cannot listen on \(host):\(port): \(message)"))
            throw ExitCode(2)
        }
    }
}

final class FailureBox: @unchecked Sendable {
    private var message: String?
    private let lock = NSLock()
    func set(_ m: String) { lock.lock(); message = m; lock.unlock() }
    func get() -> String? { lock.lock(); defer { lock.unlock() }; return message }
}

struct User: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Manage the workbench's accounts for the office-server mode (`ramping serve --users FILE`).",
        subcommands: [Add.self]
    )

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add an account (or set its password and role); the password is read from standard input.",
            discussion: """
                The file keeps a salted PBKDF2-HMAC-SHA256 hash (600,000 iterations) of each password, never the password.

                Examples:
                  ramping user add accounts.txt siti --role editor
                  printf '%s\\n' 'kata-sandi-panjang' | ramping user add accounts.txt budi --role viewer
                """
        )

        @Argument(help: "The accounts file (created when missing).")
        var file: String

        @Argument(help: "The user name: letters, digits, dot, underscore, hyphen.")
        var name: String

        @Option(help: "viewer (may look) or editor (may also change and save).")
        var role: String = "viewer"

        func run() throws {
            let l = Console.language
            guard let r = Role(rawValue: role) else { throw ValidationError("--role takes viewer or editor") }
            var users = UserFile()
            if FileManager.default.fileExists(atPath: file) {
                guard let text = try? String(contentsOfFile: file, encoding: .utf8) else {
                    Console.error(l.pick("tidak dapat membaca \(file)", "cannot read \(file)"))
                    throw ExitCode(2)
                }
                do { users = try UserFile.parse(text) } catch {
                    Console.error("\(file): error: \(error.text(l))")
                    throw ExitCode(1)
                }
            }
            let password: String
            if isatty(STDIN_FILENO) == 1, let typed = getpass(l.pick("Kata sandi untuk \(name): ", "Password for \(name): ")) {
                password = String(cString: typed)   // not echoed
            } else {
                password = readLine(strippingNewline: true) ?? ""
            }
            do { try users.set(name: name, role: r, password: password) } catch {
                Console.error("ramping user add: \(error.text(l))")
                throw ExitCode(1)
            }
            try writeOutputs([(Data(users.serialized().utf8), file)], language: l)
        }
    }
}
