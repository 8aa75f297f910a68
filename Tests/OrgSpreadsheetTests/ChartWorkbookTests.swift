import Foundation
import OrgFiles
import OrgModel
import OrgSpreadsheet
import OrgTables
import Testing
import TestSupport

/// The two sample charts, loaded once for every test of this suite.
let sampleCharts: [String: OrgChart] = {
    var out: [String: OrgChart] = [:]
    for name in ["kabupaten-contoh", "kabupaten-sragen"] {
        out[name] = ChartLoader.load(path: repoPath("OrgCharts/\(name).yaml")).chart!
    }
    return out
}()

@Suite struct ChartWorkbookTests {
    @Test(arguments: ["kabupaten-contoh", "kabupaten-sragen"])
    func roundTripInMemory(_ name: String) throws {
        let chart = try #require(sampleCharts[name])
        let workbook = ChartWorkbook.document(chart).workbook(path: "\(name).xlsx")
        #expect(workbook.sheets.map(\.name) == ChartWorkbook.sheetNames)
        #expect(ChartWorkbook.isChartWorkbook(workbook))
        let back = try ChartWorkbook.chart(from: workbook).get()
        #expect(back.organisation == chart.organisation)
        #expect(back.units == chart.units)
        #expect(back.positions == chart.positions)
        #expect(back.people == chart.people)
        #expect(back.competencies == chart.competencies)
        #expect(back.careerPaths == chart.careerPaths)
        #expect(back == chart)
    }
}

@Suite struct ChartWorkbookFileTests {
    @Test("openpyxl reads every cell of the workbook as written: NIPs as text, dates as dates, frozen headers, lists",
          .enabled(if: openpyxlPython != nil), arguments: ["kabupaten-contoh"])
    func readByOpenpyxl(_ name: String) throws {
        let chart = try #require(sampleCharts[name])
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("bagan.xlsx").path
        let document = ChartWorkbook.document(chart)
        try XLSXWriter.write(document, to: file)
        let diffs = try differences(file, document)
        #expect(diffs.isEmpty, "\(diffs.prefix(10))")
        let read = try openpyxlCells(file)
        #expect(read.keys.sorted() == ChartWorkbook.sheetNames.sorted())
        let people = try #require(read["Pegawai"])
        #expect(people["#freeze"] == "A2")
        #expect(people["A2"] == "s:\(chart.people[0].nip)|@")
        #expect(Int(people["#validations"] ?? "") ?? 0 >= 6)
        if let since = chart.people[0].since { #expect(people["D2"] == "d:\(since)|dd-mm-yyyy") }
        // Nothing but the file is left in the folder.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["bagan.xlsx"])
    }

    @Test("a drop-down list too long for Excel's 255 characters goes to a hidden sheet", .enabled(if: openpyxlPython != nil))
    func longListGoesToAHiddenSheet() throws {
        let values = (1...40).map { "pilihan-nomor-\($0)" }
        var sheet = SheetLayout(name: "Uji")
        sheet.append([.text("Pilih", .header)])
        sheet.validations.append(ListValidation(range: CellRange(first: CellReference(row: 2, column: 1), last: CellReference(row: 9, column: 1)),
                                                source: .values(values)))
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("uji.xlsx").path
        try XLSXWriter.write(SpreadsheetDocument(title: "Uji", created: nil, sheets: [sheet]), to: file)
        let read = try openpyxlCells(file)
        let list = try #require(read[XLSXWriter.hiddenListSheet])
        #expect(list["#state"] == "hidden")
        #expect(list["A1"] == "s:pilihan-nomor-1" && list["A40"] == "s:pilihan-nomor-40")
        #expect(read["Uji"]?["#validations"] == "1")
    }

    @Test("the same chart gives the same bytes: the file is dated to the chart's as_of")
    func deterministic() throws {
        let chart = try #require(sampleCharts["kabupaten-contoh"])
        let first = try XLSXWriter.data(ChartWorkbook.document(chart))
        Thread.sleep(forTimeInterval: 1.1)
        let second = try XLSXWriter.data(ChartWorkbook.document(chart))
        #expect(first == second)
        var later = chart
        later.organisation.asOf = Day(year: 2027, month: 1, day: 1)!
        #expect(try XLSXWriter.data(ChartWorkbook.document(later)) != first)
    }

    @Test("a cell longer than Excel allows is refused, naming it, and no file is left")
    func overlongCell() throws {
        var chart = try #require(sampleCharts["kabupaten-contoh"])
        let p = try #require(chart.positions.firstIndex { !$0.workload.isEmpty })
        chart.positions[p].workload[0].task = String(repeating: "tugas ", count: 6_000)
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("bagan.xlsx").path
        let error = #expect(throws: XLSXWriter.WriteError.self) { try XLSXWriter.write(ChartWorkbook.document(chart), to: file) }
        #expect(error?.reason.hasPrefix("'Beban Kerja'!C2: ") == true, "\(String(describing: error))")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test("a write into a missing folder fails and leaves nothing")
    func missingFolder() throws {
        let chart = try #require(sampleCharts["kabupaten-contoh"])
        #expect(throws: AtomicFile.WriteError.self) {
            try XLSXWriter.write(ChartWorkbook.document(chart), to: "/nonexistent-folder/bagan.xlsx")
        }
    }
}

@Suite struct ChartWorkbookProblemTests {
    /// The small test chart's workbook, with one change made to its cells.
    func workbook(_ change: (inout Workbook) -> Void) throws -> Workbook {
        let chart = try #require(load(smallChartYAML).chart)
        var wb = ChartWorkbook.document(chart).workbook(path: "bagan.xlsx")
        change(&wb)
        return wb
    }

    func problems(_ wb: Workbook) -> [String] {
        switch ChartWorkbook.chart(from: wb) {
        case .success: return []
        case .failure(let f): return f.problems.map { $0.rendered(.english) }
        }
    }

    func set(_ wb: inout Workbook, _ sheet: String, _ row: Int, _ column: Int, _ value: CellValue) {
        let s = wb.sheets.firstIndex { $0.name == sheet }!
        while wb.sheets[s].rows[row - 1].count < column { wb.sheets[s].rows[row - 1].append(.empty) }
        wb.sheets[s].rows[row - 1][column - 1] = value
    }

    @Test func templateIsEmptyAndReadable() throws {
        let wb = ChartWorkbook.template(asOf: Day(year: 2026, month: 1, day: 1)!).workbook(path: "baru.xlsx")
        #expect(ChartWorkbook.isChartWorkbook(wb))
        // Empty, it says what is missing: the organisation's code and name, at their cells.
        #expect(problems(wb) == ["bagan.xlsx:Organisasi!B2: error: 'Kode' must be filled in",
                                 "bagan.xlsx:Organisasi!B3: error: 'Nama Pemerintah Daerah' must be filled in"]
                    .map { $0.replacingOccurrences(of: "bagan.xlsx", with: "baru.xlsx") })
    }

    @Test func unknownVocabularyIsLocated() throws {
        let wb = try workbook { set(&$0, "Jabatan", 3, 5, .text("eselon-dua")) }
        #expect(problems(wb).first?.hasPrefix("bagan.xlsx:Jabatan!E3: error: 'Jenis Jabatan': 'eselon-dua' is not known; pick from the list: politik") == true)
    }

    @Test func nipStoredAsNumberIsAnError() throws {
        let wb = try workbook { set(&$0, "Pegawai", 2, 1, .number(1.98204152006042e17)) }
        #expect(problems(wb) == ["bagan.xlsx:Pegawai!A2: error: NIP damaged by Excel (1.98204E+17): stored as a number, its last digits are lost; type it again as text (cell format Text)"])
    }

    @Test func badDateAndNumberAreLocated() throws {
        let wb = try workbook {
            set(&$0, "Pegawai", 2, 4, .text("31-02-2021"))
            set(&$0, "Beban Kerja", 2, 4, .text("banyak"))
        }
        #expect(problems(wb) == [
            "bagan.xlsx:'Beban Kerja'!D2: error: 'Jumlah Beban Kerja (setahun)': 'banyak' is not a number",
            "bagan.xlsx:Pegawai!D2: error: 'TMT Jabatan': '31-02-2021' is not a date; write dd-mm-yyyy, e.g. 01-03-1985",
        ])
    }

    @Test func unknownReferenceAndDuplicateCode() throws {
        let wb = try workbook {
            set(&$0, "Jabatan", 3, 3, .text("dinas-x"))
            set(&$0, "Unit", 4, 1, .text("dinas"))
        }
        let found = problems(wb)
        #expect(found.contains("bagan.xlsx:Unit!A4: error: 'Kode Unit': 'dinas' is already used on another row; every code must be unique"))
        #expect(found.contains("bagan.xlsx:Jabatan!C3: error: 'Kode Unit': 'dinas-x' is not on sheet Unit"))
    }

    @Test func missingSheetAndColumn() throws {
        let noCareer = try workbook { $0.sheets.removeAll { $0.name == "Jalur Karier" } }
        #expect(problems(noCareer) == ["bagan.xlsx:'Jalur Karier'!A1: error: sheet 'Jalur Karier' is missing; start from `ramping new --template -o bagan.xlsx` and copy the data in"])
        let renamed = try workbook { set(&$0, "Kompetensi", 1, 2, .text("Nama")) }
        #expect(problems(renamed) == ["bagan.xlsx:Kompetensi!A1: error: column 'Nama Kompetensi' is missing from the header row; do not delete or rename header cells"])
    }

    @Test func theChartsOwnChecksPointAtTheRecordsRow() throws {
        let wb = try workbook { _ in }
        #expect(ChartWorkbook.location(of: RecordLabel(.position, "kabid"), in: wb)?.description == "bagan.xlsx:Jabatan!A4")
        #expect(ChartWorkbook.location(of: RecordLabel(.person, "197002021995031001"), in: wb)?.description == "bagan.xlsx:Pegawai!A3")
        #expect(ChartWorkbook.location(of: RecordLabel(.organisation, nil), in: wb)?.description == "bagan.xlsx:Organisasi!B2")
        #expect(ChartWorkbook.location(of: RecordLabel(.unit, "tidak-ada"), in: wb) == nil)
    }

    @Test func datesAsTextOrSerialAndDecimalCommasAreRead() throws {
        let wb = try workbook {
            set(&$0, "Pegawai", 2, 4, .text("01/03/2021"))
            set(&$0, "Pegawai", 2, 8, .number(30056))   // 1982-04-15 as an Excel serial
            set(&$0, "Beban Kerja", 2, 5, .text("15,0"))
        }
        let chart = try ChartWorkbook.chart(from: wb).get()
        #expect(chart.people[0].since == Day(year: 2021, month: 3, day: 1))
        #expect(chart.people[0].born == Day(year: 1982, month: 4, day: 15))
        #expect(chart.positions[3].workload[0].minutes == 15)
    }
}

@Suite struct ChartWorkbookReaderTests {
    @Test("chart → xlsx file → XLSXReader → chart gives the same chart", arguments: ["kabupaten-contoh", "kabupaten-sragen"])
    func roundTripThroughTheFile(_ name: String) throws {
        let chart = try #require(sampleCharts[name])
        let data = try XLSXWriter.data(ChartWorkbook.document(chart))
        let workbook = try XLSXReader().read(data: data, path: "\(name).xlsx")
        #expect(ChartWorkbook.isChartWorkbook(workbook))
        let back = try ChartWorkbook.chart(from: workbook).get()
        #expect(back.people == chart.people)
        #expect(back.positions == chart.positions)
        #expect(back == chart)
    }

    @Test("a workbook saved again by LibreOffice (as a planner's office suite would) reads back to the same chart",
          .enabled(if: libreOffice != nil))
    func savedByLibreOffice() throws {
        let chart = try #require(sampleCharts["kabupaten-contoh"])
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("bagan.xlsx").path
        try XLSXWriter.write(ChartWorkbook.document(chart), to: file)
        let out = folder.appendingPathComponent("disimpan").path
        let r = try run(libreOffice!, ["-env:UserInstallation=file://\(folder.path)/profile", "--headless", "--convert-to",
                                       "xlsx:Calc MS Excel 2007 XML", "--outdir", out, file])
        #expect(r.status == 0, "\(r.stderr)")
        let saved = try Data(contentsOf: URL(fileURLWithPath: out + "/bagan.xlsx"))
        #expect(saved != (try Data(contentsOf: URL(fileURLWithPath: file))))   // LibreOffice wrote its own file
        let back = try ChartWorkbook.chart(from: XLSXReader().read(data: saved, path: "bagan.xlsx")).get()
        #expect(back == chart)
    }

    @Test func anotherWorkbookIsNotRamping() throws {
        let forms = Forms.document(.duk, contohGraph)
        let workbook = try XLSXReader().read(data: try XLSXWriter.data(forms), path: "duk.xlsx")
        #expect(!ChartWorkbook.isChartWorkbook(workbook))
    }
}
