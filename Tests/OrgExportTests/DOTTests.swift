import Foundation
import Testing
import OrgExport
import OrgFiles
import OrgModel
import TestSupport

@Suite("Graphviz DOT")
struct DOTTests {
    @Test("dot -Tsvg accepts every view of the tutorial, and of each perangkat daerah of the full sample",
          arguments: ExportView.allCases)
    func accepted(_ view: ExportView) throws {
        var sources = [DOTWriter.write(try ExportGraph(sampleGraph(sampleCharts[0]), view: view))]
        let full = sampleGraph(sampleCharts[1])
        for u in full.unitChildren[full.rootUnit].prefix(view == .units ? 3 : 6) {
            sources.append(DOTWriter.write(try ExportGraph(full, view: view, unit: full.units[u].id)))
        }
        for source in sources {
            let path = try temporaryFile(source, name: "chart.dot")
            let r = try run(dotExecutable(), ["-Tsvg", "-o", "/dev/null", path])
            #expect(r.status == 0, "\(r.stderr)")
            #expect(!r.stderr.contains("Warning"), "\(r.stderr)")
        }
    }

    @Test("the structure chart of the whole regency lays out")
    func wholeStructure() throws {
        let path = try temporaryFile(DOTWriter.write(try ExportGraph(sampleGraph(sampleCharts[1]), view: .units)), name: "s.dot")
        #expect(try run(dotExecutable(), ["-Tsvg", "-o", "/dev/null", path]).status == 0)
    }

    @Test("quoting: backslash first, then quotes; line breaks as \\n; & as &amp;")
    func quoting() {
        #expect(DOTWriter.quote(#"a\b"#) == #""a\\b""#)
        #expect(DOTWriter.quote(#"say "hi""#) == #""say \"hi\"""#)
        #expect(DOTWriter.quote("one\r\ntwo\rthree\nfour") == #""one\ntwo\nthree\nfour""#)
        #expect(DOTWriter.quote("A & B <c>") == #""A &amp; B <c>""#)
        #expect(DOTWriter.quote(#"\N"#) == #""\\N""#)
        let long = String(repeating: "x", count: 40_000)
        let quoted = DOTWriter.quote(long)
        #expect(quoted.contains("\" + \""))
        #expect(quoted.split(separator: "+").allSatisfy { $0.utf8.count < 16_100 })
    }
}

@Suite("Awkward text survives every exporter")
struct EscapingTests {
    /// Keywords as ids, quotes, backslashes, &, <, line breaks, C0 controls and non-Latin text.
    static let yaml = """
        format: ramping/1
        organisation: { id: kab-aneh, name: "Kabupaten \\"Aneh\\" & <Uji>", region: kota, as_of: 2026-01-01 }
        units:
          - { id: node, name: "Pemda \\\\ Kota\\nBaris dua", kind: pemda }
          - { id: graph, name: "Dinas Ñandú & Café — 日本語 ✓", kind: dinas, parent: node, type: C }
          - { id: Node, name: "Bidang \\"edge\\" <b>tebal</b>", kind: bidang, parent: graph }
        positions:
          - { id: subgraph, title: "Wali Kota \\\\N \\\\l", unit: node, head: true, level: politik }
          - { id: strict, title: "Kepala \\"Dinas\\" & Co\\r\\nbaru", unit: graph, head: true, level: jpt-pratama, eselon: II.b }
          - { id: edge, title: "Kabid <i>\\u0007bel\\u0001</i>", unit: Node, head: true, level: administrator, eselon: III.b }
          - { id: digraph, title: "Staf; [x] {y} a:b", unit: Node, level: pelaksana, seats: 2, dotted: [strict] }
        people:
          - { nip: "198204152006042003", name: "Dewi \\"D\\" O'Neil & Putri", position: digraph }

        """

    static var graph: OrgGraph {
        let loaded = load(yaml)
        guard let g = loaded.graph else { fatalError("\(englishDiagnostics(loaded))") }
        return g
    }

    @Test func dotAcceptsAndShowsTheText() throws {
        for view in ExportView.allCases {
            let path = try temporaryFile(DOTWriter.write(try ExportGraph(Self.graph, view: view)), name: "aneh.dot")
            let svg = try run(dotExecutable(), ["-Tsvg", path])
            #expect(svg.status == 0, "\(view): \(svg.stderr)")
            if view != .units {
                #expect(svg.stdout.contains("Kepala &quot;Dinas&quot; &amp; Co"), "\(view)")
                #expect(svg.stdout.contains("Wali Kota \\N \\l"))
                #expect(svg.stdout.contains("&lt;i&gt;bel&lt;/i&gt;"), "\(view): the markup-like title is not shown as written")
            }
            #expect(svg.stdout.contains("日本語"))
        }
    }

    @Test func graphMLReadsBackTheSameText() throws {
        let g = try ExportGraph(Self.graph, view: .people)
        let path = try temporaryFile(GraphMLWriter.write(g), name: "aneh.graphml")
        #expect(try schemaCheck(path).status == 0)
        let nx = try networkx(path)
        let data = try #require(nx["data"] as? [String: [String: Any]])
        #expect(data["post:strict"]?["title"] as? String == "Kepala \"Dinas\" & Co\r\nbaru")
        #expect(data["unit:graph"]?["name"] as? String == "Dinas Ñandú & Café — 日本語 ✓")
        // C0 controls cannot travel in XML at all: they are dropped, the rest is kept.
        #expect(data["post:edge"]?["title"] as? String == "Kabid <i>bel</i>")
        #expect(data["person:198204152006042003"]?["name"] as? String == "Dewi \"D\" O'Neil & Putri")
    }
}
