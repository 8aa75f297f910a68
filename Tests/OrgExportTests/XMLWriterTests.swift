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
