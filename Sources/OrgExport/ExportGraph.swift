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
        /// Where a moved node was before ("Sekretariat Dinas Kesehatan"), or a converted post's old level.
        public var diffNote: String? = nil
        /// The names of the people in post (positions and people views), for `--show-names`.
        public var holders: [String] = []
        /// A unit drawn as one box with its totals on an overview page, instead of with its posts.
        public var isSummary = false
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
    /// The kind of chart ("Peta jabatan") and what it shows ("Dinas Kesehatan"), for a page's heading.
    public var subject: String = ""
    public var scopeName: String = ""
    /// The organisation and the day the chart describes ("per 1 Januari 2026").
    public var organisationName: String = ""
    /// The chart's settings (a Perbup bagan takes its texts from them).
    public var settings = Settings()
    public var asOfText: String = ""
    public var graphAttributes: [(String, AttributeValue)]
    public var nodes: [Node]
    public var edges: [Edge]
    /// True when `markDifferences(from:)` has run.
    public var isDiff = false
    /// Depth below the export's top unit of every unit node, and the `--depth` limit, for ghosts.
    var unitDepth: [String: Int] = [:]
    var depthLimit: Int?
    /// Every unit's parent id and every post's unit id in the whole chart (not only the export's scope),
    /// so that a diff of one unit does not take the cut at the scope's edge for a move.
    var chartUnitParent: [String: String] = [:]
    var chartPostUnit: [String: String] = [:]
    var chartUnits: Set<String> = []
    /// Every post's level in the whole chart: a units-view diff counts the conversions under each unit.
    var chartPostLevel: [String: Level] = [:]

}

/// Why an export cannot be made.
public enum ExportError: Error, Hashable, Sendable {
    case unknownUnit(String, suggestion: String?)
    case graphvizMissing
    case graphvizFailed(String)
    /// `rsvg-convert` (librsvg) is needed for page-sized PDF and PNG.
    case rsvgMissing
    case rsvgFailed(String)

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
        case .rsvgMissing:
            return l.pick("program 'rsvg-convert' tidak ditemukan (PDF dan PNG berukuran halaman); pasang dengan: sudo apt-get install -y librsvg2-bin, atau ekspor --format svg",
                          "the 'rsvg-convert' program was not found (page-sized PDF and PNG); install it with: sudo apt-get install -y librsvg2-bin, or export --format svg")
        case .rsvgFailed(let message):
            return l.pick("rsvg-convert gagal: \(message)", "rsvg-convert failed: \(message)")
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
        for unit in chart.units { if let p = unit.parent { chartUnitParent[unit.id] = p } }
        chartUnits = Set(chart.units.map(\.id))
        for post in chart.positions { chartPostUnit[post.id] = post.unit }
        for post in chart.positions { chartPostLevel[post.id] = post.level }
        let viewName: String
        switch view {
        case .units: viewName = l.pick("Struktur organisasi", "Organisation structure")
        case .positions: viewName = l.pick("Peta jabatan", "Position map")
        case .people: viewName = l.pick("Jabatan dan pemangku", "Posts and holders")
        }
        subject = viewName
        // A part of a perangkat daerah says whose: "Sekretariat, Dinas Kesehatan".
        let pd = graph.topLevelUnit(of: root)
        let pdName = chart.units[pd].name
        let partOf = pd != root && pd != graph.rootUnit && !chart.units[root].name.localizedCaseInsensitiveContains(pdName)
        self.scopeName = root == graph.rootUnit ? chart.organisation.name : chart.units[root].name + (partOf ? ", \(pdName)" : "")
        organisationName = chart.organisation.name
        settings = chart.organisation.settings
        asOfText = DiagramLabel.asOf(chart.organisation.asOf, l)
        title = "\(viewName): \(scopeName) (\(asOfText))"
        let o = chart.organisation
        graphAttributes = [("format", .string(OrgChart.format)), ("view", .string(view.rawValue)),
                           ("organisation", .string(o.id)), ("name", .string(o.name)), ("region", .string(o.region.rawValue))]
        if let p = o.province { graphAttributes.append(("province", .string(p))) }
        if let g = o.geoFactor { graphAttributes.append(("geo_factor", .double(g))) }
        graphAttributes.append(("as_of", .string(o.asOf.description)))
        graphAttributes.append(("settings", .string(settingsJSON(o.settings))))
        if let a = o.apbd { graphAttributes.append(("apbd", .double(a))) }
        if let t = chart.typology { graphAttributes.append(("typology", .string(typologyJSON(t)))) }
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
            if let t = unit.type { label.append(DiagramLabel.type(t, l)) }
            if view == .units && posts > 0 {
                label.append(l.pick("\(l.integer(posts)) jabatan, \(l.integer(filled))/\(l.integer(seats)) terisi",
                                    "\(l.integer(posts)) posts, \(l.integer(filled))/\(l.integer(seats)) filled"))
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
            if let k = post.functionalKind { attrs.append(("functional_kind", .string(k))) }
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
            if let e = post.eselon { line.append(l.pick("Eselon \(e.rawValue)", "Eselon \(e.rawValue)")) }
            if let j = post.jenjang { line.append(DiagramLabel.jenjang(j, l)) }
            if post.eselon == nil && post.jenjang == nil && post.level != .politik { line.append(DiagramLabel.level(post.level, l)) }
            if let g = post.grade { line.append(l.pick("kelas \(g)", "class \(g)")) }
            if !line.isEmpty { label.append(line.joined(separator: " · ")) }
            if post.level != .politik {
                var seatsLine = l.pick("\(l.integer(filled))/\(l.integer(post.seats)) terisi", "\(l.integer(filled))/\(l.integer(post.seats)) filled")
                if let g = gapOf[p], g.hasWorkload { seatsLine += l.pick(", kebutuhan \(l.integer(g.figures.need))", ", need \(l.integer(g.figures.need))") }
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
                              vacant: post.level != .politik && filled == 0,
                              holders: graph.holders[p].map { chart.people[$0].name }))
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
            add("acting", person.acting)
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
        ("tpp", .object(s.tpp.keys.sorted().map { (String($0), JSONValue.int(s.tpp[$0]!)) })),
        ("gaji_pokok", .object(Rank.allCases.compactMap { r in s.baseSalary[r].map { (r.rawValue, JSONValue.array([.int($0.lowerBound), .int($0.upperBound)])) } })),
        ("belanja_pegawai_ceiling", .exactDouble(s.personnelSpendingCeiling)),
        ("pppk_share", .exactDouble(s.pppkShare)),
    ] + Settings.integerSettings.map { ($0.key, JSONValue.int(s[keyPath: $0.path])) }
      + Settings.integerListSettings.map { ($0.key, JSONValue.array(s[keyPath: $0.path].map(JSONValue.int))) }
      + Settings.textSettings.compactMap { t in s[keyPath: t.path].map { (t.key, JSONValue.string($0)) } }
    ).serialized()
}

/// The pemetaan figures (`typology:`) as one JSON graph attribute, so that an import gives them back.
func typologyJSON(_ t: TypologyInput) -> String {
    var fields: [(String, JSONValue)] = []
    if let p = t.population { fields.append(("population", .exactDouble(p))) }
    if let a = t.area { fields.append(("area", .exactDouble(a))) }
    fields.append(("affairs", .object(t.indicators.keys.sorted().map { k in
        (k, JSONValue.object(t.indicators[k]!.keys.sorted().map { ($0, JSONValue.exactDouble(t.indicators[k]![$0]!)) }))
    })))
    if !t.kecamatan.isEmpty {
        fields.append(("kecamatan", .object(t.kecamatan.keys.sorted().map { k in
            (k, JSONValue.object(t.kecamatan[k]!.keys.sorted().map { ($0, JSONValue.exactDouble(t.kecamatan[k]![$0]!)) }))
        })))
    }
    return JSONValue.object(fields).serialized()
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
    /// (with where they were, "dipindah dari Sekretariat Dinas Kesehatan"), converted posts (with their
    /// old level), and adds what was removed as ghost nodes: in the units view one ghost per abolished
    /// subtree; in the positions and people views every abolished post, inside its own unit when that
    /// unit survives or was abolished too (a ghost cluster), else inside the unit its colleagues went to.
    /// The title gets the net changes.
    public mutating func markDifferences(from base: OrgGraph) {
        isDiff = true
        let l = language
        let oldUnits = Dictionary(base.units.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let oldPosts = Dictionary(base.positions.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        /// A unit's old name that says which one: "Sekretariat Dinas Kesehatan", not "Sekretariat".
        func oldName(_ id: String) -> String {
            guard let u = base.unitIndex[id] else { return id }
            let name = base.units[u].name
            let top = base.topLevelUnit(of: u)
            guard top != u, top != base.rootUnit else { return name }
            let pd = base.units[top].name
            return name.localizedCaseInsensitiveContains(pd) ? name : "\(name) \(pd)"
        }
        // The units view draws no posts: a unit whose subtree holds posts converted from structural to
        // functional (penyetaraan) carries the tag itself, with their number.
        var convertedUnder: [String: Int] = [:]
        if view == .units {
            for (post, level) in chartPostLevel.sorted(by: { $0.key < $1.key }) where level == .fungsional {
                guard let old = oldPosts[post], old.level.isStructural, var unit = chartPostUnit[post] else { continue }
                var steps = 0
                while steps < 64 {
                    convertedUnder[unit, default: 0] += 1
                    guard let parent = chartUnitParent[unit] else { break }
                    unit = parent
                    steps += 1
                }
            }
        }
        var present: Set<String> = []
        var newUnitParent: [String: String?] = [:], newPostUnit: [String: String] = [:]
        for e in edges where e.kind == .contains { newUnitParent[e.target] = e.source }
        for i in nodes.indices {
            let n = nodes[i]
            present.insert(n.id)
            guard case .string(let ref)? = n.attributes.first(where: { $0.0 == "ref" })?.1 else { continue }
            switch n.kind {
            case .unit:
                if let old = oldUnits[ref] {
                    // The unit's parent in the whole chart: the export's top unit keeps its parent too.
                    if let was = old.parent, was != chartUnitParent[ref] {
                        nodes[i].diff = .moved
                        nodes[i].diffNote = l.pick("dipindah dari \(oldName(was))", "moved from \(oldName(was))")
                    }
                } else {
                    nodes[i].diff = .added
                }
                if nodes[i].diff == .unchanged, let n = convertedUnder[ref], n > 0 {
                    nodes[i].diff = .converted
                    nodes[i].diffNote = l.pick("\(l.integer(n)) jabatan disetarakan", "\(l.integer(n)) posts converted")
                    // On the box's last line, not a line of its own, so a whole regency's change page keeps its size.
                    if let last = nodes[i].label.indices.last, nodes[i].label.count > 1 {
                        nodes[i].label[last] += l.pick(", \(l.integer(n)) disetarakan", ", \(l.integer(n)) converted")
                        nodes[i].attributes.append(("diff", .string(nodes[i].diff.rawValue)))
                        continue
                    }
                }
            case .position:
                if let old = oldPosts[ref] {
                    let unit = chartPostUnit[ref] ?? old.unit
                    newPostUnit[ref] = unit
                    if case .string(let level)? = n.attributes.first(where: { $0.0 == "level" })?.1, level != old.level.rawValue {
                        nodes[i].diff = .converted
                        let was = DiagramLabel.level(old.level, l) + (old.eselon.map { " (eselon \($0.rawValue))" } ?? "")
                        nodes[i].diffNote = l.pick("disetarakan dari \(was)", "converted from \(was)")
                    } else if unit != old.unit {
                        nodes[i].diff = .moved
                        nodes[i].diffNote = l.pick("dipindah dari \(oldName(old.unit))", "moved from \(oldName(old.unit))")
                    }
                } else {
                    nodes[i].diff = .added
                }
            default: continue
            }
            if let note = nodes[i].diffNote { nodes[i].label.append(note) }
            nodes[i].attributes.append(("diff", .string(nodes[i].diff.rawValue)))
        }
        func ghostUnit(_ unit: Unit, container: String?) -> Node {
            var label = [unit.name]
            if let t = unit.type { label.append(DiagramLabel.type(t, l)) }
            return Node(id: ExportGraph.unitID(unit.id), kind: .unit, label: label, container: container,
                        attributes: [("kind", .string("unit")), ("label", .string(unit.name)), ("ref", .string(unit.id)),
                                     ("name", .string(unit.name)), ("unit_kind", .string(unit.kind.rawValue)), ("diff", .string("removed"))],
                        level: nil, vacant: false, diff: .removed)
        }
        // Units and posts still in the chart but outside this export's scope are not gone; and a ghost
        // never goes inside a unit drawn as one box (an overview's summary): its own page shows it.
        let summaries = Set(nodes.filter(\.isSummary).map(\.id))
        present.subtract(summaries)
        if view == .units {
            for unit in base.units where !present.contains(ExportGraph.unitID(unit.id)) && !chartUnits.contains(unit.id) {
                // Only ghosts whose old parent survives, so one abolished subtree shows as one ghost.
                guard let parent = unit.parent, let parentDepth = unitDepth[ExportGraph.unitID(parent)],
                      depthLimit.map({ parentDepth + 1 <= $0 }) ?? true else { continue }
                nodes.append(ghostUnit(unit, container: nil))
                edges.append(Edge(source: ExportGraph.unitID(parent), target: ExportGraph.unitID(unit.id), kind: .contains,
                                  attributes: [("kind", .string("contains"))]))
            }
        } else {
            // Where each old unit's surviving posts went (a merged unit's posts now sit in the new unit).
            var wentTo: [String: String] = [:]
            for (ref, unit) in newPostUnit.sorted(by: { $0.key < $1.key }) { if let old = oldPosts[ref], wentTo[old.unit] == nil { wentTo[old.unit] = unit } }
            // A vanished unit went where its child units, or the staff of its child units, went: to
            // their new parent. Deepest first, so a bidang follows its seksi and a dinas its bidang.
            for unit in base.units.sorted(by: { (base.unitDepth[base.unitIndex[$0.id]!], $0.id) > (base.unitDepth[base.unitIndex[$1.id]!], $1.id) }) {
                guard let parent = unit.parent, wentTo[parent] == nil, !chartUnits.contains(parent) else { continue }
                let landed = chartUnits.contains(unit.id) ? unit.id : wentTo[unit.id]
                guard let landed, let newParent = chartUnitParent[landed] else { continue }
                wentTo[parent] = newParent
            }
            // Units abolished with none of their staff kept anywhere: ghost clusters holding their posts,
            // in the old preorder, so that a ghost bidang holds its ghost seksi.
            var ghosts: Set<String> = []
            for u in base.subtree(of: base.rootUnit) {
                let unit = base.units[u]
                guard !present.contains(ExportGraph.unitID(unit.id)), !chartUnits.contains(unit.id), wentTo[unit.id] == nil,
                      let parent = unit.parent else { continue }
                let container: String
                if present.contains(ExportGraph.unitID(parent)) {
                    container = parent
                } else if let moved = wentTo[parent], present.contains(ExportGraph.unitID(moved)) {
                    container = moved
                } else {
                    continue   // outside the export's scope
                }
                let depth = (unitDepth[ExportGraph.unitID(container)] ?? 0) + 1
                guard depthLimit.map({ depth <= $0 }) ?? true else { continue }
                unitDepth[ExportGraph.unitID(unit.id)] = depth
                nodes.append(ghostUnit(unit, container: ExportGraph.unitID(container)))
                present.insert(ExportGraph.unitID(unit.id))
                ghosts.insert(unit.id)
            }
            for post in base.positions where !present.contains(ExportGraph.positionID(post.id)) && chartPostUnit[post.id] == nil {
                let container: String
                if present.contains(ExportGraph.unitID(post.unit)) {
                    container = ExportGraph.unitID(post.unit)
                } else if let moved = wentTo[post.unit], present.contains(ExportGraph.unitID(moved)) {
                    container = ExportGraph.unitID(moved)
                } else {
                    continue   // outside the export's scope
                }
                nodes.append(Node(id: ExportGraph.positionID(post.id), kind: .position, label: [post.title], container: container,
                                  attributes: [("kind", .string("position")), ("label", .string(post.title)), ("ref", .string(post.id)),
                                               ("title", .string(post.title)), ("level", .string(post.level.rawValue)), ("diff", .string("removed"))],
                                  level: post.level, vacant: false, diff: .removed))
            }
        }
        let changes = diffCounts
        if !changes.isEmpty { title += " — " + changes }
    }

    /// The net changes in words: "3 unit baru, 2 unit dihapus; 12 jabatan baru, 30 dihapus, 5 dipindah, 8 disetarakan".
    public var diffCounts: String {
        let l = language
        func count(_ kind: NodeKind, _ mark: DiffMark) -> Int { nodes.count { $0.kind == kind && $0.diff == mark } }
        var parts: [String] = []
        var units: [String] = []
        let (ua, ur, um) = (count(.unit, .added), count(.unit, .removed), count(.unit, .moved))
        if ua > 0 { units.append(l.pick("\(l.integer(ua)) unit baru", "\(l.integer(ua)) new units")) }
        if ur > 0 { units.append(l.pick("\(l.integer(ur)) unit dihapus", "\(l.integer(ur)) units abolished")) }
        if um > 0 { units.append(l.pick("\(l.integer(um)) unit dipindah", "\(l.integer(um)) units moved")) }
        if !units.isEmpty { parts.append(units.joined(separator: ", ")) }
        var posts: [String] = []
        let (pa, pr, pm, pc) = (count(.position, .added), count(.position, .removed), count(.position, .moved), count(.position, .converted))
        if pa > 0 { posts.append(l.pick("\(l.integer(pa)) jabatan baru", "\(l.integer(pa)) new posts")) }
        if pr > 0 { posts.append(l.pick("\(l.integer(pr)) jabatan dihapus", "\(l.integer(pr)) posts abolished")) }
        if pm > 0 { posts.append(l.pick("\(l.integer(pm)) dipindah", "\(l.integer(pm)) moved")) }
        if pc > 0 { posts.append(l.pick("\(l.integer(pc)) disetarakan", "\(l.integer(pc)) converted")) }
        if !posts.isEmpty { parts.append(posts.joined(separator: ", ")) }
        return parts.joined(separator: "; ")
    }
}

extension ExportGraph {
    /// The overview page of a unit too big for one page: the unit's own posts, and each child unit as one
    /// box carrying its totals (posts, people in post B, need K, and B − K), under the post its head
    /// reports to.
    /// `figures`: the chart's figures, when computed once for many pages.
    public static func overview(_ graph: OrgGraph, view: ExportView, unit: String,
                                language l: Language = .indonesian, figures: ExportFigures? = nil) throws -> ExportGraph {
        let shared = figures ?? ExportFigures(graph)
        var g = try ExportGraph(graph, view: view, unit: unit, depth: 0, language: l, figures: shared)
        guard let u = graph.unitIndex[unit] else { return g }
        let head: Int? = graph.unitHead[u] >= 0 ? graph.unitHead[u] : nil
        for c in graph.unitChildren[u] {
            let child = graph.units[c]
            let f = shared.unitGap[c]
            let posts = graph.subtree(of: c).reduce(0) { $0 + graph.unitPositions[$1].count }
            let id = ExportGraph.unitID(child.id)
            var label = [child.name]
            label.append(l.pick("\(l.integer(posts)) jabatan", "\(l.integer(posts)) posts"))
            var node = Node(id: id, kind: .unit, label: label, container: ExportGraph.unitID(unit),
                            attributes: [("kind", .string("unit")), ("label", .string(child.name)), ("ref", .string(child.id)),
                                         ("name", .string(child.name)), ("unit_kind", .string(child.kind.rawValue)),
                                         ("posts", .int(posts)), ("filled", .int(f.filled)), ("need", .int(f.need))],
                            level: nil, vacant: false)
            node.isSummary = true
            g.nodes.append(node)
            g.unitDepth[id] = 1
            // Under the post the child's head reports to, else under the unit's head.
            var superior = graph.unitHead[c] >= 0 ? graph.superior[graph.unitHead[c]] : -1
            if superior < 0 || graph.positionUnit[superior] != u { superior = head ?? -1 }
            if superior >= 0 {
                g.edges.append(Edge(source: id, target: ExportGraph.positionID(graph.positions[superior].id), kind: .reportsTo,
                                    attributes: [("kind", .string("reports-to")), ("explicit", .bool(false))]))
            }
        }
        g.depthLimit = 1
        return g
    }

}

extension ExportGraph {
    /// Only the child units `kept` (unit ids) of the export's top unit, with everything inside them,
    /// inside the top unit's frame: several small units (puskesmas, kelurahan) packed on one page.
    public func restricted(toChildren kept: [String]) -> ExportGraph {
        let keptIDs = Set(kept.map(ExportGraph.unitID))
        var containerOf: [String: String] = [:]
        for n in nodes { if let c = n.container { containerOf[n.id] = c } }
        var memo: [String: Bool] = [:]
        func inside(_ id: String) -> Bool {
            if keptIDs.contains(id) { return true }
            if let known = memo[id] { return known }
            let result = containerOf[id].map(inside) ?? false
            memo[id] = result
            return result
        }
        var g = self
        let top = nodes.first { $0.kind == .unit && $0.container == nil }?.id
        g.nodes = nodes.filter { inside($0.id) || $0.id == top }
        let present = Set(g.nodes.map(\.id))
        g.edges = edges.filter { present.contains($0.source) && present.contains($0.target) }
        return g
    }
}
