import Foundation
import Testing
import OrgExport
import OrgModel
import TestSupport

@Suite("Diff diagrams read at a glance")
struct DiffDiagramTests {
    /// The full sample with one bidang abolished (dinkes.p2p with its seksi and posts), one seksi moved
    /// from one bidang to another, and one post added.
    static let charts: (before: OrgGraph, after: OrgGraph) = {
        let before = sampleGraph("OrgCharts/kabupaten-sragen.yaml")
        var chart = before.chart
        let gone = Set(chart.units.filter { $0.id == "dinkes.p2p" || $0.parent == "dinkes.p2p" }.map(\.id))
        let goneposts = Set(chart.positions.filter { gone.contains($0.unit) }.map(\.id))
        chart.units.removeAll { gone.contains($0.id) }
        chart.positions.removeAll { goneposts.contains($0.id) }
        for i in chart.people.indices where chart.people[i].position.map(goneposts.contains) == true { chart.people[i].position = nil }
        chart.careerPaths.removeAll { goneposts.contains($0.from) || goneposts.contains($0.to) }
        for i in chart.positions.indices {
            chart.positions[i].dotted.removeAll { goneposts.contains($0) }
            if let r = chart.positions[i].reportsTo, goneposts.contains(r) { chart.positions[i].reportsTo = nil }
        }
        let moved = chart.units.firstIndex { $0.id == "dinkes.yankes.seksi-3" }!
        chart.units[moved].parent = "dinkes.sdk"
        chart.positions.append(Position(id: "dinkes.sdk.analis-baru", title: "Analis Kebijakan Ahli Muda", unit: "dinkes.sdk",
                                        level: .fungsional, jenjang: .ahliMuda, grade: 11))
        let resolved = OrgGraph.resolve(chart)
        guard let after = resolved.graph else { fatalError("\(resolved.errors)") }
        return (before, after)
    }()

    @Test("the whole-chart diff shows every abolished post, the heads of abolished units included")
    func everyAbolishedPost() throws {
        var g = try ExportGraph(Self.charts.after, view: .positions, language: .indonesian)
        g.markDifferences(from: Self.charts.before)
        let removed = Set(g.nodes.filter { $0.kind == .position && $0.diff == .removed }.map(\.id))
        let expected = Set(Self.charts.before.positions.filter { Self.charts.after.positionIndex[$0.id] == nil }.map { ExportGraph.positionID($0.id) })
        #expect(!expected.isEmpty && removed == expected)
        #expect(removed.contains(ExportGraph.positionID(Self.charts.before.positions[Self.charts.before.unitHead[Self.charts.before.unitIndex["dinkes.p2p"]!]].id)))
        // The abolished units are ghost clusters holding their posts.
        let ghost = try #require(g.nodes.first { $0.id == "unit:dinkes.p2p.seksi-1" })
        #expect(ghost.diff == .removed && ghost.kind == .unit && ghost.container == "unit:dinkes.p2p")
        // Net changes in the title.
        #expect(g.title.contains("4 unit dihapus") && g.title.contains("1 unit dipindah") && g.title.contains("1 jabatan baru"), "\(g.title)")
    }

    @Test("in the units view, a unit whose posts were converted carries the tag and their number")
    func conversionsInTheUnitsView() throws {
        let before = sampleGraph("OrgCharts/kabupaten-contoh.yaml")
        var chart = before.chart
        let converted = chart.positions.indices.filter { chart.positions[$0].level == .pengawas }
        #expect(!converted.isEmpty)
        for i in converted {
            chart.positions[i].level = .fungsional
            chart.positions[i].eselon = nil
            chart.positions[i].jenjang = .ahliMuda
            chart.positions[i].head = false
        }
        let resolved = OrgGraph.resolve(chart)
        let after = try #require(resolved.graph, "\(resolved.errors)")
        var g = try ExportGraph(after, view: .units, depth: 1, language: .indonesian)
        g.markDifferences(from: before)
        let tagged = g.nodes.filter { $0.kind == .unit && $0.diff == .converted }
        #expect(!tagged.isEmpty)
        // Each tagged perangkat daerah says how many of its posts were converted, and the counts add up.
        let units = tagged.filter { $0.id != ExportGraph.unitID(after.chart.units[after.rootUnit].id) }
        let counts = units.compactMap { n in n.diffNote.flatMap { Int($0.split(separator: " ")[0]) } }
        #expect(units.allSatisfy { n in n.label.last!.hasSuffix(", \(n.diffNote!.split(separator: " ")[0]) disetarakan") }, "\(units.map(\.label))")
        #expect(counts.count == units.count && counts.reduce(0, +) == converted.count, "\(units.map(\.diffNote))")
        // An unchanged chart tags nothing.
        var same = try ExportGraph(before, view: .units, depth: 1, language: .indonesian)
        same.markDifferences(from: before)
        #expect(!same.nodes.contains { $0.diff != .unchanged })
    }

    @Test("--unit X does not mark X as moved when it did not move; a moved unit says where it was")
    func unitScope() throws {
        var g = try ExportGraph(Self.charts.after, view: .positions, unit: "dinkes.sdk")
        g.markDifferences(from: Self.charts.before)
        #expect(g.nodes.first { $0.id == "unit:dinkes.sdk" }?.diff == .unchanged)
        let moved = try #require(g.nodes.first { $0.id == "unit:dinkes.yankes.seksi-3" })
        #expect(moved.diff == .moved)
        #expect(moved.diffNote == "dipindah dari Bidang Pelayanan dan Sumber Daya Kesehatan Dinas Kesehatan")
        var units = try ExportGraph(Self.charts.after, view: .units, unit: "dinkes.yankes")
        units.markDifferences(from: Self.charts.before)
        #expect(units.nodes.first?.diff == .unchanged)
    }

    @Test("GraphML marks added nodes 'added'")
    func graphMLAdded() throws {
        var g = try ExportGraph(Self.charts.after, view: .positions, unit: "dinkes.sdk")
        g.markDifferences(from: Self.charts.before)
        let xml = GraphMLWriter.write(g)
        let node = try #require(xml.components(separatedBy: "<node id=\"post:dinkes.sdk.analis-baru\"").dropFirst().first)
        #expect(node.components(separatedBy: "</node>")[0].contains("<data key=\"n_diff\">added</data>"))
    }

    /// WCAG contrast ratio of two #RRGGBB colours.
    static func contrast(_ a: String, _ b: String) -> Double {
        func luminance(_ hex: String) -> Double {
            let v = Int(hex.dropFirst(), radix: 16)!
            let channels: [Int] = [v >> 16, (v >> 8) & 0xFF, v & 0xFF]
            var c: [Double] = []
            for channel in channels {
                let x = Double(channel) / 255
                c.append(x <= 0.03928 ? x / 12.92 : pow((x + 0.055) / 1.055, 2.4))
            }
            let l: Double = 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2]
            return l
        }
        let (x, y) = (luminance(a), luminance(b))
        return (max(x, y) + 0.05) / (min(x, y) + 0.05)
    }

    @Test("tags in words on the boxes; removed posts dark grey at 4.5:1 or more; vacancies styled apart")
    func tagsAndContrast() throws {
        var g = try ExportGraph(Self.charts.after, view: .positions, unit: "dinkes")
        g.markDifferences(from: Self.charts.before)
        let dot = DOTWriter.write(g)
        let lines = dot.split(separator: "\n").map(String.init)
        func line(_ id: String) throws -> String { try #require(lines.first { $0.trimmingCharacters(in: .whitespaces).hasPrefix("\"\(id)\" [") }) }
        let removedID = try #require(g.nodes.first { $0.diff == .removed && $0.kind == .position }?.id)
        let removed = try line(removedID)
        #expect(removed.contains("label=\"DIHAPUS\\n"))
        let fill = try #require(removed.firstMatch(of: /fillcolor="(#[0-9A-F]{6})"/)?.output.1)
        let text = try #require(removed.firstMatch(of: /fontcolor="(#[0-9A-F]{6})"/)?.output.1)
        #expect(Self.contrast(String(fill), String(text)) >= 4.5)
        #expect(try line("post:dinkes.sdk.analis-baru").contains("label=\"BARU\\n"))
        let vacantID = try #require(g.nodes.first { $0.vacant && $0.diff == .unchanged }?.id)
        let vacant = try line(vacantID)
        #expect(vacant.contains("color=\"#C00000\"") && !vacant.contains("fillcolor=\"\(fill)\""))
        // In the BKN style too.
        let bkn = DOTWriter.write(g, options: DiagramOptions(style: .bkn))
        #expect(bkn.contains("<B>BARU</B>"))
        // English tags in English.
        var en = try ExportGraph(Self.charts.after, view: .positions, unit: "dinkes", language: .english)
        en.markDifferences(from: Self.charts.before)
        #expect(DOTWriter.write(en).contains("label=\"ABOLISHED\\n"))
    }
}
