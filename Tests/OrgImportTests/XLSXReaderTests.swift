import Foundation
import OrgModel
import OrgTables
import Testing
import ZIPFoundation

/// Builds an .xlsx in memory from its XML parts, the way Excel lays them out.
enum XLSXBuilder {
    static let contentTypes = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"></Types>
        """
    static let rootRels = """
        <?xml version="1.0" encoding="UTF-8"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
        </Relationships>
        """

    /// A workbook with the named sheets (their `<sheetData>` inner XML and extra XML after it), and optional
    /// shared strings and styles.
    static func workbook(sheets: [(name: String, xml: String)], sharedStrings: String? = nil, styles: String? = nil,
                         date1904: Bool = false) -> [String: Data] {
        var parts: [String: Data] = [:]
        parts["[Content_Types].xml"] = Data(contentTypes.utf8)
        parts["_rels/.rels"] = Data(rootRels.utf8)
        var sheetList = "", rels = ""
        for (i, sheet) in sheets.enumerated() {
            let name = sheet.name.replacingOccurrences(of: "&", with: "&amp;")
            sheetList += "<sheet name=\"\(name)\" sheetId=\"\(i + 1)\" r:id=\"rId\(i + 1)\"/>"
            rels += "<Relationship Id=\"rId\(i + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet\(i + 1).xml\"/>"
            parts["xl/worksheets/sheet\(i + 1).xml"] = Data(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">" + sheet.xml + "</worksheet>").utf8)
        }
        if sharedStrings != nil {
            rels += "<Relationship Id=\"rIdS\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
            parts["xl/sharedStrings.xml"] = Data(sharedStrings!.utf8)
        }
        if styles != nil {
            rels += "<Relationship Id=\"rIdT\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
            parts["xl/styles.xml"] = Data(styles!.utf8)
        }
        parts["xl/workbook.xml"] = Data(("""
            <?xml version="1.0" encoding="UTF-8"?>
            <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
            <workbookPr\(date1904 ? " date1904=\"1\"" : "")/><sheets>\(sheetList)</sheets></workbook>
            """).utf8)
        parts["xl/_rels/workbook.xml.rels"] = Data(("""
            <?xml version="1.0" encoding="UTF-8"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\(rels)</Relationships>
            """).utf8)
        return parts
    }

    /// Zips the parts (deflated, as Excel does).
    static func zip(_ parts: [String: Data]) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for name in parts.keys.sorted() {
            let data = parts[name]!
            try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return archive.data!
    }

    static func sheetData(_ rows: String, after: String = "") -> String { "<sheetData>\(rows)</sheetData>\(after)" }
}

@Suite struct XLSXReaderTests {
    let styles = """
        <?xml version="1.0" encoding="UTF-8"?>
        <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
        <numFmts count="2"><numFmt numFmtId="164" formatCode="dd\\-mm\\-yyyy"/><numFmt numFmtId="165" formatCode="#,##0.00"/></numFmts>
        <cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="14"/><xf numFmtId="165"/><xf numFmtId="49"/></cellXfs>
        </styleSheet>
        """
    let shared = """
        <?xml version="1.0" encoding="UTF-8"?>
        <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="4" uniqueCount="4">
        <si><t>NIP</t></si><si><t>Nama</t></si>
        <si><r><rPr><b/></rPr><t xml:space="preserve">Drs. Hendra </t></r><r><t>Uji, M.M.</t></r><rPh><t>ふりがな</t></rPh></si>
        <si><t>Pangkat/Gol. Ruang</t></si>
        </sst>
        """

    @Test func readsStringsNumbersDatesMergesAndSheetNames() throws {
        let rows = """
            <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="D1" t="s"><v>3</v></c></row>
            <row r="3"><c r="A3" t="inlineStr" s="4"><is><t>196906091996031905</t></is></c><c r="B3" t="s"><v>2</v></c>
              <c r="C3" s="1"><v>44287</v></c><c r="D3" s="2"><v>25569</v></c><c r="E3" s="3"><v>3.2288</v></c>
              <c r="F3" t="b"><v>1</v></c><c r="G3" t="str"><f>A3</f><v>x</v></c><c r="H3" s="3"/></row>
            """
        let parts = XLSXBuilder.workbook(
            sheets: [("Daftar Pegawai", XLSXBuilder.sheetData(rows, after: "<mergeCells count=\"1\"><mergeCell ref=\"D1:E1\"/></mergeCells>")),
                     ("Rekap", XLSXBuilder.sheetData("<row><c t=\"inlineStr\"><is><t>JUMLAH</t></is></c><c><v>22</v></c></row>"))],
            sharedStrings: shared, styles: styles)
        let book = try XLSXReader().read(data: XLSXBuilder.zip(parts), path: "daftar.xlsx")
        #expect(book.sheets.map(\.name) == ["Daftar Pegawai", "Rekap"])
        let s = book.sheets[0]
        #expect(s.rows.count == 3)
        #expect(s.rows[1].isEmpty)
        #expect(s[1, 1] == .text("NIP") && s[1, 4] == .text("Pangkat/Gol. Ruang") && s[1, 3] == .empty)
        #expect(s[3, 1] == .text("196906091996031905"))
        #expect(s[3, 2] == .text("Drs. Hendra Uji, M.M."))
        #expect(s[3, 3] == .date(Day(year: 2021, month: 4, day: 1)!))
        #expect(s[3, 4] == .date(Day(year: 1970, month: 1, day: 1)!))
        #expect(s[3, 5] == .number(3.2288))
        #expect(s[3, 6] == .bool(true))
        #expect(s[3, 7] == .text("x"))
        #expect(s.rows[2].count == 7, "the styled empty H3 is not a value")
        #expect(s.merged == [CellRange(first: CellReference(row: 1, column: 4), last: CellReference(row: 1, column: 5))])
        #expect(book.sheets[1][1, 1] == .text("JUMLAH") && book.sheets[1][1, 2] == .number(22))
    }

    @Test func excelSerialsAndTheirDays() {
        #expect(ExcelDate.day(serial: 1) == Day(year: 1900, month: 1, day: 1))
        #expect(ExcelDate.day(serial: 59) == Day(year: 1900, month: 2, day: 28))
        #expect(ExcelDate.day(serial: 61) == Day(year: 1900, month: 3, day: 1))
        #expect(ExcelDate.day(serial: 44287) == Day(year: 2021, month: 4, day: 1))
        #expect(ExcelDate.day(serial: 45293.75) == Day(year: 2024, month: 1, day: 2))
        #expect(ExcelDate.day(serial: 0, date1904: true) == nil)
        #expect(ExcelDate.day(serial: 1, date1904: true) == Day(year: 1904, month: 1, day: 2))
        #expect(ExcelDate.serial(Day(year: 2024, month: 1, day: 2)!) == 45293)
        for ordinal in stride(from: 0, to: 800_000, by: 9_973) { #expect(Day(ordinal: ordinal)?.ordinal == ordinal) }
    }

    @Test func dateFormatsAreRecognisedByTheirCode() throws {
        let styles = """
            <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts>
            <numFmt numFmtId="170" formatCode="[$-421]dd\\ mmmm\\ yyyy;@"/><numFmt numFmtId="171" formatCode="0.00&quot; d&quot;"/>
            <numFmt numFmtId="172" formatCode="[h]:mm:ss"/></numFmts>
            <cellXfs><xf numFmtId="0"/><xf numFmtId="170"/><xf numFmtId="171"/><xf numFmtId="172"/></cellXfs></styleSheet>
            """
        let rows = "<row r=\"1\"><c s=\"1\"><v>45293</v></c><c s=\"2\"><v>45293</v></c><c s=\"3\"><v>1.5</v></c></row>"
        let book = try XLSXReader().read(data: XLSXBuilder.zip(XLSXBuilder.workbook(sheets: [("S", XLSXBuilder.sheetData(rows))], styles: styles)), path: "x.xlsx")
        #expect(book.sheets[0][1, 1] == .date(Day(year: 2024, month: 1, day: 2)!))
        #expect(book.sheets[0][1, 2] == .number(45293), "a quoted ' d' is not a day token")
        #expect(book.sheets[0][1, 3] == .number(1.5), "a duration is not a date")
    }

    // MARK: Hostile files

    func refusal(_ parts: [String: Data], limits: XLSXReader.Limits = .init()) throws -> TableReadError? {
        let data = try XLSXBuilder.zip(parts)
        do {
            _ = try XLSXReader(limits: limits).read(data: data, path: "jahat.xlsx")
            return nil
        } catch {
            return error
        }
    }

    @Test func aZipBombIsRefusedBeforeExtraction() throws {
        // 4 MiB of rows that compress to a few KiB, against a 1 MiB limit per part.
        let row = "<row><c t=\"inlineStr\"><is><t>AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA</t></is></c></row>"
        let rows = String(repeating: row, count: (4 << 20) / row.utf8.count)
        var limits = XLSXReader.Limits()
        limits.partBytes = 1 << 20
        let error = try #require(try refusal(XLSXBuilder.workbook(sheets: [("S", XLSXBuilder.sheetData(rows))]), limits: limits))
        #expect(error.problem == .partTooLarge(part: "xl/worksheets/sheet1.xml", limit: 1 << 20))
        #expect(error.rendered(.indonesian).contains("bom zip"))
    }

    @Test func aZipBombThatLiesAboutItsSizeIsStoppedWhileUnpacking() throws {
        let row = "<row><c t=\"inlineStr\"><is><t>AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA</t></is></c></row>"
        let rows = String(repeating: row, count: (4 << 20) / row.utf8.count)
        var data = try XLSXBuilder.zip(XLSXBuilder.workbook(sheets: [("S", XLSXBuilder.sheetData(rows))]))
        // Rewrite the sheet's declared uncompressed size to 1 KiB in its local and central headers.
        let name = Data("xl/worksheets/sheet1.xml".utf8)
        var patched = 0
        for (signature, sizeOffset, nameOffset) in [(Data([0x50, 0x4B, 0x03, 0x04]), 22, 30), (Data([0x50, 0x4B, 0x01, 0x02]), 24, 46)] {
            var search = data.startIndex
            while let r = data.range(of: signature, in: search..<data.endIndex) {
                let start = r.lowerBound
                if data.count > start + nameOffset + name.count, data.subdata(in: start + nameOffset..<start + nameOffset + name.count) == name {
                    data.replaceSubrange(start + sizeOffset..<start + sizeOffset + 4, with: [0x00, 0x04, 0x00, 0x00])
                    patched += 1
                }
                search = r.upperBound
            }
        }
        #expect(patched == 2)
        var limits = XLSXReader.Limits()
        limits.partBytes = 1 << 20
        do {
            _ = try XLSXReader(limits: limits).read(data: data, path: "jahat.xlsx")
            Issue.record("a lying zip bomb was read")
        } catch {
            #expect(error.problem == .partTooLarge(part: "xl/worksheets/sheet1.xml", limit: 1 << 20))
        }
    }

    @Test func aMillionEmptyRowsAreRefused() throws {
        let rows = "<row r=\"1\"><c t=\"inlineStr\"><is><t>NIP</t></is></c></row>" + String(repeating: "<row/>", count: 1_000_000)
        let error = try #require(try refusal(XLSXBuilder.workbook(sheets: [("Daftar", XLSXBuilder.sheetData(rows))])))
        #expect(error.problem == .tooManyEmptyRows(sheet: "Daftar", limit: 100_000))
        #expect(error.rendered(.english).hasPrefix("jahat.xlsx:Daftar!A"))
    }

    @Test func aCellFarBelowTheTableIsRefused() throws {
        let rows = "<row r=\"1\"><c t=\"inlineStr\"><is><t>NIP</t></is></c></row><row r=\"1048576\"><c r=\"A1048576\"><v>1</v></c></row>"
        let error = try #require(try refusal(XLSXBuilder.workbook(sheets: [("Daftar", XLSXBuilder.sheetData(rows))])))
        #expect(error.problem == .tooManyEmptyRows(sheet: "Daftar", limit: 100_000))
    }

    @Test func entitiesAreRefused() throws {
        let laughs = """
            <?xml version="1.0"?>
            <!DOCTYPE sst [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>
            <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&c;</t></si></sst>
            """
        let error = try #require(try refusal(XLSXBuilder.workbook(sheets: [("S", XLSXBuilder.sheetData("<row><c t=\"s\"><v>0</v></c></row>"))], sharedStrings: laughs)))
        #expect(error.problem == .xmlEntities(part: "xl/sharedStrings.xml"))
        let external = """
            <?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY x SYSTEM "file:///etc/passwd">]>
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row><c t="inlineStr"><is><t>&x;</t></is></c></row></sheetData></worksheet>
            """
        var parts = XLSXBuilder.workbook(sheets: [("S", "")])
        parts["xl/worksheets/sheet1.xml"] = Data(external.utf8)
        let second = try #require(try refusal(parts))
        #expect(second.problem == .xmlEntities(part: "xl/worksheets/sheet1.xml"))
    }

    @Test func aTenMegabyteCellIsRefused() throws {
        let big = String(repeating: "A", count: 10 << 20)
        let error = try #require(try refusal(XLSXBuilder.workbook(sheets: [("S", XLSXBuilder.sheetData("<row r=\"2\"><c r=\"C2\" t=\"inlineStr\"><is><t>\(big)</t></is></c></row>"))])))
        guard case .cellTooLong(_, let limit) = error.problem else { Issue.record("\(error)"); return }
        #expect(limit == 32_767)
        #expect(error.location?.description == "jahat.xlsx:S!C2")
        let sharedError = try #require(try refusal(XLSXBuilder.workbook(
            sheets: [("S", XLSXBuilder.sheetData("<row><c t=\"s\"><v>0</v></c></row>"))],
            sharedStrings: "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>\(big)</t></si></sst>")))
        guard case .cellTooLong = sharedError.problem else { Issue.record("\(sharedError)"); return }
    }

    @Test func notAZipAndMissingPartsAreMessages() throws {
        do {
            _ = try XLSXReader().read(data: Data("PK\u{03}\u{04}garbage".utf8), path: "rusak.xlsx")
            Issue.record("garbage was read")
        } catch {
            guard case .notAZip = error.problem else { Issue.record("\(error)"); return }
        }
        var parts = XLSXBuilder.workbook(sheets: [("S", XLSXBuilder.sheetData(""))])
        parts["xl/worksheets/sheet1.xml"] = nil
        let error = try #require(try refusal(parts))
        #expect(error.problem == .missingPart(name: "xl/worksheets/sheet1.xml"))
        parts = XLSXBuilder.workbook(sheets: [("S", XLSXBuilder.sheetData("<row><c><v>1</v></c>"))])
        let broken = try #require(try refusal(parts))
        guard case .xmlMalformed(let part, _, _) = broken.problem else { Issue.record("\(broken)"); return }
        #expect(part == "xl/worksheets/sheet1.xml")
    }
}
