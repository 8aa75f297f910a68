public import OrgModel

/// Writes an `ExportGraph` as GraphML 1.0/1.1 (http://graphml.graphdrawing.org/), with libxml2.
///
/// Follows the GraphML schema: `desc`, then every `key` (each with `for`, `attr.name` and `attr.type`,
/// ids unique across the file), then one flat `graph` with `edgedefault="directed"`. Every element's
/// `kind` is a data value; lists and tables travel as JSON strings, dates as ISO-8601 strings
/// (docs/exports.md). The yEd flavour adds `y:ShapeNode`/`y:PolyLineEdge` graphics so that yEd shows
/// labelled, coloured boxes, and optionally units as collapsible groups; it uses yEd's extensions, which
/// the plain schema does not allow, so it is a separate format.
///
/// Not supported: hyperedges, ports, nested graphs outside the yEd groups.
public enum GraphMLWriter {
    public enum Flavour: Sendable { case plain, yEd(groups: Bool) }

    public static func write(_ graph: ExportGraph, flavour: Flavour = .plain) -> String {
        let yEd: Bool
        let groups: Bool
        switch flavour {
        case .plain: (yEd, groups) = (false, false)
        case .yEd(let g): (yEd, groups) = (true, g)
        }
        // Every node also carries its fill colour as Gephi's r, g, b (after its own attributes).
        let colours = graph.nodes.map(colour)
        // About 60 bytes per attribute and 80 per element: one buffer, rarely grown.
        let attributeCount = graph.nodes.reduce(0) { $0 + $1.attributes.count + 3 } + graph.edges.reduce(0) { $0 + $1.attributes.count }
        let w = XMLWriter(capacity: 1 << 16 + 60 * attributeCount + 80 * (graph.nodes.count + graph.edges.count) * (yEd ? 8 : 1))
        w.start("graphml")
        w.attribute("xmlns", "http://graphml.graphdrawing.org/xmlns")
        w.attribute("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance")
        if yEd {
            w.attribute("xmlns:y", "http://www.yworks.com/xml/graphml")
            w.attribute("xmlns:yed", "http://www.yworks.com/xml/yed/3")
            w.attribute("xsi:schemaLocation", "http://graphml.graphdrawing.org/xmlns http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd")
        } else {
            w.attribute("xsi:schemaLocation", "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.1/graphml.xsd")
        }
        w.element("desc", text: graph.title)

        // Keys: in order of first use, one per (domain, name), typed by the first value seen. A key's id is
        // a function of its domain and name, one-to-one within a domain and apart across domains, so names
        // are enough to tell keys apart. Nodes and edges mostly repeat the names of the one before: those
        // are passed over without hashing.
        var keys: [(id: String, domain: String, name: String, type: String)] = []
        func declare(_ domain: String, _ count: Int, _ attributesOf: (Int) -> [(String, AttributeValue)],
                     colour: (Int) -> (r: Int, g: Int, b: Int)? = { _ in nil }) {
            var seen: Set<String> = []
            var previous: [(String, AttributeValue)] = []
            var coloured = false
            for i in 0..<count {
                let attributes = attributesOf(i)
                for (k, (name, value)) in attributes.enumerated() {
                    if k < previous.count && previous[k].0 == name { continue }   // seen with the one before
                    if seen.insert(name).inserted { keys.append((keyID(domain, name), domain, name, value.graphMLType)) }
                }
                previous = attributes
                if !coloured, let c = colour(i) {
                    coloured = true   // declared once: every later r, g, b is already seen
                    for (name, v) in [("r", c.r), ("g", c.g), ("b", c.b)] where seen.insert(name).inserted {
                        keys.append((keyID(domain, name), domain, name, AttributeValue.int(v).graphMLType))
                    }
                }
            }
        }
        declare("graph", 1) { _ in graph.graphAttributes }
        declare("node", graph.nodes.count, { graph.nodes[$0].attributes }, colour: { colours[$0] })
        declare("edge", graph.edges.count) { graph.edges[$0].attributes }
        for k in keys {
            w.element("key", [("id", k.id), ("for", k.domain), ("attr.name", k.name), ("attr.type", k.type)])
        }
        if yEd {
            w.element("key", [("id", "ng"), ("for", "node"), ("yfiles.type", "nodegraphics")])
            w.element("key", [("id", "eg"), ("for", "edge"), ("yfiles.type", "edgegraphics")])
        }

        w.start("graph")
        w.attribute("id", "G")
        w.attribute("edgedefault", "directed")
        data(w, "g", graph.graphAttributes)

        func nodeData(_ i: Int) {
            data(w, "n", graph.nodes[i].attributes)
            if let c = colours[i] {
                colourData(w, "r", c.r)
                colourData(w, "g", c.g)
                colourData(w, "b", c.b)
            }
        }
        if groups {
            // Units as yEd group nodes, each holding its child units and posts; every edge at top level.
            var children: [String: [Int]] = [:]
            var top: [Int] = []
            for (i, n) in graph.nodes.enumerated() {
                if let c = n.container { children[c, default: []].append(i) } else { top.append(i) }
            }
            func writeNode(_ i: Int) {
                let n = graph.nodes[i]
                let inner = children[n.id] ?? []
                w.start("node")
                w.attribute("id", n.id)
                if n.kind == .unit && !inner.isEmpty { w.attribute("yfiles.foldertype", "group") }
                nodeData(i)
                if n.kind == .unit && !inner.isEmpty {
                    groupGraphics(w, n, graph.language)
                    w.start("graph")
                    w.attribute("id", n.id + ":")
                    w.attribute("edgedefault", "directed")
                    for c in inner { writeNode(c) }
                    w.end()
                } else {
                    nodeGraphics(w, n)
                }
                w.end()
            }
            for i in top { writeNode(i) }
        } else {
            for i in graph.nodes.indices {
                w.start("node")
                w.attribute("id", graph.nodes[i].id)
                nodeData(i)
                if yEd { nodeGraphics(w, graph.nodes[i]) }
                w.end()
            }
        }
        for i in graph.edges.indices {
            // In yEd's group view, containment is shown by the groups themselves.
            let kind = graph.edges[i].kind
            if groups && (kind == .contains || kind == .belongsTo) { continue }
            w.start("edge")
            w.attribute("id", "e", i)
            w.attribute("source", graph.edges[i].source)
            w.attribute("target", graph.edges[i].target)
            data(w, "e", graph.edges[i].attributes)
            if yEd { edgeGraphics(w, graph.edges[i]) }
            w.end()
        }
        w.end()   // graph
        w.end()   // graphml
        return w.finish()
    }

    /// A node's fill as Gephi's red, green and blue (0–255), when the fill is `#RRGGBB`.
    static func colour(_ n: ExportGraph.Node) -> (r: Int, g: Int, b: Int)? {
        let hex = Palette.style(for: n).fill.dropFirst()
        guard hex.count == 6, let v = Int(hex, radix: 16) else { return nil }
        return (v >> 16, (v >> 8) & 0xFF, v & 0xFF)
    }

    /// `<data key="…">value</data>` for each attribute, written straight into the buffer: the key's id
    /// (`keyID`) and the value (`text`) without a string of their own.
    static func data(_ w: XMLWriter, _ prefix: StaticString, _ attributes: [(String, AttributeValue)]) {
        let nodes = prefix.utf8Start.pointee == UInt8(ascii: "n")
        for (name, value) in attributes {
            w.leafOpen("data")
            w.bytes(" key=\"")
            if nodes && (name == "r" || name == "g" || name == "b") {
                w.escaped(name, attribute: true)
            } else {
                w.byte(prefix.utf8Start.pointee)
                w.byte(UInt8(ascii: "_"))
                w.escaped(name, attribute: true)
            }
            w.bytes("\">")
            switch value {
            case .string(let s): w.escaped(s, attribute: false)
            case .int(let i): w.decimal(i)
            case .double(let d):
                if d == d.rounded() && abs(d) < 1e15 {
                    w.decimal(Int(d))
                    w.bytes(".0")
                } else {
                    w.escaped(String(d), attribute: false)
                }
            case .bool(let b): if b { w.bytes("true") } else { w.bytes("false") }
            }
            w.bytes("</data>")
            w.leafClose()
        }
    }

    /// A node's colour component (`r`, `g` or `b`) as Gephi reads it.
    static func colourData(_ w: XMLWriter, _ key: StaticString, _ v: Int) {
        w.leafOpen("data")
        w.bytes(" key=\"")
        w.bytes(key)
        w.bytes("\">")
        w.decimal(v)
        w.bytes("</data>")
        w.leafClose()
    }

    /// `n_title`, `e_kind`, `g_as_of`; node colours keep Gephi's own ids `r`, `g`, `b`, which is how
    /// Gephi reads a node's colour.
    static func keyID(_ domain: String, _ name: String) -> String {
        domain.hasPrefix("n") && (name == "r" || name == "g" || name == "b") ? name : domain.prefix(1) + "_" + name
    }

    static func size(_ lines: [String]) -> (Double, Double) {
        let longest = lines.map(\.count).max() ?? 10
        return (Double(max(80, min(320, longest * 7 + 20))), Double(lines.count * 16 + 14))
    }

    static func nodeGraphics(_ w: XMLWriter, _ n: ExportGraph.Node) {
        let style = Palette.style(for: n)
        let (width, height) = size(n.label)
        w.start("data")
        w.attribute("key", "ng")
        w.start("y:ShapeNode")
        w.element("y:Geometry", [("height", String(height)), ("width", String(width)), ("x", "0.0"), ("y", "0.0")])
        w.element("y:Fill", [("color", style.fill), ("transparent", "false")])
        w.element("y:BorderStyle", [("color", style.border), ("type", n.vacant ? "dashed" : "line"), ("width", n.vacant ? "2.0" : "1.0")])
        w.element("y:NodeLabel", [("alignment", "center"), ("autoSizePolicy", "content"), ("fontFamily", "Dialog"), ("fontSize", "12"),
                                  ("modelName", "internal"), ("modelPosition", "c"), ("textColor", style.text)],
                  text: n.label.joined(separator: "\n"))
        w.element("y:Shape", [("type", n.kind == .unit ? "rectangle" : n.kind == .person ? "ellipse" : "roundrectangle")])
        w.end()
        w.end()
    }

    static func groupGraphics(_ w: XMLWriter, _ n: ExportGraph.Node, _ l: Language) {
        w.start("data")
        w.attribute("key", "ng")
        w.start("y:ProxyAutoBoundsNode")
        w.start("y:Realizers")
        w.attribute("active", "0")
        for closed in [false, true] {
            w.start("y:GroupNode")
            w.element("y:Geometry", [("height", "80.0"), ("width", "240.0"), ("x", "0.0"), ("y", "0.0")])
            w.element("y:Fill", [("color", Palette.unitFill), ("transparent", "false")])
            w.element("y:BorderStyle", [("color", "#7F7F7F"), ("type", "line"), ("width", "1.0")])
            w.element("y:NodeLabel", [("alignment", "left"), ("autoSizePolicy", "node_width"), ("backgroundColor", "#EBEBEB"),
                                      ("fontFamily", "Dialog"), ("fontSize", "13"), ("fontStyle", "bold"),
                                      ("modelName", "internal"), ("modelPosition", "t")],
                      text: n.label.joined(separator: " "))
            w.element("y:Shape", [("type", "roundrectangle")])
            w.element("y:State", [("closed", closed ? "true" : "false"), ("innerGraphDisplayEnabled", "false")])
            w.end()
        }
        w.end()
        w.end()
        w.end()
    }

    static func edgeGraphics(_ w: XMLWriter, _ e: ExportGraph.Edge) {
        let style = Palette.edge(e.kind)
        w.start("data")
        w.attribute("key", "eg")
        w.start("y:PolyLineEdge")
        w.element("y:LineStyle", [("color", style.color), ("type", style.yEdLine), ("width", "1.0")])
        w.element("y:Arrows", [("source", "none"), ("target", e.kind == .contains || e.kind == .reportsTo ? "none" : "standard")])
        w.end()
        w.end()
    }
}

/// The one small palette of every diagram: colour by level, units pale, vacancies with a red dashed border.
public enum Palette {
    public struct Style: Sendable { public let fill: String, border: String, text: String }

    public static let unitFill = "#FFF8E1"

    public static func fill(_ level: Level) -> String {
        switch level {
        case .politik: "#D9D9D9"
        case .jptPratama: "#1F4E79"
        case .administrator: "#2E75B6"
        case .pengawas: "#9DC3E6"
        case .pelaksana: "#C5E0B4"
        case .fungsional: "#F8CBAD"
        }
    }

    public static func style(for n: ExportGraph.Node) -> Style { style(kind: n.kind, level: n.level, vacant: n.vacant) }

    public static func style(kind: ExportGraph.NodeKind, level: Level?, vacant: Bool) -> Style {
        switch kind {
        case .unit: return Style(fill: unitFill, border: "#7F7F7F", text: "#000000")
        case .person: return Style(fill: "#FFFFFF", border: "#595959", text: "#000000")
        case .competency: return Style(fill: "#E2EFDA", border: "#548235", text: "#000000")
        case .position:
            let level = level ?? .pelaksana
            let dark = level == .jptPratama || level == .administrator
            return Style(fill: fill(level), border: vacant ? "#C00000" : "#404040", text: dark ? "#FFFFFF" : "#000000")
        }
    }

    public struct EdgeStyle: Sendable { public let color: String, dot: String, yEdLine: String }

    public static func edge(_ kind: ExportGraph.EdgeKind) -> EdgeStyle {
        switch kind {
        case .contains, .belongsTo: EdgeStyle(color: "#A6A6A6", dot: "solid", yEdLine: "line")
        case .reportsTo: EdgeStyle(color: "#404040", dot: "solid", yEdLine: "line")
        case .dotted: EdgeStyle(color: "#7030A0", dot: "dotted", yEdLine: "dotted")
        case .careerPath: EdgeStyle(color: "#00B050", dot: "dashed", yEdLine: "dashed")
        case .holds: EdgeStyle(color: "#595959", dot: "solid", yEdLine: "line")
        case .requires, .has: EdgeStyle(color: "#BFBFBF", dot: "dashed", yEdLine: "dashed")
        }
    }
}
