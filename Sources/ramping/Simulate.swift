import ArgumentParser
import Foundation
import OrgAnalysis
import OrgFiles
import OrgModel
import OrgSimulation

/// Loads a scenario file, printing its problems; exits 1 (2 when unreadable) if it is not valid. Warns
/// when the scenario's `base` names another chart than the one it is replayed on.
func loadScenario(_ path: String, _ common: CommonOptions, chart: String) throws -> Scenario {
    let loaded = ScenarioLoader.load(path: path, options: common.loadOptions)
    for d in loaded.diagnostics { Console.error(d.rendered(common.language)) }
    guard let scenario = loaded.scenario, loaded.isValid else { throw ExitCode(loaded.unreadable ? 2 : 1) }
    if let base = scenario.base {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        let written = URL(fileURLWithPath: base, relativeTo: folder).standardizedFileURL.path
        let given = URL(fileURLWithPath: chart).standardizedFileURL.path
        if written != given {
            let l = common.language
            Console.error(.scenarioWrittenFor(path: path, base: base, chart: chart), l)
        }
    }
    return scenario
}

/// Replays a scenario; a step that cannot apply is reported at its line and exits 1.
func simulate(_ graph: OrgGraph, _ scenario: Scenario, file: String, _ l: Language) throws -> (Simulation, OrgGraph) {
    do {
        let sim = try Simulator.run(graph.chart, scenario)
        guard let after = OrgGraph.resolve(sim.after).graph else { throw ExitCode(1) }
        return (sim, after)
    } catch let failure as SimulationFailure {
        let step = scenario.steps[failure.step - 1].label(l)
        Console.error("\(file):\(failure.line):\(failure.column): error: \(CLIMessage.stepFailed(step: failure.step, label: step).text(l)): \(failure.reason.text(l))")
        Console.error(.nothingWritten, l)
        throw ExitCode(1)
    }
}

struct Simulate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Replay a restructuring scenario on a chart: write the new chart and a change report.",
        discussion: """
            Steps (format: ramping-scenario/1): merge, abolish, move, rename, convert, set, add_unit,
            add_position, remove_position, place. Nobody is lost (people whose post goes wait in the pool),
            workload is conserved (abolished tasks go where tasks_to says, or are listed as dropped), and the
            chart is checked after every step. The same chart and scenario always give the same files.

            Examples:
              ramping simulate OrgCharts/kabupaten-sragen.yaml OrgCharts/scenarios/penggabungan-dinas.yaml \\
                -o Exports/sragen-gabung.yaml --report Exports/sragen-gabung.md

            Without -o and --report the change report is printed. A step that cannot apply is reported at its
            line and nothing is written.
            """
    )

    @OptionGroup var common: CommonOptions

    @Argument(help: "The chart file.")
    var chart: String

    @Argument(help: "The scenario file.")
    var scenario: String

    @Option(name: .shortAndLong, help: "Write the resulting chart here.")
    var output: String?

    @Option(help: "Write the change report (Markdown) here.")
    var report: String?

    func validate() throws {
        try checkOutputPath(output, option: "-o")
        try checkOutputPath(report, option: "--report")
    }

    func run() throws {
        let l = common.language
        let graph = try common.loadValid(chart)
        let script = try loadScenario(scenario, common, chart: chart)
        let (sim, after) = try simulate(graph, script, file: scenario, l)
        let markdown = sim.markdown(l, beforeGraph: graph, afterGraph: after)
        if output == nil && report == nil {
            Console.out(markdown)
            return
        }
        // Both files or neither: a report that cannot be written leaves the chart untouched.
        var files: [(data: Data, path: String)] = []
        if let output {
            let yaml = ChartWriter.yaml(sim.after, header: [
                "The result of scenario '\(script.name)' (\(URL(fileURLWithPath: scenario).lastPathComponent)) on \(URL(fileURLWithPath: chart).lastPathComponent).",
                "Made by `ramping simulate`; a valid chart you may keep editing.",
            ])
            files.append((Data(yaml.utf8), output))
        }
        if let report { files.append((Data(markdown.utf8), report)) }
        try writeOutputs(files, language: l)
        Console.error(sim.summary.text(l))
    }
}

struct Compare: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Compare the baseline chart with any number of scenarios in one table.",
        discussion: """
            One column for the baseline and one for each scenario: units by kind, structural posts by eselon,
            functional and pelaksana seats, layers, spans, need against people in post, shortage and surplus,
            compliance errors and warnings, people in the pool, the structural allowance a year and the saving.

            Examples:
              ramping compare OrgCharts/kabupaten-sragen.yaml OrgCharts/scenarios/*.yaml
              ramping compare OrgCharts/kabupaten-sragen.yaml OrgCharts/scenarios/*.yaml --format xlsx -o perbandingan.xlsx
              ramping compare OrgCharts/kabupaten-sragen.yaml OrgCharts/scenarios/penyederhanaan-birokrasi.yaml --format csv
            """
    )

    @OptionGroup var common: CommonOptions

    @Argument(help: "The chart file.")
    var chart: String

    @Argument(help: "Scenario files.")
    var scenarios: [String] = []

    @Option(help: "table, json, csv, markdown or xlsx.")
    var format: OutputFormat = .table

    @Option(name: .shortAndLong, help: "Write the table to this file (needed for xlsx).")
    var output: String?

    func validate() throws {
        if format == .xlsx && output == nil { throw ValidationError("--format xlsx needs -o FILE.xlsx") }
    }

    func run() throws {
        let l = common.language
        let graph = try common.loadValid(chart)
        var columns: [(String, OrgGraph)] = [(CLIMessage.baseline.text(l), graph)]
        let progress = Progress()
        for (k, path) in scenarios.enumerated() {
            progress.update(CLIMessage.progressScenario.text(l), k, scenarios.count)
            let script = try loadScenario(path, common, chart: chart)
            let (_, after) = try simulate(graph, script, file: path, l)
            columns.append((script.name, after))
        }
        progress.update(CLIMessage.progressComparison.text(l), scenarios.count, scenarios.count)
        let comparison = Comparison(columns)
        progress.finish()
        try writeReport(comparison, as: format, to: output, title: l.pick("Perbandingan skenario – ", "Scenario comparison – ") + graph.chart.organisation.name,
                        asOf: graph.asOf, language: l, limit: nil)
    }
}
