import ArgumentParser
import Foundation
import OrgAnalysis
import OrgFiles
import OrgModel
import OrgSpreadsheet
import OrgTables

/// Writes a workbook to `path` whole or not at all; a failure is reported and exits 2.
func writeWorkbook(_ document: SpreadsheetDocument, to path: String, language l: Language) throws {
    let data: Data
    do {
        data = try XLSXWriter.data(document)
    } catch let error as XLSXWriter.WriteError {
        Console.error(l.pick("\(path) tidak dapat ditulis: \(error.reason); tidak ada berkas yang diubah",
                             "\(path) cannot be written: \(error.reason); no file was changed"))
        throw ExitCode(2)
    }
    try writeOutput(data, to: path, language: l)
}

struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Start a new chart: an empty workbook (Excel) with every sheet, header and drop-down list.",
        discussion: """
            The workbook has the sheets of Ramping's own workbook (Organisasi, Unit, Jabatan, Beban Kerja,
            Pegawai, Kompetensi, Jalur Karier). Fill it in Excel or LibreOffice, then read it with
            `ramping import bagan.xlsx -o bagan.yaml`. The same sheets come from an existing chart with
            `ramping export CHART --format xlsx -o bagan.xlsx`.

            Example:
              ramping new --template -o bagan.xlsx
              ramping new --template --as-of 2026-01-01 -o bagan.xlsx
            """
    )

    @OptionGroup var common: CommonOptions

    @Flag(help: "Write the empty workbook (the only kind of new file for now).")
    var template = false

    @Option(name: .customLong("as-of"), help: "The day the chart will describe (YYYY-MM-DD); default 1 January of this year.")
    var asOf: String?

    @Option(name: .shortAndLong, help: "The workbook to write (.xlsx).")
    var output: String

    func validate() throws {
        if !template { throw ValidationError("say what to start: ramping new --template -o bagan.xlsx") }
        if let asOf, Day(iso: asOf) == nil { throw ValidationError("--as-of takes a date YYYY-MM-DD, not '\(asOf)'") }
        if !output.lowercased().hasSuffix(".xlsx") { throw ValidationError("-o takes a file ending in .xlsx, not '\(output)'") }
    }

    func run() throws {
        let year = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "Asia/Jakarta")!, from: Date()).year!
        let day = asOf.flatMap { Day(iso: $0) } ?? Day(year: year, month: 1, day: 1)!
        try writeWorkbook(ChartWorkbook.template(asOf: day), to: output, language: common.language)
    }
}

/// Prints a report, or writes it to `path`: an Excel workbook (one sheet per table, every row) for xlsx.
func writeReport(_ report: any Report, as format: OutputFormat, to path: String?, title: String, asOf: Day,
                 language l: Language, limit: Int?) throws {
    if format == .xlsx, let path {
        let document = ReportWorkbook.document(title: title, tables: report.tables(l, limit: nil), language: l, created: asOf)
        try writeWorkbook(document, to: path, language: l)
    } else if let path {
        try writeOutput(Data(render(report, as: format, language: l, limit: limit).utf8), to: path, language: l)
    } else {
        Console.out(render(report, as: format, language: l, limit: limit))
    }
}

/// Reads Ramping's own workbook (from `ramping export --format xlsx` or `ramping new --template`) back
/// into a chart and writes it; returns false when the file is another workbook, for the table importers.
func importChartWorkbook(_ data: Data, file: String, output: String?, language l: Language) throws -> Bool {
    guard data.starts(with: [0x50, 0x4B]) else { return false }   // "PK": a zip, so perhaps an xlsx
    let workbook: Workbook
    do {
        workbook = try XLSXReader().read(data: data, path: file)
    } catch {
        return false   // the table importers read it again and say what is wrong
    }
    guard ChartWorkbook.isChartWorkbook(workbook) else { return false }
    let chart: OrgChart
    switch ChartWorkbook.chart(from: workbook) {
    case .success(let c): chart = c
    case .failure(let f):
        for p in f.problems { Console.error(p.rendered(l)) }
        Console.error(l.pick("\(f.problems.count) kesalahan; tidak ada yang ditulis. Perbaiki sel yang disebut lalu ulangi",
                             "\(f.problems.count) errors; nothing was written. Fix the cells named and run again"))
        throw ExitCode(1)
    }
    let yaml = ChartWriter.yaml(chart, header: ["Imported by `ramping import` from \(URL(fileURLWithPath: file).lastPathComponent) (Ramping's own workbook)."])
    // The chart's rules, exactly as `ramping validate` checks them; each problem names its record's code.
    let loaded = ChartLoader.load(text: yaml, file: file)
    for d in loaded.diagnostics {
        let place = d.record.flatMap { ChartWorkbook.location(of: $0, in: workbook)?.description } ?? file
        Console.error("\(place): \(d.severity == .error ? "error" : "warning"): \(d.message(l))")
    }
    guard loaded.isValid else {
        Console.error(l.pick("buku kerja ini bukan bagan yang sah; tidak ada yang ditulis", "this workbook is not a valid chart; nothing was written"))
        throw ExitCode(1)
    }
    try writeOutput(Data(yaml.utf8), to: output, language: l)
    return true
}
