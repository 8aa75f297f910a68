// Golden files: what `ramping` prints, byte for byte, for --help of every command, the tutorial chart's
// reports, DOT and GraphML (Tests/Golden/), and the full sample's reports as `make demo` writes them (Exports/).
//
// After a deliberate change of output, re-record every golden file and the demo's Markdown/CSV with
//
//     RAMPING_RECORD=1 swift test --filter GoldenTests
//
// then read `git diff Tests/Golden Exports` before committing. A mismatch prints a short diff.
import Foundation
import Testing
import TestSupport

/// Compares `actual` with the golden file at `relative` (or writes it when RAMPING_RECORD=1): `goldenMismatch`.
func expectGolden(_ actual: String, _ relative: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    if let mismatch = try goldenMismatch(actual, relative) { Issue.record(Comment(rawValue: mismatch), sourceLocation: sourceLocation) }
}

/// One golden output: the command line (run in the repository root) and its file.
struct GoldenCase: Sendable, CustomTestStringConvertible {
    let arguments: [String]
    let file: String
    var testDescription: String { file }
}

enum Goldens {
    static let tutorial = "OrgCharts/kabupaten-contoh.yaml"
    static let commands = ["validate", "info", "analyse", "simulate", "compare", "export", "import"]

    static let help: [GoldenCase] = [GoldenCase(arguments: ["--help"], file: "Tests/Golden/help/ramping.txt")]
        + commands.map { GoldenCase(arguments: [$0, "--help"], file: "Tests/Golden/help/\($0).txt") }

    /// The tutorial chart: every Markdown report, DOT of every view, GraphML of the units view.
    static let tutorialOutputs: [GoldenCase] =
        [GoldenCase(arguments: ["info", tutorial, "--format", "markdown"], file: "Tests/Golden/tutorial/info.md")]
        + ["spans", "gaps", "compliance", "merit", "talent", "careers"].map {
            GoldenCase(arguments: ["analyse", $0, tutorial, "--format", "markdown"], file: "Tests/Golden/tutorial/\($0).md")
        }
        + [GoldenCase(arguments: ["analyse", "gaps", tutorial, "--horizon", "5", "--sensitivity", "--format", "markdown"],
                      file: "Tests/Golden/tutorial/gaps-horizon-sensitivity.md"),
           GoldenCase(arguments: ["analyse", "careers", tutorial, "--person", "198302252008011003", "--to", "dpmptsp.kabid-pelayanan",
                                  "--format", "markdown"], file: "Tests/Golden/tutorial/careers-person.md")]
        + ["units", "positions", "people"].map {
            GoldenCase(arguments: ["export", tutorial, "--format", "dot", "--view", $0], file: "Tests/Golden/tutorial/\($0).dot")
        }
        // (The people view's GraphML is Exports/kabupaten-contoh.graphml, checked with the demo's outputs below.)
        + [GoldenCase(arguments: ["export", tutorial, "--format", "graphml", "--view", "units"], file: "Tests/Golden/tutorial/units.graphml")]
}

@Suite("Golden files")
struct GoldenTests {
    @Test("--help of every command", arguments: Goldens.help)
    func help(_ golden: GoldenCase) throws {
        let r = try runRamping(golden.arguments, environment: ["COLUMNS": "80"])   // help wraps to the terminal's width
        #expect(r.status == 0, "\(r.stderr)")
        try expectGolden(r.stdout, golden.file)
    }

    @Test("the tutorial chart's reports, DOT and GraphML, the same from two processes", arguments: Goldens.tutorialOutputs)
    func tutorial(_ golden: GoldenCase) throws {
        let first = try runRamping(golden.arguments), second = try runRamping(golden.arguments)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout == second.stdout, "two runs of \(golden.arguments.joined(separator: " ")) differ")
        try expectGolden(first.stdout, golden.file)
    }
}

/// The Markdown and CSV that `make demo` writes into Exports/, made by the same commands (in a temporary
/// folder where the demo writes files): the committed Exports/ must be what the code writes today.
enum DemoExports {
    static let sample = "OrgCharts/kabupaten-sragen.yaml", tutorial = Goldens.tutorial
    static let scenarios = ["penyederhanaan-birokrasi", "penggabungan-dinas", "pelayanan-terpadu", "restrukturisasi-lengkap"]

    /// `{out}` stands for a file in a temporary folder that the command writes and the test reads.
    static let cases: [GoldenCase] =
        [GoldenCase(arguments: ["info", sample, "--format", "markdown"], file: "Exports/kabupaten-sragen-info.md")]
        + ["spans", "compliance", "merit", "talent", "careers"].flatMap { a in
            [GoldenCase(arguments: ["analyse", a, sample, "--format", "markdown"], file: "Exports/kabupaten-sragen-\(a).md"),
             GoldenCase(arguments: ["analyse", a, sample, "--format", "csv"], file: "Exports/kabupaten-sragen-\(a).csv")]
        }
        + [GoldenCase(arguments: ["analyse", "gaps", sample, "--horizon", "5", "--sensitivity", "--format", "markdown"],
                      file: "Exports/kabupaten-sragen-gaps.md"),
           GoldenCase(arguments: ["analyse", "gaps", sample, "--format", "csv"], file: "Exports/kabupaten-sragen-gaps.csv"),
           GoldenCase(arguments: ["export", tutorial, "--format", "graphml", "--view", "people"], file: "Exports/kabupaten-contoh.graphml"),
           GoldenCase(arguments: ["export", tutorial, "--format", "yed", "--groups"], file: "Exports/kabupaten-contoh-yed.graphml"),
           GoldenCase(arguments: ["compare", sample] + scenarios.map { "OrgCharts/scenarios/\($0).yaml" } + ["--format", "markdown"],
                      file: "Exports/scenarios/perbandingan.md")]
        + scenarios.map {
            GoldenCase(arguments: ["simulate", sample, "OrgCharts/scenarios/\($0).yaml", "-o", "{out}.yaml", "--report", "{out}"],
                       file: "Exports/scenarios/\($0).md")
        }
}

extension GoldenTests {
    @Test("Exports/ as committed is what the demo's commands write today", arguments: DemoExports.cases)
    func demoExports(_ golden: GoldenCase) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out").path
        let r = try runRamping(golden.arguments.map { $0.replacingOccurrences(of: "{out}", with: out) })
        #expect(r.status == 0, "\(r.stderr)")
        let written = golden.arguments.contains("{out}") ? String(decoding: try Data(contentsOf: URL(fileURLWithPath: out)), as: UTF8.self) : r.stdout
        try expectGolden(written, golden.file)
    }

    // (Careers would be checked too, but on the full sample it takes 12 s of CPU in a debug build; the Exports
    // comparison above already sets a run of today against one made by another process.)
    @Test("the full sample's merit placement is the same from two processes")
    func sampleIsDeterministic() throws {
        let arguments = ["analyse", "merit", DemoExports.sample, "--format", "csv"]
        let first = try runRamping(arguments), second = try runRamping(arguments)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(!first.stdout.isEmpty)
        #expect(first.stdout == second.stdout)
    }
}
