import Foundation
import OrgExport
import OrgModel

/// The structure diagrams a deck shows, drawn by Graphviz through OrgExport and read back as pictures.
public enum DeckDiagrams {
    /// A Graphviz (or page-fitted) SVG as a picture: its size in points and its smallest text.
    public static func picture(svg: String, description: String) -> Picture {
        func number(_ attribute: String) -> Double? {
            guard let r = svg.range(of: " \(attribute)=\"") else { return nil }
            let rest = svg[r.upperBound...]
            return Double(rest.prefix { $0.isNumber || $0 == "." })
        }
        var smallest = Double.infinity
        var search = svg.startIndex..<svg.endIndex
        while let r = svg.range(of: "font-size=\"", range: search) {
            let value = svg[r.upperBound...].prefix { $0.isNumber || $0 == "." }
            if let v = Double(value), v > 0 { smallest = min(smallest, v) }
            search = r.upperBound..<svg.endIndex
        }
        return Picture(svg: svg, description: description, smallestFont: smallest.isFinite ? smallest : 14,
                       width: number("width") ?? Deck.width, height: number("height") ?? Deck.height)
    }

    /// The perangkat daerah as boxes (the units view one level deep), with what changed against `base`.
    public static func structure(_ graph: OrgGraph, base: OrgGraph?, _ l: Language, description: String) throws -> Picture {
        var g = try ExportGraph(graph, view: .units, unit: nil, depth: 1, language: l)
        if let base { g.markDifferences(from: base) }
        let svg = try Renderer.render(dot: DOTWriter.write(g), as: .svg, date: graph.asOf)
        return picture(svg: String(decoding: svg, as: UTF8.self), description: description)
    }

    /// The peta jabatan of one perangkat daerah (its first page when it needs several).
    public static func positionMap(_ graph: OrgGraph, unit: String, base: OrgGraph?, _ l: Language, description: String) throws -> Picture {
        var g = try ExportGraph(graph, view: .positions, unit: unit, depth: nil, language: l)
        if let base { g.markDifferences(from: base) }
        let svg = try Renderer.render(dot: DOTWriter.write(g), as: .svg, date: graph.asOf)
        return picture(svg: String(decoding: svg, as: UTF8.self), description: description)
    }
}
