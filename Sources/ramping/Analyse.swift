import ArgumentParser
import OrgAnalysis
import OrgModel
import OrgSpreadsheet

struct Analyse: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyse",
        abstract: "Analyse a chart: spans and layers, staffing gaps (ABK), compliance, merit placement, talent boxes, careers.",
        discussion: """
            spans       span of control per manager, layers, the layer pyramid, narrow and wide managers
            gaps        staffing need from workload (ABK) against people in post, with EJ/EU grades;
                        --horizon YEARS adds who reaches retirement age, --sensitivity the need at 1,200/1,250/1,300 hours
            compliance  the PP 18/2016 size caps, eselon of heads and chains, rank, education, retirement
            merit       the optimal placement of the pool into vacant seats, with every reason;
                        --include-holders lets people in posts move, --explain lists every pair considered
            talent      the nine-box talent grid (performance × potential) and the succession pool (boxes 7–9)
            careers     succession for every structural post (ready now, later, bench strength, risks within
                        --horizon years); --person NIP shows their next steps, --to ID the shortest career path
            typology    the PP 18/2016 score worksheet per affair (pemetaan urusan) and the type each perangkat
                        daerah warrants against the chart's
            cost        belanja pegawai per perangkat daerah by component, and its share of the APBD (30 % ceiling)
            formasi     the staffing plan per post and year (ABK need, in post, reaching BUP, PNS/PPPK); --years (default 5);
                        --format xlsx writes the BKN planning tables: Bezetting, Kebutuhan ABK, Pensiun per Tahun,
                        Kebutuhan per Tahun

            Examples:
              ramping analyse spans OrgCharts/kabupaten-contoh.yaml
              ramping analyse gaps OrgCharts/kabupaten-sragen.yaml --horizon 5 --format markdown
              ramping analyse compliance OrgCharts/kabupaten-sragen.yaml --format json
              ramping analyse merit OrgCharts/kabupaten-sragen.yaml --explain --format json
              ramping analyse careers OrgCharts/kabupaten-contoh.yaml --person 198302252008011003 --to dpmptsp.kabid-pelayanan

            --format json prints one JSON object; csv prints the per-row table for a spreadsheet; xlsx writes
            every table as a sheet of an Excel workbook (-o FILE.xlsx), e.g.
              ramping analyse gaps OrgCharts/kabupaten-sragen.yaml --format xlsx -o analisis-abk.xlsx
            """,
        aliases: ["analyze"]
    )

    enum Name: String, ExpressibleByArgument, CaseIterable {
        case spans, gaps, compliance, merit, talent, careers, typology, cost, formasi
    }

    @OptionGroup var common: CommonOptions

    @Argument(help: "spans, gaps, compliance, merit, talent or careers.")
    var name: Name

    @Argument(help: "The chart file.")
    var chart: String

    @Option(help: "table, json, csv, markdown or xlsx.")
    var format: OutputFormat = .table

    @Option(name: .shortAndLong, help: "Write the report to this file (needed for xlsx).")
    var output: String?

    @Option(help: "Show at most this many rows in each per-item table (table and markdown formats).")
    var limit: Int?

    @Option(help: "gaps: project retirements over this many years from as_of; careers: the risk horizon (default 5).")
    var horizon: Int?

    @Flag(help: "gaps: also compute the need at each of settings.sensitivity_hours.")
    var sensitivity = false

    @Flag(name: .customLong("include-holders"), help: "merit: people now in posts may move too.")
    var includeHolders = false

    @Flag(help: "merit: also list every (person, post) pair considered, with its score and reasons.")
    var explain = false

    @Option(help: "careers: one person's next steps (their NIP).")
    var person: String?

    @Option(help: "careers: with --person, the shortest career path to this post.")
    var to: String?

    @Option(help: "careers: candidates listed per post (default 5).")
    var top: Int = 5

    @Option(help: "formasi: years of the plan (default 5).")
    var years: Int?

    @Option(name: .customLong("fail-on"), help: "compliance: exit 1 when there are findings of this severity or worse.")
    var failOn: FailOn?

    func validate() throws {
        if let horizon, !(1...40).contains(horizon) { throw ValidationError("--horizon takes 1 to 40 years") }
        if let limit, limit < 1 { throw ValidationError("--limit takes a whole number of rows, at least 1") }
        if sensitivity && name != .gaps { throw ValidationError("--sensitivity belongs to 'analyse gaps'") }
        if horizon != nil && name != .gaps && name != .careers { throw ValidationError("--horizon belongs to 'analyse gaps' and 'analyse careers'") }
        if (includeHolders || explain) && name != .merit { throw ValidationError("--include-holders and --explain belong to 'analyse merit'") }
        if (person != nil || to != nil) && name != .careers { throw ValidationError("--person and --to belong to 'analyse careers'") }
        if to != nil && person == nil { throw ValidationError("--to needs --person NIP: whose career path?") }
        if let years, !(1...40).contains(years) { throw ValidationError("--years takes 1 to 40 years") }
        if years != nil && name != .formasi { throw ValidationError("--years belongs to 'analyse formasi'") }
        if top < 1 { throw ValidationError("--top takes at least 1") }
        if format == .xlsx && output == nil { throw ValidationError("--format xlsx needs -o FILE.xlsx") }
        if failOn != nil && name != .compliance { throw ValidationError("--fail-on belongs to 'analyse compliance'") }
    }

    func run() throws {
        let graph = try common.loadValid(chart)
        let l = common.language
        let report: any Report
        switch name {
        case .spans: report = SpanAnalysis(graph)
        case .gaps: report = GapAnalysis(graph, horizon: horizon, sensitivity: sensitivity)
        case .compliance: report = ComplianceAnalysis(graph)
        case .merit: report = MeritPlacement(graph, includeHolders: includeHolders, explain: explain)
        case .talent: report = TalentBox(graph)
        case .typology: report = TypologyAnalysis(graph)
        case .cost: report = CostAnalysis(graph)
        case .formasi: report = FormasiPlan(graph, years: years ?? 5)
        case .careers:
            if let person, graph.personIndex[person] == nil {
                Console.error(.unknownPerson(option: "--person", nip: person), l)
                throw ExitCode(2)
            }
            if let to, graph.positionIndex[to] == nil {
                Console.error(.unknownPost(option: "--to", id: to, suggestion: closestSpelling(to: to, among: graph.positions.map(\.id))), l)
                throw ExitCode(2)
            }
            let progress = Progress()
            report = CareerAnalysis(graph, horizon: horizon ?? 5, top: top, person: person, target: to) {
                progress.update(CLIMessage.progressSuccession.text(l), $0, $1)
            }
            progress.finish()
        }
        if format == .xlsx, let output, let plan = report as? FormasiPlan {
            try writeWorkbook(FormasiWorkbook.document(plan, graph), to: output, language: l)
            return
        }
        try writeReport(report, as: format, to: output, title: "\(l.pick("Analisis", "Analysis")) \(name.rawValue) – \(graph.chart.organisation.name)",
                        asOf: graph.asOf, language: l, limit: limit)
        if let compliance = report as? ComplianceAnalysis, let failOn {
            if compliance.errors > 0 || (failOn == .warning && compliance.warnings > 0) { throw ExitCode(1) }
        }
    }
}

/// Writes a report: one JSON object, the per-row table as CSV, or every table as text or Markdown.
/// JSON and CSV are machine formats: numbers with a decimal point and no grouping in either language.
func render(_ report: any Report, as format: OutputFormat, language: Language, limit: Int?) -> String {
    switch format {
    case .json: report.json(language).serialized() + "\n"
    case .csv: report.detailTable(language).csv(numbersWrittenIn: language)
    case .table: report.tables(language, limit: limit).map { $0.text() }.joined(separator: "\n")
    case .markdown: report.tables(language, limit: limit).map { $0.markdown() }.joined(separator: "\n")
    case .xlsx: report.tables(language, limit: nil).map { $0.text() }.joined(separator: "\n")   // written by writeReport
    }
}
