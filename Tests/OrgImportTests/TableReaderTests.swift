import Foundation
import OrgImport
import OrgModel
import OrgTables
import Testing

@Suite struct TableReaderTests {
    @Test func contentNotNameDecidesTheReader() {
        #expect(TableFile.sniff(Data([0x50, 0x4B, 0x03, 0x04])) == .xlsx)
        #expect(TableFile.sniff(Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1])) == .biff)
        #expect(TableFile.sniff(Data("\u{FEFF}  <html><table>".utf8)) == .html)
        #expect(TableFile.sniff(Data("{\"code\":1}".utf8)) == .json)
        #expect(TableFile.sniff(Data("No;NIP;Nama".utf8)) == .csv)
    }

    @Test func realXLSIsRefusedWithSaveAsXLSX() {
        do {
            _ = try TableFile.read(Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]), path: "lama.xls")
            Issue.record("BIFF was read")
        } catch {
            #expect(error.problem == .biffWorkbook)
            #expect(error.rendered(.indonesian).contains("Simpan Sebagai .xlsx"))
        }
    }

    @Test func csvEncodingsAndDelimiters() throws {
        // Windows-1252 with ';' as Indonesian-locale Excel saves it: ’ is 0x92, – is 0x96.
        var bytes = Data("No;Nama;Unit\r\n1;Nur".utf8)
        bytes.append(0x92)
        bytes.append(contentsOf: Array("aini;Bidang A ".utf8))
        bytes.append(0x96)
        bytes.append(contentsOf: Array(" Badan B\r\n".utf8))
        let r = try CSVReader.read(bytes, path: "a.csv")
        #expect(r.encoding == .windows1252 && r.delimiter == ";")
        #expect(r.sheet[2, 2] == .text("Nur’aini") && r.sheet[2, 3] == .text("Bidang A – Badan B"))

        let bom = try CSVReader.read(Data("\u{FEFF}a\tb\tc\n1\t2\t3\n".utf8), path: "b.txt")
        #expect(bom.encoding == .utf8BOM && bom.delimiter == "\t" && bom.sheet[1, 1] == .text("a"))

        let sep = try CSVReader.read(Data("sep=|\nNIP|Nama, Gelar|X\n1|\"Dewi, S.H.\"|2\n".utf8), path: "c.csv")
        #expect(sep.delimiter == "|" && sep.sheet.rows.count == 2 && sep.sheet[2, 2] == .text("Dewi, S.H."))
        #expect(sep.sheet.textPositions[1][2] == TextPosition(line: 3, column: 16))

        let comma = try CSVReader.read(Data("PNS ID,NIP BARU,ALAMAT\nx,'1971,\"Jl. A, No. 1\"\n".utf8), path: "d.csv")
        #expect(comma.encoding == .utf8 && comma.delimiter == ",")
    }

    @Test func quotedLineBreaksKeepPositions() throws {
        let text = "NO;NAMA;LATIHAN\n1;Dewi;\"PKA\r\nDiklatpim Tk. IV\";x\n2;\"Budi \"\"B\"\"\";;y\n"
        let r = try CSVReader.read(Data(text.utf8), path: "duk.csv")
        #expect(r.sheet.rows.count == 3)
        #expect(r.sheet[2, 3] == .text("PKA\r\nDiklatpim Tk. IV"))
        #expect(r.sheet[3, 2] == .text("Budi \"B\""))
        #expect(r.sheet.location(path: "duk.csv", row: 3, column: 4).description == "duk.csv:4:17")
        #expect(r.sheet.location(path: "duk.csv", row: 2, column: 4).description == "duk.csv:3:19")
    }

    @Test func anUnclosedQuoteIsAnErrorAtItsLine() {
        do {
            _ = try CSVReader.read(Data("a;b\n1;\"open\n2;3\n".utf8), path: "e.csv")
            Issue.record("read")
        } catch {
            #expect(error.problem == .unterminatedQuote(line: 2))
            #expect(error.rendered(.english).hasPrefix("e.csv:2:1: error:"))
        }
    }

    @Test func htmlTableSavedAsXLS() throws {
        let html = """
            <html><head><meta charset="utf-8"><title>x</title></head><body>
            <table><tr><td>menu</td></tr></table>
            <table border=1>
            <tr><th>NO</th><th>NAMA PEGAWAI</th><th>NIP</th><th colspan="2">PANGKAT</th></tr>
            <tr><td></td><td></td><td></td><td>GOL</td><td>TMT</td></tr>
            <tr><td rowspan="2">1</td><td>Dewi&nbsp;Fiktif,<br>S.H.</td><td>'197608222002122902</td><td>IV/b</td><td>01-10-2020</td></tr>
            <tr><td>Budi</td><td>198001012005011001</td><td>III/a</td><td>01-01-2005</td></tr>
            </table></body></html>
            """
        let book = try TableFile.read(Data(html.utf8), path: "duk.xls")
        let s = book.sheets[0]
        #expect(s.name == "duk" && s.rows.count == 4)
        #expect(s[1, 4] == .text("PANGKAT") && s[1, 5] == .empty)
        #expect(s[3, 2] == .text("Dewi\u{A0}Fiktif,\nS.H."))
        #expect(s[4, 1] == .empty && s[4, 2] == .text("Budi"), "the rowspan keeps the next row's cells in their columns")
        #expect(s.merged.contains(CellRange(first: CellReference(row: 1, column: 4), last: CellReference(row: 1, column: 5))))
        #expect(s.location(path: "duk.xls", row: 4, column: 3).description == "duk.xls:duk!C4")
    }

    @Test func siasnJSONListAndNotSIASN() throws {
        let json = "[{\"code\":1,\"data\":{\"nipBaru\":\"197103141998031901\",\"nama\":\"A\"}},\n{\"code\":1,\"data\":{\"nipBaru\":\"197608222002122902\",\"nama\":\"B\",\"mkTahun\":22}}]"
        let s = try SIASNJSONReader.read(Data(json.utf8), path: "x.json")
        #expect(s.rows.count == 3 && s[1, 1] == .text("nipBaru") && s[3, 3] == .text("22"))
        #expect(s.location(path: "x.json", row: 3, column: 1).description == "x.json:2:19")
        do {
            _ = try SIASNJSONReader.read(Data("{\"foo\":1}".utf8), path: "y.json")
            Issue.record("read")
        } catch { #expect(error.problem == .jsonNotSIASN) }
        do {
            _ = try SIASNJSONReader.read(Data("{\"code\":1,".utf8), path: "z.json")
            Issue.record("read")
        } catch {
            guard case .jsonMalformed = error.problem else { Issue.record("\(error)"); return }
        }
    }

    /// A staff list as an .xlsx: title rows, the header at row 3, a NIP Excel turned into a number, date cells.
    @Test func xlsxStaffListWithADamagedNIPCell() throws {
        let rows = """
            <row r="1"><c r="A1" t="inlineStr"><is><t>DAFTAR PEGAWAI KABUPATEN CONTOH</t></is></c></row>
            <row r="3"><c r="A3" t="inlineStr"><is><t>No</t></is></c><c r="B3" t="inlineStr"><is><t>NIP</t></is></c>
              <c r="C3" t="inlineStr"><is><t>Nama</t></is></c><c r="D3" t="inlineStr"><is><t>Jabatan</t></is></c>
              <c r="E3" t="inlineStr"><is><t>Unit Kerja</t></is></c><c r="F3" t="inlineStr"><is><t>TMT Jabatan</t></is></c></row>
            <row r="4"><c r="A4"><v>1</v></c><c r="B4" t="inlineStr"><is><t>197103141998031901</t></is></c>
              <c r="C4" t="inlineStr"><is><t>Bambang Contoh</t></is></c><c r="D4" t="inlineStr"><is><t>Kepala Dinas Uji</t></is></c>
              <c r="E4" t="inlineStr"><is><t>Dinas Uji</t></is></c><c r="F4" s="1"><v>44564</v></c></row>
            <row r="5"><c r="A5"><v>2</v></c><c r="B5"><v>1.97608222002123E+17</v></c>
              <c r="C5" t="inlineStr"><is><t>Dewi Fiktif</t></is></c><c r="D5" t="inlineStr"><is><t>Pengadministrasi Umum</t></is></c>
              <c r="E5" t="inlineStr"><is><t>Dinas Uji</t></is></c></row>
            """
        let styles = "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/></cellXfs></styleSheet>"
        let data = try XLSXBuilder.zip(XLSXBuilder.workbook(sheets: [("Daftar Pegawai", XLSXBuilder.sheetData(rows))], styles: styles))
        var options = ImportOptions(today: Day(year: 2026, month: 1, day: 1)!)
        let result = Importer.run([ImportInput(path: "pegawai.xlsx", data: data)], options: options)
        #expect(result.chart == nil)
        let error = try #require(result.diagnostics.first { $0.severity == .error })
        #expect(error.rendered(.indonesian).hasPrefix("pegawai.xlsx:'Daftar Pegawai'!B5: error: NIP rusak oleh Excel"))
        options.skipBadRows = true
        let chart = try validated(Importer.run([ImportInput(path: "pegawai.xlsx", data: data)], options: options))
        #expect(chart.people.count == 1 && chart.people[0].since == Day(year: 2022, month: 1, day: 3))
        #expect(chart.units.map(\.name) == ["Dinas Uji"] && chart.positions.count == 1)
        #expect(chart.organisation.name == "Pemerintah Kabupaten Contoh")
    }
}

@Suite struct StackedCellTests {
    @Test func namaNIPInOneCell() throws {
        let csv = """
            NO;NAMA/NIP;PANGKAT / GOL. RUANG;TMT PANGKAT;JABATAN;UNIT KERJA
            1;"Dewi Fiktif, S.H.
            NIP. 19760822 200212 2 902";Pembina Tk.I (IV/b);01-10-2020;Sekretaris;Sekretariat
            """
        var options = ImportOptions(today: Day(year: 2026, month: 1, day: 1)!)
        options.kinds = ["duk.csv": .staff]
        let chart = try validated(Importer.run([ImportInput(path: "duk.csv", data: Data(csv.utf8))], options: options))
        #expect(chart.people.map(\.nip) == ["197608222002122902"])
        #expect(chart.people.map(\.name) == ["Dewi Fiktif, S.H."])
        #expect(chart.people.first?.rank == .ivB)
    }
}

@Suite struct StackedHeaderTests {
    /// The nominatif layout of `layouts/nominatif_stacked_header.csv`: several fields a cell, one a line.
    @Test func stackedNominatif() throws {
        let csv = """
            NO,"NAMA
            TEMPAT, TGL LAHIR","NIP
            KARPEG","GOL.
            TMT","JABATAN
            UNIT KERJA
            TMT",MASA KERJA,,"PENDIDIKAN TERAKHIR
            TAHUN","AGAMA
            USIA"
            ,,,,,THN,BLN,,
            1,"Dewi Fiktif, S.H.
            DESA REKAAN, 22-08-1976","19760822 200212 2 902
            K.123456","IV/b
            01-10-2020","Sekretaris
            Sekretariat Dinas Uji
            15-06-2021",22,1,"S-2 Ilmu Hukum
            2010","Islam
            48"
            """
        let result = Importer.run([ImportInput(path: "nominatif.csv", data: Data(csv.utf8))],
                                  options: ImportOptions(today: Day(year: 2026, month: 1, day: 1)!))
        #expect(result.kinds.map(\.kind) == [.staff])
        let chart = try validated(result)
        let dewi = try #require(chart.people.first)
        #expect(dewi.nip == "197608222002122902" && dewi.name == "Dewi Fiktif, S.H.")
        #expect(dewi.born == Day(year: 1976, month: 8, day: 22) && dewi.rank == .ivB && dewi.rankSince == Day(year: 2020, month: 10, day: 1))
        #expect(dewi.since == Day(year: 2021, month: 6, day: 15) && dewi.education == .s2)
        #expect(chart.units.map(\.name) == ["Sekretariat Dinas Uji"] && chart.positions.map(\.title) == ["Sekretaris"])
    }
}
