import ArgumentParser
import Foundation
import OrgFiles
import OrgModel

/// Standard output for results, standard error for messages.
///
/// Written with write(2): a failed write to standard output (a full disk, `> /dev/full`, a closed
/// descriptor) prints one line on standard error and exits 2, instead of a backtrace.
enum Console {
    /// The language of the messages printed before or outside a command's own options: `--lang` as
    /// written on the command line, else RAMPING_LANG, else Indonesian.
    static let language: Language = {
        let arguments = CommandLine.arguments
        for (i, a) in arguments.enumerated() {
            if a == "--lang", i + 1 < arguments.count, let l = Language(rawValue: arguments[i + 1]) { return l }
            if a.hasPrefix("--lang="), let l = Language(rawValue: String(a.dropFirst(7))) { return l }
        }
        return ProcessInfo.processInfo.environment["RAMPING_LANG"].flatMap(Language.init(rawValue:)) ?? .indonesian
    }()

    static func out(_ text: String) { out(Data(text.utf8)) }

    static func out(_ data: Data) {
        if let code = writeAll(STDOUT_FILENO, data) {
            let reason = String(cString: strerror(code))
            error(language.pick("tidak dapat menulis ke keluaran standar: \(reason)", "cannot write standard output: \(reason)"))
            exit(2)
        }
    }

    static func error(_ text: String) {
        raw(text.hasSuffix("\n") ? text : text + "\n")
    }

    /// Text on standard error as it is (no newline added); a failure there has nowhere to be reported.
    static func raw(_ text: String) { _ = writeAll(STDERR_FILENO, Data(text.utf8)) }

    /// Writes all of `data`; the errno of a failure, or nil.
    static func writeAll(_ fd: Int32, _ data: Data) -> Int32? {
        data.withUnsafeBytes { raw -> Int32? in
            var offset = 0
            while offset < raw.count {
                let n = write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += n
            }
            return nil
        }
    }

    /// Run first: a closed standard descriptor is taken by /dev/null opened read-only, so that no file
    /// the command opens becomes "standard output" by accident, and writes to it fail (and are reported)
    /// instead; SIGINT, SIGTERM and SIGHUP remove the hidden temporary files of a write under way.
    static func prepare() {
        for fd in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] where fcntl(fd, F_GETFD) == -1 && errno == EBADF {
            let opened = open("/dev/null", O_RDONLY)
            if opened >= 0 && opened != fd {
                dup2(opened, fd)
                close(opened)
            }
        }
        AtomicFile.prepareForSignals()
        // A parent may have blocked these (test runners do); the command must still be interruptible.
        var unblock = sigset_t()
        sigemptyset(&unblock)
        for sig in [SIGINT, SIGTERM, SIGHUP] { sigaddset(&unblock, sig) }
        sigprocmask(SIG_UNBLOCK, &unblock, nil)
        for sig in [SIGINT, SIGTERM, SIGHUP] {
            signal(sig) { received in
                AtomicFile.removeTemporaryFiles()
                signal(received, SIG_DFL)
                raise(received)
            }
        }
    }
}

/// A progress line on standard error, drawn only when standard error is a terminal.
final class Progress: @unchecked Sendable {
    let enabled = isatty(STDERR_FILENO) == 1
    private var shown = false

    func update(_ label: String, _ done: Int, _ total: Int) {
        guard enabled, total > 0 else { return }
        Console.raw("\r\(label) \(done)/\(total)\u{1B}[K")
        shown = true
    }

    func finish() {
        guard enabled, shown else { return }
        Console.raw("\r\u{1B}[K")
        shown = false
    }
}

/// Writes result files, all or none (see `AtomicFile`), or standard output when `path` is nil.
/// RAMPING_TEST_HOLD_WRITE=SECONDS holds the written temporary files that long before renaming them,
/// so that a test can interrupt a write.
func writeOutputs(_ files: [(data: Data, path: String)], language l: Language) throws {
    let hold = ProcessInfo.processInfo.environment["RAMPING_TEST_HOLD_WRITE"].flatMap(Double.init)
    do {
        try AtomicFile.write(files, beforeRename: hold.map { seconds in { Thread.sleep(forTimeInterval: seconds) } })
        for file in files { Console.error(.written(path: file.path), l) }
    } catch let error as AtomicFile.WriteError {
        let why: String
        switch error.reason {
        case .noName: why = l.pick("nama berkas kosong", "the file name is empty")
        case .isFolder: why = l.pick("itu sebuah folder; sebutkan nama berkas", "it is a folder; name a file")
        case .folderMissing(let folder): why = l.pick("folder \(folder) tidak ada", "folder \(folder) does not exist")
        case .namedTwice: why = l.pick("berkas yang sama disebut dua kali", "the same file is named twice")
        case .system(let reason): why = reason
        }
        Console.error(.cannotWrite(path: error.path, reason: why), l)
        throw ExitCode(2)
    }
}

/// A usage error for an empty `-o`/`--report` value.
func checkOutputPath(_ path: String?, option: String) throws {
    if let path, path.isEmpty {
        throw ValidationError("\(option) takes a file name; it is empty")
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
        if maxFileSize < 1 || maxFileSize > FileReader.largestLimitMiB {
            throw ValidationError("--max-file-size takes a whole number of MiB from 1 to \(FileReader.largestLimitMiB)")
        }
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
    /// An Excel workbook, one sheet per table (needs -o).
    case xlsx
}
