import OrgModel

/// How the boxes of a diagram look.
public enum DiagramStyle: String, Sendable, CaseIterable {
    /// Boxes coloured by level, with eselon or jenjang, kelas and people in post.
    case standard
    /// The BKN peta jabatan box: nama jabatan, kelas jabatan and three cells B | K | ± (bezetting,
    /// kebutuhan, B − K), ± coloured for a surplus or a shortage.
    case bkn
    /// The bagan attached to a Perda/Perbup (units view): black and white, names in capitals, the
    /// bupati/wali kota and wakil at the top with the DPRD on a coordination line.
    case perbup
}

/// What a diagram draws besides the graph itself.
public struct DiagramOptions: Sendable {
    public var style: DiagramStyle
    /// Holders' names in the boxes (personal data: off unless asked).
    public var showNames: Bool
    /// Drawn for a page: no title nor legend inside the drawing (the page draws them), and many boxes
    /// under one head stacked in a grid aiming at `aspect`.
    public var forPage: Bool
    /// Width ÷ height of the space the drawing goes into.
    public var aspect: Double
    /// Rows added to (or taken from) the estimated best number of rows of the units view's groups: a
    /// page tries a few and keeps the drawing that comes out largest.
    public var rowBias = 0
    /// Units drawn as one box (an overview's summaries) in the plain style even in the BKN style: more
    /// of them fit a page.
    public var compactSummaries = false
    /// The size of the largest child unit, when known: how many fit in a row.
    public var clusterWidth: Double?
    public var clusterHeight: Double?

    public init(style: DiagramStyle = .standard, showNames: Bool = false, forPage: Bool = false, aspect: Double = 16.0 / 9) {
        self.style = style
        self.showNames = showNames
        self.forPage = forPage
        self.aspect = aspect
    }
}

/// Writes an `ExportGraph` as Graphviz DOT: units as nested clusters holding their posts (the units view
/// draws units as boxes joined by containment instead), the chain of command top-down, dotted lines and
/// career paths with `constraint=false` so that they never bend the hierarchy, and a legend.
///
/// Every id and label is quoted and escaped (backslash, quote, line breaks, `&`); tokens over 16,000
/// bytes are split with `+`. Output is deterministic: the same graph gives the same bytes.
public enum DOTWriter {
    /// The text size of the boxes, in points; cluster titles are one point larger. A page measures
    /// the drawing's smallest text against this.
    public static let bodyFontSize = 10.0

    public static func write(_ graph: ExportGraph) -> String { write(graph, options: DiagramOptions()) }

    /// - Complexity: O(bytes written + n log n) for n boxes and lines: each box and line is written once;
    ///   sorting is left to the few units whose many child units are laid out in rows, and to page grids.
    public static func write(_ graph: ExportGraph, options: DiagramOptions) -> String {
        // Boxes and lines are read in place through buffers: an element of an array read as a value is
        // copied whole, retaining and releasing each of its fields.
        graph.nodes.withUnsafeBufferPointer { nodes in
            graph.edges.withUnsafeBufferPointer { edges in write(graph, nodes: nodes, edges: edges, options: options) }
        }
    }

    private static func write(_ graph: ExportGraph, nodes: UnsafeBufferPointer<ExportGraph.Node>,
                              edges: UnsafeBufferPointer<ExportGraph.Edge>, options: DiagramOptions) -> String {
        let l = graph.language
        let perbup = options.style == .perbup
        // One growing byte buffer: the boxes and edges (nearly all of the text) are written into it
        // directly, the rest appended as strings.
        var out = DOTText(capacity: 4096 + 300 * nodes.count + 60 * edges.count)
        out += "digraph \(quote("ramping")) {\n"
        out += "  graph [rankdir=TB, newrank=true, compound=true, fontname=\"Helvetica\", fontsize=18, labelloc=t, "
        if !options.forPage {
            out += "label=\(quote(graph.isDiff ? graph.title + l.pick(" — perubahan", " — changes") : graph.title)), "
        }
        out += !options.forPage ? "nodesep=0.25, ranksep=0.45];\n" : graph.view == .units ? "nodesep=0.15, ranksep=0.22, pad=0.05];\n" : "nodesep=0.18, ranksep=0.3, pad=0.05];\n"
        out += "  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\", fontsize=\(format(bodyFontSize)), margin=\(quote(options.forPage && graph.view == .units ? "0.06,0.03" : "0.10,0.05"))];\n"
        out += "  edge [color=\(quote(perbup ? "#000000" : "#404040")), arrowhead=none];\n"

        // The boxes drawn inside each unit, by the unit's index: one dictionary lookup per box, none per
        // cluster. `owner[u]` is the first unit with u's id (ids are unique; were they not, each would hold
        // the boxes, as a dictionary by id gives). Boxes whose unit is not drawn are kept by id, `elsewhere`.
        var children = [[Int]](repeating: [], count: nodes.count)
        var owner = [Int](repeating: -1, count: nodes.count)
        var elsewhere: [String: [Int]] = [:]
        var top: [Int] = []
        if graph.view != .units {
            var unitIndex: [String: Int] = [:]
            for i in nodes.indices where nodes[i].kind == .unit {
                if let first = unitIndex[nodes[i].id] { owner[i] = first } else { unitIndex[nodes[i].id] = i; owner[i] = i }
            }
            for i in nodes.indices where nodes[i].kind == .unit || nodes[i].kind == .position {
                guard let c = nodes[i].container else { top.append(i); continue }
                if let u = unitIndex[c] { children[u].append(i) } else { elsewhere[c, default: []].append(i) }
            }
        } else {
            top = nodes.indices.filter { nodes[$0].kind == .unit || nodes[$0].kind == .position }
        }
        var nodeIndex: [String: Int]?   // built when first needed (grids, the units view)
        func index(_ id: String) -> Int? {
            if nodeIndex == nil { nodeIndex = Dictionary(nodes.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a }) }
            return nodeIndex![id]
        }

        // Grids: on a page, the boxes under one head in one unit that head nobody themselves (the staff
        // of a seksi, 25 puskesmas on an overview) are stacked in rows, not drawn as one long row.
        var grid: [String: (key: String, rows: [[String]])] = [:]   // member id → its grid
        var gridsIn: [String: [(key: String, superior: String?, rows: [[String]])]] = [:]   // container → grids
        if options.forPage && graph.view != .units {
            var superiorOf: [String: String] = [:], heads: Set<String> = []
            for e in edges where e.kind == .reportsTo { superiorOf[e.source] = e.target; heads.insert(e.target) }
            var groups: [String: [String]] = [:], order: [String] = []
            for n in nodes where (n.kind == .position || n.isSummary) && !heads.contains(n.id) {
                guard let c = n.container else { continue }
                let key = "\(c)|\(superiorOf[n.id] ?? "")"
                if groups[key] == nil { order.append(key) }
                groups[key, default: []].append(n.id)
            }
            for key in order {
                let members = groups[key]!
                guard members.count >= gridMinimum else { continue }
                let parts = key.split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false)
                let box = options.style == .bkn ? (w: 150.0, h: 90.0) : (w: 170.0, h: 55.0)
                let columns = gridColumns(members.count, aspect: options.aspect, boxWidth: box.w, boxHeight: box.h)
                let rows = stride(from: 0, to: members.count, by: columns).map { Array(members[$0..<min($0 + columns, members.count)]) }
                let gridKey = "grid:\(key)"
                for m in members { grid[m] = (gridKey, rows) }
                gridsIn[String(parts[0]), default: []].append((gridKey, parts[1].isEmpty ? nil : String(parts[1]), rows))
            }
        }

        func node(_ i: Int, indent: Int) {
            writeNode(nodes.baseAddress! + i, indent: indent, graph: graph, options: options, into: &out)
        }
        func gridCluster(_ g: (key: String, superior: String?, rows: [[String]]), indent: String) {
            out += "\(indent)subgraph \(quote("cluster_" + g.key)) {\n"
            out += "\(indent)  label=\"\"; style=\"rounded\"; color=\(quote(perbup ? "#000000" : "#BFBFBF")); margin=6;\n"
            let inner = indent + "  "
            for row in g.rows {
                for id in row { if let i = index(id) { node(i, indent: inner.utf8.count) } }
                out += "\(indent)  { rank=same; \(row.map(quote).joined(separator: "; ")) }\n"
                for (a, b) in zip(row, row.dropFirst()) { out += "\(indent)  \(quote(a)) -> \(quote(b)) [style=invis];\n" }
            }
            for (upper, lower) in zip(g.rows, g.rows.dropFirst()) {
                for (a, b) in zip(upper, lower) { out += "\(indent)  \(quote(a)) -> \(quote(b)) [style=invis];\n" }
            }
            out += "\(indent)}\n"
        }
        var anchors: [String: [String]] = [:]   // a unit without posts → its child units, in order
        let clusterFontSize = format(bodyFontSize + 1)
        func cluster(_ i: Int, depth: Int) {
            let indent = 2 * (depth + 1), id = nodes[i].id, diff = nodes[i].diff
            out.spaces(indent)
            out.add("subgraph ")
            out.quoted("cluster_", id)
            out.add(" {\n")
            out.spaces(indent + 2)
            out.add("label=")
            if let tag = diffTag(diff, l) {
                let title = [tag] + nodes[i].label.prefix(2)
                out.quoted(lines: perbup ? title.map { $0.uppercased() } : title)
            } else if perbup {
                out.quoted(lines: nodes[i].label.prefix(2).map { $0.uppercased() })
            } else {
                out.quoted(lines: nodes[i].label.prefix(2))
            }
            out.add("; style=\"rounded,filled\"; fillcolor=\"")
            out.add(diff == .removed ? "#D9D9D9" : perbup ? "#FFFFFF" : depth % 2 == 0 ? "#FFF8E1" : "#FFFFFF")
            switch diff {
            case .added: out.add("\"; color=\"#00B050\"; penwidth=3; fontsize=")
            case .moved: out.add("\"; color=\"#ED7D31\"; penwidth=3; fontsize=")
            case .removed: out.add("\"; color=\"#000000\"; penwidth=2; style=\"rounded,filled,dashed\"; fontsize=")
            default: out.add("\"; color=\"#7F7F7F\"; fontsize=")
            }
            out += clusterFontSize
            out.add(";\n")
            var drew = false, subclusters = 0, units = 0
            for c in children[owner[i]] {
                if nodes[c].kind == .unit { units += 1 }
                if nodes[c].kind == .unit && !nodes[c].isSummary {
                    cluster(c, depth: depth + 1)
                    subclusters += 1
                } else {
                    if grid.isEmpty || grid[nodes[c].id] == nil { node(c, indent: indent + 2) }
                    drew = true
                }
            }
            if !gridsIn.isEmpty, let grids = gridsIn[id] {
                let innerIndent = String(repeating: " ", count: indent + 2)
                for g in grids { gridCluster(g, indent: innerIndent) }
            }
            // Child units side by side in chart order when nothing above them orders them (a packed page).
            if options.forPage && !drew && subclusters > 1 {
                out.spaces(indent + 2)
                out += "\(quote("anchor:" + id)) [shape=point, style=invis, width=0, height=0, label=\"\", ordering=out];\n"
                anchors[id] = children[owner[i]].filter { nodes[$0].kind == .unit && !nodes[$0].isSummary }.map { nodes[$0].id }
            }
            if !drew && units == 0 {
                // An empty cluster is not drawn at all: keep the unit visible.
                out.spaces(indent + 2)
                out += "\(quote(id)) [label=\(quote(l.pick("(tanpa jabatan)", "(no posts)"))), shape=plaintext, style=\"\"];\n"
            }
            out.spaces(indent)
            out.add("}\n")
        }
        // Units view: a unit with many children shows them in groups by kind, wrapped into rows, as the
        // structure chart of a Perda does; elsewhere a plain tree.
        var grouped: [String: [(kind: String, members: [String])]] = [:]
        var firstRowLength: [String: Int] = [:]   // by a group's first member
        var stafAhli: String?
        if graph.view == .units {
            var childrenOf: [String: [String]] = [:]
            for e in edges where e.kind == .contains { childrenOf[e.source, default: []].append(e.target) }
            let kindOf = Dictionary(nodes.map { ($0.id, unitKind($0)) }, uniquingKeysWith: { a, _ in a })
            if perbup, let root = nodes.first(where: { unitKind($0) == UnitKind.pemda.rawValue }) {
                stafAhli = childrenOf[root.id]?.first { kindOf[$0] == UnitKind.stafAhli.rawValue }
            }
            for (parent, kids) in childrenOf {
                let kids = kids.filter { $0 != stafAhli }
                guard kids.count > wideFanOut || (options.forPage && kids.count >= gridMinimum) else { continue }
                var groups: [(kind: String, members: [String])] = []
                for kid in kids {
                    let k = kindOf[kid] ?? ""
                    if let g = groups.firstIndex(where: { $0.kind == k }) { groups[g].members.append(kid) } else { groups.append((k, [kid])) }
                }
                if options.forPage {
                    // Kinds with one unit each (Inspektorat, Satpol PP, RSUD) share one group.
                    let single = groups.filter { $0.members.count == 1 }
                    if single.count > 1 {
                        groups = [("", single.flatMap(\.members))] + groups.filter { $0.members.count > 1 }
                    }
                }
                grouped[parent] = groups
            }
            var inGroup: Set<String> = []
            for (parent, groups) in grouped.sorted(by: { $0.key < $1.key }) {
                // On a page, every group has the same number of rows, chosen so that the whole comes
                // nearest the page's shape; the groups stand side by side, first rows on one rank.
                let rowCount = options.forPage
                    ? min(max(1, bestRowCount(groups.map(\.members.count), aspect: options.aspect) + options.rowBias), groups.map(\.members.count).max() ?? 1)
                    : 0
                var firstRows: [String] = []
                for (g, group) in groups.enumerated() {
                    inGroup.formUnion(group.members)
                    out += "  subgraph \(quote("cluster_\(parent):\(g)")) {\n"
                    let removed = group.members.count { id in index(id).map { nodes[$0].diff == .removed } ?? false }
                    let count = removed > 0 ? "\(group.members.count - removed), \(l.pick("\(removed) dihapus", "\(removed) abolished"))" : "\(group.members.count)"
                    let groupTitle = group.kind.isEmpty ? "" : perbup ? kindTitle(group.kind, l).uppercased() : "\(kindTitle(group.kind, l)) (\(count))"
                    out += "    label=\(quote(groupTitle)); style=\"rounded,dashed\"; color=\(quote(perbup ? "#000000" : "#A6A6A6")); fontsize=\(format(bodyFontSize + 1));\n"
                    for id in group.members { if let i = index(id) { node(i, indent: 4) } }
                    // Rows in chart order, each on one rank, each below the one before.
                    let length = options.forPage ? max(1, (group.members.count + rowCount - 1) / rowCount) : rowLength
                    firstRowLength[group.members[0]] = length
                    let rows = stride(from: 0, to: group.members.count, by: length).map {
                        Array(group.members[$0..<min($0 + length, group.members.count)])
                    }
                    for row in rows {
                        out += "    { rank=same; \(row.map(quote).joined(separator: "; ")) }\n"
                        for (a, b) in zip(row, row.dropFirst()) { out += "    \(quote(a)) -> \(quote(b)) [style=invis];\n" }
                    }
                    for (upper, lower) in zip(rows, rows.dropFirst()) {
                        for (a, b) in zip(upper, lower) { out += "    \(quote(a)) -> \(quote(b)) [style=invis];\n" }
                    }
                    out += "  }\n"
                    firstRows += rows.first ?? []
                }
                if options.forPage && groups.count > 1 {
                    out += "  { rank=same; \(firstRows.map(quote).joined(separator: "; ")) }\n"
                }
            }
            for i in top where !inGroup.contains(nodes[i].id) { node(i, indent: 2) }
        } else {
            for i in top {
                if nodes[i].kind != .unit || nodes[i].isSummary { node(i, indent: 2) } else { cluster(i, depth: 0) }
            }
        }
        if perbup && graph.view == .units { out += perbupFrame(graph, stafAhli: stafAhli, grouped: grouped) }

        // A unit with many child clusters shows them in rows: an invisible edge from the deepest post of
        // cluster k − rowLength to the top post of cluster k puts the second below the first.
        if graph.view != .units {
            func isCluster(_ c: Int) -> Bool { nodes[c].kind == .unit && !nodes[c].isSummary }
            func perRow(_ clusters: Int) -> Int {
                options.forPage
                    ? max(options.clusterWidth == nil ? 3 : 1, gridColumns(clusters, aspect: options.aspect, boxWidth: options.clusterWidth ?? 340, boxHeight: options.clusterHeight ?? 300))
                    : rowLength
            }
            // The units with that many child clusters (few), in the order of their ids.
            var wide: [(id: String, clusters: [Int])] = []
            func consider(_ id: String, _ kids: [Int]) {
                let count = kids.count(where: isCluster)
                guard count > (options.forPage ? perRow(count) : wideFanOut) else { return }
                wide.append((id, kids.filter(isCluster)))
            }
            for u in nodes.indices where owner[u] == u && !children[u].isEmpty { consider(nodes[u].id, children[u]) }
            for (id, kids) in elsewhere { consider(id, kids) }
            wide.sort { $0.id < $1.id }
            func layer(_ c: Int) -> Int {
                // The first attribute named `layer`, read in place.
                nodes[c].attributes.withUnsafeBufferPointer { attributes in
                    for k in attributes.indices where attributes[k].0 == "layer" {
                        if case .int(let v) = attributes[k].1 { return v } else { return 0 }
                    }
                    return 0
                }
            }
            // The deepest post under a cluster (the greater layer, then the lesser id: the order `max(by:)`
            // kept before) and its top post (the lesser layer, then the lesser id), found in one walk.
            func extremes(_ u: Int) -> (bottom: Int, top: Int)? {
                var bottom = -1, top = -1, bottomLayer = 0, topLayer = 0
                func walk(_ u: Int) {
                    for c in children[owner[u]] {
                        if isCluster(c) { walk(c); continue }
                        let layer = layer(c)
                        if bottom < 0 {
                            (bottom, top, bottomLayer, topLayer) = (c, c, layer, layer)
                            continue
                        }
                        if (bottomLayer, nodes[c].id) < (layer, nodes[bottom].id) { (bottom, bottomLayer) = (c, layer) }
                        if (layer, nodes[c].id) < (topLayer, nodes[top].id) { (top, topLayer) = (c, layer) }
                    }
                }
                walk(u)
                return bottom < 0 ? nil : (bottom, top)
            }
            for (_, clusters) in wide {
                let perRow = perRow(clusters.count)
                let ends = clusters.map(extremes)
                // The deepest post of cluster k − perRow and the top post of cluster k.
                for k in perRow..<max(perRow, clusters.count) {
                    guard let bottom = ends[k - perRow]?.bottom, let top = ends[k]?.top else { continue }
                    out.arrow(nodes[bottom].id, nodes[top].id)
                    out.add(" [style=invis];\n")
                }
            }
        }

        // Edges after every cluster, at top level, so that none drags a node into another cluster.
        var gridLinked: Set<String> = []
        for k in edges.indices {
            let kind = edges[k].kind
            // Only the rarer edges need the whole record.
            if kind == .reportsTo && grid.isEmpty {
                out.arrow(edges[k].target, edges[k].source)   // superior above subordinate
                out.add(";\n")
                continue
            }
            if kind != .dotted && kind != .careerPath && !(kind == .contains && graph.view == .units) && kind != .reportsTo { continue }
            let e = edges[k]
            let style = Palette.edge(e.kind)
            switch e.kind {
            case .contains where graph.view == .units:
                if e.target == stafAhli { continue }   // drawn by the Perbup frame
                if let groups = grouped[e.source] {
                    // One line from the parent to each group's first row.
                    guard let g = groups.firstIndex(where: { $0.members.first == e.target }) else { continue }
                    out += "  \(quote(e.source)) -> \(quote(e.target)) [lhead=\(quote("cluster_\(e.source):\(g)"))];\n"
                    let length = firstRowLength[e.target] ?? rowLength
                    for extra in groups[g].members.dropFirst().prefix(length - 1) {
                        out += "  \(quote(e.source)) -> \(quote(extra)) [style=invis];\n"
                    }
                } else {
                    out.arrow(e.source, e.target)
                    out.add(";\n")
                }
            case .reportsTo:
                if let g = grid[e.source] {
                    // One line from the head to the grid; the first row hangs below the head.
                    guard g.rows.first?.contains(e.source) == true else { continue }
                    if !gridLinked.contains(g.key) {
                        gridLinked.insert(g.key)
                        let first = g.rows[0][g.rows[0].count / 2]
                        out += "  \(quote(e.target)) -> \(quote(first)) [lhead=\(quote("cluster_" + g.key))];\n"
                    }
                    out += "  \(quote(e.target)) -> \(quote(e.source)) [style=invis];\n"
                } else {
                    out.arrow(e.target, e.source)   // superior above subordinate
                    out.add(";\n")
                }
            case .dotted:
                out.arrow(e.source, e.target)
                out.add(" [style=dotted, color=")
                out.quoted(style.color)
                out.add(", constraint=false, arrowhead=normal];\n")
            case .careerPath:
                var label = ""
                if case .double(let y)? = e.attributes.first(where: { $0.0 == "min_years" })?.1 {
                    label = ", label=\(quote(l.pick("\(formatYears(y)) th", "\(formatYears(y)) yr"))), fontsize=\(format(bodyFontSize)), fontcolor=\(quote(style.color))"
                }
                out.arrow(e.source, e.target)
                out.add(" [style=dashed, color=")
                out.quoted(style.color)
                out.add(", constraint=false, arrowhead=vee")
                out += label
                out.add("];\n")
            default:
                break
            }
        }
        // Anchors: an invisible point above child units, with edges to each one's top post in order.
        for (unit, kids) in anchors.sorted(by: { $0.key < $1.key }) {
            let perRow = max(1, gridColumns(kids.count, aspect: options.aspect, boxWidth: options.clusterWidth ?? 340, boxHeight: options.clusterHeight ?? 300))
            for kid in kids.prefix(perRow) {
                let top = nodes.filter { $0.container == kid && $0.kind == .position }
                    .min { (number($0, "layer") ?? 99, $0.id) < (number($1, "layer") ?? 99, $1.id) }
                if let top { out += "  \(quote("anchor:" + unit)) -> \(quote(top.id)) [style=invis];\n" }
            }
        }
        // A grid with no head in the drawing (ghosts of abolished posts) still hangs below its unit's head.
        for (container, grids) in gridsIn.sorted(by: { $0.key < $1.key }) {
            for g in grids where g.superior == nil {
                let head = nodes.first { n in n.container == container && n.kind == .position && n.diff != .removed
                    && n.attributes.contains { $0.0 == "head" && $0.1 == .bool(true) } }
                if let head, let first = g.rows.first?.first { out += "  \(quote(head.id)) -> \(quote(first)) [style=invis];\n" }
            }
        }
        if !options.forPage { out += legend(graph, options) }
        out.add("}\n")
        return out.text
    }

    /// More children than this are drawn in groups by kind.
    static let wideFanOut = 10
    /// Units per row inside a group.
    static let rowLength = 5
    /// On a page, this many boxes under one head or more are stacked in a grid.
    static let gridMinimum = 4

    /// The number of rows for groups of `counts` boxes side by side (each group `ceil(count / rows)`
    /// columns) that lets the whole be drawn largest in a space of shape `aspect`.
    static func bestRowCount(_ counts: [Int], aspect: Double, boxWidth: Double = 185, boxHeight: Double = 62) -> Int {
        var best = 1, bestScale = 0.0
        for rows in 1...max(1, counts.max() ?? 1) {
            let columns = counts.reduce(0) { $0 + ($1 + rows - 1) / rows }
            let width = Double(columns) * boxWidth + Double(counts.count) * 20
            let height = Double(rows) * boxHeight + 30
            let scale = min(aspect / width, 1 / height)
            if scale > bestScale { (best, bestScale) = (rows, scale) }
        }
        return best
    }

    /// Columns of a grid of `count` boxes whose shape comes near `aspect` (width ÷ height).
    static func gridColumns(_ count: Int, aspect: Double, boxWidth: Double, boxHeight: Double) -> Int {
        guard count > 1 else { return 1 }
        let ideal = (Double(count) * aspect * boxHeight / boxWidth).squareRoot()
        return max(1, min(count, Int(ideal.rounded(.up))))
    }

    /// The text tag of a change, so that colour is not the only signal.
    public static func diffTag(_ mark: ExportGraph.DiffMark, _ l: Language) -> String? {
        switch mark {
        case .unchanged: nil
        case .added: l.pick("BARU", "NEW")
        case .moved: l.pick("DIPINDAH", "MOVED")
        case .removed: l.pick("DIHAPUS", "ABOLISHED")
        case .converted: l.pick("DISETARAKAN", "CONVERTED")
        }
    }

    /// The colours of a change: border, fill (nil: the box's own), text.
    static func diffColours(_ mark: ExportGraph.DiffMark) -> (border: String, fill: String?, text: String?) {
        switch mark {
        case .unchanged: ("#404040", nil, nil)
        case .added: ("#00B050", nil, nil)
        case .moved: ("#ED7D31", nil, nil)
        case .converted: ("#7030A0", "#E4DFEC", "#000000")
        // Dark grey with white text: 7.0:1, readable; a vacancy keeps its own colour and red dashes.
        case .removed: ("#000000", "#595959", "#FFFFFF")
        }
    }

    static func number(_ n: ExportGraph.Node, _ key: String) -> Int? {
        for (k, v) in n.attributes where k == key { if case .int(let i) = v { return i } }
        return nil
    }

    /// One box: `INDENT"id" [label=…, fillcolor=…, …];` and a line break. The box is read through a pointer:
    /// passed as a value it would be copied, retaining and releasing each of its fields.
    static func writeNode(_ n: UnsafePointer<ExportGraph.Node>, indent: Int, graph: ExportGraph, options: DiagramOptions, into out: inout DOTText) {
        out.spaces(indent)
        out.quoted(n.pointee.id)
        out.add(" [")
        let l = graph.language
        let s = Palette.style(kind: n.pointee.kind, level: n.pointee.level, vacant: n.pointee.vacant)
        let perbup = options.style == .perbup
        let tag = diffTag(n.pointee.diff, l)
        let colours = diffColours(n.pointee.diff)
        var fill = colours.fill ?? (perbup ? "#FFFFFF" : n.pointee.isSummary ? Palette.unitFill : s.fill)
        var text = colours.text ?? (perbup ? "#000000" : s.text)
        if n.pointee.kind == .unit && !n.pointee.isSummary && !perbup && n.pointee.diff != .removed && n.pointee.diff != .converted { fill = Palette.unitFill; text = "#000000" }
        if options.style == .bkn && (n.pointee.kind == .position || (n.pointee.isSummary && !options.compactSummaries)) && n.pointee.diff != .removed {
            out.add("label=<")
            out += bknTable(n.pointee, fill: fill, text: text, tag: tag, graph: graph, options: options)
            out.add(">, shape=plain, style=\"\"];\n")
            return
        }
        var lines: [String]
        if perbup {
            lines = [n.pointee.label[0].uppercased()]
        } else if n.pointee.isSummary {
            lines = n.pointee.label
            if let b = number(n.pointee, "filled"), let k = number(n.pointee, "need") { lines.append("B \(l.integer(b)) · K \(l.integer(k)) · \(balanceWords(b - k, l))") }
        } else {
            lines = n.pointee.label
            if options.showNames && n.pointee.kind == .position && graph.view != .people { lines += n.pointee.holders.prefix(3) }
        }
        if let tag { lines.insert(tag, at: 0) }
        let width = n.pointee.kind == .unit ? (options.forPage ? 26 : 28) : 34
        out.add("label=")
        out.quoted(lines: lines, wrappedAt: width)
        out.add(", fillcolor=")
        out.quoted(fill)
        out.add(", fontcolor=")
        out.quoted(text)
        if perbup { out.add(", color=\"#000000\", shape=box, style=\"filled\"") }
        else if n.pointee.kind == .unit { out.add(", shape=box, style=\"filled\"") }
        if n.pointee.vacant && n.pointee.diff != .removed { out.add(", color=\"#C00000\", penwidth=2, style=\"rounded,filled,dashed\"") }
        switch n.pointee.diff {
        case .unchanged: break
        case .added, .moved:
            out.add(", color=")
            out.quoted(colours.border)
            out.add(", penwidth=3")
        case .converted:
            out.add(", color=")
            out.quoted(colours.border)
            out.add(", penwidth=3, style=\"rounded,filled,bold\"")
        case .removed:
            out.add(", color=")
            out.quoted(colours.border)
            out.add(", penwidth=2, style=\"rounded,filled,dashed\"")
        }
        out.add("];\n")
    }

    /// B − K in words: "lebih 2", "kurang 3", "pas".
    static func balanceWords(_ v: Int, _ l: Language) -> String {
        v > 0 ? l.pick("lebih \(l.integer(v))", "surplus \(l.integer(v))") : v < 0 ? l.pick("kurang \(l.integer(-v))", "short \(l.integer(-v))") : l.pick("pas", "balanced")
    }

    static func signed(_ v: Int, _ l: Language) -> String { v > 0 ? "+" + l.integer(v) : v < 0 ? "−" + l.integer(-v) : "0" }

    /// The colour of the ± cell: a surplus, a shortage, or neither.
    public static func balanceFill(_ v: Int) -> String { v > 0 ? "#FFE699" : v < 0 ? "#F4B6B6" : "#FFFFFF" }

    /// The BKN box as an HTML-like table.
    static func bknTable(_ n: ExportGraph.Node, fill: String, text: String, tag: String?, graph: ExportGraph, options: DiagramOptions) -> String {
        let l = graph.language
        let border = n.diff == .unchanged ? (n.vacant ? "#C00000" : "#404040") : diffColours(n.diff).border
        let thick = n.diff == .unchanged ? (n.vacant ? 2 : 1) : 3
        var rows: [String] = []
        let titleLines = wrap(n.label[0], width: 26).map(html).joined(separator: "<BR/>")
        if let tag { rows.append("<TR><TD COLSPAN=\"3\" BGCOLOR=\"#FFFFFF\"><FONT COLOR=\"#000000\"><B>\(html(tag))</B></FONT></TD></TR>") }
        rows.append("<TR><TD COLSPAN=\"3\" BGCOLOR=\"\(fill)\"><FONT COLOR=\"\(text)\"><B>\(titleLines)</B></FONT></TD></TR>")
        var detail: [String] = []
        if n.isSummary {
            if n.label.count > 1 { detail.append(n.label[1]) }
        } else {
            if let g = number(n, "grade") { detail.append(l.pick("Kelas \(g)", "Class \(g)")) }
            for (k, v) in n.attributes where k == "eselon" || k == "jenjang" {
                if case .string(let s) = v { detail.append(k == "eselon" ? "Eselon \(s)" : Jenjang(rawValue: s).map { DiagramLabel.jenjang($0, l) } ?? s) }
            }
        }
        if let note = n.diffNote { detail.append(note) }
        if !detail.isEmpty {
            rows.append("<TR><TD COLSPAN=\"3\" BGCOLOR=\"#FFFFFF\">\(detail.flatMap { wrap($0, width: 30) }.map(html).joined(separator: "<BR/>"))</TD></TR>")
        }
        if let b = number(n, "filled"), let k = number(n, "need") {
            let d = b - k
            rows.append("<TR><TD BGCOLOR=\"#F2F2F2\">B</TD><TD BGCOLOR=\"#F2F2F2\">K</TD><TD BGCOLOR=\"#F2F2F2\">±</TD></TR>")
            rows.append("<TR><TD BGCOLOR=\"#FFFFFF\">\(l.integer(b))</TD><TD BGCOLOR=\"#FFFFFF\">\(l.integer(k))</TD><TD BGCOLOR=\"\(balanceFill(d))\"><B>\(signed(d, l))</B></TD></TR>")
        }
        if options.showNames && !n.holders.isEmpty {
            var names = n.holders.prefix(3).map(html)
            if n.holders.count > 3 { names.append(l.pick("+\(n.holders.count - 3) lainnya", "+\(n.holders.count - 3) more")) }
            rows.append("<TR><TD COLSPAN=\"3\" BGCOLOR=\"#FFFFFF\">\(names.joined(separator: "<BR/>"))</TD></TR>")
        }
        return "<TABLE BORDER=\"\(thick)\" COLOR=\"\(border)\" CELLBORDER=\"1\" CELLSPACING=\"0\" CELLPADDING=\"3\">\(rows.joined())</TABLE>"
    }

    /// The top of a Perbup bagan: the bupati/wali kota and wakil, the DPRD on a coordination line, the staf ahli.
    static func perbupFrame(_ graph: ExportGraph, stafAhli: String?, grouped: [String: [(kind: String, members: [String])]]) -> String {
        let l = graph.language
        guard let root = graph.nodes.first(where: { unitKind($0) == UnitKind.pemda.rawValue && $0.kind == .unit }) else {
            // A perangkat daerah's bagan: its Kelompok Jabatan Fungsional beside the head.
            guard let top = graph.nodes.first(where: { $0.kind == .unit }) else { return "" }
            var s = "  \"perbup:kjf\" [label=\(quote(l.pick("KELOMPOK JABATAN FUNGSIONAL", "FUNCTIONAL GROUP"))), fillcolor=\"#FFFFFF\", fontcolor=\"#000000\", color=\"#000000\", shape=box, style=\"filled\"];\n"
            s += "  \(quote(top.id)) -> \"perbup:kjf\" [style=dashed];\n"
            return s
        }
        let kota = graph.graphAttributes.contains { $0.0 == "region" && $0.1 == .string(Region.kota.rawValue) }
        let head = kota ? l.pick("WALI KOTA", "MAYOR") : l.pick("BUPATI", "REGENT")
        let deputy = kota ? l.pick("WAKIL WALI KOTA", "DEPUTY MAYOR") : l.pick("WAKIL BUPATI", "DEPUTY REGENT")
        let box = "fillcolor=\"#FFFFFF\", fontcolor=\"#000000\", color=\"#000000\", shape=box, style=\"filled\""
        var s = "  \"perbup:dprd\" [label=\"DPRD\", \(box)];\n"
        s += "  \"perbup:wakil\" [label=\(quote(deputy)), \(box)];\n"
        s += "  \(quote(root.id)) [label=\(quote(head)), \(box)];\n"
        s += "  { rank=same; \"perbup:dprd\"; \(quote(root.id)); \"perbup:wakil\" }\n"
        s += "  \"perbup:dprd\" -> \(quote(root.id)) [style=dashed, minlen=3];\n"
        s += "  \(quote(root.id)) -> \"perbup:wakil\" [minlen=2];\n"
        if let stafAhli { s += "  \(quote(root.id)) -> \(quote(stafAhli));\n" }
        return s
    }

    static func unitKind(_ n: ExportGraph.Node) -> String {
        for (k, v) in n.attributes where k == "unit_kind" { if case .string(let s) = v { return s } }
        return ""
    }

    static func kindTitle(_ kind: String, _ l: Language) -> String {
        UnitKind(rawValue: kind).map { DiagramLabel.unitKindGroup($0, l) } ?? kind
    }

    /// A line broken at spaces into lines of at most about `width` characters.
    static func wrap(_ line: String, width: Int) -> [String] {
        guard line.utf8.count > width && characters(line) > width else { return [line] }
        var lines: [String] = [], current = ""
        for word in line.split(separator: " ", omittingEmptySubsequences: false) {
            if !current.isEmpty && characters(current) + 1 + characters(word) > width {
                lines.append(current)
                current = String(word)
            } else {
                current += current.isEmpty ? String(word) : " " + word
            }
        }
        lines.append(current)
        return lines
    }

    /// `text.count` (characters), counted by bytes when that gives the same number: ASCII without CR LF.
    static func characters(_ text: some StringProtocol) -> Int {
        var previous: UInt8 = 0
        for b in text.utf8 {
            if b >= 0x80 || (b == UInt8(ascii: "\n") && previous == UInt8(ascii: "\r")) { return text.count }
            previous = b
        }
        return text.utf8.count
    }

    static func formatYears(_ y: Double) -> String { y == y.rounded() && abs(y) < 1e15 ? String(Int(y)) : String(y) }

    static func format(_ v: Double) -> String { v == v.rounded() ? String(Int(v)) : String(v) }

    /// One entry of a legend: a sample box or line and what it means.
    public struct LegendItem: Sendable {
        public enum Sample: Sendable {
            case box(fill: String, border: String, text: String, dashed: Bool, width: Double, tag: String?)
            case line(colour: String, dash: String)
        }
        public let sample: Sample
        public let text: String
    }

    /// What the drawing's colours, borders and lines mean, for the boxes it actually holds.
    public static func legendItems(_ graph: ExportGraph, _ options: DiagramOptions) -> [LegendItem] {
        let l = graph.language
        var items: [LegendItem] = []
        if options.style == .perbup {
            items.append(LegendItem(sample: .line(colour: "#000000", dash: ""), text: l.pick("garis komando", "line of command")))
            items.append(LegendItem(sample: .line(colour: "#000000", dash: "4,3"), text: l.pick("garis koordinasi", "coordination line")))
            return items
        }
        if graph.view == .units || graph.nodes.contains(where: \.isSummary) {
            items.append(LegendItem(sample: .box(fill: Palette.unitFill, border: "#7F7F7F", text: "#000000", dashed: false, width: 1, tag: nil),
                                    text: graph.view == .units ? l.pick("unit organisasi", "organisational unit") : l.pick("unit: rincian di halaman berikut", "unit: detail on the following pages")))
        }
        if graph.view != .units {
            for level in Level.allCases where graph.nodes.contains(where: { $0.level == level && $0.diff != .removed && $0.diff != .converted }) {
                let dark = level == .jptPratama || level == .administrator
                let text: String
                switch level {
                case .jptPratama, .administrator, .pengawas:
                    text = "\(DiagramLabel.level(level, l)) (eselon \(["", "", "II", "III", "IV"][level.eselonGroup ?? 0]))"
                default: text = DiagramLabel.level(level, l)
                }
                items.append(LegendItem(sample: .box(fill: Palette.fill(level), border: "#404040", text: dark ? "#FFFFFF" : "#000000", dashed: false, width: 1, tag: nil), text: text))
            }
            if graph.nodes.contains(where: { $0.vacant && $0.diff == .unchanged }) {
                items.append(LegendItem(sample: .box(fill: "#FFFFFF", border: "#C00000", text: "#000000", dashed: true, width: 2, tag: nil),
                                        text: l.pick("jabatan kosong", "vacant post")))
            }
            if options.style == .bkn {
                items.append(LegendItem(sample: .box(fill: "#F2F2F2", border: "#404040", text: "#000000", dashed: false, width: 1, tag: "B K ±"),
                                        text: l.pick("B pemangku, K kebutuhan (ABK, atau formasi), ± = B − K", "B in post, K need (ABK, or seats), ± = B − K")))
                items.append(LegendItem(sample: .box(fill: balanceFill(1), border: "#404040", text: "#000000", dashed: false, width: 1, tag: "+"), text: l.pick("lebih", "surplus")))
                items.append(LegendItem(sample: .box(fill: balanceFill(-1), border: "#404040", text: "#000000", dashed: false, width: 1, tag: "−"), text: l.pick("kurang", "shortage")))
            }
            if graph.edges.contains(where: { $0.kind == .dotted }) {
                items.append(LegendItem(sample: .line(colour: "#7030A0", dash: "2,2"), text: l.pick("garis koordinasi", "coordination line")))
            }
            if graph.edges.contains(where: { $0.kind == .careerPath }) {
                items.append(LegendItem(sample: .line(colour: "#00B050", dash: "5,3"), text: l.pick("jalur karier", "career path")))
            }
        }
        if graph.isDiff {
            for mark in [ExportGraph.DiffMark.added, .moved, .converted, .removed] where graph.nodes.contains(where: { $0.diff == mark }) {
                let c = diffColours(mark)
                let text: String
                switch mark {
                case .added: text = l.pick("baru", "new")
                case .moved: text = l.pick("dipindah", "moved")
                case .converted: text = l.pick("disetarakan ke fungsional", "converted to functional")
                default: text = l.pick("dihapus", "abolished")
                }
                items.append(LegendItem(sample: .box(fill: c.fill ?? "#FFFFFF", border: c.border, text: c.text ?? "#000000",
                                                     dashed: mark == .removed, width: mark == .removed ? 2 : 3, tag: diffTag(mark, l)), text: text))
            }
        }
        return items
    }

    static func legend(_ graph: ExportGraph, _ options: DiagramOptions) -> String {
        let l = graph.language
        var s = "  subgraph \(quote("cluster_legend")) {\n"
        s += "    label=\(quote(l.pick("Keterangan", "Legend"))); style=\"rounded\"; color=\"#A6A6A6\"; fontsize=11;\n"
        var ids: [String] = []
        for (k, item) in legendItems(graph, options).enumerated() {
            let id = "legend:\(k)"
            switch item.sample {
            case .box(let fill, let border, let text, let dashed, let width, let tag):
                let label = tag.map { "\($0): \(item.text)" } ?? item.text
                s += "    \(quote(id)) [label=\(quote(label)), fillcolor=\(quote(fill)), fontcolor=\(quote(text)), color=\(quote(border)), penwidth=\(format(width)), style=\(quote(dashed ? "rounded,filled,dashed" : "rounded,filled")), fontsize=9];\n"
                ids.append(id)
            case .line(let colour, let dash):
                s += "    \(quote(id + "-a")) [label=\"\", shape=point, width=0.05]; \(quote(id + "-b")) [label=\(quote(item.text)), shape=plaintext, style=\"\", fontsize=9];\n"
                s += "    \(quote(id + "-a")) -> \(quote(id + "-b")) [style=\(dash.isEmpty ? "solid" : "dashed"), color=\(quote(colour)), constraint=false];\n"
                ids += [id + "-a", id + "-b"]
            }
        }
        // One row of samples, left to right.
        s += "    { rank=same; \(ids.map(quote).joined(separator: "; ")) }\n"
        for (a, b) in zip(ids, ids.dropFirst()) where !(a.hasSuffix("-a") && b.hasSuffix("-b")) {
            s += "    \(quote(a)) -> \(quote(b)) [style=invis];\n"
        }
        return s + "  }\n"
    }

    /// Text for an HTML-like label: `& < > "` as entities, backslashes doubled, C0 controls dropped.
    static func html(_ text: String) -> String {
        var out = ""
        for c in text.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\\": out += "\\\\"
            case _ where c.value < 0x20: out += c == "\t" ? " " : ""
            default: out.unicodeScalars.append(c)
            }
        }
        return out
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

    /// The longest quoted token written whole (Graphviz's own limit is 16,384 bytes).
    static let tokenLimit = 16_000

    /// Wraps escaped text in quotes, splitting tokens longer than Graphviz accepts with `+`.
    static func quoteEscaped(_ escaped: String) -> String {
        let limit = tokenLimit
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

/// The text of a DOT file as it is written: UTF-8 bytes in one growing buffer. Ids and labels that need no
/// escaping (nearly all) are found by one pass over their bytes in place and copied between their quotes
/// at once; the others go through `DOTWriter.quote`, so that the bytes are the same either way.
/// - Complexity: O(bytes written).
struct DOTText {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int) { bytes.reserveCapacity(capacity) }

    var text: String { String(decoding: bytes, as: UTF8.self) }

    static func += (text: inout DOTText, s: String) { text.bytes.append(contentsOf: s.utf8) }

    @inline(__always) mutating func add(_ s: StaticString) {
        s.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    private static let blanks = [UInt8](repeating: UInt8(ascii: " "), count: 64)

    /// `count` spaces: the indentation of a line.
    mutating func spaces(_ count: Int) {
        if count <= Self.blanks.count {
            Self.blanks.withUnsafeBufferPointer { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: $0[0..<count])) }
        } else {
            bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: count))
        }
    }

    /// No byte that `DOTWriter.escape` changes: C0 controls, backslash, quote and `&`.
    /// Eight bytes at a time: a byte below 0x20, or equal to one of the three, sets its top bit in the
    /// word-wise tests (`x − 0x20…` borrows into a byte below 0x20; `v − 0x01…` into a zero byte of `v`).
    @inline(__always) private static func isPlain(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        if let base = UnsafeRawPointer(text.baseAddress) {
            let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
            while i &+ 8 <= text.count {
                let x = base.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                let backslash = x ^ (ones &* UInt64(UInt8(ascii: "\\"))), quote = x ^ (ones &* UInt64(UInt8(ascii: "\""))),
                    ampersand = x ^ (ones &* UInt64(UInt8(ascii: "&")))
                let control = (x &- ones &* 0x20) & ~x
                let found = control | ((backslash &- ones) & ~backslash) | ((quote &- ones) & ~quote) | ((ampersand &- ones) & ~ampersand)
                if found & highs != 0 { return false }
                i &+= 8
            }
        }
        while i < text.count {
            let b = text[i]
            if b < 0x20 || b == UInt8(ascii: "\\") || b == UInt8(ascii: "\"") || b == UInt8(ascii: "&") { return false }
            i &+= 1
        }
        return true
    }

    private static func isPlain(_ s: String) -> Bool {
        s.utf8.withContiguousStorageIfAvailable(isPlain)
            ?? !s.utf8.contains { $0 < 0x20 || $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "&") }
    }

    /// `DOTWriter.quote(s)`.
    mutating func quoted(_ s: String) { quoted("", s) }

    /// `DOTWriter.quote(prefix + s)`, where the prefix is plain ASCII, without joining the two.
    mutating func quoted(_ prefix: StaticString, _ s: String) {
        let done = s.utf8.withContiguousStorageIfAvailable { text in
            guard prefix.utf8CodeUnitCount + text.count <= DOTWriter.tokenLimit && Self.isPlain(text) else { return false }
            bytes.append(UInt8(ascii: "\""))
            add(prefix)
            bytes.append(contentsOf: text)
            bytes.append(UInt8(ascii: "\""))
            return true
        }
        if done != true { self += DOTWriter.quote(prefix.description + s) }
    }

    /// The start of an edge statement: `  "from" -> "to"`, without its attributes or `;`.
    mutating func arrow(_ from: String, _ to: String) {
        add("  ")
        quoted(from)
        add(" -> ")
        quoted(to)
    }

    /// `DOTWriter.quote(lines.flatMap { DOTWriter.wrap($0, width: width) })`, without building the wrapped
    /// lines: an ASCII line is broken at its spaces as it is copied (a character is a byte there); other
    /// lines go through `DOTWriter.wrap`.
    mutating func quoted(lines: [String], wrappedAt width: Int) {
        // An upper bound of the token's size: a wrapped line gives at most one `\n` (2 bytes) per byte.
        var bound = 0
        for line in lines { bound += 2 * line.utf8.count + 2 }
        guard bound <= DOTWriter.tokenLimit && lines.allSatisfy(Self.isPlain) else {
            self += DOTWriter.quote(lines.flatMap { DOTWriter.wrap($0, width: width) })
            return
        }
        bytes.append(UInt8(ascii: "\""))
        for k in lines.indices {
            if k > 0 { add("\\n") }
            wrapped(lines[k], width: width)
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// One plain line as `DOTWriter.wrap(line, width:)` breaks it, the parts joined by `\n`.
    private mutating func wrapped(_ line: String, width: Int) {
        let done: Bool? = line.utf8.withContiguousStorageIfAvailable { text in
            let n = text.count
            if n <= width { bytes.append(contentsOf: text); return true }
            guard !text.contains(where: { $0 >= 0x80 }) else { return false }
            // Greedy, word by word, as `wrap` does; the line so far is always the bytes start..<end.
            var start = 0, end = 0, i = 0
            while true {
                var j = i
                while j < n && text[j] != UInt8(ascii: " ") { j &+= 1 }
                if end > start && end - start + 1 + (j - i) > width {
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[start..<end]))
                    add("\\n")
                    (start, end) = (i, j)
                } else if end == start {
                    (start, end) = (i, j)
                } else {
                    end = j
                }
                if j == n { break }
                i = j &+ 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[start..<end]))
            return true
        }
        guard done != true else { return }
        for (k, part) in DOTWriter.wrap(line, width: width).enumerated() {
            if k > 0 { add("\\n") }
            bytes.append(contentsOf: part.utf8)
        }
    }

    /// `DOTWriter.quote(Array(lines))`: the lines joined by `\n`.
    mutating func quoted(lines: some Collection<String>) {
        var size = 2 * max(0, lines.count - 1)
        for line in lines { size += line.utf8.count }
        guard size <= DOTWriter.tokenLimit && lines.allSatisfy(Self.isPlain) else {
            self += DOTWriter.quote(Array(lines))
            return
        }
        bytes.append(UInt8(ascii: "\""))
        var first = true
        for line in lines {
            if !first { add("\\n") }
            first = false
            bytes.append(contentsOf: line.utf8)
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
