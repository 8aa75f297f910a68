import Foundation
import OrgFiles
import OrgModel

/// The repository's root folder.
public let repositoryRoot: URL = {
    var url = URL(fileURLWithPath: #filePath)
    while url.path != "/" {
        url.deleteLastPathComponent()
        if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
    }
    fatalError("Package.swift not found above \(#filePath)")
}()

/// A path under the repository.
public func repoPath(_ relative: String) -> String { repositoryRoot.appendingPathComponent(relative).path }

/// Loads chart text as if from `file`.
public func load(_ yaml: String, file: String = "chart.yaml") -> LoadedChart {
    ChartLoader.load(text: yaml, file: file)
}

/// The diagnostics rendered in English, one per line.
public func englishDiagnostics(_ loaded: LoadedChart) -> [String] {
    loaded.diagnostics.map { $0.rendered(.english) }
}

/// The 1-based number of the first line of `text` containing `needle`.
public func lineNumber(of needle: String, in text: String) -> Int? {
    for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
    where line.contains(needle) { return i + 1 }
    return nil
}

/// A small valid chart: a pemda, one dinas with a bidang, four posts, two people, one career path.
/// Tests change one thing in it and check what is reported where.
public let smallChartYAML = """
    format: ramping/1
    organisation:
      id: kab-uji
      name: Pemerintah Kabupaten Uji
      region: kabupaten
      as_of: 2026-01-01
    competencies:
      - { id: integritas, name: Integritas, kind: managerial }
    units:
      - { id: pemda, name: Pemerintah Kabupaten Uji, kind: pemda }
      - { id: dinas, name: Dinas Uji, kind: dinas, parent: pemda, type: B }
      - { id: dinas.bidang, name: Bidang Uji, kind: bidang, parent: dinas }
    positions:
      - { id: bupati, title: Bupati Uji, unit: pemda, head: true, level: politik }
      - { id: kadis, title: Kepala Dinas, unit: dinas, head: true, level: jpt-pratama, eselon: II.b, grade: 14 }
      - { id: kabid, title: Kepala Bidang, unit: dinas.bidang, head: true, level: administrator, eselon: III.b, grade: 11 }
      - id: staf
        title: Pengadministrasi Umum
        unit: dinas.bidang
        level: pelaksana
        grade: 5
        seats: 2
        requires: { rank: II/a, education: SMA, competencies: { integritas: 1 } }
        workload:
          - { task: Mengagendakan surat, volume: 3000, minutes: 15 }
    people:
      - { nip: "198204152006042003", name: Dewi Lestari, position: staf, since: 2021-03-01, rank: II/c,
          education: SMA, born: 1982-04-15, gender: P, status: pns, competencies: { integritas: 2 } }
      - { nip: "197002021995031001", name: Budi Santoso, position: kabid, rank: IV/a, education: S1 }
    career_paths:
      - { from: staf, to: kabid, min_years: 4 }

    """

/// The result of running a program.
public struct CommandResult: Sendable {
    public let status: Int32
    public let stdout: String
    public let stderr: String
}

/// The built `ramping` executable, beside the test bundle.
public let rampingExecutable: String = {
    let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("ramping")
    if FileManager.default.isExecutableFile(atPath: beside.path) { return beside.path }
    return repoPath(".build/debug/ramping")
}()

/// Runs `ramping` with `arguments` in the repository root; `environment` adds variables.
public func runRamping(_ arguments: [String], environment: [String: String] = [:]) throws -> CommandResult {
    try run(rampingExecutable, arguments, environment: environment)
}

/// Runs a program in the repository root (or `directory`) and collects its output.
public func run(_ program: String, _ arguments: [String], environment: [String: String] = [:],
                directory: String? = nil) throws -> CommandResult {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: program)
    process.arguments = arguments
    process.currentDirectoryURL = URL(fileURLWithPath: directory ?? repositoryRoot.path)
    var env = ProcessInfo.processInfo.environment
    env["RAMPING_LANG"] = nil
    for (k, v) in environment { env[k] = v }
    process.environment = env
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    try process.run()
    // Read standard error on another thread while standard output is read here, so neither pipe fills up.
    let errBox = DataBox()
    let group = DispatchGroup()
    group.enter()
    DispatchQueue.global().async {
        errBox.data = err.fileHandleForReading.readDataToEndOfFile()
        group.leave()
    }
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    process.waitUntilExit()
    return CommandResult(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                         stderr: String(decoding: errBox.data, as: UTF8.self))
}

private final class DataBox: @unchecked Sendable {
    var data = Data()
}

/// A fresh temporary folder; the caller removes it.
public func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("ramping-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

extension String {
    /// This text with the first occurrence of `target` replaced: one change to a fixture chart.
    public func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }
}

/// A deterministic random generator (xorshift64), so that every randomised test can be replayed from its seed.
public struct Xorshift: Sendable {
    public var state: UInt64

    public init(state: UInt64) { self.state = state }

    public mutating func next() -> UInt64 {
        state ^= state << 13
        state ^= state >> 7
        state ^= state << 17
        return state
    }

    public mutating func int(_ range: ClosedRange<Int>) -> Int { range.lowerBound + Int(next() % UInt64(range.count)) }

    public mutating func pick<T>(_ items: [T]) -> T { items[Int(next() % UInt64(items.count))] }
}

/// A chart of the repository (`OrgCharts/…`), loaded once per test process and shared by every test that
/// reads it: the full sample takes a good part of a second to load, and a dozen suites read it.
public func loadedChart(_ relative: String) -> LoadedChart {
    chartCache.lock.lock()
    defer { chartCache.lock.unlock() }
    if let loaded = chartCache.charts[relative] { return loaded }
    let loaded = ChartLoader.load(path: repoPath(relative))
    chartCache.charts[relative] = loaded
    return loaded
}

/// The graph of a repository chart that must be valid (loaded once, see `loadedChart`).
public func sampleGraph(_ relative: String) -> OrgGraph {
    guard let graph = loadedChart(relative).graph else { fatalError("\(relative) is not valid") }
    return graph
}

private final class ChartCache: @unchecked Sendable {
    let lock = NSLock()
    var charts: [String: LoadedChart] = [:]
}

private let chartCache = ChartCache()

/// Compares `actual` with the golden file at `relative` in the repository, or writes it when RAMPING_RECORD=1
/// (`RAMPING_RECORD=1 swift test --filter GoldenTests`). Returns what differs, with a short diff; nil when equal.
public func goldenMismatch(_ actual: String, _ relative: String) throws -> String? {
    let url = repositoryRoot.appendingPathComponent(relative)
    if ProcessInfo.processInfo.environment["RAMPING_RECORD"] == "1" {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(actual.utf8).write(to: url)
        return nil
    }
    guard let expected = FileManager.default.contents(atPath: url.path) else {
        return "\(relative) is missing; record it with RAMPING_RECORD=1 swift test --filter GoldenTests"
    }
    guard expected != Data(actual.utf8) else { return nil }
    return "\(relative) differs (re-record with RAMPING_RECORD=1 swift test --filter GoldenTests):\n\(try shortDiff(expected, actual, relative))"
}

/// `diff -u` of the golden file and the output, cut to 40 lines.
public func shortDiff(_ expected: Data, _ actual: String, _ relative: String) throws -> String {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let a = folder.appendingPathComponent("golden"), b = folder.appendingPathComponent("now")
    try expected.write(to: a)
    try Data(actual.utf8).write(to: b)
    let lines = try run("/usr/bin/diff", ["-u", "--label", "golden \(relative)", "--label", "output now", a.path, b.path]).stdout.split(separator: "\n", omittingEmptySubsequences: false)
    return lines.prefix(40).joined(separator: "\n") + (lines.count > 40 ? "\n… \(lines.count - 40) more diff lines" : "")
}

/// The hand-worked formasi chart (OrgAnalysisTests FormasiTests, OrgSpreadsheetTests FormasiWorkbookTests): year 1 is 2026.
/// `staf` (2 seats, workload 3,000 × 50 min = 2,500 h → need 2) loses one holder in 2026 (BUP 58, born
/// June 1968) and one in 2028 (born March 1970); `kabid` is vacant; the kadis stays. PPPK share 0.5.
public let formasiChartYAML = """
    format: ramping/1
    organisation: { id: kab-f, name: Kabupaten F, region: kabupaten, as_of: 2026-01-01, settings: { pppk_share: 0.5 } }
    units:
      - { id: pemda, name: Pemda F, kind: pemda }
      - { id: dinas, name: Dinas F, kind: dinas, parent: pemda, type: C }
      - { id: bid, name: Bidang F, kind: bidang, parent: dinas }
    positions:
      - { id: bupati, title: Bupati, unit: pemda, head: true, level: politik }
      - { id: kadis, title: Kepala Dinas, unit: dinas, head: true, level: jpt-pratama, eselon: II.b, grade: 14 }
      - { id: kabid, title: Kepala Bidang, unit: bid, head: true, level: administrator, eselon: III.b, grade: 11 }
      - { id: staf, title: Pengadministrasi, unit: bid, level: pelaksana, seats: 2, grade: 5,
          workload: [{ task: Surat, volume: 3000, minutes: 50 }] }
    people:
      - { nip: "198001012005011001", name: Kadis, position: kadis, rank: IV/b, education: S2 }
      - { nip: "196806151990031002", name: Staf Tua, position: staf, rank: III/a, education: SMA }
      - { nip: "197003101992031003", name: Staf Dua, position: staf, rank: III/a, education: SMA }
    """
