import Foundation
public import OrgModel
import OrgAnalysis

/// Reads GraphML back into an `OrgChart`.
///
/// A file Ramping wrote with `--view people` (graph data `format: ramping/1`) is rebuilt exactly: every
/// unit, post, person, competency and career path with every field, so that export then import gives an
/// equal chart. A GraphML file from elsewhere (yEd, NetworkX, Gephi) that holds a tree is mapped: each
/// node becomes a unit with a head post, each edge a parent link; the report says what was mapped, what
/// was guessed and what was ignored.
public enum ChartImporter {
    /// A place in the GraphML file: line and column, both from 1.
    public struct Location: Hashable, Sendable {
        public let line: Int
        public let column: Int
        public init(line: Int, column: Int) {
            self.line = line
            self.column = column
        }
    }

    /// What was mapped, guessed and ignored.
    public struct Report: Sendable {
        public var mapped: [ImportNote] = []
        public var guessed: [ImportNote] = []
        public var ignored: [ImportNote] = []
        /// Where each imported record came from (the node it was read from; the organisation at the
        /// `<graph>`), so that a problem in the imported chart points into the GraphML.
        public var locations: [RecordLabel: Location] = [:]
    }

    public typealias Failure = ImportFailure
    typealias NodeKey = ExportSchema.NodeKey
    typealias EdgeKey = ExportSchema.EdgeKey
    typealias GraphKey = ExportSchema.GraphKey

    /// Imports GraphML bytes; `asOf` dates a foreign chart (ours carries its own).
    public static func importGraphML(_ data: Data, asOf: Day) throws(ImportFailure) -> (OrgChart, Report) {
        let doc: GraphMLDocument
        do {
            doc = try GraphMLDocument(data: data)
        } catch let error as GraphMLDocument.ReadError {
            switch error {
            case .notXML(let line, let column, let message):
                throw ImportFailure(.notXML(message: message), at: line > 0 ? Location(line: line, column: max(column, 1)) : nil)
            case .tooManyAttributes(let line, let column, let element):
                throw ImportFailure(.tooManyAttributes(element: element, limit: GraphMLDocument.maxAttributes), at: Location(line: line, column: column))
            case .entities: throw ImportFailure(.entities)
            case .notGraphML(let root): throw ImportFailure(.notGraphML(root: root))
            case .noGraph: throw ImportFailure(.noGraph)
            }
        } catch {
            throw ImportFailure(.notXML(message: "\(error)"))
        }
        let graphData = values(doc.graphData, doc)
        let graph = Location(line: doc.graphLine, column: doc.graphColumn)
        do {
            var (chart, report) = graphData[GraphKey.format] == OrgChart.format ? try importOwn(doc, graphData) : try importForeign(doc, asOf: asOf)
            report.locations[RecordLabel(.organisation, nil)] = graph
            return (chart, report)
        } catch {
            throw error.placed(at: graph)
        }
    }

    /// Data by attribute name (the key's `attr.name`), first value wins.
    static func values(_ data: [(key: String, value: String)], _ doc: GraphMLDocument) -> [String: String] {
        var out: [String: String] = [:]
        for (key, value) in data {
            let name = doc.keys[key]?.name ?? key
            if out[name] == nil { out[name] = value }
        }
        return out
    }

    // MARK: Our own files

    static func importOwn(_ doc: GraphMLDocument, _ g: [String: String]) throws(ImportFailure) -> (OrgChart, Report) {
        var report = Report()
        // The node or edge being read: every failure while reading it is placed there.
        var current: Location?
        func reading(_ body: () throws(ImportFailure) -> Void) throws(ImportFailure) {
            do { try body() } catch { throw error.placed(at: current) }
        }
        if g[GraphKey.view] != ExportView.people.rawValue || g[GraphKey.scope] != nil {
            throw ImportFailure(.partialExport(view: g[GraphKey.view] ?? "?", scope: g[GraphKey.scope]))
        }
        func need(_ dict: [String: String], _ key: String, _ place: ImportPlace) throws(ImportFailure) -> String {
            guard let v = dict[key] else { throw ImportFailure(.missingData(place: place, key: key)) }
            return v
        }
        func vocab<V: Vocabulary>(_ dict: [String: String], _ key: String, _ place: ImportPlace) throws(ImportFailure) -> V? {
            guard let s = dict[key] else { return nil }
            guard let v = V(rawValue: s) else {
                throw ImportFailure(.unknownValue(place: place, key: key, value: s, suggestion: suggestion(for: s, in: V.self)))
            }
            return v
        }
        func day(_ dict: [String: String], _ key: String, _ place: ImportPlace) throws(ImportFailure) -> Day? {
            guard let s = dict[key] else { return nil }
            guard let d = Day(iso: s) else { throw ImportFailure(.notADate(place: place, key: key, value: s)) }
            return d
        }
        func int(_ dict: [String: String], _ key: String, _ place: ImportPlace) throws(ImportFailure) -> Int? {
            guard let s = dict[key] else { return nil }
            guard let i = Int(s) else { throw ImportFailure(.notAWholeNumber(place: place, key: key, value: s)) }
            return i
        }

        guard let asOf = try day(g, GraphKey.asOf.rawValue, .graph) else { throw ImportFailure(.missingData(place: .graph, key: GraphKey.asOf.rawValue)) }
        guard let region: Region = try vocab(g, GraphKey.region.rawValue, .graph) else { throw ImportFailure(.missingData(place: .graph, key: GraphKey.region.rawValue)) }
        var organisation = Organisation(id: try need(g, GraphKey.organisation.rawValue, .graph), name: try need(g, GraphKey.name.rawValue, .graph),
                                        region: region, province: g[GraphKey.province], geoFactor: g[GraphKey.geoFactor].flatMap(Double.init), asOf: asOf)
        if let s = g[GraphKey.settings] { organisation.settings = try settings(fromJSON: s) }
        organisation.apbd = g[GraphKey.apbd].flatMap(Double.init)
        var chart = OrgChart(organisation: organisation)
        if let t = g[GraphKey.typology] { chart.typology = try typology(fromJSON: t) }

        var unitOf: [String: String] = [:], positionOf: [String: String] = [:], personOf: [String: String] = [:]
        var competencyOf: [String: String] = [:]
        var units: [(String, OrgModel.Unit)] = [], positions: [(String, Position)] = [], people: [(String, Person)] = []
        let recordKinds: [ExportGraph.NodeKind: RecordKind] = [.unit: .unit, .position: .position, .person: .person, .competency: .competency]
        for node in doc.nodes { try reading { () throws(ImportFailure) in
            current = Location(line: node.line, column: node.column)
            let d = values(node.data, doc)
            let place = ImportPlace.node(id: node.id)
            let ref = try need(d, NodeKey.ref.rawValue, place)
            let nodeKind = d[NodeKey.kind].flatMap(ExportGraph.NodeKind.init)
            if let kind = nodeKind.flatMap({ recordKinds[$0] }), report.locations[RecordLabel(kind, ref)] == nil {
                report.locations[RecordLabel(kind, ref)] = current
            }
            switch nodeKind {
            case .unit:
                let kind: UnitKind = try vocab(d, NodeKey.unitKind.rawValue, place) ?? .bidang
                var unit = OrgModel.Unit(id: ref, name: try need(d, NodeKey.name.rawValue, place), kind: kind,
                                         type: try vocab(d, NodeKey.type.rawValue, place))
                if let a = d[NodeKey.affairs] { unit.affairs = try stringList(fromJSON: a, place, NodeKey.affairs.rawValue) }
                units.append((node.id, unit))
                unitOf[node.id] = ref
            case .position:
                var post = Position(id: ref, title: try need(d, NodeKey.title.rawValue, place), unit: d[NodeKey.unit] ?? "",
                                    head: d[NodeKey.head] == "true", level: try vocab(d, NodeKey.level.rawValue, place) ?? .pelaksana)
                post.eselon = try vocab(d, NodeKey.eselon.rawValue, place)
                post.jenjang = try vocab(d, NodeKey.jenjang.rawValue, place)
                post.functionalKind = d[NodeKey.functionalKind]
                post.grade = try int(d, NodeKey.grade.rawValue, place)
                post.seats = try int(d, NodeKey.seats.rawValue, place) ?? 1
                post.requires.rank = try vocab(d, NodeKey.requiresRank.rawValue, place)
                post.requires.education = try vocab(d, NodeKey.requiresEducation.rawValue, place)
                if let w = d[NodeKey.workload] { post.workload = try workload(fromJSON: w, place) }
                positions.append((node.id, post))
                positionOf[node.id] = ref
            case .person:
                var p = Person(nip: ref, name: try need(d, NodeKey.name.rawValue, place))
                p.since = try day(d, NodeKey.since.rawValue, place)
                p.acting = d[NodeKey.acting]
                p.rank = try vocab(d, NodeKey.rank.rawValue, place)
                p.rankSince = try day(d, NodeKey.rankSince.rawValue, place)
                p.education = try vocab(d, NodeKey.education.rawValue, place)
                p.born = try day(d, NodeKey.born.rawValue, place)
                p.gender = try vocab(d, NodeKey.gender.rawValue, place)
                p.status = try vocab(d, NodeKey.status.rawValue, place)
                p.performance = try vocab(d, NodeKey.performance.rawValue, place)
                p.potential = try vocab(d, NodeKey.potential.rawValue, place)
                people.append((node.id, p))
                personOf[node.id] = ref
            case .competency:
                chart.competencies.append(Competency(id: ref, name: try need(d, NodeKey.name.rawValue, place),
                                                     kind: try vocab(d, NodeKey.competencyKind.rawValue, place) ?? .technical))
                competencyOf[node.id] = ref
            case nil:
                throw ImportFailure(.unknownKind(place: place, kind: d[NodeKey.kind]))
            }
        } }
        var unitIndex: [String: Int] = [:], positionIndex: [String: Int] = [:], personIndex: [String: Int] = [:]
        for (i, (node, _)) in units.enumerated() { unitIndex[node] = i }
        for (i, (node, _)) in positions.enumerated() { positionIndex[node] = i }
        for (i, (node, _)) in people.enumerated() { personIndex[node] = i }
        for edge in doc.edges { try reading { () throws(ImportFailure) in
            current = Location(line: edge.line, column: edge.column)
            let d = values(edge.data, doc)
            let place = ImportPlace.edge(source: edge.source, target: edge.target)
            switch d[EdgeKey.kind].flatMap(ExportGraph.EdgeKind.init) {
            case .contains:
                if let child = unitIndex[edge.target], let parent = unitOf[edge.source] { units[child].1.parent = parent }
            case .belongsTo:
                if let p = positionIndex[edge.source], let u = unitOf[edge.target] { positions[p].1.unit = u }
            case .reportsTo:
                if d[EdgeKey.explicit] == "true", let p = positionIndex[edge.source], let s = positionOf[edge.target] { positions[p].1.reportsTo = s }
            case .dotted:
                if let p = positionIndex[edge.source], let t = positionOf[edge.target] { positions[p].1.dotted.append(t) }
            case .requires:
                if let p = positionIndex[edge.source], let c = competencyOf[edge.target], let level = try int(d, EdgeKey.level.rawValue, place) {
                    positions[p].1.requires.competencies.append(CompetencyLevel(c, level))
                }
            case .holds:
                if let i = personIndex[edge.source], let p = positionOf[edge.target] { people[i].1.position = p }
            case .has:
                if let i = personIndex[edge.source], let c = competencyOf[edge.target], let level = try int(d, EdgeKey.level.rawValue, place) {
                    people[i].1.competencies.append(CompetencyLevel(c, level))
                }
            case .careerPath:
                if let from = positionOf[edge.source], let to = positionOf[edge.target] {
                    chart.careerPaths.append(CareerPath(from: from, to: to, minYears: d[EdgeKey.minYears].flatMap(Double.init)))
                }
            case nil:
                throw ImportFailure(.unknownKind(place: place, kind: d[EdgeKey.kind]))
            }
        } }
        current = nil
        chart.units = units.map(\.1)
        chart.positions = positions.map(\.1)
        chart.people = people.map(\.1)
        report.mapped.append(.ownFile(units: chart.units.count, posts: chart.positions.count, people: chart.people.count,
                                      competencies: chart.competencies.count, careerPaths: chart.careerPaths.count))
        report.ignored.append(.derivedRecomputed(keys: ExportSchema.derivedNodeKeys.map(\.rawValue)))
        return (chart, report)
    }

    static func json(_ text: String, _ place: ImportPlace, _ key: String) throws(ImportFailure) -> Any {
        guard let object = try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed]) else {
            throw ImportFailure(.invalidJSON(place: place, key: key, excerpt: String(text.prefix(60))))
        }
        return object
    }

    static func stringList(fromJSON text: String, _ place: ImportPlace, _ key: String) throws(ImportFailure) -> [String] {
        guard let list = try json(text, place, key) as? [String] else { throw ImportFailure(.invalidJSON(place: place, key: key, excerpt: String(text.prefix(60)))) }
        return list
    }

    static func workload(fromJSON text: String, _ place: ImportPlace) throws(ImportFailure) -> [WorkloadTask] {
        let key = NodeKey.workload.rawValue
        guard let list = try json(text, place, key) as? [[String: Any]] else { throw ImportFailure(.invalidJSON(place: place, key: key, excerpt: String(text.prefix(60)))) }
        var tasks: [WorkloadTask] = []
        for item in list {
            guard let task = item["task"] as? String, let volume = (item["volume"] as? NSNumber)?.doubleValue,
                  let minutes = (item["minutes"] as? NSNumber)?.doubleValue else {
                throw ImportFailure(.missingData(place: place, key: key + ".task/volume/minutes"))
            }
            tasks.append(WorkloadTask(task: task, volume: volume, minutes: minutes))
        }
        return tasks
    }

    static func settings(fromJSON text: String) throws(ImportFailure) -> Settings {
        let key = GraphKey.settings.rawValue
        guard let o = try json(text, .graph, key) as? [String: Any] else { throw ImportFailure(.invalidJSON(place: .graph, key: key, excerpt: String(text.prefix(60)))) }
        var s = Settings()
        func numbers(_ key: String) -> [Double]? { (o[key] as? [NSNumber])?.map(\.doubleValue) }
        if let v = (o["effective_hours"] as? NSNumber)?.doubleValue { s.effectiveHours = v }
        if let v = numbers("sensitivity_hours") { s.sensitivityHours = v }
        for setting in Settings.integerSettings {
            if let v = (o[setting.key] as? NSNumber)?.intValue { s[keyPath: setting.path] = v }
        }
        for setting in Settings.integerListSettings {
            if let v = (o[setting.key] as? [NSNumber])?.map(\.intValue), v.count == setting.count { s[keyPath: setting.path] = v }
        }
        for setting in Settings.textSettings { if let v = o[setting.key] as? String { s[keyPath: setting.path] = v } }
        if let v = numbers("ej_grades"), v.count == 4 { s.effectivenessGrades = v }
        if let v = (o["need_rounding"] as? String).flatMap(Settings.NeedRounding.init) { s.needRounding = v }
        if let table = o["structural_allowance"] as? [String: NSNumber] {
            for (k, v) in table { if let e = Eselon(rawValue: k) { s.structuralAllowance[e] = v.intValue } }
        }
        if let table = o["tpp"] as? [String: NSNumber] {
            for (k, v) in table { if let grade = Int(k) { s.tpp[grade] = v.intValue } }
        }
        if let table = o["gaji_pokok"] as? [String: [NSNumber]] {
            for (k, v) in table where v.count == 2 && v[0].intValue <= v[1].intValue {
                if let r = Rank(rawValue: k) { s.baseSalary[r] = v[0].intValue...v[1].intValue }
            }
        }
        if let v = (o["belanja_pegawai_ceiling"] as? NSNumber)?.doubleValue { s.personnelSpendingCeiling = v }
        if let v = (o["pppk_share"] as? NSNumber)?.doubleValue { s.pppkShare = v }
        return s
    }

    /// The `typology` graph attribute: the pemetaan figures an export carries.
    static func typology(fromJSON text: String) throws(ImportFailure) -> TypologyInput {
        let key = GraphKey.typology.rawValue
        guard let o = try json(text, .graph, key) as? [String: Any] else { throw ImportFailure(.invalidJSON(place: .graph, key: key, excerpt: String(text.prefix(60)))) }
        var t = TypologyInput()
        t.population = (o["population"] as? NSNumber)?.doubleValue
        t.area = (o["area"] as? NSNumber)?.doubleValue
        for (k, v) in (o["affairs"] as? [String: [String: NSNumber]]) ?? [:] { t.indicators[k] = v.mapValues(\.doubleValue) }
        for (k, v) in (o["kecamatan"] as? [String: [String: NSNumber]]) ?? [:] { t.kecamatan[k] = v.mapValues(\.doubleValue) }
        return t
    }

    // MARK: Files from elsewhere

    static func importForeign(_ doc: GraphMLDocument, asOf: Day) throws(ImportFailure) -> (OrgChart, Report) {
        var report = Report()
        guard !doc.nodes.isEmpty else { throw ImportFailure(.noNodes) }
        let labelKeys = ["label", "name", "title", "nama", "nodelabel"]
        var usedNames: Set<String> = []
        var ids: [String: String] = [:]
        var taken: Set<String> = []
        func slug(_ raw: String) -> String {
            var s = String(raw.unicodeScalars.map { c -> Character in
                (c.isASCII && (c.properties.isAlphabetic || ("0"..."9").contains(c))) || c == "-" || c == "." || c == "_" ? Character(c) : "-"
            })
            if s.isEmpty { s = "node" }
            var candidate = s, k = 2
            while taken.contains(candidate) { candidate = "\(s)-\(k)"; k += 1 }
            taken.insert(candidate)
            return candidate
        }
        struct Item { var id: String; var name: String; var kind: UnitKind?; var parent: String? }
        var items: [Item] = []
        var index: [String: Int] = [:]
        for node in doc.nodes {
            defer {
                if let i = index[node.id], report.locations[RecordLabel(.unit, items[i].id)] == nil {
                    let at = Location(line: node.line, column: node.column)
                    report.locations[RecordLabel(.unit, items[i].id)] = at
                    report.locations[RecordLabel(.position, "\(items[i].id).kepala")] = at
                }
            }
            guard index[node.id] == nil else {
                report.ignored.append(.duplicateNode(id: node.id, line: node.line))
                continue
            }
            var name: String?
            var kind: UnitKind?
            for (key, value) in node.data {
                let attr = (doc.keys[key]?.name ?? key).lowercased()
                if labelKeys.contains(attr), name == nil, !value.isEmpty { name = value; usedNames.insert(attr) }
                else if attr == "kind" || attr == "unit_kind", let k = UnitKind(rawValue: value) { kind = k; usedNames.insert(attr) }
            }
            if name == nil, let label = node.yEdLabel?.trimmingCharacters(in: .whitespacesAndNewlines), !label.isEmpty {
                name = label.replacingOccurrences(of: "\n", with: " ")
                usedNames.insert("yEd NodeLabel")
            }
            let id = slug(node.id)
            ids[node.id] = id
            index[node.id] = items.count
            items.append(Item(id: id, name: name ?? node.id, kind: kind, parent: nil))
        }
        var parentLinks = 0
        for edge in doc.edges {
            guard let s = index[edge.source], let t = index[edge.target] else {
                report.ignored.append(.edgeToMissingNode(source: edge.source, target: edge.target, line: edge.line))
                continue
            }
            if s == t || items[t].parent != nil {
                report.ignored.append(.edgeNotTree(source: edge.source, target: edge.target, name: items[t].name, line: edge.line))
                continue
            }
            items[t].parent = items[s].id
            parentLinks += 1
        }
        // Cycles. Items are looked up by id through a dictionary: linear, not a search per item.
        let itemIndex = Dictionary(items.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let parentIndex = items.map { item in item.parent.flatMap { itemIndex[$0] } ?? -1 }
        let (_, cycles) = depths(parents: parentIndex)
        if let cycle = cycles.first { throw ImportFailure(.cycle(names: cycle.map { items[$0].name })) }
        let roots = items.indices.filter { items[$0].parent == nil }
        if roots.count > 1 {
            let root = Item(id: slug("pemda"), name: doc.description ?? "Pemerintah Daerah", kind: .pemda, parent: nil)
            for r in roots { items[r].parent = root.id }
            items.insert(root, at: 0)
            report.guessed.append(.rootAdded(below: roots.count, name: root.name))
        }
        var guessedKinds: [UnitKind: Int] = [:]
        var chart = OrgChart(organisation: Organisation(id: slug(doc.graphID ?? "impor"), name: doc.description ?? "Pemerintah Daerah (impor)",
                                                        region: .kabupaten, asOf: asOf))
        for (i, item) in items.enumerated() {
            let kind = item.kind ?? (item.parent == nil ? .pemda : guessKind(item.name))
            if item.kind == nil { guessedKinds[kind, default: 0] += 1 }
            chart.units.append(OrgModel.Unit(id: item.id, name: item.name, kind: kind, parent: item.parent))
        }
        // Head posts, once every unit is known: the eselon of a head depends on its ancestors (Ps 95).
        let unitByID = Dictionary(chart.units.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for (i, unit) in chart.units.enumerated() {
            var ancestors: [OrgModel.Unit] = []
            var next = unit.parent
            while let id = next, let parent = unitByID[id], ancestors.count < 3 { ancestors.append(parent); next = parent.parent }
            let (level, eselon) = headLevel(unit.kind, ancestors: ancestors)
            chart.positions.append(Position(id: "\(unit.id).kepala", title: i == 0 && unit.kind == .pemda ? "Kepala Daerah" : "Kepala \(unit.name)",
                                            unit: unit.id, head: true, level: level, eselon: eselon,
                                            jenjang: level == .fungsional ? .ahliMadya : nil,
                                            functionalKind: level == .fungsional ? "dokter" : nil))
        }
        report.mapped.append(.nodesToUnits(nodes: doc.nodes.count, parentLinks: parentLinks))
        if !usedNames.isEmpty { report.mapped.append(.namesFrom(sources: usedNames.sorted())) }
        if !guessedKinds.isEmpty { report.guessed.append(.kindsGuessed(counts: guessedKinds)) }
        report.guessed.append(.asOfSet(day: asOf))
        let otherKeys = doc.keyOrder.compactMap { doc.keys[$0] }.filter { $0.yFilesType == nil && !labelKeys.contains($0.name.lowercased()) && !["kind", "unit_kind"].contains($0.name.lowercased()) }
        if !otherKeys.isEmpty {
            report.ignored.append(.dataIgnored(names: otherKeys.map(\.name)))
        }
        if doc.extraGraphs > 0 {
            report.ignored.append(.extraGraphs(count: doc.extraGraphs))
        }
        return (chart, report)
    }

    /// A unit's kind from the first words of its name, the way planners name units.
    static func guessKind(_ name: String) -> UnitKind {
        let n = name.lowercased()
        let rules: [(String, UnitKind)] = [
            ("sekretariat daerah", .sekretariatDaerah), ("sekretariat dprd", .sekretariatDPRD), ("sekretariat", .sekretariat),
            ("inspektorat", .inspektorat), ("inspektur pembantu", .inspekturPembantu), ("dinas", .dinas), ("badan", .badan),
            ("satuan polisi", .satpolPP), ("satpol", .satpolPP), ("kecamatan", .kecamatan), ("kelurahan", .kelurahan),
            ("asisten", .asisten), ("subbagian", .subbagian), ("sub bagian", .subbagian), ("bagian", .bagian),
            ("subbidang", .subbidang), ("sub bidang", .subbidang), ("bidang", .bidang), ("seksi", .seksi), ("upt", .upt),
            ("rsud", .rsud), ("rumah sakit", .rsud), ("staf ahli", .stafAhli),
        ]
        return rules.first { n.hasPrefix($0.0) }?.1 ?? .bidang
    }

    /// The level and eselon of a unit kind's head, for head posts made on import: the eselon is the
    /// model's (`UnitKind.headEselon`, PP 18/2016 Ps 95), the level follows from it.
    static func headLevel(_ kind: UnitKind, ancestors: [OrgModel.Unit] = []) -> (Level, Eselon?) {
        if kind == .pemda { return (.politik, nil) }
        // The RSUD's director is a doctor with an additional duty (Ps 95(8)); staf ahli and groups have no head.
        guard let eselon = kind.headEselon(type: nil, ancestors: ancestors) else { return (kind == .rsud ? .fungsional : .pelaksana, nil) }
        let level: Level = switch eselon.group {
        case 2: .jptPratama
        case 3: .administrator
        default: .pengawas
        }
        return (level, eselon)
    }
}
