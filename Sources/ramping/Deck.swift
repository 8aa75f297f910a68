import ArgumentParser
import Foundation
import OrgDeck
import OrgExport
import OrgModel
import OrgSimulation

/// `ramping deck`: the presentation for a DPRD hearing, as PDF or PowerPoint.
struct DeckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deck",
        abstract: "Write the presentation for a DPRD hearing (paparan) as PDF or PowerPoint.",
        discussion: """
            Slides in the order a hearing follows, 16:9: title page; the numbers on one page; the current structure
            and its problems with their articles of law; layers and spans; staffing need from the ABK and
            retirements over five years; for each scenario what changes, its numbers and its cost; the scenarios
            side by side with the recommendation; the peta jabatan of every affected perangkat daerah.

            The presenting unit and the recommended scenario come from the chart's settings (deck_presenter,
            deck_recommended). No names or NIPs appear unless --show-names (UU 27/2022 on personal data).
            The same chart and scenarios always give the same file.

            Examples:
              ramping deck OrgCharts/kabupaten-sragen.yaml OrgCharts/scenarios/*.yaml -o Exports/paparan.pdf
              ramping deck OrgCharts/kabupaten-sragen.yaml OrgCharts/scenarios/*.yaml -o Exports/paparan.pptx --lang en
              ramping deck OrgCharts/kabupaten-sragen.yaml OrgCharts/scenarios/*.yaml -o paparan.pdf -o paparan.pptx
            """
    )

    @OptionGroup var common: CommonOptions

    @Argument(help: "The chart file.")
    var chart: String

    @Argument(help: "Scenario files, in the order they are presented.")
    var scenarios: [String] = []

    @Option(name: .shortAndLong, help: "The deck to write: NAME.pdf or NAME.pptx (give -o twice for both).")
    var output: [String]

    @Flag(help: "Show holders' names (personal data: only where the hearing may see them).")
    var showNames = false

    func validate() throws {
        guard !output.isEmpty else { throw ValidationError("-o NAME.pdf or -o NAME.pptx: where the deck goes") }
        for path in output {
            let ext = (path as NSString).pathExtension.lowercased()
            guard ext == "pdf" || ext == "pptx" else {
                throw ValidationError("-o takes a file ending in .pdf or .pptx (got '\(path)')")
            }
            try checkOutputPath(path, option: "-o")
        }
    }

    func run() throws {
        let l = common.language
        let graph = try common.loadValid(chart)
        var results: [DeckBuilder.ScenarioResult] = []
        for path in scenarios {
            let script = try loadScenario(path, common, chart: chart)
            let (sim, after) = try simulate(graph, script, file: path, l)
            results.append(DeckBuilder.ScenarioResult(name: script.name, simulation: sim, after: after))
        }
        var builder = DeckBuilder(graph: graph, scenarios: results, language: l, showNames: showNames,
                                  source: (chart as NSString).lastPathComponent)
        builder.presenter = graph.settings.deckPresenter
        builder.recommended = graph.settings.deckRecommended
        if let r = builder.recommended, !results.contains(where: { $0.name == r }) {
            Console.error(l.pick("ramping deck: peringatan: skenario yang direkomendasikan '\(r)' (settings.deck_recommended) tidak ada di antara skenario yang diberikan",
                                 "ramping deck: warning: the recommended scenario '\(r)' (settings.deck_recommended) is not among the scenarios given"))
        }
        var files: [(data: Data, path: String)] = []
        do {
            let deck = try builder.build()
            for path in output {
                files.append((path.lowercased().hasSuffix(".pptx") ? try PPTXDeckWriter.write(deck) : try PDFDeckWriter.write(deck), path))
            }
        } catch let error as DeckError {
            Console.error("ramping deck: " + error.text(l))
            throw ExitCode(1)
        } catch let error as ExportError {
            Console.error("ramping deck: " + error.text(l))
            throw ExitCode(error == .graphvizMissing ? 2 : 1)
        }
        // All the files or none.
        try writeOutputs(files, language: l)
    }
}
