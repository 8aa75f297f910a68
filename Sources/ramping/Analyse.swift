import ArgumentParser
import OrgAnalysis
import OrgModel

struct Analyse: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyse",
        abstract: "Analyse a chart: span of control and layers, staffing gaps (ABK), or compliance with the regulations.",
        discussion: """
            spans       span of control per manager, layers, the layer pyramid, narrow and wide managers
            gaps        staffing need from workload (ABK) against people in post, with EJ/EU grades;
                        --horizon YEARS adds who reaches retirement age, --sensitivity the need at 1,200/1,250/1,300 hours
            compliance  the PP 18/2016 size caps, eselon of heads and chains, rank, education, retirement

            Examples:
              ramping analyse spans OrgCharts/kabupaten-contoh.yaml
              ramping analyse gaps OrgCharts/kabupaten-sragen.yaml --horizon 5 --format markdown
              ramping analyse compliance OrgCharts/kabupaten-sragen.yaml --format json

            --format json prints one JSON object; csv prints the per-row table for a spreadsheet.
            """,
        aliases: ["analyze"]
    )

    enum Name: String, ExpressibleByArgument, CaseIterable {
        case spans, gaps, compliance
    }

    @OptionGroup var common: CommonOptions

    @Argument(help: "spans, gaps or compliance.")
    var name: Name

    @Argument(help: "The chart file.")
    var chart: String

    @Option(help: "table, json, csv or markdown.")
    var format: OutputFormat = .table

    @Option(help: "Show at most this many rows in each per-item table (table and markdown formats).")
    var limit: Int?

    @Option(help: "gaps: project retirements over this many years from as_of.")
    var horizon: Int?

    @Flag(help: "gaps: also compute the need at each of settings.sensitivity_hours.")
    var sensitivity = false

    @Option(name: .customLong("fail-on"), help: "compliance: exit 1 when there are findings of this severity (error or warning).")
    var failOn: String?

    func validate() throws {
        if let horizon, !(1...40).contains(horizon) { throw ValidationError("--horizon takes 1 to 40 years") }
        if let limit, limit < 1 { throw ValidationError("--limit takes a whole number of rows, at least 1") }
        if (horizon != nil || sensitivity) && name != .gaps { throw ValidationError("--horizon and --sensitivity belong to 'analyse gaps'") }
        if let failOn, !["error", "warning"].contains(failOn) { throw ValidationError("--fail-on takes 'error' or 'warning'") }
    }

    func run() throws {
        let graph = try common.loadValid(chart)
        let l = common.language
        let report: any Report
        switch name {
        case .spans: report = SpanAnalysis(graph)
        case .gaps: report = GapAnalysis(graph, horizon: horizon, sensitivity: sensitivity)
        case .compliance: report = ComplianceAnalysis(graph)
        }
        Console.out(render(report, as: format, language: l, limit: limit))
        if let compliance = report as? ComplianceAnalysis, let failOn {
            if compliance.errors > 0 || (failOn == "warning" && compliance.warnings > 0) { throw ExitCode(1) }
        }
    }
}

/// Writes a report: one JSON object, the per-row table as CSV, or every table as text or Markdown.
func render(_ report: any Report, as format: OutputFormat, language: Language, limit: Int?) -> String {
    switch format {
    case .json: report.json(language).serialized() + "\n"
    case .csv: report.detailTable(language).csv()
    case .table: report.tables(language, limit: limit).map { $0.text() }.joined(separator: "\n")
    case .markdown: report.tables(language, limit: limit).map { $0.markdown() }.joined(separator: "\n")
    }
}
