import ArgumentParser
import Foundation
import OrgExport
import OrgFiles
import OrgModel

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Read a GraphML file back into an OrgChart file.",
        discussion: """
            A file from `ramping export --format graphml --view people` comes back exactly as the chart it was
            made from. A GraphML file from yEd, NetworkX or Gephi that holds a tree becomes a chart with one unit
            per node (its name from the label) and one head post per unit; the report on standard error says
            what was mapped, guessed and ignored.

            Examples:
              ramping import contoh.graphml -o OrgCharts/contoh-kembali.yaml
              ramping import struktur-dari-yed.graphml --as-of 2026-01-01 -o bagan-baru.yaml

            The chart is written only when it is valid. XML entities and DTDs are refused; nothing is fetched.
            """
    )

    @OptionGroup var common: CommonOptions

    @Argument(help: "The GraphML file.")
    var file: String

    @Option(name: .shortAndLong, help: "Write the chart here (YAML) instead of standard output.")
    var output: String?

    @Option(name: .customLong("as-of"), help: "The day a foreign chart describes (YYYY-MM-DD); default today.")
    var asOf: String?

    func validate() throws {
        try checkOutputPath(output, option: "-o")
        if let asOf, Day(iso: asOf) == nil { throw ValidationError("--as-of takes a date YYYY-MM-DD, not '\(asOf)'") }
    }

    func run() throws {
        let l = common.language
        let data: Data
        switch FileReader.read(file, maxBytes: common.loadOptions.maxFileBytes) {
        case .failure(let f):
            Console.error("\(file): error: \(f.problem.text(l))")
            throw ExitCode(f.unreadable ? 2 : 1)
        case .success(let d): data = d
        }
        let day = asOf.flatMap { Day(iso: $0) } ?? today()
        let chart: OrgChart, report: ChartImporter.Report
        do {
            (chart, report) = try ChartImporter.importGraphML(data, asOf: day)
        } catch let failure as ChartImporter.Failure {
            Console.error("\(place(failure.location)): error: \(failure.message.text(l))")
            throw ExitCode(1)
        }
        for line in report.mapped { Console.error(l.pick("dipetakan: ", "mapped: ") + line.text(l)) }
        for line in report.guessed { Console.error(l.pick("ditebak: ", "guessed: ") + line.text(l)) }
        for line in report.ignored { Console.error(l.pick("diabaikan: ", "ignored: ") + line.text(l)) }
        let yaml = ChartWriter.yaml(chart, header: ["Imported by `ramping import` from \(URL(fileURLWithPath: file).lastPathComponent)."])
        // Check the result exactly as `ramping validate` would read it.
        let loaded = ChartLoader.load(text: yaml, file: output ?? "imported.yaml")
        guard loaded.isValid else {
            // Each problem at the GraphML node its record came from: the YAML was never written.
            for d in loaded.diagnostics where d.severity == .error {
                let at = d.record.flatMap { report.locations[RecordLabel($0.kind, $0.id)] ?? report.locations[RecordLabel($0.kind, nil)] }
                Console.error("\(place(at ?? report.locations[RecordLabel(.organisation, nil)])): error: \(d.message(l))")
            }
            Console.error(l.pick("hasil impor bukan bagan yang sah; tidak ada yang ditulis", "the imported chart is not valid; nothing was written"))
            throw ExitCode(1)
        }
        try writeOutput(Data(yaml.utf8), to: output, language: l)
    }

    /// `FILE:LINE:COLUMN`, or `FILE` without a place.
    func place(_ location: ChartImporter.Location?) -> String {
        location.map { "\(file):\($0.line):\($0.column)" } ?? file
    }

    func today() -> Day {
        let c = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "Asia/Jakarta")!, from: Date())
        return Day(year: c.year!, month: c.month!, day: c.day!)!
    }
}
