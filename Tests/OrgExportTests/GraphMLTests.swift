import Foundation
import Testing
import OrgExport
import OrgFiles
import OrgModel
import TestSupport

@Suite("GraphML that real tools read")
struct GraphMLTests {
    static let cases: [(String, ExportView)] = sampleCharts.flatMap { c in ExportView.allCases.map { (c, $0) } }

    @Test("every view of both samples validates against the official schema", arguments: cases)
    func schema(_ chart: String, _ view: ExportView) throws {
        let g = try ExportGraph(sampleGraph(chart), view: view)
        let path = try temporaryFile(GraphMLWriter.write(g), name: "export.graphml")
        let r = try schemaCheck(path)
        #expect(r.status == 0, "\(r.stderr.prefix(2000))")
        #expect(r.stderr.contains("validates"))
    }

    @Test("NetworkX reads every view with its counts and every attribute at its type", arguments: cases)
    func networkxReads(_ chart: String, _ view: ExportView) throws {
        let g = try ExportGraph(sampleGraph(chart), view: view)
        let path = try temporaryFile(GraphMLWriter.write(g), name: "export.graphml")
        let nx = try networkx(path)
        #expect(nx["nodes"] as? Int == g.nodes.count)
        #expect(nx["edges"] as? Int == g.edges.count)
        #expect((nx["warnings"] as? [String])?.isEmpty == true, "\(nx["warnings"] ?? "")")
        let types = try #require(nx["types"] as? [String: String])
        #expect(types["node.kind"] == "str" && types["node.label"] == "str")
        #expect(types["node.seats"] == "int" && types["node.filled"] == "int")
        if view != .units {
            #expect(types["node.head"] == "bool")
            #expect(types["node.grade"] == "int")
            #expect(types["node.load_hours"] == "float" && types["node.ej"] == "float")
            #expect(types["edge.explicit"] == "bool")
        }
        if view == .people {
            #expect(types["edge.level"] == "int")
            #expect(types["edge.min_years"] == "float")
            #expect(types["node.since"] == "str")
        }
        let graph = try #require(nx["graph"] as? [String: Any])
        #expect(graph["format"] as? String == "ramping/1")
        #expect(graph["as_of"] as? String == "2026-01-01")
    }

    @Test("the same chart gives a byte-identical file")
    func deterministic() throws {
        let graph = sampleGraph(sampleCharts[0])
        for view in ExportView.allCases {
            let a = GraphMLWriter.write(try ExportGraph(graph, view: view))
            let b = GraphMLWriter.write(try ExportGraph(graph, view: view))
            #expect(a == b)
            #expect(DOTWriter.write(try ExportGraph(graph, view: view)) == DOTWriter.write(try ExportGraph(graph, view: view)))
        }
    }

    @Test("ids are NMTOKENs derived from the chart, keys are unique and typed, Gephi's reserved ids avoided")
    func idsAndKeys() throws {
        let xml = GraphMLWriter.write(try ExportGraph(sampleGraph(sampleCharts[0]), view: .people))
        #expect(xml.contains("<node id=\"post:dpmptsp.verifikator\">"))
        #expect(xml.contains("<node id=\"person:198204152006042003\">"))
        #expect(xml.contains("<key id=\"n_seats\" for=\"node\" attr.name=\"seats\" attr.type=\"int\"/>"))
        #expect(xml.contains("<key id=\"n_label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>"))
        let keyIDs = xml.split(separator: "<key id=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
        #expect(Set(keyIDs).count == keyIDs.count)
        for reserved in ["label", "weight", "x", "y", "size", "d3", "d7", "edgelabel"] {
            #expect(!keyIDs.contains(Substring(reserved)))
        }
        // r, g, b are used for what Gephi reads them as: the node's colour (a JPT post's dark blue).
        #expect(xml.contains("<key id=\"r\" for=\"node\" attr.name=\"r\" attr.type=\"int\"/>"))
        #expect(xml.contains("<data key=\"r\">31</data>\n      <data key=\"g\">78</data>\n      <data key=\"b\">121</data>"))
    }

    @Test("--unit and --depth limit the export to one unit's subtree")
    func scope() throws {
        let graph = sampleGraph(sampleCharts[1])
        let dinas = try ExportGraph(graph, view: .positions, unit: "dpmptsp")
        #expect(dinas.nodes.allSatisfy { $0.id.hasPrefix("unit:dpmptsp") || $0.id.hasPrefix("post:dpmptsp") })
        #expect(dinas.nodes.contains { $0.id == "post:dpmptsp.kepala" })
        let shallow = try ExportGraph(graph, view: .units, unit: "dpmptsp", depth: 1)
        let deep = try ExportGraph(graph, view: .units, unit: "dpmptsp")
        #expect(shallow.nodes.count < deep.nodes.count)
        #expect(!shallow.nodes.contains { $0.id.contains(".seksi-") })
        #expect(throws: ExportError.unknownUnit("dpmpstp", suggestion: "dpmptsp")) {
            try ExportGraph(graph, view: .units, unit: "dpmpstp")
        }
    }

    @Test("the yEd flavour carries labelled, coloured shapes, and groups on request")
    func yEd() throws {
        let g = try ExportGraph(sampleGraph(sampleCharts[0]), view: .positions)
        let flat = GraphMLWriter.write(g, flavour: .yEd(groups: false))
        #expect(flat.contains("yfiles.type=\"nodegraphics\""))
        #expect(flat.components(separatedBy: "<y:ShapeNode>").count - 1 == g.nodes.count)
        #expect(flat.contains("<y:Fill color=\"#1F4E79\""))        // a JPT post in dark blue
        #expect(flat.contains("type=\"dashed\""))                   // a vacancy
        #expect(flat.contains("Verifikator Perizinan\nPelaksana · kelas 7"))
        let grouped = GraphMLWriter.write(g, flavour: .yEd(groups: true))
        #expect(grouped.contains("yfiles.foldertype=\"group\""))
        for xml in [flat, grouped] {
            let path = try temporaryFile(xml, name: "yed.graphml")
            #expect(try run("/usr/bin/xmllint", ["--noout", "--nonet", path]).status == 0)
        }
        // NetworkX reads the grouped file's nodes through yEd's group nesting.
        let path = try temporaryFile(grouped, name: "yed.graphml")
        #expect(try networkx(path)["nodes"] as? Int == g.nodes.count)
    }
}
