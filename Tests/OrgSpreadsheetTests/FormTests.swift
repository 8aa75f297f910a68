import Foundation
import OrgAnalysis
import OrgFiles
import OrgModel
import OrgSpreadsheet
import OrgTables
import Testing
import TestSupport

let contohGraph: OrgGraph = ChartLoader.load(path: repoPath("OrgCharts/kabupaten-contoh.yaml")).graph!

/// The row whose cell in `column` (1-based) is `label`.
func row(_ sheet: SheetLayout, _ column: Int, _ label: String) -> [CellValue]? {
    sheet.cells.first { column - 1 < $0.count && $0[column - 1].value == .text(label) }?.map(\.value)
}

@Suite struct FormTests {
    let graph = contohGraph

    @Test func petaJabatanCountsEveryPostOnceWithTotals() throws {
        let u = try #require(graph.unitIndex["dpmptsp"])
        let sheet = Forms.petaJabatan(graph, u)
        let posts = graph.subtree(of: u).flatMap { graph.unitPositions[$0] }
        let b = posts.reduce(0) { $0 + graph.filled($1) }, k = posts.reduce(0) { $0 + graph.positions[$1].seats }
        #expect(row(sheet, 2, "JUMLAH") == [.empty, .text("JUMLAH"), .empty, .empty, .number(Double(b)), .number(Double(k)), .number(Double(b - k))])
        // One row per post between the column numbers and the total.
        let first = try #require(sheet.cells.firstIndex { $0.first?.value == .text("1") && $0.last?.value == .text("7") })
        #expect(sheet.cells.count - first - 2 == posts.count)
        // The head of the perangkat daerah is number 1; its sub-units 1.1, 1.2 ….
        #expect(sheet.cells[first + 1].prefix(2).map(\.value) == [.text("1"), .text(graph.positions[graph.unitHead[u]].title)])
        #expect(sheet.cells.contains { $0.first?.value == .text("1.1") })
        // The ± column shows + on a surplus.
        #expect(sheet.cells[first + 1][6].style.number == .signed)
    }

    @Test func petaJabatanWithoutUnitHasASummaryAndOneSheetPerPerangkatDaerah() throws {
        let doc = Forms.document(.petaJabatan, graph)
        let top = graph.unitChildren[graph.rootUnit]
        #expect(doc.sheets.count == top.count + 1)
        #expect(doc.sheets[0].name == "Rekap")
        #expect(doc.sheets.map(\.name).contains("DPMPTSP"))   // a long name becomes its acronym
        let total = try #require(row(doc.sheets[0], 2, "JUMLAH"))
        let b = graph.positions.indices.reduce(0) { $0 + graph.filled($1) }, k = graph.positions.reduce(0) { $0 + $1.seats }
        #expect(total[2] == .number(Double(b)) && total[3] == .number(Double(k)))
    }

    @Test func rekapABKTotalsAreTheGapAnalysisFigures() throws {
        let u = try #require(graph.unitIndex["dpmptsp"])
        let gaps = GapAnalysis(graph)
        let sheet = Forms.rekapABK(graph, gaps, u)
        let f = gaps.units[u].figures
        #expect(row(sheet, 1, "TOTAL") == [.text("TOTAL"), .empty, .number(Double(f.filled)), .number(Double(f.need)),
                                           .number(Double(f.filled - f.need))])
        #expect(row(sheet, 1, "BIDANG PELAYANAN PERIZINAN") != nil)   // a section row per unit
    }

    /// The ABK example form of the specification (hr-data examples, abk_jabatan_form.csv): 12 tasks, WKE 75.000
    /// minutes, need 0,3840 … JUMLAH 3,2288, PEMBULATAN 3.
    @Test func abkWorksheetMatchesTheExampleForm() throws {
        let tasks: [(String, Double, Double)] = [
            ("Menyusun rencana kebutuhan pegawai perangkat daerah", 12, 2400), ("Menganalisis usulan formasi dari perangkat daerah", 36, 480),
            ("Memverifikasi berkas usul kenaikan pangkat", 1440, 45), ("Memverifikasi berkas usul pensiun (BUP)", 288, 60),
            ("Memutakhirkan data pegawai pada SIASN", 3600, 10), ("Menyusun peta jabatan perangkat daerah", 18, 1200),
            ("Menghitung kebutuhan pegawai berdasarkan ABK", 36, 600), ("Menyusun bahan rapat koordinasi kepegawaian", 72, 180),
            ("Menyusun laporan pelaksanaan tugas", 36, 240), ("Melayani konsultasi kepegawaian", 240, 30),
            ("Menyiapkan bahan penetapan NIP PPPK", 150, 20), ("Mengarsipkan dokumen kepegawaian", 600, 5),
        ]
        var chart = graph.chart
        let p = try #require(chart.positions.firstIndex { !$0.workload.isEmpty })
        chart.positions[p].workload = tasks.map { WorkloadTask(task: $0.0, volume: $0.1, minutes: $0.2) }
        let g = try #require(OrgGraph.resolve(chart).graph)
        let sheet = Forms.abk(g, p)
        let expected = [0.3840, 0.2304, 0.8640, 0.2304, 0.4800, 0.2880, 0.2880, 0.1728, 0.1152, 0.0960, 0.0400, 0.0400]
        let needs = sheet.cells.compactMap { r -> Double? in
            guard r.count == 7, case .number(let n) = r[0].value, n >= 1, case .number(let need) = r[6].value else { return nil }
            return need
        }
        #expect(needs == expected)
        #expect(row(sheet, 2, "JUMLAH")?[6] == .number(3.2288))
        #expect(row(sheet, 2, "PEMBULATAN")?[6] == .number(3))
        #expect(row(sheet, 2, "JUMLAH").map { _ in sheet.cells.contains { $0.count == 7 && $0[5].value == .number(75_000) } } == true)
    }

    @Test func dukIsSortedByRankThenRankDateThenAge() throws {
        let sheet = Forms.duk(graph, nil)
        let first = try #require(sheet.cells.firstIndex { $0.first?.value == .text("1") && $0.count == 19 && $0[18].value == .text("19") })
        let rows = sheet.cells[(first + 1)...]
        let pns = graph.people.filter { $0.status != .pppk }
        #expect(rows.count == pns.count)
        let byNIP = Dictionary(uniqueKeysWithValues: graph.people.map { ($0.nip, $0) })
        let people = rows.map { r -> Person in byNIP[r[2].value.text.replacingOccurrences(of: " ", with: "")]! }
        for (a, b) in zip(people, people.dropFirst()) {
            let ra = a.rank?.order ?? -1, rb = b.rank?.order ?? -1
            #expect(ra >= rb)
            if ra == rb, let ta = a.rankSince, let tb = b.rankSince {
                #expect(ta <= tb)
                if ta == tb, let ba = a.birthDate, let bb = b.birthDate { #expect(ba <= bb) }
            }
        }
        // NIPs spaced for print, in text cells.
        #expect(rows.first?[2].value.text.split(separator: " ").map(\.count) == [8, 6, 1, 3])
        #expect(rows.first?[2].style.number == .text)
    }

    @Test func indonesianCSVKeepsNIPsAndUsesSemicolonsAndDecimalCommas() throws {
        var sheet = SheetLayout(name: "Uji")
        sheet.append([.text("198204152006042003", .text), .number(3.2288, CellStyle(number: .decimals(4))), .int(2, CellStyle(number: .signed)),
                      .int(-1, CellStyle(number: .signed)), .date(Day(year: 2021, month: 3, day: 1)), .text("a;b")])
        let csv = SpreadsheetCSV.indonesian(SpreadsheetDocument(title: "Uji", created: nil, sheets: [sheet]))
        #expect(csv == "\u{FEFF}=\"198204152006042003\";3,2288;+2;-1;01-03-2021;\"a;b\"\r\n")
    }

    @Test func reportNumbersBecomeNumberCellsButNIPsStayText() {
        let table = Table(title: "Uji", columns: ["NIP", "Jumlah", "Rasio", "Nama"],
                          rows: [["198204152006042003", "1.164", "4,09", "Dinas 2"], ["-", "-3", "1.34", "12,5%"]])
        let doc = ReportWorkbook.document(title: "Uji", tables: [table], language: .indonesian, created: nil)
        let values = doc.sheets[0].cells.dropFirst(2).map { $0.map(\.value) }
        #expect(values == [[.text("198204152006042003"), .number(1164), .number(4.09), .text("Dinas 2")],
                           [.text("-"), .number(-3), .number(1.34), .text("12,5%")]])
    }
}

@Suite struct FormFileTests {
    /// The four forms of the tutorial chart, written to a folder.
    func writeForms(_ folder: URL) throws -> [(String, SpreadsheetDocument)] {
        let u = try #require(contohGraph.unitIndex["dpmptsp"])
        let forms: [(String, SpreadsheetDocument)] = [
            ("peta-jabatan", Forms.document(.petaJabatan, contohGraph, scope: FormScope(unit: u))),
            ("rekap-abk", Forms.document(.rekapABK, contohGraph, scope: FormScope(unit: u))),
            ("abk", Forms.document(.abk, contohGraph, scope: FormScope(unit: u))),
            ("duk", Forms.document(.duk, contohGraph)),
        ]
        for (name, doc) in forms { try XLSXWriter.write(doc, to: folder.appendingPathComponent("\(name).xlsx").path) }
        return forms
    }

    @Test("openpyxl reads every cell of the four forms as written", .enabled(if: openpyxlPython != nil))
    func formsReadByOpenpyxl() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let forms = try writeForms(folder)
        for (name, doc) in forms {
            let diffs = try differences(folder.appendingPathComponent("\(name).xlsx").path, doc)
            #expect(diffs.isEmpty, "\(name): \(diffs.prefix(10))")
        }
        // The ABK worksheet computes with formulas: the need of each task, JUMLAH and PEMBULATAN.
        let abk = try openpyxlCells(folder.appendingPathComponent("abk.xlsx").path)
        let sheet = try #require(abk[forms[2].1.sheets[0].name])
        #expect(sheet["#formula G9"] == "=ROUND(D9*E9/F9,4)")   // the first task, under the header and the column numbers
        #expect(sheet.contains { $0.key.hasPrefix("#formula") && $0.value.hasPrefix("=ROUND(SUM(G9:G") })
        #expect(sheet.contains { $0.key.hasPrefix("#formula") && $0.value.hasPrefix("=IF(G") && $0.value.contains("MAX(1,ROUND(") })
    }

    @Test("LibreOffice opens the four forms and shows the right numbers", .enabled(if: libreOffice != nil))
    func formsOpenInLibreOffice() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let forms = try writeForms(folder)
        // One LibreOffice run converts the first sheet of each file to CSV, as shown (formats applied).
        let r = try run(libreOffice!, ["-env:UserInstallation=file://\(folder.path)/profile", "--headless", "--convert-to",
                                       "csv:Text - txt - csv (StarCalc):59,34,76,1,,0,false,true,true", "--outdir", folder.path]
                        + forms.map { folder.appendingPathComponent("\($0.0).xlsx").path })
        #expect(r.status == 0, "\(r.stderr)")
        func lines(_ name: String) throws -> [String] {
            try String(contentsOf: folder.appendingPathComponent("\(name).csv"), encoding: .utf8)
                .split(separator: "\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        }
        let u = contohGraph.unitIndex["dpmptsp"]!
        let posts = contohGraph.subtree(of: u).flatMap { contohGraph.unitPositions[$0] }
        let b = posts.reduce(0) { $0 + contohGraph.filled($1) }, k = posts.reduce(0) { $0 + contohGraph.positions[$1].seats }
        let gap = b - k > 0 ? "+\(b - k)" : "\(b - k)"
        #expect(try lines("peta-jabatan").contains(";JUMLAH;;;\(b);\(k);\(gap)"))
        let f = GapAnalysis(contohGraph).units[u].figures
        let rekapGap = f.filled - f.need > 0 ? "+\(f.filled - f.need)" : "\(f.filled - f.need)"
        #expect(try lines("rekap-abk").contains("TOTAL;;\(f.filled);\(f.need);\(rekapGap)"))
        // The first ABK sheet: its JUMLAH to 4 decimals, as LibreOffice shows it.
        let abk = try #require(forms[2].1.sheets.first)
        guard case .number(let sum) = try #require(row(abk, 2, "JUMLAH"))[6] else { Issue.record("no JUMLAH"); return }
        #expect(try lines("abk").contains(";JUMLAH;;;;;\(String(format: "%.4f", sum))"))
        let duk = try lines("duk")
        #expect(duk.first == "DAFTAR URUT KEPANGKATAN PEGAWAI NEGERI SIPIL;;;;;;;;;;;;;;;;;;")
        #expect(duk.contains { $0.hasPrefix("1;Ir. Heru Santoso, M.T.;19690214 199403 1 003;IV/c;01-10-2017;") })
    }
}
