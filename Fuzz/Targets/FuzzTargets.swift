import Foundation
import OrgAnalysis
import OrgExport
import OrgFiles
import OrgModel
import OrgSimulation

/// What one fuzz input came to. The fuzz harnesses (`Fuzz/Harness/`, `make fuzz`) stop on `.broken`; the
/// corpus replay in `Tests/FuzzTests` expects every input to end in one of the other cases.
public enum FuzzOutcome: Equatable, Sendable {
    /// Refused with this many errors, each rendered in both languages.
    case refused(errors: Int)
    /// A scenario that loaded but whose step `step` could not apply to the base chart.
    case stepFailed(step: Int)
    /// Accepted: every analysis, report format, export and round trip ran on it.
    case accepted
    /// A promise was broken without a crash (say, a chart that does not read back as written).
    case broken(String)
}

/// The code the fuzz targets run on each input, shared by the libFuzzer harnesses and the corpus replay.
/// Each target reads the bytes the way its command does and, when they are accepted, runs every command
/// that could follow on them.
public enum FuzzTargets {
    /// The chart loader (`ramping validate`), then every command on a chart that validates.
    public static func chart(_ data: Data) -> FuzzOutcome {
        let loaded = ChartLoader.load(data: data, file: "fuzz.yaml")
        guard loaded.isValid, let graph = loaded.graph else { return refused(loaded.diagnostics) }
        if let broken = everyCommand(graph) { return .broken(broken) }
        // A valid chart written back reads as the same chart.
        let written = ChartWriter.yaml(graph.chart)
        let back = ChartLoader.load(text: written, file: "written.yaml")
        guard back.chart == graph.chart else {
            return .broken("the chart written back reads differently: \(back.diagnostics.prefix(3).map { $0.rendered(.english) })")
        }
        return .accepted
    }

    /// The scenario loader, then the simulation of a loaded scenario on `base`, the comparison and the report.
    public static func scenario(_ data: Data, on base: OrgGraph) -> FuzzOutcome {
        if data.contains(0) { return .refused(errors: 1) }   // the loader's path refuses NUL bytes before parsing
        guard let text = String(data: data, encoding: .utf8) else { return .refused(errors: 1) }
        let loaded = ScenarioLoader.load(text: text, file: "fuzz-scenario.yaml")
        guard loaded.isValid, let scenario = loaded.scenario else { return refused(loaded.diagnostics) }
        let simulation: Simulation
        do {
            simulation = try Simulator.run(base.chart, scenario)
        } catch {
            for l in Language.allCases where error.reason.text(l).isEmpty { return .broken("step failure without a message") }
            return .stepFailed(step: error.step)
        }
        guard let after = OrgGraph.resolve(simulation.after).graph else {
            return .broken("the simulated chart does not resolve, though every step was checked")
        }
        if !simulation.nobodyLost { return .broken("the simulation lost or duplicated people") }
        for l in Language.allCases {
            _ = simulation.markdown(l, beforeGraph: base, afterGraph: after)
        }
        render(Comparison([(name: "awal", graph: base), (name: scenario.name, graph: after)]))
        return everyCommand(after).map { .broken($0) } ?? .accepted
    }

    /// The GraphML importer (`ramping import`), then every command on an imported chart that validates.
    public static func graphML(_ data: Data) -> FuzzOutcome {
        let chart: OrgChart
        do {
            (chart, _) = try ChartImporter.importGraphML(data, asOf: Day(year: 2026, month: 1, day: 1)!)
        } catch let failure as ChartImporter.Failure {
            for l in Language.allCases where failure.text(l).isEmpty { return .broken("import failure without a message") }
            return .refused(errors: 1)
        } catch {
            return .broken("the importer threw an untyped error: \(error)")
        }
        // As `ramping import` does: the chart is written and read back exactly as `ramping validate` reads it
        // (OrgGraph.resolve alone does not check what the reader checks, such as seats ≥ 1).
        let loaded = ChartLoader.load(text: ChartWriter.yaml(chart), file: "imported.yaml")
        guard loaded.isValid, let graph = loaded.graph else { return refused(loaded.diagnostics) }
        return everyCommand(graph).map { .broken($0) } ?? .accepted
    }

    /// Runs what `info`, `analyse …` and `export` run on a valid chart, in every format and language;
    /// returns what was broken, if anything.
    public static func everyCommand(_ graph: OrgGraph) -> String? {
        let summary = ChartSummary(graph)
        _ = summary.json().serialized()
        for l in Language.allCases { for t in summary.tables(l) { _ = (t.text(), t.csv(), t.markdown()) } }
        render(SpanAnalysis(graph))
        render(GapAnalysis(graph, horizon: 5, sensitivity: true))
        render(ComplianceAnalysis(graph))
        render(MeritPlacement(graph, includeHolders: true, explain: true))
        render(TalentBox(graph))
        render(CareerAnalysis(graph, horizon: 5, top: 3))
        if let person = graph.chart.people.first, let post = graph.chart.positions.last {
            render(CareerAnalysis(graph, horizon: 5, top: 3, person: person.nip, target: post.id))
        }
        for view in ExportView.allCases {
            guard let exported = try? ExportGraph(graph, view: view) else { return "the \(view) view cannot be built" }
            _ = DOTWriter.write(exported)
            _ = GraphMLWriter.write(exported)
            _ = GraphMLWriter.write(exported, flavour: .yEd(groups: true))
        }
        return nil
    }

    static func render(_ report: any Report) {
        for l in Language.allCases {
            _ = report.json(l).serialized()
            _ = report.detailTable(l).csv()
            for t in report.tables(l, limit: 3) { _ = (t.text(), t.markdown()) }
        }
    }

    static func refused(_ diagnostics: [Diagnostic]) -> FuzzOutcome {
        let errors = diagnostics.filter { $0.severity == .error }
        guard !errors.isEmpty else { return .broken("refused without an error") }
        for d in diagnostics { for l in Language.allCases where d.rendered(l).isEmpty { return .broken("an empty message") } }
        return .refused(errors: errors.count)
    }
}
