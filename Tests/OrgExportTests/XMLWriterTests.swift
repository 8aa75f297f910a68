import Testing
@testable import OrgExport
import TestSupport

@Suite("The XML writer")
struct XMLWriterTests {
    @Test("writes the bytes libxml2's xmlTextWriter writes (indented), escaping included")
    func sameAsLibxml2() {
        let tricky = "Q\"<>&'\t\n\r é — 😀 end"
        let w = XMLWriter()
        w.start("a")
        w.attribute("v", tricky)
        w.element("b", text: tricky)
        w.start("c")
        w.start("d")
        let text = w.finish()
        // Written by libxml2 2.9.14 from the same calls (a small C program), byte for byte.
        let expected = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<a v=\"Q&quot;&lt;&gt;&amp;'&#9;&#10;&#13; é — 😀 end\">\n"
            + "  <b>Q&quot;&lt;&gt;&amp;'\t\n&#13; é — 😀 end</b>\n"
            + "  <c>\n    <d/>\n  </c>\n</a>\n"
        #expect(Array(text.utf8) == Array(expected.utf8))
    }

    @Test("drops the characters XML 1.0 cannot hold, in text and attributes")
    func forbidden() {
        let w = XMLWriter()
        w.element("a", [("v", "x\u{1}y\u{FFFE}z\u{FFFF}")], text: "p\u{0}q\u{1F}r\u{FFFE}s")
        #expect(w.finish().contains("<a v=\"xyz\">pqrs</a>"))
    }
}

@Suite("Pages drawn from one chart share its figures")
struct SharedFiguresTests {
    @Test("each perangkat daerah's page is the same with the chart's figures computed once or per page")
    func sharedFigures() throws {
        let graph = sampleGraph("OrgCharts/kabupaten-sragen.yaml")
        let figures = ExportFigures(graph)
        let units = graph.unitChildren[graph.rootUnit].map { graph.units[$0].id }
        #expect(units.count > 20)
        for id in units.prefix(6) {
            let shared = try ExportGraph(graph, view: .positions, unit: id, figures: figures)
            let own = try ExportGraph(graph, view: .positions, unit: id)
            #expect(DOTWriter.write(shared) == DOTWriter.write(own), "\(id)")
        }
    }
}

@Suite("The writers' byte paths write what the string paths write")
struct WriterBytePathTests {
    static let texts = ["", "Dinas Kesehatan", "a\\b", "say \"hi\"", "one\r\ntwo\rthree\nfour", "A & B <c>", "tab\there",
                        "é — 😀", "x\u{1}y", "\u{FFFE}\u{FFFF}", String(repeating: "ab", count: 8_000), String(repeating: "é", count: 8_001),
                        String(repeating: "\\", count: 16_001), String(repeating: "x", count: 16_000)]

    @Test("DOT: a quoted token and quoted lines, fast path or not, as DOTWriter.quote writes them")
    func dotQuoting() {
        for text in Self.texts {
            var out = DOTText(capacity: 0)
            out.quoted(text)
            #expect(out.text == DOTWriter.quote(text), "\(text.prefix(20))")
        }
        for lines in [[], ["Kepala Dinas", "Eselon II.b"], ["a\"b", "c"], [String(repeating: "x", count: 7_999), String(repeating: "y", count: 7_999)],
                      [String(repeating: "x", count: 8_000), String(repeating: "y", count: 8_000)]] {
            var out = DOTText(capacity: 0)
            out.quoted(lines: lines)
            #expect(out.text == DOTWriter.quote(lines), "\(lines.map { $0.prefix(10) })")
        }
    }

    @Test("DOT: lines wrapped as they are written, as DOTWriter.wrap breaks them")
    func dotWrapping() {
        let lines = ["Kepala Subbagian Tata Pemerintahan 1", "Staf Ahli Bupati Bidang Kemasyarakatan dan Sumber Daya Manusia",
                     " leading space and  two  spaces between words here", "trailing space at the end of this long line ",
                     "Averyveryverylongwordthatislongerthanthewholeboxwidth and more", "", "exactly thirty-four characters long",
                     "Pengelola Layanan Operasional — Sekretariat Daerah", "a\"quoted\" title that needs escaping in it", "x y"]
        for width in [1, 5, 26, 28, 34] {
            for k in lines.indices {
                let some = Array(lines[k...].prefix(3))
                var out = DOTText(capacity: 0)
                out.quoted(lines: some, wrappedAt: width)
                #expect(out.text == DOTWriter.quote(some.flatMap { DOTWriter.wrap($0, width: width) }), "\(width) \(some)")
            }
        }
    }

    @Test("DOT: a token with a prefix, as DOTWriter.quote writes the two joined")
    func dotPrefixed() {
        // Bytes to escape at every place of an eight-byte word and after it, and bytes above 0x7F beside them.
        let late = ["Dinas Kesehatan & KB", "Bagian \"Umum\" Setda", "0123456789\u{1F}", "0123456789abcdef\\", "0123456\u{7F}ü&",
                    "é1234567\n", "\u{20}\u{21}\u{23}\u{25}\u{27}\u{5B}\u{5D}\u{7E}\u{C2}\u{A0}x"]
        for text in Self.texts + late + ["unit:dinkes", String(repeating: "x", count: 15_992), String(repeating: "x", count: 15_993)] {
            var out = DOTText(capacity: 0)
            out.quoted("cluster_", text)
            #expect(out.text == DOTWriter.quote("cluster_" + text), "\(text.prefix(20))")
        }
    }

    @Test("DOT: characters counted by bytes only when that is the count")
    func characterCount() {
        for text in ["", "abc", "a\r\nb", "é", "Kepala Sub Bagian Umum dan Kepegawaian", "🇮🇩 x"] {
            #expect(DOTWriter.characters(text) == text.count, "\(text)")
        }
    }

    @Test("XML: integers written as String(n) writes them")
    func xmlBytes() {
        let numbers = [0, 7, 10, -1, -10, 123_456_789, Int.max, Int.min]
        let w = XMLWriter(indent: false)
        w.start("a")
        w.text("")   // closes the start tag
        for n in numbers {
            w.decimal(n)
            w.byte(UInt8(ascii: ","))
        }
        w.end()
        #expect(w.finish().contains("<a>" + numbers.map { String($0) + "," }.joined() + "</a>"))
    }
}

@Suite("Pages drawn from one chart compute its figures once")
struct FiguresComputedOnceTests {
    @Test("a big unit's pages (overview and parts) compute the chart's figures once; given them, not at all")
    func pagesOfOneUnit() throws {
        let graph = sampleGraph("OrgCharts/kabupaten-sragen.yaml")
        let pager = PagedDiagram(page: PageSpec(.slide), view: .positions)
        let own = ExportFigures.Counter()
        let pages = try ExportFigures.$computations.withValue(own) { try pager.pages(graph, unit: "dinkes") }
        #expect(pages.count > 2)   // an overview and several pages of its parts, each from its own ExportGraph
        #expect(own.count == 1)
        let figures = ExportFigures(graph)
        let given = ExportFigures.Counter()
        let same = try ExportFigures.$computations.withValue(given) { try pager.pages(graph, unit: "dinkes", figures: figures) }
        #expect(given.count == 0)
        #expect(same.map(\.svg) == pages.map(\.svg))
    }
}
