import Foundation
import OrgFiles
import OrgImport
import OrgModel
import OrgTables
import ZIPFoundation

extension FuzzTargets {
    /// A text table (`ramping import FILE.csv`): CSV with any delimiter and encoding, an HTML table saved as
    /// .xls, or a SIASN JSON export, told apart by content as the importer does; then the importer on what
    /// was read and every command on an imported chart that validates.
    public static func csv(_ data: Data) -> FuzzOutcome {
        importTable(data, path: "fuzz.csv")
    }

    /// An xlsx workbook (`ramping import FILE.xlsx`). Bytes that start with `PK` are a whole file; anything
    /// else is the parts of a workbook separated by NUL bytes (sheet, shared strings, styles, workbook), zipped
    /// here into a package with correct checksums, so that mutations reach the XML readers instead of
    /// stopping at the zip's CRC.
    public static func xlsx(_ data: Data) -> FuzzOutcome {
        if data.starts(with: [0x50, 0x4B]) { return importTable(data, path: "fuzz.xlsx") }
        guard let package = workbook(parts: data) else { return .broken("an in-memory zip could not be written") }
        return importTable(package, path: "fuzz.xlsx")
    }

    /// The parts of `data` (split at NUL) as a minimal xlsx package.
    static func workbook(parts data: Data) -> Data? {
        let parts = data.split(separator: 0, maxSplits: 3, omittingEmptySubsequences: false).map { Data($0) }
        let defaultWorkbook = Data("""
            <?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
            xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Lembar1" sheetId="1" r:id="rId1"/></sheets></workbook>
            """.utf8)
        var files: [(String, Data)] = [("xl/worksheets/sheet1.xml", parts[0])]
        if parts.count > 1 { files.append(("xl/sharedStrings.xml", parts[1])) }
        if parts.count > 2 { files.append(("xl/styles.xml", parts[2])) }
        files.append(("xl/workbook.xml", parts.count > 3 ? parts[3] : defaultWorkbook))
        guard let archive = try? Archive(data: Data(), accessMode: .create) else { return nil }
        for (name, bytes) in files {
            do {
                try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: .none) { position, size in
                    bytes.subdata(in: Int(position)..<Int(position) + size)
                }
            } catch {
                return nil
            }
        }
        return archive.data
    }

    /// `ramping import` on one file: every message located and non-empty in both languages; a chart only
    /// without errors, and then written and read back as `ramping validate` reads it.
    static func importTable(_ data: Data, path: String) -> FuzzOutcome {
        var options = ImportOptions(today: Day(year: 2026, month: 1, day: 1)!)
        options.xlsxLimits.partBytes = 4 << 20
        options.xlsxLimits.totalBytes = 16 << 20
        let result = Importer.run([ImportInput(path: path, data: data)], options: options)
        for d in result.diagnostics {
            for l in Language.allCases where d.problem.text(l).isEmpty { return .broken("an empty import message") }
        }
        let errors = result.diagnostics.filter { $0.severity == .error }.count
        guard let chart = result.chart else {
            return errors > 0 ? .refused(errors: errors) : .broken("no chart and no error")
        }
        if errors > 0 { return .broken("a chart despite \(errors) errors") }
        let loaded = ChartLoader.load(text: ChartWriter.yaml(chart), file: "imported.yaml")
        guard loaded.isValid, let graph = loaded.graph else { return refused(loaded.diagnostics) }
        return everyCommand(graph).map { .broken($0) } ?? .accepted
    }
}
