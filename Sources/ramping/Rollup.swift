import ArgumentParser
import Dispatch
import Foundation
import OrgAnalysis
import OrgFiles
import OrgModel

/// `ramping rollup FOLDER`: the national (or provincial) roll-up. Loads every chart in the folder in parallel,
/// analyses each (spans, gaps, compliance) and keeps only its figures, then totals them per province and
/// nationally (`RegionalRollup`).
struct Rollup: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rollup",
        abstract: "Roll up a folder of charts, one per region: figures per region, per province and for the nation (rekap nasional).",
        discussion: """
            Reads every chart (*.yaml, *.yml) in FOLDER, on all cores at once, and analyses each: spans of control, \
            staffing gaps (ABK) and the five-year retirement wave, compliance with the PP 18/2016 caps, and the \
            eselon IV posts the bureaucracy simplification would convert. Then it totals them per province \
            (organisation.province) and nationally: how many regions breach a cap, how many eselon IV posts would \
            be converted, who retires in the next five years.

            Examples:
              make national                                   # writes a fictional national set into national/
              ramping rollup national
              ramping rollup national --format csv > rekap-daerah.csv     # one row per region, for Excel
              ramping rollup national --format json --lang en

            A chart that cannot be read or is invalid is listed with its first error and left out of the totals; \
            the command then exits with status 1.
            """
    )

    @OptionGroup var common: CommonOptions

    @Argument(help: "The folder of charts, one per region.")
    var folder: String

    @Option(help: "table, json, csv (one row per region) or markdown.")
    var format: OutputFormat = .table

    @Option(help: "Show at most this many rows in each per-item table (table and markdown formats).")
    var limit: Int?

    @Option(help: "Charts analysed at once (default: one per core).")
    var jobs: Int?

    func validate() throws {
        if let limit, limit < 1 { throw ValidationError("--limit takes a whole number of rows, at least 1") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs takes a whole number, at least 1") }
    }

    func run() throws {
        let l = common.language
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            Console.error(l.pick("\(folder): folder tidak ada; beri folder berisi bagan per daerah (mis. hasil `make national`)",
                                 "\(folder): no such folder; give a folder of charts, one per region (e.g. from `make national`)"))
            throw ExitCode(2)
        }
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
        guard !names.isEmpty else {
            Console.error(l.pick("\(folder): tidak ada bagan (*.yaml) di folder ini", "\(folder): no charts (*.yaml) in this folder"))
            throw ExitCode(2)
        }
        let options = common.loadOptions
        // Largest charts first: the time per chart follows its size, so no core is left finishing one big
        // chart alone at the end. Each worker holds one chart at a time: `workers` charts in memory at most.
        let paths = names.map { (folder as NSString).appendingPathComponent($0) }
        let sizes = paths.map { ((try? FileManager.default.attributesOfItem(atPath: $0)[.size]) as? Int) ?? 0 }
        let order = names.indices.sorted { (sizes[$0], $1) > (sizes[$1], $0) }
        let collected = Collected(count: names.count)
        let progress = Progress()
        let workers = min(jobs ?? ProcessInfo.processInfo.activeProcessorCount, names.count)
        let group = DispatchGroup()
        for _ in 0..<workers {
            DispatchQueue.global().async(group: group) {
                while let next = collected.next() {
                    let k = order[next]
                    let path = paths[k]
                    // Each chart is loaded, analysed and dropped here: only its figures stay in memory.
                    let loaded = ChartLoader.load(path: path, options: options)
                    if let graph = loaded.graph {
                        collected.store(k, .success(RegionFigures(file: names[k], graph: graph)))
                    } else {
                        let errors = loaded.diagnostics.filter { $0.severity == .error }
                        collected.store(k, .failure(errors.map { $0.rendered(l) }))
                    }
                    collected.done { progress.update(l.pick("daerah", "regions"), $0, names.count) }
                }
            }
        }
        group.wait()
        progress.finish()
        var regions: [RegionFigures] = [], unreadable: [(file: String, reason: String)] = []
        for (k, result) in collected.results.enumerated() {
            switch result {
            case .success(let figures): regions.append(figures)
            case .failure(let errors):
                unreadable.append((names[k], errors.first ?? l.pick("tidak dapat dibaca", "could not be read")))
                for e in errors.prefix(3) { Console.error(e) }
            case nil: break
            }
        }
        Console.out(render(RegionalRollup(regions: regions, unreadable: unreadable), as: format, language: l, limit: limit))
        if !unreadable.isEmpty {
            Console.error(l.pick("\(unreadable.count) dari \(names.count) bagan tidak dapat dianalisis dan tidak masuk rekap",
                                 "\(unreadable.count) of \(names.count) charts could not be analysed and are left out of the roll-up"))
            throw ExitCode(1)
        }
    }
}

/// The workers' shared state: the next chart to take, and each chart's result.
private final class Collected: @unchecked Sendable {
    enum Outcome { case success(RegionFigures), failure([String]) }
    private let lock = NSLock()
    private var taken = 0, finished = 0
    private(set) var results: [Outcome?]

    init(count: Int) { results = Array(repeating: nil, count: count) }

    func next() -> Int? {
        lock.lock(); defer { lock.unlock() }
        guard taken < results.count else { return nil }
        taken += 1
        return taken - 1
    }

    func store(_ k: Int, _ outcome: Outcome) {
        lock.lock(); defer { lock.unlock() }
        results[k] = outcome
    }

    func done(_ report: (Int) -> Void) {
        lock.lock(); defer { lock.unlock() }
        finished += 1
        report(finished)
    }
}
