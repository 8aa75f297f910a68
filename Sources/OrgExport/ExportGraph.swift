public import OrgModel
import OrgAnalysis

/// What an export shows.
public enum ExportView: String, Sendable, CaseIterable {
    /// The structure of perangkat daerah: units only, the chart the Perda describes.
    case units
    /// The peta jabatan: every post with eselon or jenjang, class, seats, people in post and need.
    case positions
    /// Posts with their holders: every field of the chart, for a lossless round trip.
    case people
}

/// A typed attribute value, written to GraphML with its `attr.type`.
public enum AttributeValue: Hashable, Sendable {
    case string(String)
    case int(Int)
    case double(Double)
    case bool(Bool)

    public var graphMLType: String {
        switch self {
        case .string: "string"
        case .int: "int"
        case .double: "double"
        case .bool: "boolean"
        }
    }
}

/// The format-neutral graph every exporter writes: typed nodes and edges with ordered attributes.
///
/// Node ids are XML NMTOKENs derived from the chart's ids (`unit:dinkes`, `post:dinkes.kadis`,
/// `person:198204152006042003`, `competency:integritas`); human text travels in attributes.
public struct ExportGraph: Sendable {
    public enum NodeKind: String, Sendable { case unit, position, person, competency }
    public enum EdgeKind: String, Sendable {
        case contains, belongsTo = "belongs-to", reportsTo = "reports-to", holds, dotted, careerPath = "career-path"
        case requires, has
    }

    public struct Node: Sendable {
        public var id: String
        public var kind: NodeKind
        /// Lines of the label a diagram shows.
        public var label: [String]
        /// The unit node this node is drawn inside (DOT clusters, yEd groups); nil at top level.
        public var container: String?
        public var attributes: [(String, AttributeValue)]
        /// The level (for colour), or nil for units and others.
        public var level: Level?
        public var vacant: Bool
        /// What a scenario did to this node, in a diff export.
        public var diff: DiffMark = .unchanged
    }

    /// How a node differs from the chart it is compared with.
    public enum DiffMark: String, Sendable { case unchanged, added, removed, moved, converted }

    public struct Edge: Sendable {
        public var source: String
        public var target: String
        public var kind: EdgeKind
        public var attributes: [(String, AttributeValue)]
    }

    public var view: ExportView
    public var language: Language
    public var title: String
    public var graphAttributes: [(String, AttributeValue)]
    public var nodes: [Node]
    public var edges: [Edge]
    /// True when `markDifferences(from:)` has run.
    public var isDiff = false
    /// Depth below the export's top unit of every unit node, and the `--depth` limit, for ghosts.
    var unitDepth: [String: Int] = [:]
    var depthLimit: Int?
}

/// Why an export cannot be made.
public enum ExportError: Error, Hashable, Sendable {
    case unknownUnit(String, suggestion: String?)
    case graphvizMissing
    case graphvizFailed(String)

    public func text(_ l: Language) -> String {
        switch self {
        case .unknownUnit(let id, let suggestion):
            let hint = suggestion.map { l.pick(" (maksudnya '\($0)'?)", " (did you mean '\($0)'?)") } ?? ""
            return l.pick("--unit: unit '\(id)' tidak ada di bagan\(hint)", "--unit: unit '\(id)' is not in the chart\(hint)")
        case .graphvizMissing:
            return l.pick("program 'dot' (Graphviz) tidak ditemukan; pasang dengan: sudo apt-get install -y graphviz, atau ekspor --format dot",
                          "the 'dot' program (Graphviz) was not found; install it with: sudo apt-get install -y graphviz, or export --format dot")
        case .graphvizFailed(let message):
            return l.pick("Graphviz gagal menggambar: \(message)", "Graphviz failed to draw: \(message)")
        }
    }
}

extension ExportGraph {
    /// Builds the graph of `view`, limited to the subtree of `unit` (its id) and to `depth` levels below it.
    /// - Complexity: O(units + positions + people + relations)
    /// `figures`: the chart's figures computed once (`ExportFigures(graph)`) when many pages are drawn from it.
    public init(_ graph: OrgGraph, view: ExportView, unit: String? = nil, depth: Int? = nil,
                language l: Language = .indonesian, figures: ExportFigures? = nil) throws {
        let chart = graph.chart
        var root = graph.rootUnit
        if let unit {
            guard let u = graph.unitIndex[unit] else {
                throw ExportError.unknownUnit(unit, suggestion: closestSpelling(to: unit, among: graph.units.map(\.id)))
            }
            root = u
        }
        // Units in scope, in chart order.
        var inScope = [Bool](repeating: false, count: graph.units.count)
        let baseDepth = graph.unitDepth[root]
        for u in graph.subtree(of: root) where depth.map({ graph.unitDepth[u] - baseDepth <= $0 }) ?? true { inScope[u] = true }
        let postInScope = graph.positions.indices.map { inScope[graph.positionUnit[$0]] }
        let shared = figures ?? ExportFigures(graph)
        let gapOf = shared.gapOf

        self.view = view
        self.language = l
        let scopeName = root == graph.rootUnit ? chart.organisation.name : "\(chart.units[root].name) — \(chart.organisation.name)"
        let viewName: String
        switch view {
        case .units: viewName = l.pick("Struktur organisasi", "Organisation structure")
        case .positions: viewName = l.pick("Peta jabatan", "Position map")
        case .people: viewName = l.pick("Jabatan dan pemangku", "Posts and holders")
        }
        title = "\(viewName): \(scopeName) (\(l.pick("per", "as of")) \(chart.organisation.asOf))"
        let o = chart.organisation
        graphAttributes = [("format", .string(OrgChart.format)), ("view", .string(view.rawValue)),
                           ("organisation", .string(o.id)), ("name", .string(o.name)), ("region", .string(o.region.rawValue))]
        if let p = o.province { graphAttributes.append(("province", .string(p))) }
        if let g = o.geoFactor { graphAttributes.append(("geo_factor", .double(g))) }
        graphAttributes.append(("as_of", .string(o.asOf.description)))
        graphAttributes.append(("settings", .string(settingsJSON(o.settings))))
        if root != graph.rootUnit { graphAttributes.append(("scope", .string(chart.units[root].id))) }
        nodes = []
        edges = []

        // Units, with the posts, seats and people of their whole subtree (a dinas with all its bidang).
        let subtreePosts = shared.subtreePosts, subtreeSeats = shared.subtreeSeats, subtreeFilled = shared.subtreeFilled
        depthLimit = depth
        for (u, unit) in chart.units.enumerated() where inScope[u] {
            unitDepth[ExportGraph.unitID(unit.id)] = graph.unitDepth[u] - baseDepth
            let posts = subtreePosts[u], seats = subtreeSeats[u], filled = subtreeFilled[u]
            var attrs: [(String, AttributeValue)] = [("kind", .string("unit")), ("label", .string(unit.name)), ("ref", .string(unit.id)),
                                                     ("name", .string(unit.name)), ("unit_kind", .string(unit.kind.rawValue))]
            if let t = unit.type { attrs.append(("type", .string(t.rawValue))) }
            if !unit.affairs.isEmpty { attrs.append(("affairs", .string(jsonList(unit.affairs)))) }
            attrs += [("posts", .int(posts)), ("seats", .int(seats)), ("filled", .int(filled))]
            var label = [unit.name]
            let typeText = unit.type.map { l.pick(", tipe \($0.rawValue)", ", type \($0.rawValue)") } ?? ""
            label.append("(\(unit.kind.rawValue)\(typeText))")
            if view == .units && posts > 0 {
                label.append(l.pick("\(posts) jabatan, \(filled)/\(seats) terisi", "\(posts) posts, \(filled)/\(seats) filled"))
            }
            let parent = graph.unitParent[u]
            let container = view == .units || parent < 0 || !inScope[parent] ? nil : ExportGraph.unitID(chart.units[parent].id)
            nodes.append(Node(id: ExportGraph.unitID(unit.id), kind: .unit, label: label, container: container,
                              attributes: attrs, level: nil, vacant: false))
            if parent >= 0 && inScope[parent] {
                edges.append(Edge(source: ExportGraph.unitID(chart.units[parent].id), target: ExportGraph.unitID(unit.id),
                                  kind: .contains, attributes: [("kind", .string("contains"))]))
            }
        }
        guard view != .units else { return }

        // Posts, their units, the chain of command and dotted lines.
        var reportEdges: [Edge] = [], dottedEdges: [Edge] = [], belongEdges: [Edge] = []
        for (p, post) in chart.positions.enumerated() where postInScope[p] {
            let filled = graph.filled(p)
            var attrs: [(String, AttributeValue)] = [("kind", .string("position")), ("label", .string(post.title)),
                                                     ("ref", .string(post.id)), ("title", .string(post.title)),
                                                     ("unit", .string(post.unit)), ("head", .bool(post.head)),
                                                     ("level", .string(post.level.rawValue))]
            if let e = post.eselon { attrs.append(("eselon", .string(e.rawValue))) }
            if let j = post.jenjang { attrs.append(("jenjang", .string(j.rawValue))) }
            if let g = post.grade { attrs.append(("grade", .int(g))) }
            attrs += [("layer", .int(graph.layer[p])), ("seats", .int(post.seats)), ("filled", .int(filled)), ("vacant", .int(max(0, post.seats - filled)))]
            if let g = gapOf[p] {
                attrs.append(("need", .int(g.figures.need)))
                if g.hasWorkload { attrs.append(("load_hours", .double(g.figures.loadHours))) }
                if let ej = g.ej { attrs.append(("ej", .double(ej))) }
            }
            if let r = post.requires.rank { attrs.append(("requires_rank", .string(r.rawValue))) }
            if let e = post.requires.education { attrs.append(("requires_education", .string(e.rawValue))) }
            if !post.workload.isEmpty { attrs.append(("workload", .string(workloadJSON(post.workload)))) }

            var label = [post.title]
            var line: [String] = []
            if let e = post.eselon { line.append(l.pick("eselon \(e.rawValue)", "eselon \(e.rawValue)")) }
            if let j = post.jenjang { line.append(j.rawValue) }
            if post.eselon == nil && post.jenjang == nil && post.level != .politik { line.append(post.level.rawValue) }
            if let g = post.grade { line.append(l.pick("kelas \(g)", "class \(g)")) }
            if !line.isEmpty { label.append(line.joined(separator: " · ")) }
            if post.level != .politik {
                var seatsLine = l.pick("\(filled)/\(post.seats) terisi", "\(filled)/\(post.seats) filled")
                if let g = gapOf[p], g.hasWorkload { seatsLine += l.pick(", kebutuhan \(g.figures.need)", ", need \(g.figures.need)") }
                if filled == 0 { seatsLine += l.pick(" — KOSONG", " — VACANT") }
                label.append(seatsLine)
            }
            if view == .people {
                let names = graph.holders[p].map { chart.people[$0].name }
                label += names.prefix(3)
                if names.count > 3 { label.append(l.pick("+\(names.count - 3) lainnya", "+\(names.count - 3) more")) }
            }
            nodes.append(Node(id: ExportGraph.positionID(post.id), kind: .position, label: label,
                              container: ExportGraph.unitID(post.unit), attributes: attrs, level: post.level,
                              vacant: post.level != .politik && filled == 0))
            belongEdges.append(Edge(source: ExportGraph.positionID(post.id), target: ExportGraph.unitID(post.unit), kind: .belongsTo,
                                    attributes: [("kind", .string("belongs-to"))]))
            let s = graph.superior[p]
            if s >= 0 && postInScope[s] {
                reportEdges.append(Edge(source: ExportGraph.positionID(post.id), target: ExportGraph.positionID(chart.positions[s].id),
                                        kind: .reportsTo, attributes: [("kind", .string("reports-to")), ("explicit", .bool(post.reportsTo != nil))]))
            }
            for t in graph.dotted[p] where postInScope[t] {
                dottedEdges.append(Edge(source: ExportGraph.positionID(post.id), target: ExportGraph.positionID(chart.positions[t].id),
                                        kind: .dotted, attributes: [("kind", .string("dotted"))]))
            }
        }
        edges += belongEdges + reportEdges + dottedEdges
        guard view == .people else { return }

        // Competencies, people, requirements, holdings and career paths: the rest of the chart.
        for c in chart.competencies {
            nodes.append(Node(id: ExportGraph.competencyID(c.id), kind: .competency, label: [c.name], container: nil,
                              attributes: [("kind", .string("competency")), ("label", .string(c.name)), ("ref", .string(c.id)),
                                           ("name", .string(c.name)), ("competency_kind", .string(c.kind.rawValue))],
                              level: nil, vacant: false))
        }
        for (p, post) in chart.positions.enumerated() where postInScope[p] {
            for need in post.requires.competencies {
                edges.append(Edge(source: ExportGraph.positionID(post.id), target: ExportGraph.competencyID(need.competency),
                                  kind: .requires, attributes: [("kind", .string("requires")), ("level", .int(need.level))]))
            }
        }
        for (i, person) in chart.people.enumerated() {
            let p = graph.personPosition[i]
            // In a unit's export, the pool (people without a post) is left out.
            if p < 0 && root != graph.rootUnit { continue }
            if p >= 0 && !postInScope[p] { continue }
            var attrs: [(String, AttributeValue)] = [("kind", .string("person")), ("label", .string(person.name)),
                                                     ("ref", .string(person.nip)), ("name", .string(person.name))]
            func add(_ key: String, _ value: String?) { if let value { attrs.append((key, .string(value))) } }
            add("since", person.since?.description)
            add("rank", person.rank?.rawValue)
            add("rank_since", person.rankSince?.description)
            add("education", person.education?.rawValue)
            add("born", person.born?.description)
            add("gender", person.gender?.rawValue)
            add("status", person.status?.rawValue)
            add("performance", person.performance?.rawValue)
            add("potential", person.potential?.rawValue)
            nodes.append(Node(id: ExportGraph.personID(person.nip), kind: .person, label: [person.name],
                              container: p >= 0 ? ExportGraph.unitID(post(graph, p).unit) : nil, attributes: attrs,
                              level: nil, vacant: false))
            if p >= 0 {
                edges.append(Edge(source: ExportGraph.personID(person.nip), target: ExportGraph.positionID(chart.positions[p].id),
                                  kind: .holds, attributes: [("kind", .string("holds"))]))
            }
            for held in person.competencies {
                edges.append(Edge(source: ExportGraph.personID(person.nip), target: ExportGraph.competencyID(held.competency),
                                  kind: .has, attributes: [("kind", .string("has")), ("level", .int(held.level))]))
            }
        }
        let scopedPost = Set(chart.positions.indices.filter { postInScope[$0] }.map { chart.positions[$0].id })
        for path in chart.careerPaths where scopedPost.contains(path.from) && scopedPost.contains(path.to) {
            var attrs: [(String, AttributeValue)] = [("kind", .string("career-path"))]
            if let y = path.minYears { attrs.append(("min_years", .double(y))) }
            edges.append(Edge(source: ExportGraph.positionID(path.from), target: ExportGraph.positionID(path.to),
                              kind: .careerPath, attributes: attrs))
        }
    }
}

private func post(_ graph: OrgGraph, _ p: Int) -> Position { graph.positions[p] }

// MARK: - The JSON encodings of list- and table-valued fields (documented in docs/exports.md)

func jsonList(_ items: [String]) -> String {
    JSONValue.array(items.map(JSONValue.string)).serialized()
}

func workloadJSON(_ tasks: [WorkloadTask]) -> String {
    JSONValue.array(tasks.map {
        .object([("task", .string($0.task)), ("volume", .exactDouble($0.volume)), ("minutes", .exactDouble($0.minutes))])
    }).serialized()
}

func settingsJSON(_ s: Settings) -> String {
    JSONValue.object([
        ("effective_hours", .exactDouble(s.effectiveHours)),
        ("sensitivity_hours", .array(s.sensitivityHours.map(JSONValue.exactDouble))),
        ("ej_grades", .array(s.effectivenessGrades.map(JSONValue.exactDouble))),
        ("need_rounding", .string(s.needRounding.rawValue)),
        ("structural_allowance", .object(Eselon.allCases.compactMap { e in s.structuralAllowance[e].map { (e.rawValue, JSONValue.int($0)) } })),
    ] + Settings.integerSettings.map { ($0.key, JSONValue.int(s[keyPath: $0.path])) }
      + Settings.integerListSettings.map { ($0.key, JSONValue.array(s[keyPath: $0.path].map(JSONValue.int))) }
    ).serialized()
}

extension ExportGraph {
    /// Adds each node's palette colour as integer `r`, `g`, `b` data (Gephi's colour).
    mutating func addColours() {
        for i in nodes.indices {
            let hex = Palette.style(for: nodes[i]).fill.dropFirst()
            guard hex.count == 6, let v = Int(hex, radix: 16) else { continue }
            nodes[i].attributes += [("r", .int(v >> 16)), ("g", .int((v >> 8) & 0xFF)), ("b", .int(v & 0xFF))]
        }
    }

    /// Marks what changed against `base` (the chart before a scenario): added units and posts, moved ones
    /// (with their old parent noted), converted posts (with their old level), and adds what was removed as
    /// ghost nodes inside the nearest unit that still exists.
    public mutating func markDifferences(from base: OrgGraph) {
        isDiff = true
        let l = language
        let oldUnits = Dictionary(base.units.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let oldPosts = Dictionary(base.positions.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var present: Set<String> = []
        var newUnitParent: [String: String?] = [:], newPostUnit: [String: String] = [:]
        for e in edges where e.kind == .contains { newUnitParent[e.target] = e.source }
        for i in nodes.indices {
            let n = nodes[i]
            present.insert(n.id)
            guard case .string(let ref)? = n.attributes.first(where: { $0.0 == "ref" })?.1 else { continue }
            switch n.kind {
            case .unit:
                guard let old = oldUnits[ref] else { nodes[i].diff = .added; continue }
                let parent = newUnitParent[n.id].flatMap { $0 }.flatMap { ExportSchema.NodeRef(id: $0)?.ref }
                if old.parent != nil && old.parent != parent, let was = old.parent {
                    nodes[i].diff = .moved
                    nodes[i].label.append(l.pick("dipindah dari \(oldUnits[was]?.name ?? was)", "moved from \(oldUnits[was]?.name ?? was)"))
                }
            case .position:
                guard let old = oldPosts[ref] else { nodes[i].diff = .added; continue }
                if case .string(let unit)? = n.attributes.first(where: { $0.0 == "unit" })?.1 { newPostUnit[ref] = unit }
                if case .string(let level)? = n.attributes.first(where: { $0.0 == "level" })?.1, level != old.level.rawValue {
                    nodes[i].diff = .converted
                    nodes[i].label.append(l.pick("dialihkan dari \(old.level.rawValue) \(old.eselon?.rawValue ?? "")", "converted from \(old.level.rawValue) \(old.eselon?.rawValue ?? "")"))
                } else if newPostUnit[ref] != old.unit {
                    nodes[i].diff = .moved
                    nodes[i].label.append(l.pick("dipindah dari \(oldUnits[old.unit]?.name ?? old.unit)", "moved from \(oldUnits[old.unit]?.name ?? old.unit)"))
                }
            default: break
            }
            nodes[i].attributes.append(("diff", .string(nodes[i].diff.rawValue)))
        }
        // Ghosts of what is gone, drawn inside the nearest unit that survives.
        func survivingContainer(_ unitID: String?) -> String? {
            var u = unitID
            while let id = u {
                if present.contains(ExportGraph.unitID(id)) { return ExportGraph.unitID(id) }
                u = oldUnits[id]?.parent
            }
            return nil
        }
        let removedText = l.pick("DIHAPUS", "ABOLISHED")
        var ghostUnits: Set<String> = []
        for unit in base.units where !present.contains(ExportGraph.unitID(unit.id)) {
            // Only ghosts whose old parent survives, so one abolished subtree shows as one ghost.
            guard let parent = unit.parent, let parentDepth = unitDepth[ExportGraph.unitID(parent)],
                  depthLimit.map({ parentDepth + 1 <= $0 }) ?? true else { continue }
            nodes.append(Node(id: ExportGraph.unitID(unit.id), kind: view == .units ? .unit : .position, label: [unit.name, "(\(unit.kind.rawValue)) — \(removedText)"],
                              container: view == .units ? nil : survivingContainer(parent),
                              attributes: [("kind", .string("unit")), ("label", .string(unit.name)), ("ref", .string(unit.id)),
                                           ("unit_kind", .string(unit.kind.rawValue)), ("diff", .string("removed"))],
                              level: nil, vacant: false, diff: .removed))
            ghostUnits.insert(unit.id)
            if view == .units { edges.append(Edge(source: ExportGraph.unitID(parent), target: ExportGraph.unitID(unit.id), kind: .contains, attributes: [("kind", .string("contains"))])) }
        }
        if view != .units {
            // Where each old unit's surviving posts went (a merged unit's posts now sit in the new unit).
            var wentTo: [String: String] = [:]
            for (ref, unit) in newPostUnit.sorted(by: { $0.key < $1.key }) { if let old = oldPosts[ref], wentTo[old.unit] == nil { wentTo[old.unit] = unit } }
            // A vanished unit went where its child units, or the staff of its child units, went: to
            // their new parent. Deepest first, so a bidang follows its seksi and a dinas its bidang.
            for unit in base.units.sorted(by: { (base.unitDepth[base.unitIndex[$0.id]!], $0.id) > (base.unitDepth[base.unitIndex[$1.id]!], $1.id) }) {
                guard let parent = unit.parent, wentTo[parent] == nil, !present.contains(ExportGraph.unitID(parent)) else { continue }
                let landed = present.contains(ExportGraph.unitID(unit.id)) ? unit.id : wentTo[unit.id]
                guard let landed, let newParent = newUnitParent[ExportGraph.unitID(landed)].flatMap({ $0 }) else { continue }
                wentTo[parent] = ExportSchema.NodeRef(id: newParent)?.ref
            }
            for post in base.positions where !present.contains(ExportGraph.positionID(post.id)) && !ghostUnits.contains(post.unit) {
                let container: String
                if present.contains(ExportGraph.unitID(post.unit)) {
                    container = ExportGraph.unitID(post.unit)
                } else if let moved = wentTo[post.unit], present.contains(ExportGraph.unitID(moved)) {
                    container = ExportGraph.unitID(moved)
                } else {
                    continue   // its whole unit was abolished: the unit's ghost stands for it
                }
                nodes.append(Node(id: ExportGraph.positionID(post.id), kind: .position, label: [post.title, removedText], container: container,
                                  attributes: [("kind", .string("position")), ("label", .string(post.title)), ("ref", .string(post.id)), ("diff", .string("removed"))],
                                  level: post.level, vacant: false, diff: .removed))
            }
        }
    }
}
