import Foundation
import Testing
import OrgExport
import OrgFiles
import OrgModel
import TestSupport

/// Issue 9: every GraphML import error names its place, FILE:LINE:COLUMN, and hostile attribute counts
/// are refused before libxml2 parses them.
@Suite("Import: every problem at its place in the GraphML")
struct ImportLocationTests {
    func failure(_ xml: String) -> ImportFailure? {
        do { _ = try ChartImporter.importGraphML(Data(xml.utf8), asOf: day); return nil } catch let f as ImportFailure { return f } catch {
            Issue.record("unexpected \(error)")
            return nil
        }
    }

    /// The tutorial's people view, as Ramping writes it.
    static let own: String = {
        guard let graph = load(smallChartYAML).graph, let exported = try? ExportGraph(graph, view: .people) else { return "" }
        return GraphMLWriter.write(exported)
    }()

    @Test("XML that is not well formed: at libxml2's line and column")
    func notWellFormed() throws {
        let xml = "<?xml version=\"1.0\"?>\n<graphml>\n  <graph>\n    <node id=a/>\n  </graph>\n</graphml>\n"
        let f = try #require(failure(xml))
        #expect(f.location?.line == 4, "\(String(describing: f.location))")
        #expect((f.location?.column ?? 0) > 1)
        #expect({ if case .notXML = f.problem { true } else { false } }())
    }

    @Test("a node with an unknown value: at the node's line and column")
    func nodeError() throws {
        let xml = Self.own.replacingFirst(">II/c<", with: ">II/z<")
        let f = try #require(failure(xml))
        let line = try #require(lineNumber(of: "<node id=\"person:198204152006042003\"", in: xml))
        #expect(f.location == ChartImporter.Location(line: line, column: 5), "\(String(describing: f.location))")
        #expect({ if case .unknownValue(.node("person:198204152006042003"), "rank", "II/z", _) = f.problem { true } else { false } }(), "\(f.problem)")
    }

    @Test("a node beyond line 65,535 is placed at its own line (libxml2's big lines)")
    func bigLines() throws {
        let padding = String(repeating: "\n", count: 70_000)
        let xml = Self.own.replacingFirst(">II/c<", with: ">II/z<")
            .replacingFirst("    <node id=\"person:198204152006042003\"", with: padding + "    <node id=\"person:198204152006042003\"")
        let f = try #require(failure(xml))
        let line = try #require(lineNumber(of: "<node id=\"person:198204152006042003\"", in: xml))
        #expect(line > 70_000)
        #expect(f.location == ChartImporter.Location(line: line, column: 5), "\(String(describing: f.location))")
    }

    @Test("several nodes on one line get their own columns; a graph-level problem is at the <graph>")
    func columnsOnOneLine() throws {
        let keys = ["format", "view", "as_of", "region", "organisation", "name"].map { "<key id=\"g_\($0)\" for=\"graph\" attr.name=\"\($0)\"/>" }.joined()
            + ["kind", "ref", "name", "competency_kind"].map { "<key id=\"n_\($0)\" for=\"node\" attr.name=\"\($0)\"/>" }.joined()
        let graphData = [("format", "ramping/1"), ("view", "people"), ("as_of", "2026-01-01"), ("region", "kabupaten"),
                         ("organisation", "kab-uji"), ("name", "Uji")].map { "<data key=\"g_\($0.0)\">\($0.1)</data>" }.joined()
        let good = "<node id=\"a\"><data key=\"n_kind\">competency</data><data key=\"n_ref\">a</data><data key=\"n_name\">A</data></node>"
        let bad = "<node id=\"b\"><data key=\"n_kind\">competency</data><data key=\"n_name\">B</data></node>"
        let xml = "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n\(keys)\n<graph edgedefault=\"directed\">\(graphData)\(good)\(bad)</graph></graphml>"
        let f = try #require(failure(xml))
        let line3 = xml.split(separator: "\n")[2]
        let column = try #require(line3.range(of: "<node id=\"b\"")).lowerBound.utf16Offset(in: line3) + 1
        #expect(f.location == ChartImporter.Location(line: 3, column: column), "\(String(describing: f.location))")
        #expect(f.problem == .missingData(place: .node(id: "b"), key: "ref"), "\(f.problem)")

        let noView = xml.replacingFirst("<data key=\"g_view\">people</data>", with: "")
        let g = try #require(failure(noView))
        #expect(g.location == ChartImporter.Location(line: 3, column: 1), "\(String(describing: g.location))")
    }

    @Test("an element with 200,000 attributes is refused at once, at its place")
    func attributeFlood() throws {
        let attributes = (0..<200_000).map { "a\($0)=\"x\"" }.joined(separator: " ")
        let xml = "<?xml version=\"1.0\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n  <graph edgedefault=\"directed\">\n    <node id=\"n\" \(attributes)/>\n  </graph>\n</graphml>\n"
        let f = try #require(failure(xml))
        #expect(f.location == ChartImporter.Location(line: 4, column: 5))
        #expect(f.problem == .tooManyAttributes(element: "node", limit: 256))
    }

    @Test("256 attributes are still read, and '=' inside values, comments and CDATA do not count")
    func attributesWithinTheLimit() throws {
        let attributes = (0..<255).map { "a\($0)=\"x=y\"" }.joined(separator: " ")
        let comment = "<!-- " + String(repeating: "a=b ", count: 400) + " -->"
        let xml = "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\(comment)<graph edgedefault=\"directed\"><node id=\"n\" \(attributes)/></graph></graphml>"
        #expect(failure(xml) == nil)
    }

    @Test("ramping import: an imported chart that fails its check points into the GraphML, and nothing is written")
    func finalCheckPointsIntoTheGraphML() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let xml = Self.own.replacingFirst(">198204152006042003<", with: ">1982041520060420XX<")
        let input = folder.appendingPathComponent("bagan.graphml").path
        let output = folder.appendingPathComponent("bagan.yaml").path
        try Data(xml.utf8).write(to: URL(fileURLWithPath: input))
        let r = try runRamping(["import", input, "-o", output, "--lang", "en"])
        #expect(r.status == 1)
        let line = try #require(lineNumber(of: "<node id=\"person:198204152006042003\"", in: xml))
        #expect(r.stderr.contains("\(input):\(line):5: error: person 1982041520060420XX: NIP"), "\(r.stderr)")
        #expect(!r.stderr.contains("bagan.yaml:"), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test("ramping import: a node error is printed as FILE:LINE:COLUMN")
    func commandPrintsThePlace() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let xml = Self.own.replacingFirst(">II/c<", with: ">II/z<")
        let input = folder.appendingPathComponent("bagan.graphml").path
        try Data(xml.utf8).write(to: URL(fileURLWithPath: input))
        let r = try runRamping(["import", input])
        #expect(r.status == 1)
        let line = try #require(lineNumber(of: "<node id=\"person:198204152006042003\"", in: xml))
        #expect(r.stderr.hasPrefix("\(input):\(line):5: error: "), "\(r.stderr)")
    }
}
