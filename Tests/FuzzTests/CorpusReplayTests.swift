import Foundation
import FuzzTargets
import OrgModel
import Testing
import TestSupport

/// The fuzz corpus and every input that once crashed, replayed in-process through the same code the fuzz
/// targets run (`Fuzz/Targets`), so that a crash once found stays fixed. `make fuzz` adds crash inputs to
/// `Fuzz/TARGET/crashes/`; name each after what it shows.
enum FuzzCorpus {
    static let targets = ["chart", "scenario", "graphml", "csv", "xlsx"]

    /// The files of `Fuzz/TARGET/FOLDER`, as paths relative to the repository.
    static func files(_ folder: String) -> [String] {
        targets.flatMap { target -> [String] in
            let dir = "Fuzz/\(target)/\(folder)"
            let names = (try? FileManager.default.contentsOfDirectory(atPath: repoPath(dir))) ?? []
            return names.filter { !$0.hasPrefix(".") }.sorted().map { "\(dir)/\($0)" }
        }
    }

    /// Crash inputs whose bug is known and not fixed yet, with what they show. Replaying one would stop the
    /// whole test process, so `pastCrash` skips them; a disabled test names each; remove both once it is fixed.
    ///
    /// The five crashes of issue 9 §1 (seats 9223372036854775807 and 4294967296, workload volume and minutes
    /// of 1e30, as_of 9999-12-31) were listed here until their fix was merged; they are now replayed as
    /// every other past crash. To list one: `"Fuzz/chart/crashes/NAME.yaml": "what it shows"`, and add a
    /// test with `.disabled("known crash (issue N): what it shows")` that calls `expectTyped` on it.
    static let knownCrashes: [String: String] = [:]

    /// What one file comes to, through its target.
    static func replay(_ path: String) -> FuzzOutcome {
        let data = FileManager.default.contents(atPath: repoPath(path)) ?? Data()
        switch path.split(separator: "/")[1] {
        case "chart": return FuzzTargets.chart(data)
        case "scenario": return FuzzTargets.scenario(data, on: sampleGraph("OrgCharts/kabupaten-contoh.yaml"))
        case "csv": return FuzzTargets.csv(data)
        case "xlsx": return FuzzTargets.xlsx(data)
        default: return FuzzTargets.graphML(data)
        }
    }
}

@Suite("The fuzz corpus and every past crash, replayed")
struct CorpusReplayTests {
    @Test("each seed of the corpus ends in a typed outcome", arguments: FuzzCorpus.files("corpus"))
    func seed(_ path: String) {
        let outcome = FuzzCorpus.replay(path)
        if case .broken(let why) = outcome { Issue.record("\(path): \(why)") }
    }

    @Test("each past crash input is now refused or accepted, never a crash (the five of issue 9 §1 among them)",
          arguments: FuzzCorpus.files("crashes").filter { FuzzCorpus.knownCrashes[$0] == nil })
    func pastCrash(_ path: String) {
        let outcome = FuzzCorpus.replay(path)
        if case .broken(let why) = outcome { Issue.record("\(path): \(why)") }
    }

    func expectTyped(_ path: String) {
        let outcome = FuzzCorpus.replay(path)
        if case .broken(let why) = outcome { Issue.record("\(path): \(why)") }
    }

    @Test("the corpus has seeds for every target, and every known crash is a file")
    func corpusIsThere() {
        for target in FuzzCorpus.targets {
            #expect(FuzzCorpus.files("corpus").contains { $0.hasPrefix("Fuzz/\(target)/") }, "no seeds for \(target)")
            #expect(FileManager.default.fileExists(atPath: repoPath("Fuzz/\(target)/\(target).dict")))
        }
        for path in FuzzCorpus.knownCrashes.keys { #expect(FileManager.default.fileExists(atPath: repoPath(path)), "\(path)") }
    }

    @Test("the seeds reach every outcome: refused, accepted and, for scenarios, a step that cannot apply")
    func seedsReachEveryOutcome() {
        let outcomes = FuzzCorpus.files("corpus").map { ($0, FuzzCorpus.replay($0)) }
        for target in FuzzCorpus.targets {
            let mine = outcomes.filter { $0.0.hasPrefix("Fuzz/\(target)/") }.map(\.1)
            #expect(mine.contains(.accepted), "\(target): no seed is accepted")
            #expect(mine.contains { if case .refused = $0 { true } else { false } }, "\(target): no seed is refused")
        }
        #expect(outcomes.contains { if case .stepFailed = $0.1 { true } else { false } })
    }

    @Test("a chart without units is refused with an error, not silently (found by fuzzing)")
    func noUnits() {
        let outcome = FuzzTargets.chart(Data("format: ramping/1\norganisation: {id: a, name: b, region: kabupaten, as_of: 2026-01-01}\n".utf8))
        #expect(outcome == .refused(errors: 1))
    }
}
