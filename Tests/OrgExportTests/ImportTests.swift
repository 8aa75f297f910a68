import Foundation
import Testing
import OrgAnalysis
import OrgExport
import OrgFiles
import OrgModel
import TestSupport

let day = Day(year: 2026, month: 1, day: 1)!

@Suite("Import: the lossless round trip")
struct RoundTripTests {
    @Test("exporting the people view and importing it gives the chart back, field by field", arguments: sampleCharts)
    func roundTrip(_ path: String) throws {
        let original = sampleGraph(path).chart
        let xml = GraphMLWriter.write(try ExportGraph(sampleGraph(path), view: .people))
        let (back, _) = try ChartImporter.importGraphML(Data(xml.utf8), asOf: day)
        #expect(back.organisation == original.organisation)
        #expect(back.competencies == original.competencies)
        #expect(back.units == original.units)
        for (a, b) in zip(back.positions, original.positions) where a != b { Issue.record("position \(b.id): \(a) != \(b)") }
        #expect(back.positions.count == original.positions.count)
        for (a, b) in zip(back.people, original.people) where a != b { Issue.record("person \(b.nip): \(a) != \(b)") }
        #expect(back.people.count == original.people.count)
        #expect(back.careerPaths == original.careerPaths)
        #expect(back == original)
    }

    @Test("settings and awkward values survive", arguments: [0])
    func settings(_: Int) throws {
        var chart = try #require(load(EscapingTests.yaml).chart)
        chart.organisation.settings.effectiveHours = 1200.5
        chart.organisation.settings.spanWide = 9
        chart.organisation.settings.needRounding = .down
        chart.organisation.geoFactor = 1.1
        let graph = try #require(OrgGraph.resolve(chart).graph)
        let (back, _) = try ChartImporter.importGraphML(Data(GraphMLWriter.write(try ExportGraph(graph, view: .people)).utf8), asOf: day)
        #expect(back.organisation == chart.organisation)
        // Only the C0 controls are lost in XML.
        #expect(back.positions[2].title == "Kabid <i>bel</i>")
    }

    @Test("only a whole-chart people view can be imported exactly")
    func partialViews() throws {
        let graph = sampleGraph(sampleCharts[0])
        for g in [try ExportGraph(graph, view: .positions), try ExportGraph(graph, view: .people, unit: "dpmptsp")] {
            #expect(throws: ImportFailure.self) { try ChartImporter.importGraphML(Data(GraphMLWriter.write(g).utf8), asOf: day) }
        }
    }
}

@Suite("Import: files from elsewhere, and hostile ones")
struct ForeignImportTests {
    func importing(_ xml: String) throws -> (OrgChart, ChartImporter.Report) {
        try ChartImporter.importGraphML(Data(xml.utf8), asOf: day)
    }

    func failure(_ xml: String) -> ImportFailure? {
        do { _ = try importing(xml); return nil } catch let f as ImportFailure { return f } catch { return nil }
    }

    @Test("a tree written by NetworkX becomes a valid chart with a report")
    func networkxTree() throws {
        let folder = try temporaryFolder()
        let path = folder.appendingPathComponent("tree.graphml").path
        let script = """
            import networkx as nx, sys
            g = nx.DiGraph()
            g.add_node("root", label="Pemerintah Kota Uji")
            g.add_node("d1", label="Dinas Kesehatan", budget=12.5)
            g.add_node("d2", label="Badan Keuangan")
            g.add_node("b1", label="Bidang Pelayanan")
            g.add_edges_from([("root", "d1"), ("root", "d2"), ("d1", "b1")])
            nx.write_graphml(g, sys.argv[1])
            """
        #expect(try run("/usr/bin/env", ["python3", "-c", script, path]).status == 0)
        let (chart, report) = try ChartImporter.importGraphML(try Data(contentsOf: URL(fileURLWithPath: path)), asOf: day)
        #expect(chart.units.map(\.name) == ["Pemerintah Kota Uji", "Dinas Kesehatan", "Badan Keuangan", "Bidang Pelayanan"])
        #expect(chart.units.map(\.kind) == [.pemda, .dinas, .badan, .bidang])
        #expect(chart.units[3].parent == "d1")
        #expect(OrgGraph.resolve(chart).graph != nil)
        #expect(report.ignored.contains(.dataIgnored(names: ["budget"])))
        #expect(report.guessed.contains(.kindsGuessed(counts: [.pemda: 1, .dinas: 1, .badan: 1, .bidang: 1])))
        #expect(report.mapped.contains(.nodesToUnits(nodes: 4, parentLinks: 3)))
    }

    @Test("a yEd file's labels are read, and several roots get a common root")
    func yEdForest() throws {
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
              <key id="d0" for="node" yfiles.type="nodegraphics"/>
              <graph id="G" edgedefault="directed">
                <node id="n0"><data key="d0"><y:ShapeNode><y:NodeLabel>Dinas Pendidikan</y:NodeLabel></y:ShapeNode></data></node>
                <node id="n1"><data key="d0"><y:ShapeNode><y:NodeLabel>Kecamatan
            Utara</y:NodeLabel></y:ShapeNode></data></node>
                <node id="n2"><data key="d0"><y:ShapeNode><y:NodeLabel>Seksi Kurikulum</y:NodeLabel></y:ShapeNode></data></node>
                <edge id="e0" source="n0" target="n2"/>
                <edge id="e1" source="n1" target="n2"/>
              </graph>
            </graphml>
            """
        let (chart, report) = try importing(xml)
        #expect(chart.units.first?.kind == .pemda)
        #expect(chart.units.map(\.name).contains("Kecamatan Utara"))
        #expect(report.guessed.contains(.rootAdded(below: 2, name: "Pemerintah Daerah")))
        #expect(report.ignored.contains { if case .edgeNotTree("n1", "n2", "Seksi Kurikulum", _) = $0 { true } else { false } })
        #expect(OrgGraph.resolve(chart).graph != nil)
    }

    @Test("head posts made on import get the model's eselon (PP 18/2016 Ps 95), the one compliance checks")
    func importedEselons() throws {
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
              <key id="name" for="node" attr.name="name" attr.type="string"/>
              <graph id="G" edgedefault="directed">
                <node id="k"><data key="name">Kecamatan Utara</data></node>
                <node id="s"><data key="name">Sekretariat Kecamatan Utara</data></node>
                <node id="b"><data key="name">Subbagian Umum Kecamatan</data></node>
                <node id="r"><data key="name">RSUD Utara</data></node>
                <edge source="k" target="s"/>
                <edge source="s" target="b"/>
              </graph>
            </graphml>
            """
        let (chart, _) = try importing(xml)
        func head(_ name: String) -> Position? {
            let unit = chart.units.first { $0.name == name }
            return chart.positions.first { $0.unit == unit?.id && $0.head }
        }
        #expect(head("Sekretariat Kecamatan Utara")?.eselon == .iiiB)
        #expect(head("Subbagian Umum Kecamatan")?.eselon == .ivB)
        #expect(head("RSUD Utara")?.level == .fungsional && head("RSUD Utara")?.functionalKind == "dokter")
        let graph = try #require(OrgGraph.resolve(chart).graph)
        #expect(!ComplianceAnalysis(graph).findings.contains { $0.rule == .eselonHead || $0.rule == .additionalDuty })
    }

    @Test func cycleIsRefused() {
        let xml = """
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="directed">
            <node id="a"/><node id="b"/><edge source="a" target="b"/><edge source="b" target="a"/></graph></graphml>
            """
        guard case .cycle(let names)? = failure(xml)?.problem else { Issue.record("no cycle"); return }
        #expect(Set(names) == ["a", "b"])
    }

    @Test("an external entity is refused, not read")
    func externalEntity() {
        let xml = """
            <?xml version="1.0"?>
            <!DOCTYPE graphml [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="directed">
            <node id="a"><data key="label">&xxe;</data></node></graph></graphml>
            """
        #expect(failure(xml)?.problem == .entities)
    }

    @Test("an entity bomb is refused without being expanded")
    func entityBomb() {
        var decl = "<!ENTITY l0 \"lol\">"
        for i in 1...9 { decl += "<!ENTITY l\(i) \"" + String(repeating: "&l\(i - 1);", count: 10) + "\">" }
        let xml = "<?xml version=\"1.0\"?><!DOCTYPE graphml [\(decl)]><graphml><graph><node id=\"a\"><data key=\"k\">&l9;</data></node></graph></graphml>"
        let clock = ContinuousClock()
        var refusal: ImportFailure?
        let elapsed = clock.measure { refusal = failure(xml) }
        #expect(refusal?.problem == .entities, "\(refusal.map { "\($0)" } ?? "accepted")")
        #expect(elapsed < .seconds(10))
    }

    @Test("a DOCTYPE naming an outside DTD is not fetched, and the file still imports")
    func outsideDTD() throws {
        let xml = """
            <?xml version="1.0"?>
            <!DOCTYPE graphml SYSTEM "http://10.255.255.1/graphml.dtd">
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="directed"><node id="a"/></graph></graphml>
            """
        let (chart, _) = try importing(xml)
        #expect(chart.units.count == 1)
    }

    @Test func notXMLAndNotGraphML() {
        #expect(failure("format: ramping/1\n")?.line == 1)
        #expect({ if case .notXML? = failure("format: ramping/1\n")?.problem { true } else { false } }())
        #expect(failure("<svg xmlns='http://www.w3.org/2000/svg'/>")?.problem == .notGraphML(root: "svg"))
        #expect(failure("<graphml xmlns='http://graphml.graphdrawing.org/xmlns'></graphml>")?.problem == .noGraph)
        #expect({ if case .notXML? = failure("<graphml><graph><node id='a'></graph></graphml>")?.problem { true } else { false } }())
    }
}

@Suite("One export schema for the writers and the importer")
struct ExportSchemaTests {
    @Test("node ids read back to their kind and chart id, also ids with a colon")
    func nodeRefs() {
        for ref in [ExportSchema.NodeRef.unit("dinkes"), .post("dinkes.kadis"), .person("198204152006042003"), .competency("a:b")] {
            #expect(ExportSchema.NodeRef(id: ref.id) == ref)
        }
        #expect(ExportSchema.NodeRef(id: "dinkes") == nil)
        #expect(ExportSchema.NodeRef(id: "unit:") == nil)
        #expect(ExportSchema.NodeRef(id: "node:x") == nil)
    }

    @Test("every data key the people view writes is in the schema, for its domain")
    func keysInSchema() throws {
        let graph = sampleGraph(sampleCharts[0])
        let exported = try ExportGraph(graph, view: .people)
        let graphKeys = Set(ExportSchema.GraphKey.allCases.map(\.rawValue))
        let nodeKeys = Set(ExportSchema.NodeKey.allCases.map(\.rawValue))
        let edgeKeys = Set(ExportSchema.EdgeKey.allCases.map(\.rawValue))
        for (name, _) in exported.graphAttributes { #expect(graphKeys.contains(name), "graph data '\(name)'") }
        for n in exported.nodes {
            #expect(ExportSchema.NodeRef(id: n.id) != nil, "node id '\(n.id)'")
            for (name, _) in n.attributes { #expect(nodeKeys.contains(name), "node data '\(name)'") }
        }
        for e in exported.edges {
            #expect(ExportGraph.EdgeKind(rawValue: e.kind.rawValue) == e.kind)
            for (name, _) in e.attributes { #expect(edgeKeys.contains(name), "edge data '\(name)'") }
        }
    }

    @Test("a bad value in our own export is located at its node's line, with a domain suggestion")
    func locatedFailure() throws {
        let graph = sampleGraph(sampleCharts[0])
        var xml = GraphMLWriter.write(try ExportGraph(graph, view: .people))
        let target = try #require(xml.range(of: ">S1</data>"))
        xml.replaceSubrange(target, with: ">Sarjana</data>")
        let line = xml[..<target.lowerBound].split(separator: "\n", omittingEmptySubsequences: false).count
        do {
            _ = try ChartImporter.importGraphML(Data(xml.utf8), asOf: day)
            Issue.record("accepted")
        } catch {
            guard case .unknownValue(.node, "requires_education", "Sarjana", "S1") = error.problem else { Issue.record("\(error)"); return }
            // At the <node> element holding the value: on its line or a few lines above.
            let nodeLine = try #require(error.line)
            #expect(nodeLine <= line && nodeLine > line - 30)
        }
    }
}
