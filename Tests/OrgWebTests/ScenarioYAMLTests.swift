import Foundation
import OrgFiles
import OrgModel
@testable import OrgWeb
import Testing

/// A scenario the workbench saves reads back as the same steps; the units and posts it adds are written in
/// the chart's own form (ChartWriter), since the scenario reader reads them with the chart reader.
@Suite struct ScenarioYAMLTests {
    /// A post with every field, in text YAML would misread unquoted (a colon, a '#', a number, "yes").
    let post = Position(id: "bidang-baru.analis", title: "Analis: Kebijakan # Baru", unit: "bidang-baru", level: .fungsional,
                        jenjang: .ahliMuda, grade: 9, seats: 1,
                        requires: Requirements(rank: .iiiC, education: .s1, competencies: [CompetencyLevel("analisis-kebijakan", 3)]),
                        workload: [WorkloadTask(task: "Menelaah, lalu: merumuskan", volume: 12, minutes: 90.5),
                                   WorkloadTask(task: "yes", volume: 2026, minutes: 60)],
                        dotted: ["setda.kepala"], reportsTo: "setda.kepala", functionalKind: "analis-kebijakan")
    let unit = OrgModel.Unit(id: "bidang-baru", name: "Bidang Baru, Tahap \"Dua\"", kind: .bidang, parent: "setda", type: .a,
                             affairs: ["pendidikan", "kesehatan"])

    @Test func addedUnitsAndPostsReadBackAsWritten() throws {
        var second = post
        second.id = "bidang-baru.penata"
        second.title = "2026"
        second.seats = 3
        second.requires = Requirements()
        second.workload = []
        let scenario = Scenario(name: "Tambah: bidang", base: "../kabupaten-contoh.yaml",
                                steps: [ScenarioStep(.addUnit(unit)), ScenarioStep(.addPosition(post)), ScenarioStep(.addPosition(second))])
        let text = ScenarioYAML.write(scenario)
        let loaded = ScenarioLoader.load(text: text, file: "skenario.yaml")
        let read = try #require(loaded.scenario, "\(loaded.diagnostics.map { $0.rendered(.english) })\n\(text)")
        #expect(read.name == scenario.name && read.base == scenario.base)
        #expect(read.steps.map(\.action) == scenario.steps.map(\.action), "\(text)")
    }

    @Test func anAddedPostIsWrittenAsTheChartWritesIt() {
        let text = ScenarioYAML.write(Scenario(name: "Uji", steps: [ScenarioStep(.addUnit(unit)), ScenarioStep(.addPosition(post))]))
        let chart = ChartWriter.yaml(OrgChart(organisation: Organisation(id: "uji", name: "Uji", region: .kabupaten, asOf: Day(year: 2026, month: 1, day: 1)!),
                                              units: [unit], positions: [post]))
        // The chart's block for the post, re-indented under `add_position:`, is the scenario's.
        let chartLines = chart.components(separatedBy: "\n")
        let start = chartLines.firstIndex { $0.hasPrefix("  - id: bidang-baru.analis") }!
        let block = chartLines[start...].prefix { $0.hasPrefix("    ") || $0 == chartLines[start] }
            .map { "      " + $0.dropFirst(4) }.joined(separator: "\n")
        #expect(text.contains("  - add_position:\n" + block + "\n"), "\(text)\n---\n\(chart)")
        let unitLine = chartLines.first { $0.hasPrefix("  - { id: bidang-baru,") }!
        #expect(text.contains("  - add_unit: " + unitLine.dropFirst(4) + "\n"), "\(text)\n---\n\(chart)")
    }
}
