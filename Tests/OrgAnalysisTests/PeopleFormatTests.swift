import Testing
import OrgAnalysis
import OrgFiles
import OrgModel
import TestSupport

/// Tables people read write numbers, dates and vocabulary their way; CSV stays a machine format.
@Suite("Numbers and names for people, numbers for machines")
struct PeopleFormatTests {
    @Test("CSV writes the numbers of an Indonesian table with a decimal point and no grouping")
    func csvMachineNumbers() {
        let l = Language.indonesian
        let t = Table(title: "", columns: ["ukuran", "nilai", "kode"], alignments: [.left, .right, .left],
                      rows: [["rata-rata", l.number(4.09), "1.164"], ["jumlah", l.integer(1_164), "x"],
                             ["biaya", l.rupiah(5_986_260_000), "y"], ["persen", l.percent(0.125), "z"],
                             ["minus", l.number(-1234.5, decimals: 1), "-"], ["teks", "1.5", "w"], ["kosong", "–", ""]])
        let csv = t.csv(numbersWrittenIn: l)
        #expect(csv == "ukuran,nilai,kode\r\nrata-rata,4.09,1.164\r\njumlah,1164,x\r\nbiaya,5986260000,y\r\npersen,12.5%,z\r\n"
                     + "minus,-1234.5,-\r\nteks,1.5,w\r\nkosong,–,\r\n")
        let dated = Table(title: "", columns: ["pensiun"], rows: [[l.date(Day(year: 2039, month: 1, day: 31)!)], ["31 Jan 2039"]])
        #expect(dated.csv(numbersWrittenIn: l) == "pensiun\r\n2039-01-31\r\n31 Jan 2039\r\n")
        // English: "1,164" would otherwise be quoted as text.
        let en = Table(title: "", columns: ["measure", "value"], rows: [["count", Language.english.integer(1_164)]])
        #expect(en.csv(numbersWrittenIn: .english) == "measure,value\r\ncount,1164\r\n")
        #expect(en.csv() == "measure,value\r\ncount,\"1,164\"\r\n")
    }

    @Test("ramping info in Indonesian: names, labels, the date and numbers the Indonesian way")
    func info() throws {
        let graph = try #require(ChartLoader.load(path: repoPath("OrgCharts/kabupaten-sragen.yaml")).graph)
        let tables = ChartSummary(graph).tables(.indonesian)
        let text = tables.map { $0.text() }.joined()
        #expect(tables[0].title == "Pemerintah Kabupaten Sragen (contoh fiktif), per 1 Januari 2026\nUnit akar: Pemerintah Kabupaten Sragen; jabatan puncak: Bupati Sragen")
        #expect(tables[0].rows.contains(["Jabatan", "1.264"]))
        #expect(tables[1].rows.contains { $0.first == "Sekretariat Daerah" })
        #expect(tables[2].rows.contains { $0.first == "JPT Pratama" })
        for word in ["pool", "seats", "sekretariat-daerah", "jpt-pratama", "ahli-pertama", "2026-01-01", "(pemda)"] {
            #expect(!text.contains(word), "'\(word)' in ramping info")
        }
    }

    @Test("analyse spans in Indonesian: a decimal comma and the perangkat daerah's name, not its id")
    func spans() throws {
        let graph = try #require(ChartLoader.load(path: repoPath("OrgCharts/kabupaten-contoh.yaml")).graph)
        let tables = SpanAnalysis(graph).tables(.indonesian, limit: nil)
        #expect(tables[0].rows.contains([ "Rata-rata rentang (formasi)", "2,77"]))
        let perUnit = try #require(tables.first { $0.title == "Per perangkat daerah" })
        #expect(perUnit.rows.first?.first == "Sekretariat Daerah")
        #expect(perUnit.rows.contains { $0.contains("1,67") })
        #expect(!tables.map { $0.text() }.joined().contains("setda.sekda"))
        #expect(SpanAnalysis(graph).tables(.english, limit: nil)[0].rows.contains(["Mean span (seats)", "2.77"]))
    }
}
