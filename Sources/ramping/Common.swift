import ArgumentParser
import Foundation
import OrgFiles
import OrgModel

/// Standard output for results, standard error for messages.
enum Console {
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }
}

/// A progress line on standard error, drawn only when standard error is a terminal.
final class Progress: @unchecked Sendable {
    let enabled = isatty(STDERR_FILENO) == 1
    private var shown = false

    func update(_ label: String, _ done: Int, _ total: Int) {
        guard enabled, total > 0 else { return }
        FileHandle.standardError.write(Data("\r\(label) \(done)/\(total)\u{1B}[K".utf8))
        shown = true
    }

    func finish() {
        guard enabled, shown else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        shown = false
    }
}

/// Options every command that reads a chart takes.
struct CommonOptions: ParsableArguments {
    @Option(name: .long, help: "Language of messages and reports: id (Indonesian, the default) or en (English).")
    var lang: Language?

    @Option(name: .customLong("max-file-size"), help: "Refuse chart files larger than this many MiB.")
    var maxFileSize: Int = 256

    var language: Language {
        if let lang { return lang }
        if let env = ProcessInfo.processInfo.environment["RAMPING_LANG"], let l = Language(rawValue: env) { return l }
        return .indonesian
    }

    var loadOptions: LoadOptions { LoadOptions(maxFileBytes: maxFileSize << 20) }

    func validate() throws {
        if maxFileSize < 1 { throw ValidationError("--max-file-size takes a whole number of MiB, at least 1") }
    }

    /// Loads a chart that must be valid: prints its errors (and a count of warnings) on standard error
    /// and exits 1 (2 when unreadable) otherwise.
    func loadValid(_ path: String) throws -> OrgGraph {
        let loaded = ChartLoader.load(path: path, options: loadOptions)
        let l = language
        if let graph = loaded.graph { 
            let warnings = loaded.diagnostics.warningCount
            if warnings > 0 {
                Console.error(.chartHasWarnings(path: path, warnings: warnings), l)
            }
            return graph
        }
        for d in loaded.diagnostics where d.severity == .error { Console.error(d.rendered(l)) }
        Console.error(.chartInvalidFixFirst(path: path, errors: loaded.diagnostics.errorCount), l)
        throw ExitCode(loaded.unreadable ? 2 : 1)
    }
}

/// How a report is written.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv, markdown
}
