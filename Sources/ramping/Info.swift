import ArgumentParser
import OrgAnalysis
import OrgModel

struct Info: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Summarise a chart: units by kind, posts by level and eselon, seats, people, vacancies, layers.",
        discussion: """
            Example:
              ramping info OrgCharts/kabupaten-contoh.yaml
              ramping info OrgCharts/kabupaten-contoh.yaml --format json

            The chart must be valid (see `ramping validate`).
            """
    )

    @OptionGroup var common: CommonOptions

    @Argument(help: "The chart file.")
    var chart: String

    @Option(help: "table, json, csv or markdown.")
    var format: OutputFormat = .table

    func validate() throws {
        if format == .xlsx { throw ValidationError("info prints text: use table, json, csv or markdown") }
    }

    func run() throws {
        let graph = try common.loadValid(chart)
        let summary = ChartSummary(graph)
        Console.out(render(json: summary.json(), tables: summary.tables(common.language), as: format, language: common.language))
    }
}

/// Writes a report in the chosen format: one JSON object, or its tables as text, CSV or Markdown.
/// JSON and CSV are machine formats: numbers with a decimal point and no grouping in either language.
func render(json: JSONValue, tables: [Table], as format: OutputFormat, language: Language) -> String {
    switch format {
    case .json: json.serialized() + "\n"
    case .table: tables.map { $0.text() }.joined(separator: "\n")
    case .csv: tables.map { $0.csv(numbersWrittenIn: language) }.joined(separator: "\r\n")
    case .markdown: tables.map { $0.markdown() }.joined(separator: "\n")
    case .xlsx: tables.map { $0.text() }.joined(separator: "\n")   // info prints; see validate()
    }
}
