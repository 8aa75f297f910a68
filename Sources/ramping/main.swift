import ArgumentParser
import Foundation

// Exit status: 0 success, 1 an invalid chart (or a failed check), 2 wrong use or an unreadable file.
Console.prepare()
do {
    var command = try Ramping.parseAsRoot()
    try command.run()
} catch let code as ExitCode {
    exit(code.rawValue)
} catch {
    let code = Ramping.exitCode(for: error)
    if code == .success {   // --help, --version
        Console.out(Ramping.fullMessage(for: error) + "\n")
        exit(0)
    }
    Console.error(Ramping.fullMessage(for: error))
    exit(code == .validationFailure ? 2 : code.rawValue == 1 ? 2 : code.rawValue)
}
