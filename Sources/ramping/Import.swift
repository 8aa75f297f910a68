import ArgumentParser
import Foundation
import OrgExport
import OrgFiles
import OrgImport
import OrgModel

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Read the planner's own files (Excel, CSV, SIASN) or a GraphML file into an OrgChart file.",
        discussion: """
            Staff lists (SIMPEG list, DUK, SIASN "Export Data ASN" CSV, SIASN data-utama JSON), structures (peta \
            jabatan, SOTK/unor lists) and ABK worksheets, as .xlsx, .csv/.txt, an HTML table saved as .xls, or \
            JSON: each file's kind is told from its content (--kind FILE=staff|structure|abk overrides), and the \
            files combine into one chart: people are matched to posts by unit and title. Every problem is shown \
            as FILE:SHEET!CELL or FILE:LINE:COL with what to do; any error means nothing is written, unless \
            --skip-bad-rows leaves those rows out (each one listed). The chart written always passes \
            `ramping validate`.

              ramping import daftar-pegawai.xlsx peta-jabatan.xlsx -o bagan.yaml
              ramping import simpeg.csv peta.csv --skip-bad-rows -o bagan.yaml
              ramping import sotk.csv --kind sotk.csv=structure -o bagan.yaml

            A file from `ramping export --format graphml --view people` comes back exactly as the chart it was \
            made from. A GraphML file from yEd, NetworkX or Gephi that holds a tree becomes a chart with one unit \
            per node (its name from the label) and one head post per unit; the report on standard error says \
            what was mapped, guessed and ignored.

            Ramping's own workbook (`ramping export CHART --format xlsx`, `ramping new --template`) comes back
            as the chart it holds: ramping import bagan.xlsx -o bagan.yaml

            Examples:
              ramping import contoh.graphml -o OrgCharts/contoh-kembali.yaml
              ramping import struktur-dari-yed.graphml --as-of 2026-01-01 -o bagan-baru.yaml

            The chart is written only when it is valid. XML entities and DTDs are refused; nothing is fetched.
            """
    )

    @OptionGroup var common: CommonOptions

    @Argument(help: "The files: staff lists, peta jabatan/SOTK, ABK worksheets (.xlsx, .csv, .txt, .xls as HTML, .json), or one GraphML file.")
    var files: [String]

    @Option(name: .customLong("kind"), help: "Say what a file holds when its content does not: FILE=staff|structure|abk (repeatable).")
    var kinds: [String] = []

    @Flag(name: .customLong("skip-bad-rows"), help: "Write the chart without the rows that have errors, and list each one.")
    var skipBadRows = false

    @Option(name: .shortAndLong, help: "Write the chart here (YAML) instead of standard output.")
    var output: String?

    @Option(name: .customLong("as-of"), help: "The day a foreign chart describes (YYYY-MM-DD); default today.")
    var asOf: String?

    func validate() throws {
        try checkOutputPath(output, option: "-o")
        if let asOf, Day(iso: asOf) == nil { throw ValidationError("--as-of takes a date YYYY-MM-DD, not '\(asOf)'") }
        if files.isEmpty { throw ValidationError("name at least one file to import") }
        for k in kinds {
            let parts = k.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, FileKind(rawValue: parts[1]) != nil else {
                throw ValidationError("--kind takes FILE=staff|structure|abk, not '\(k)'")
            }
            guard files.contains(parts[0]) else { throw ValidationError("--kind names '\(parts[0])', which is not one of the files to import") }
        }
    }

    func run() throws {
        let l = common.language
        var inputs: [ImportInput] = []
        for file in files {
            switch FileReader.read(file, maxBytes: common.loadOptions.maxFileBytes) {
            case .failure(let f):
                Console.error("\(file): error: \(f.problem.text(l))")
                throw ExitCode(f.unreadable ? 2 : 1)
            case .success(let d): inputs.append(ImportInput(path: file, data: d))
            }
        }
        for input in inputs where Self.isChart(input.data) {
            Console.error(l.pick("\(input.path): error: ini sudah bagan Ramping (format: ramping/1), bukan berkas untuk diimpor; periksa dengan `ramping validate \(input.path)`",
                                 "\(input.path): error: this is already a Ramping chart (format: ramping/1), not a file to import; check it with `ramping validate \(input.path)`"))
            throw ExitCode(1)
        }
        if inputs.count == 1, try importChartWorkbook(inputs[0].data, file: files[0], output: output, language: l) { return }
        if inputs.count == 1, Self.isGraphML(inputs[0].data) || files[0].lowercased().hasSuffix(".graphml") {
            try importGraphML(inputs[0].data, file: files[0])
            return
        }
        try importTables(inputs)
    }

    /// An OrgChart file: a line `format: ramping/1` near the top.
    static func isChart(_ data: Data) -> Bool {
        let head = String(decoding: data.prefix(4096), as: UTF8.self)
        return head.hasPrefix("format: ramping/") || head.contains("\nformat: ramping/")
    }

    /// GraphML: XML whose root is <graphml>, unlike an HTML table saved as .xls.
    static func isGraphML(_ data: Data) -> Bool {
        let head = String(decoding: data.prefix(4096), as: UTF8.self)
        return head.contains("<graphml")
    }

    func importTables(_ inputs: [ImportInput]) throws {
        let l = common.language
        var options = ImportOptions(today: today())
        options.asOf = asOf.flatMap { Day(iso: $0) }
        options.skipBadRows = skipBadRows
        for k in kinds {
            let parts = k.split(separator: "=", maxSplits: 1).map(String.init)
            options.kinds[parts[0]] = FileKind(rawValue: parts[1])
        }
        let result = Importer.run(inputs, options: options)
        for (path, kind) in result.kinds {
            let what = switch kind {
            case .staff: l.pick("daftar pegawai", "staff list")
            case .structure: l.pick("struktur (peta jabatan/SOTK)", "structure (peta jabatan/SOTK)")
            case .abk: l.pick("analisis beban kerja", "workload analysis (ABK)")
            }
            Console.error(l.pick("\(path): dibaca sebagai \(what)", "\(path): read as \(what)"))
        }
        for d in result.diagnostics { Console.error(d.rendered(l)) }
        for d in result.skipped {
            Console.error(d.rendered(l))
            Console.error("\(d.location?.description ?? d.path): note: " + l.pick("baris \(d.row?.row ?? 0) dilewati (--skip-bad-rows)", "row \(d.row?.row ?? 0) skipped (--skip-bad-rows)"))
        }
        guard let chart = result.chart else {
            let errors = result.diagnostics.filter { $0.severity == .error }
            if errors.allSatisfy({ $0.row != nil }) {
                Console.error(l.pick("\(errors.count) kesalahan; tidak ada yang ditulis. Perbaiki sel yang disebut, atau lewati barisnya dengan --skip-bad-rows",
                                     "\(errors.count) errors; nothing was written. Fix the cells named, or leave those rows out with --skip-bad-rows"))
            } else {
                Console.error(l.pick("\(errors.count) kesalahan; tidak ada yang ditulis", "\(errors.count) errors; nothing was written"))
            }
            throw ExitCode(1)
        }
        let names = inputs.map { URL(fileURLWithPath: $0.path).lastPathComponent }.joined(separator: ", ")
        let yaml = ChartWriter.yaml(chart, header: ["Imported by `ramping import` from \(names)."])
        let loaded = ChartLoader.load(text: yaml, file: output ?? "imported.yaml")
        guard loaded.isValid else {
            for d in loaded.diagnostics where d.severity == .error { Console.error(d.rendered(l)) }
            Console.error(l.pick("hasil impor bukan bagan yang sah; tidak ada yang ditulis", "the imported chart is not valid; nothing was written"))
            throw ExitCode(1)
        }
        let placed = chart.people.filter { $0.position != nil }.count
        Console.error(l.pick("bagan: \(l.integer(chart.units.count)) unit, \(l.integer(chart.positions.count)) jabatan, \(l.integer(chart.people.count)) pegawai (\(l.integer(placed)) menduduki jabatan)",
                             "chart: \(l.integer(chart.units.count)) units, \(l.integer(chart.positions.count)) posts, \(l.integer(chart.people.count)) people (\(l.integer(placed)) in a post)"))
        try writeOutput(Data(yaml.utf8), to: output, language: l)
    }

    func importGraphML(_ data: Data, file: String) throws {
        let l = common.language
        let day = asOf.flatMap { Day(iso: $0) } ?? today()
        let chart: OrgChart, report: ChartImporter.Report
        do {
            (chart, report) = try ChartImporter.importGraphML(data, asOf: day)
        } catch {
            Console.error("\(place(error.location, in: file)): error: \(error.text(l))")
            throw ExitCode(1)
        }
        for note in report.mapped { Console.error(CLIMessage.importMapped.text(l) + ": " + note.text(l)) }
        for note in report.guessed { Console.error(CLIMessage.importGuessed.text(l) + ": " + note.text(l)) }
        for note in report.ignored { Console.error(CLIMessage.importIgnored.text(l) + ": " + note.text(l)) }
        let yaml = ChartWriter.yaml(chart, header: ["Imported by `ramping import` from \(URL(fileURLWithPath: file).lastPathComponent)."])
        // Check the result exactly as `ramping validate` would read it.
        let loaded = ChartLoader.load(text: yaml, file: output ?? "imported.yaml")
        guard loaded.isValid else {
            // Each problem at the GraphML node its record came from: the YAML was never written.
            for d in loaded.diagnostics where d.severity == .error {
                let at = d.record.flatMap { report.locations[RecordLabel($0.kind, $0.id)] ?? report.locations[RecordLabel($0.kind, nil)] }
                Console.error("\(place(at ?? report.locations[RecordLabel(.organisation, nil)], in: file)): error: \(d.message(l))")
            }
            Console.error(.importedChartInvalid, l)
            throw ExitCode(1)
        }
        try writeOutput(Data(yaml.utf8), to: output, language: l)
    }

    /// The GraphML file (the only one when GraphML is imported).
    var file: String { files.first ?? "" }

    /// `FILE:LINE:COLUMN`, or `FILE` without a place.
    func place(_ location: ChartImporter.Location?, in file: String) -> String {
        location.map { "\(file):\($0.line):\($0.column)" } ?? file
    }

    func today() -> Day {
        let c = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "Asia/Jakarta")!, from: Date())
        return Day(year: c.year!, month: c.month!, day: c.day!)!
    }
}
