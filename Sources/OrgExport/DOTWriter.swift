import OrgModel

/// Writes an `ExportGraph` as Graphviz DOT: units as nested clusters holding their posts (the units view
/// draws units as boxes joined by containment instead), the chain of command top-down, dotted lines and
/// career paths with `constraint=false` so that they never bend the hierarchy, and a legend.
///
/// Every id and label is quoted and escaped (backslash, quote, line breaks, `&`); tokens over 16,000
/// bytes are split with `+`. Output is deterministic: the same graph gives the same bytes.
public enum DOTWriter {
    public static func write(_ graph: ExportGraph) -> String {
        let l = graph.language
        var out = "digraph \(quote("ramping")) {\n"
        out += "  graph [rankdir=TB, newrank=true, compound=true, fontname=\"Helvetica\", fontsize=18, labelloc=t, "
        out += "label=\(quote(graph.isDiff ? graph.title + l.pick(" — perubahan", " — changes") : graph.title)), nodesep=0.25, ranksep=0.45];\n"
        out += "  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\", fontsize=10, margin=\"0.12,0.06\"];\n"
        out += "  edge [color=\"#404040\", arrowhead=none];\n"

        var children: [String: [Int]] = [:]
        var top: [Int] = []
        for (i, n) in graph.nodes.enumerated() where n.kind == .unit || n.kind == .position {
            if let c = n.container, graph.view != .units { children[c, default: []].append(i) } else { top.append(i) }
        }
        var depthOf: [String: Int] = [:]
        func node(_ n: ExportGraph.Node, indent: String) -> String {
            let s = Palette.style(for: n)
            let lines = n.kind == .unit ? n.label.flatMap { wrap($0, width: 28) } : n.label.flatMap { wrap($0, width: 40) }
            var attrs = ["label=\(quote(lines))", "fillcolor=\(quote(s.fill))", "fontcolor=\(quote(s.text))"]
            if n.kind == .unit { attrs.append("shape=box"); attrs.append("style=\"filled\"") }
            if n.vacant { attrs += ["color=\"#C00000\"", "penwidth=2", "style=\"rounded,filled,dashed\""] }
            switch n.diff {
            case .unchanged: break
            case .added: attrs += ["color=\"#00B050\"", "penwidth=3"]
            case .moved: attrs += ["color=\"#ED7D31\"", "penwidth=3"]
            case .converted: attrs += ["fillcolor=\"#E4DFEC\"", "fontcolor=\"#000000\"", "color=\"#7030A0\"", "penwidth=3", "style=\"rounded,filled,bold\""]
            case .removed: attrs += ["fillcolor=\"#F2F2F2\"", "fontcolor=\"#A6A6A6\"", "color=\"#C00000\"", "penwidth=2", "style=\"rounded,filled,dashed\""]
            }
            return "\(indent)\(quote(n.id)) [\(attrs.joined(separator: ", "))];\n"
        }
        func cluster(_ i: Int, depth: Int) -> String {
            let n = graph.nodes[i]
            let indent = String(repeating: "  ", count: depth + 1)
            let inner = children[n.id] ?? []
            var s = "\(indent)subgraph \(quote("cluster_" + n.id)) {\n"
            s += "\(indent)  label=\(quote(n.label.prefix(2).map { $0 })); style=\"rounded,filled\"; "
            let border: String
            switch n.diff {
            case .added: border = "color=\"#00B050\"; penwidth=3;"
            case .moved: border = "color=\"#ED7D31\"; penwidth=3;"
            default: border = "color=\"#7F7F7F\";"
            }
            s += "fillcolor=\(quote(depth % 2 == 0 ? "#FFF8E1" : "#FFFFFF")); \(border) fontsize=12;\n"
            var drew = false
            for c in inner {
                if graph.nodes[c].kind == .unit {
                    s += cluster(c, depth: depth + 1)
                } else {
                    s += node(graph.nodes[c], indent: indent + "  ")
                    drew = true
                }
            }
            if !drew && !inner.contains(where: { graph.nodes[$0].kind == .unit }) {
                // An empty cluster is not drawn at all: keep the unit visible.
                s += "\(indent)  \(quote(n.id)) [label=\(quote(l.pick("(tanpa jabatan)", "(no posts)"))), shape=plaintext, style=\"\"];\n"
            }
            depthOf[n.id] = depth
            return s + "\(indent)}\n"
        }
        // Units view: a unit with many children shows them in groups by kind, wrapped into rows, as the
        // structure chart of a Perda does; elsewhere a plain tree.
        var grouped: [String: [(kind: String, members: [String])]] = [:]
        if graph.view == .units {
            var childrenOf: [String: [String]] = [:]
            for e in graph.edges where e.kind == .contains { childrenOf[e.source, default: []].append(e.target) }
            let kindOf = Dictionary(graph.nodes.map { ($0.id, unitKind($0)) }, uniquingKeysWith: { a, _ in a })
            for (parent, kids) in childrenOf where kids.count > wideFanOut {
                var groups: [(kind: String, members: [String])] = []
                for kid in kids {
                    let k = kindOf[kid] ?? ""
                    if let g = groups.firstIndex(where: { $0.kind == k }) { groups[g].members.append(kid) } else { groups.append((k, [kid])) }
                }
                grouped[parent] = groups
            }
            var inGroup: Set<String> = []
            for (parent, groups) in grouped.sorted(by: { $0.key < $1.key }) {
                for (g, group) in groups.enumerated() {
                    inGroup.formUnion(group.members)
                    out += "  subgraph \(quote("cluster_\(parent):\(g)")) {\n"
                    let removed = group.members.count { id in graph.nodes.first { $0.id == id }?.diff == .removed }
                    let count = removed > 0 ? "\(group.members.count - removed), \(l.pick("\(removed) dihapus", "\(removed) abolished"))" : "\(group.members.count)"
                    out += "    label=\(quote("\(kindTitle(group.kind, l)) (\(count))")); style=\"rounded,dashed\"; color=\"#A6A6A6\"; fontsize=12;\n"
                    for id in group.members { if let n = graph.nodes.first(where: { $0.id == id }) { out += node(n, indent: "    ") } }
                    // Rows of `rowLength`, each on one rank, in chart order, each below the one before.
                    let rows = stride(from: 0, to: group.members.count, by: rowLength).map {
                        Array(group.members[$0..<min($0 + rowLength, group.members.count)])
                    }
                    for row in rows {
                        out += "    { rank=same; \(row.map(quote).joined(separator: "; ")) }\n"
                        for (a, b) in zip(row, row.dropFirst()) { out += "    \(quote(a)) -> \(quote(b)) [style=invis];\n" }
                    }
                    for (upper, lower) in zip(rows, rows.dropFirst()) {
                        out += "    \(quote(upper[0])) -> \(quote(lower[0])) [style=invis];\n"
                    }
                    out += "  }\n"
                }
            }
            for i in top where !inGroup.contains(graph.nodes[i].id) { out += node(graph.nodes[i], indent: "  ") }
        } else {
            for i in top {
                out += graph.nodes[i].kind != .unit ? node(graph.nodes[i], indent: "  ") : cluster(i, depth: 0)
            }
        }

        // A unit with many child clusters shows them in rows: an invisible edge from the deepest post of
        // cluster k − rowLength to the top post of cluster k puts the second below the first.
        if graph.view != .units {
            var layerOf: [String: Int] = [:]
            for n in graph.nodes { if case .int(let v)? = n.attributes.first(where: { $0.0 == "layer" })?.1 { layerOf[n.id] = v } }
            func posts(under id: String) -> [String] {
                (children[id] ?? []).flatMap { c -> [String] in
                    let n = graph.nodes[c]
                    return n.kind == .unit ? posts(under: n.id) : [n.id]
                }
            }
            for (_, kids) in children.sorted(by: { $0.key < $1.key }) {
                let clusters = kids.filter { graph.nodes[$0].kind == .unit }.map { graph.nodes[$0].id }
                guard clusters.count > wideFanOut else { continue }
                for (upper, lower) in zip(clusters, clusters.dropFirst(rowLength)) {
                    let a = posts(under: upper), b = posts(under: lower)
                    guard let bottom = a.max(by: { (layerOf[$0] ?? 0, $1) < (layerOf[$1] ?? 0, $0) }),
                          let top = b.min(by: { (layerOf[$0] ?? 0, $0) < (layerOf[$1] ?? 0, $1) }) else { continue }
                    out += "  \(quote(bottom)) -> \(quote(top)) [style=invis];\n"
                }
            }
        }

        // Edges after every cluster, at top level, so that none drags a node into another cluster.
        for e in graph.edges {
            let style = Palette.edge(e.kind)
            switch e.kind {
            case .contains where graph.view == .units:
                if let groups = grouped[e.source] {
                    // One line from the parent to each group's first row.
                    guard let g = groups.firstIndex(where: { $0.members.first == e.target }) else { continue }
                    out += "  \(quote(e.source)) -> \(quote(e.target)) [lhead=\(quote("cluster_\(e.source):\(g)"))];\n"
                    for extra in groups[g].members.dropFirst().prefix(rowLength - 1) {
                        out += "  \(quote(e.source)) -> \(quote(extra)) [style=invis];\n"
                    }
                } else {
                    out += "  \(quote(e.source)) -> \(quote(e.target));\n"
                }
            case .reportsTo:
                out += "  \(quote(e.target)) -> \(quote(e.source));\n"   // superior above subordinate
            case .dotted:
                out += "  \(quote(e.source)) -> \(quote(e.target)) [style=dotted, color=\(quote(style.color)), constraint=false, arrowhead=normal];\n"
            case .careerPath:
                var label = ""
                if case .double(let y)? = e.attributes.first(where: { $0.0 == "min_years" })?.1 {
                    label = ", label=\(quote(l.pick("\(formatYears(y)) th", "\(formatYears(y)) yr"))), fontsize=8, fontcolor=\(quote(style.color))"
                }
                out += "  \(quote(e.source)) -> \(quote(e.target)) [style=dashed, color=\(quote(style.color)), constraint=false, arrowhead=vee\(label)];\n"
            default:
                break
            }
        }
        out += legend(graph)
        return out + "}\n"
    }

    /// More children than this are drawn in groups by kind.
    static let wideFanOut = 10
    /// Units per row inside a group.
    static let rowLength = 5

    static func unitKind(_ n: ExportGraph.Node) -> String {
        for (k, v) in n.attributes where k == "unit_kind" { if case .string(let s) = v { return s } }
        return ""
    }

    static func kindTitle(_ kind: String, _ l: Language) -> String {
        switch UnitKind(rawValue: kind) {
        case .sekretariatDaerah: l.pick("Sekretariat Daerah", "Regional Secretariat")
        case .sekretariatDPRD: l.pick("Sekretariat DPRD", "DPRD Secretariat")
        case .inspektorat: "Inspektorat"
        case .dinas: "Dinas"
        case .badan: "Badan"
        case .kecamatan: "Kecamatan"
        case .kelurahan: "Kelurahan"
        case .upt: "UPT"
        case .satpolPP: "Satpol PP"
        case .rsud: "RSUD"
        case .stafAhli: l.pick("Staf Ahli", "Expert staff")
        case .seksi: "Seksi"
        case .bidang: "Bidang"
        case .subbagian: "Subbagian"
        case .subbidang: "Subbidang"
        default: kind
        }
    }

    /// A line broken at spaces into lines of at most about `width` characters.
    static func wrap(_ line: String, width: Int) -> [String] {
        guard line.count > width else { return [line] }
        var lines: [String] = [], current = ""
        for word in line.split(separator: " ", omittingEmptySubsequences: false) {
            if !current.isEmpty && current.count + 1 + word.count > width {
                lines.append(current)
                current = String(word)
            } else {
                current += current.isEmpty ? String(word) : " " + word
            }
        }
        lines.append(current)
        return lines
    }

    static func formatYears(_ y: Double) -> String { y == y.rounded() && abs(y) < 1e15 ? String(Int(y)) : String(y) }

    static func legend(_ graph: ExportGraph) -> String {
        let l = graph.language
        var s = "  subgraph \(quote("cluster_legend")) {\n"
        s += "    label=\(quote(l.pick("Keterangan", "Legend"))); style=\"rounded\"; color=\"#A6A6A6\"; fontsize=11;\n"
        var ids: [String] = []
        var items: [(String, String, Level?, Bool)] = []
        if graph.view == .units {
            items.append(("legend:unit", l.pick("unit organisasi", "organisational unit"), nil, false))
        } else {
            let levels = Level.allCases.filter { level in graph.nodes.contains { $0.level == level } }
            let names: [Level: (String, String)] = [
                .politik: ("jabatan politik", "political post"), .jptPratama: ("JPT pratama (eselon II)", "JPT pratama (eselon II)"),
                .administrator: ("administrator (eselon III)", "administrator (eselon III)"),
                .pengawas: ("pengawas (eselon IV)", "pengawas (eselon IV)"), .pelaksana: ("pelaksana", "pelaksana (staff)"),
                .fungsional: ("fungsional", "functional"),
            ]
            for level in levels { items.append(("legend:\(level.rawValue)", l.pick(names[level]!.0, names[level]!.1), level, false)) }
            if graph.nodes.contains(where: \.vacant) { items.append(("legend:vacant", l.pick("jabatan kosong", "vacant post"), .pelaksana, true)) }
        }
        if graph.isDiff {
            s += "    \"legend:added\" [label=\(quote(l.pick("baru", "added"))), fillcolor=\"#FFFFFF\", color=\"#00B050\", penwidth=3, fontsize=9];\n"
            s += "    \"legend:moved\" [label=\(quote(l.pick("dipindah", "moved"))), fillcolor=\"#FFFFFF\", color=\"#ED7D31\", penwidth=3, fontsize=9];\n"
            s += "    \"legend:converted\" [label=\(quote(l.pick("dialihkan ke fungsional", "converted to functional"))), fillcolor=\"#E4DFEC\", color=\"#7030A0\", penwidth=3, fontsize=9];\n"
            s += "    \"legend:removed\" [label=\(quote(l.pick("dihapus", "abolished"))), fillcolor=\"#F2F2F2\", fontcolor=\"#A6A6A6\", color=\"#C00000\", penwidth=2, style=\"rounded,filled,dashed\", fontsize=9];\n"
            ids += ["legend:added", "legend:moved", "legend:converted", "legend:removed"]
        }
        for (id, text, level, vacant) in items {
            let fill = level.map(Palette.fill) ?? Palette.unitFill
            let dark = level == .jptPratama || level == .administrator
            var attrs = "label=\(quote(text)), fillcolor=\(quote(fill)), fontcolor=\(quote(dark ? "#FFFFFF" : "#000000")), fontsize=9"
            if vacant { attrs += ", color=\"#C00000\", penwidth=2, style=\"rounded,filled,dashed\"" }
            if level == nil { attrs += ", style=\"filled\"" }
            s += "    \(quote(id)) [\(attrs)];\n"
            ids.append(id)
        }
        if graph.view != .units {
            if graph.edges.contains(where: { $0.kind == .dotted }) {
                s += "    \"legend:dotted-a\" [label=\"\", shape=point, width=0.05]; \"legend:dotted-b\" [label=\(quote(l.pick("garis koordinasi", "coordination line"))), shape=plaintext, style=\"\", fontsize=9];\n"
                s += "    \"legend:dotted-a\" -> \"legend:dotted-b\" [style=dotted, color=\"#7030A0\", arrowhead=normal, constraint=false];\n"
                ids += ["legend:dotted-a", "legend:dotted-b"]
            }
            if graph.edges.contains(where: { $0.kind == .careerPath }) {
                s += "    \"legend:career-a\" [label=\"\", shape=point, width=0.05]; \"legend:career-b\" [label=\(quote(l.pick("jalur karier", "career path"))), shape=plaintext, style=\"\", fontsize=9];\n"
                s += "    \"legend:career-a\" -> \"legend:career-b\" [style=dashed, color=\"#00B050\", arrowhead=vee, constraint=false];\n"
                ids += ["legend:career-a", "legend:career-b"]
            }
        }
        // One row of samples, left to right.
        s += "    { rank=same; \(ids.map(quote).joined(separator: "; ")) }\n"
        for (a, b) in zip(ids, ids.dropFirst()) where !(a.hasSuffix("-a") && b.hasSuffix("-b")) {
            s += "    \(quote(a)) -> \(quote(b)) [style=invis];\n"
        }
        return s + "  }\n"
    }

    /// A quoted DOT string of lines joined by `\n`.
    static func quote(_ lines: [String]) -> String {
        quoteEscaped(lines.map(escape).joined(separator: "\\n"))
    }

    /// A quoted DOT string: `\` → `\\` first, then `"` → `\"`, CR/LF/CRLF → `\n`, `&` → `&amp;`.
    public static func quote(_ text: String) -> String { quoteEscaped(escape(text)) }

    static func escape(_ text: String) -> String {
        // Most labels need nothing: found by one pass over the bytes, returned as they are.
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "&") }) {
            return text
        }
        var out = ""
        var previousCR = false
        for c in text.unicodeScalars {
            defer { previousCR = c == "\r" }
            switch c {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\r": out += "\\n"
            case "\n": if !previousCR { out += "\\n" }
            case "&": out += "&amp;"
            case _ where c.value < 0x20 && c != "\t": break
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    /// Wraps escaped text in quotes, splitting tokens longer than Graphviz accepts with `+`.
    static func quoteEscaped(_ escaped: String) -> String {
        let limit = 16_000
        guard escaped.utf8.count > limit else { return "\"\(escaped)\"" }
        var parts: [String] = []
        var current = ""
        var bytes = 0
        for ch in escaped {
            let size = String(ch).utf8.count
            // Never split inside an escape: a trailing odd run of backslashes stays with the next part.
            if bytes + size > limit, !current.hasSuffix("\\") || current.reversed().prefix(while: { $0 == "\\" }).count % 2 == 0 {
                parts.append(current)
                current = ""
                bytes = 0
            }
            current.append(ch)
            bytes += size
        }
        parts.append(current)
        return parts.map { "\"\($0)\"" }.joined(separator: " + ")
    }
}
