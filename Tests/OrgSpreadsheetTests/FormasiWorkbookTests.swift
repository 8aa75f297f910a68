import Foundation
import OrgAnalysis
import OrgModel
import OrgSpreadsheet
import OrgTables
import Testing
import TestSupport


@Suite("Formasi workbook in the BKN planning tables' shape")
struct FormasiWorkbookTests {
    let graph = load(formasiChartYAML).graph!

    /// The workbook written by libxlsxwriter and read back by our own XLSX reader.
    func readBack() throws -> (SpreadsheetDocument, Workbook, URL) {
        let doc = FormasiWorkbook.document(FormasiPlan(graph, years: 5), graph)
        let folder = try temporaryFolder()
        let file = folder.appendingPathComponent("formasi.xlsx")
        try XLSXWriter.write(doc, to: file.path)
        return (doc, try XLSXReader().read(url: file, path: file.path), folder)
    }

    func row(_ sheet: Sheet, _ column: Int, _ label: String) -> [CellValue]? {
        sheet.rows.first { column - 1 < $0.count && $0[column - 1] == .text(label) }
    }

    func numbers(_ row: [CellValue]?, from: Int) -> [Int] {
        (row ?? []).dropFirst(from - 1).compactMap { if case .number(let d) = $0 { Int(d) } else { nil } }
    }

    @Test("four sheets, each with its title and a frozen header")
    func sheets() throws {
        let (doc, book, folder) = try readBack()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(book.sheets.map(\.name) == ["Bezetting", "Kebutuhan ABK", "Pensiun per Tahun", "Kebutuhan per Tahun"])
        #expect(doc.sheets.allSatisfy { $0.frozenRows >= 6 && !$0.columnWidths.isEmpty })
        #expect(book.sheets[0].rows[1].first == .text("KABUPATEN F"))
    }

    @Test("Bezetting: B, K (the ABK need) and ± per post, JUMLAH per perangkat daerah and in total")
    func bezetting() throws {
        let (_, book, folder) = try readBack()
        defer { try? FileManager.default.removeItem(at: folder) }
        let sheet = book.sheets[0]
        // NO, unit kerja, jabatan, jenis, kelas, B, K, ±
        #expect(row(sheet, 3, "Pengadministrasi")?.map { $0 } == [.number(3), .text("Bidang F"), .text("Pengadministrasi"), .text("Pelaksana"),
                                                                  .number(5), .number(2), .number(2), .number(0)])
        #expect(numbers(row(sheet, 3, "Kepala Bidang"), from: 5) == [11, 0, 1, -1])
        #expect(numbers(row(sheet, 2, "JUMLAH DINAS F"), from: 6) == [3, 4, -1])
        #expect(numbers(row(sheet, 2, "JUMLAH SELURUHNYA"), from: 6) == [3, 4, -1])
        #expect(row(sheet, 3, "Bupati") == nil)   // a political post has no formasi
    }

    @Test("Kebutuhan ABK: 2,500 hours over 1,250 effective hours is a need of 2")
    func kebutuhanABK() throws {
        let (_, book, folder) = try readBack()
        defer { try? FileManager.default.removeItem(at: folder) }
        let sheet = book.sheets[1]
        #expect(numbers(row(sheet, 2, "Pengadministrasi"), from: 3) == [2500, 1250, 2, 2, 2, 0])
        #expect(row(sheet, 2, "Kepala Bidang")?[2] == .text("tanpa ABK: formasi"))
        #expect(numbers(row(sheet, 2, "JUMLAH"), from: 3) == [2500, 4, 3, -1])
    }

    @Test("Pensiun per Tahun: the two pelaksana reaching BUP 58 in 2026 and 2028")
    func pensiun() throws {
        let (_, book, folder) = try readBack()
        defer { try? FileManager.default.removeItem(at: folder) }
        let sheet = book.sheets[2]
        #expect(sheet.rows.contains { $0.contains(.text("TAHUN 2026")) && $0.contains(.text("TAHUN 2030")) && !$0.contains(.text("TAHUN 2031")) })
        #expect(numbers(row(sheet, 2, "Jabatan Pelaksana"), from: 3) == [58, 1, 0, 1, 0, 0, 2])
        #expect(numbers(row(sheet, 2, "Jabatan Pimpinan Tinggi Pratama"), from: 3) == [60, 0, 0, 0, 0, 0, 0])
        #expect(numbers(row(sheet, 2, "JUMLAH"), from: 3) == [1, 0, 1, 0, 0, 2])
    }

    @Test("Kebutuhan per Tahun: formasi, PNS and PPPK per year as the hand-worked plan has them")
    func kebutuhan() throws {
        let (_, book, folder) = try readBack()
        defer { try? FileManager.default.removeItem(at: folder) }
        let sheet = book.sheets[3]
        // Per year (FORMASI, PNS, PPPK) × 5, then the five years' JUMLAH.
        #expect(numbers(row(sheet, 2, "Pengadministrasi"), from: 4) == [1, 0, 1, 0, 0, 0, 1, 0, 1, 0, 0, 0, 0, 0, 0, 2, 0, 2])
        #expect(numbers(row(sheet, 2, "Kepala Bidang"), from: 4) == [1, 1, 0] + Array(repeating: 0, count: 12) + [1, 1, 0])
        #expect(numbers(row(sheet, 2, "JUMLAH SELURUHNYA"), from: 4) == [2, 1, 1, 0, 0, 0, 1, 0, 1, 0, 0, 0, 0, 0, 0, 3, 1, 2])
        #expect(row(sheet, 2, "Kepala Dinas") == nil)   // nothing to recruit
    }

    @Test("openpyxl reads every cell as written, with the header frozen", .enabled(if: openpyxlPython != nil))
    func openpyxlReadsIt() throws {
        let (doc, _, folder) = try readBack()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("formasi.xlsx").path
        let diffs = try differences(file, doc)
        #expect(diffs.isEmpty, "\(diffs.prefix(10))")
        let read = try openpyxlCells(file)
        for sheet in doc.sheets { #expect(read[sheet.name]?["#freeze"] == "A\(sheet.frozenRows + 1)") }
    }
}
