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

    public struct Report: Sendable {
        public var mapped: [LocalizedText] = []
        public var guessed: [LocalizedText] = []
        public var ignored: [LocalizedText] = []
        /// Where each imported record came from (the node it was read from; the organisation at the
        /// `<graph>`), so that a problem in the imported chart points into the GraphML.
        public var locations: [RecordLabel: Location] = [:]
    }

    public struct Failure: Error, Sendable {
        public let message: LocalizedText
        /// Where in the GraphML file, when the problem has a place (a node, an edge, the XML itself).
        public var location: Location?
        public init(_ message: LocalizedText, at location: Location? = nil) {
            self.message = message
            self.location = location
        }
        init(id: String, en: String, at location: Location? = nil) {
            message = LocalizedText(id: id, en: en)
            self.location = location
        }

        /// This failure, placed at `location` unless it already has a place.
        func placed(at location: Location?) -> Failure {
            var copy = self
            if copy.location == nil { copy.location = location }
            return copy
        }
    }

    /// Imports GraphML bytes; `asOf` dates a foreign chart (ours carries its own).
    public static func importGraphML(_ data: Data, asOf: Day) throws -> (OrgChart, Report) {
        let doc: GraphMLDocument
        do {
            doc = try GraphMLDocument(data: data)
        } catch let error as GraphMLDocument.ReadError {
            switch error {
            case .notXML(let line, let column, let message):
                throw Failure(id: "bukan XML yang sah (\(message))", en: "not well-formed XML (\(message))",
                              at: line > 0 ? Location(line: line, column: max(column, 1)) : nil)
            case .tooManyAttributes(let line, let column, let element):
                throw Failure(id: "elemen <\(element)> punya lebih dari \(GraphMLDocument.maxAttributes) atribut; GraphML tidak memerlukan sebanyak itu, berkas ditolak tanpa dibaca",
                              en: "element <\(element)> has more than \(GraphMLDocument.maxAttributes) attributes; no GraphML needs that many, so the file is refused unread",
                              at: Location(line: line, column: column))
            case .entities:
                throw Failure(id: "berkas mendeklarasikan entitas XML (<!ENTITY …>) dan ditolak: entitas dapat mengembang tanpa batas atau membaca berkas lain; ekspor ulang tanpa DOCTYPE",
                              en: "the file declares XML entities (<!ENTITY …>) and is refused: an entity can expand without bound or read another file; export it again without a DOCTYPE")
            case .notGraphML(let root):
                throw Failure(id: "elemen akar <\(root)> bukan <graphml>; ini bukan berkas GraphML",
                              en: "the root element <\(root)> is not <graphml>; this is not a GraphML file")
            case .noGraph:
                throw Failure(id: "berkas GraphML tanpa <graph>", en: "the GraphML file has no <graph>")
            }
        }
        let graphData = values(doc.graphData, doc)
        let graph = Location(line: doc.graphLine, column: doc.graphColumn)
        do {
            var (chart, report) = graphData["format"] == OrgChart.format ? try importOwn(doc, graphData) : try importForeign(doc, asOf: asOf)
            report.locations[RecordLabel(.organisation, nil)] = graph
            return (chart, report)
        } catch let failure as Failure {
            throw failure.placed(at: graph)
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

    static func importOwn(_ doc: GraphMLDocument, _ g: [String: String]) throws -> (OrgChart, Report) {
        var report = Report()
        // The node or edge being read: every failure while reading it is placed there.
        var current: Location?
        func reading(_ body: () throws -> Void) throws {
            do { try body() } catch let failure as Failure { throw failure.placed(at: current) }
        }
        if g["view"] != ExportView.people.rawValue || g["scope"] != nil {
            throw Failure(id: "berkas ini ekspor --view \(g["view"] ?? "?")\(g["scope"].map { " --unit \($0)" } ?? ""); hanya ekspor --view people dari seluruh bagan memuat semua isian untuk diimpor kembali",
                          en: "this file is an export with --view \(g["view"] ?? "?")\(g["scope"].map { " --unit \($0)" } ?? ""); only a --view people export of the whole chart carries every field back")
        }
        func need(_ dict: [String: String], _ key: String, _ what: String) throws -> String {
            guard let v = dict[key] else { throw Failure(id: "\(what): data '\(key)' tidak ada", en: "\(what): data '\(key)' is missing") }
            return v
        }
        func vocab<V: Vocabulary>(_ dict: [String: String], _ key: String, _ what: String) throws -> V? {
            guard let s = dict[key] else { return nil }
            guard let v = V(rawValue: s) else { throw Failure(id: "\(what): nilai '\(s)' untuk '\(key)' tidak dikenal", en: "\(what): unknown value '\(s)' for '\(key)'") }
            return v
        }
        func day(_ dict: [String: String], _ key: String, _ what: String) throws -> Day? {
            guard let s = dict[key] else { return nil }
            guard let d = Day(iso: s) else { throw Failure(id: "\(what): '\(s)' bukan tanggal", en: "\(what): '\(s)' is not a date") }
            return d
        }
        func int(_ dict: [String: String], _ key: String, _ what: String) throws -> Int? {
            guard let s = dict[key] else { return nil }
            guard let i = Int(s) else { throw Failure(id: "\(what): '\(s)' bukan bilangan bulat", en: "\(what): '\(s)' is not a whole number") }
            return i
        }

        guard let asOf = try day(g, "as_of", "graph"), let region: Region = try vocab(g, "region", "graph") else {
            throw Failure(id: "data graf 'as_of' atau 'region' tidak ada", en: "graph data 'as_of' or 'region' is missing")
        }
        var organisation = Organisation(id: try need(g, "organisation", "graph"), name: try need(g, "name", "graph"), region: region,
                                        province: g["province"], geoFactor: g["geo_factor"].flatMap(Double.init), asOf: asOf)
        if let s = g["settings"] { organisation.settings = try settings(fromJSON: s) }
        organisation.apbd = g["apbd"].flatMap(Double.init)
        var chart = OrgChart(organisation: organisation)
        if let t = g["typology"] { chart.typology = try typology(fromJSON: t) }

        var unitOf: [String: String] = [:], positionOf: [String: String] = [:], personOf: [String: String] = [:]
        var competencyOf: [String: String] = [:]
        var units: [(String, OrgModel.Unit)] = [], positions: [(String, Position)] = [], people: [(String, Person)] = []
        for node in doc.nodes { try reading {
            current = Location(line: node.line, column: node.column)
            let d = values(node.data, doc)
            let what = "node \(node.id)"
            let ref = try need(d, "ref", what)
            let kinds: [String: RecordKind] = ["unit": .unit, "position": .position, "person": .person, "competency": .competency]
            if let kind = d["kind"].flatMap({ kinds[$0] }), report.locations[RecordLabel(kind, ref)] == nil {
                report.locations[RecordLabel(kind, ref)] = current
            }
            switch d["kind"] {
            case "unit":
                let kind: UnitKind = try vocab(d, "unit_kind", what) ?? .bidang
                var unit = OrgModel.Unit(id: ref, name: try need(d, "name", what), kind: kind, type: try vocab(d, "type", what))
                if let a = d["affairs"] { unit.affairs = try stringList(fromJSON: a, what) }
                units.append((node.id, unit))
                unitOf[node.id] = ref
            case "position":
                var post = Position(id: ref, title: try need(d, "title", what), unit: d["unit"] ?? "", head: d["head"] == "true",
                                    level: try vocab(d, "level", what) ?? .pelaksana)
                post.eselon = try vocab(d, "eselon", what)
                post.jenjang = try vocab(d, "jenjang", what)
                post.functionalKind = d["functional_kind"]
                post.grade = try int(d, "grade", what)
                post.seats = try int(d, "seats", what) ?? 1
                post.requires.rank = try vocab(d, "requires_rank", what)
                post.requires.education = try vocab(d, "requires_education", what)
                if let w = d["workload"] { post.workload = try workload(fromJSON: w, what) }
                positions.append((node.id, post))
                positionOf[node.id] = ref
            case "person":
                var p = Person(nip: ref, name: try need(d, "name", what))
                p.since = try day(d, "since", what)
                p.acting = d["acting"]
                p.rank = try vocab(d, "rank", what)
                p.rankSince = try day(d, "rank_since", what)
                p.education = try vocab(d, "education", what)
                p.born = try day(d, "born", what)
                p.gender = try vocab(d, "gender", what)
                p.status = try vocab(d, "status", what)
                p.performance = try vocab(d, "performance", what)
                p.potential = try vocab(d, "potential", what)
                people.append((node.id, p))
                personOf[node.id] = ref
            case "competency":
                chart.competencies.append(Competency(id: ref, name: try need(d, "name", what),
                                                     kind: try vocab(d, "competency_kind", what) ?? .technical))
                competencyOf[node.id] = ref
            default:
                throw Failure(id: "\(what): 'kind' tidak dikenal", en: "\(what): unknown 'kind'")
            }
        } }
        var unitIndex: [String: Int] = [:], positionIndex: [String: Int] = [:], personIndex: [String: Int] = [:]
        for (i, (node, _)) in units.enumerated() { unitIndex[node] = i }
        for (i, (node, _)) in positions.enumerated() { positionIndex[node] = i }
        for (i, (node, _)) in people.enumerated() { personIndex[node] = i }
        for edge in doc.edges { try reading {
            current = Location(line: edge.line, column: edge.column)
            let d = values(edge.data, doc)
            let what = "edge \(edge.source) → \(edge.target)"
            switch d["kind"] {
            case "contains":
                if let child = unitIndex[edge.target], let parent = unitOf[edge.source] { units[child].1.parent = parent }
            case "belongs-to":
                if let p = positionIndex[edge.source], let u = unitOf[edge.target] { positions[p].1.unit = u }
            case "reports-to":
                if d["explicit"] == "true", let p = positionIndex[edge.source], let s = positionOf[edge.target] { positions[p].1.reportsTo = s }
            case "dotted":
                if let p = positionIndex[edge.source], let t = positionOf[edge.target] { positions[p].1.dotted.append(t) }
            case "requires":
                if let p = positionIndex[edge.source], let c = competencyOf[edge.target], let level = try int(d, "level", what) {
                    positions[p].1.requires.competencies.append(CompetencyLevel(c, level))
                }
            case "holds":
                if let i = personIndex[edge.source], let p = positionOf[edge.target] { people[i].1.position = p }
            case "has":
                if let i = personIndex[edge.source], let c = competencyOf[edge.target], let level = try int(d, "level", what) {
                    people[i].1.competencies.append(CompetencyLevel(c, level))
                }
            case "career-path":
                if let from = positionOf[edge.source], let to = positionOf[edge.target] {
                    chart.careerPaths.append(CareerPath(from: from, to: to, minYears: d["min_years"].flatMap(Double.init)))
                }
            default:
                throw Failure(id: "\(what): 'kind' tidak dikenal", en: "\(what): unknown 'kind'")
            }
        } }
        current = nil
        chart.units = units.map(\.1)
        chart.positions = positions.map(\.1)
        chart.people = people.map(\.1)
        report.mapped.append(LocalizedText(
            id: "berkas Ramping (format ramping/1): \(chart.units.count) unit, \(chart.positions.count) jabatan, \(chart.people.count) pegawai, \(chart.competencies.count) kompetensi, \(chart.careerPaths.count) jalur karier",
            en: "a Ramping file (format ramping/1): \(chart.units.count) units, \(chart.positions.count) posts, \(chart.people.count) people, \(chart.competencies.count) competencies, \(chart.careerPaths.count) career paths"))
        report.ignored.append(LocalizedText(id: "angka turunan (filled, vacant, need, load_hours, ej, posts) dihitung ulang, tidak dibaca",
                                            en: "derived figures (filled, vacant, need, load_hours, ej, posts) are recomputed, not read"))
        return (chart, report)
    }

    static func json(_ text: String, _ what: String) throws -> Any {
        guard let object = try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed]) else {
            throw Failure(id: "\(what): JSON tidak sah: \(text.prefix(60))", en: "\(what): invalid JSON: \(text.prefix(60))")
        }
        return object
    }

    static func stringList(fromJSON text: String, _ what: String) throws -> [String] {
        guard let list = try json(text, what) as? [String] else { throw Failure(id: "\(what): bukan daftar teks", en: "\(what): not a list of texts") }
        return list
    }

    static func workload(fromJSON text: String, _ what: String) throws -> [WorkloadTask] {
        guard let list = try json(text, what) as? [[String: Any]] else { throw Failure(id: "\(what): workload bukan daftar", en: "\(what): workload is not a list") }
        return try list.map { item in
            guard let task = item["task"] as? String, let volume = (item["volume"] as? NSNumber)?.doubleValue,
                  let minutes = (item["minutes"] as? NSNumber)?.doubleValue else {
                throw Failure(id: "\(what): tugas workload tidak lengkap", en: "\(what): a workload task is incomplete")
            }
            return WorkloadTask(task: task, volume: volume, minutes: minutes)
        }
    }

    static func settings(fromJSON text: String) throws -> Settings {
        guard let o = try json(text, "settings") as? [String: Any] else { throw Failure(id: "settings bukan objek JSON", en: "settings is not a JSON object") }
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
    static func typology(fromJSON text: String) throws -> TypologyInput {
        guard let o = try json(text, "typology") as? [String: Any] else { throw Failure(id: "typology bukan objek JSON", en: "typology is not a JSON object") }
        var t = TypologyInput()
        t.population = (o["population"] as? NSNumber)?.doubleValue
        t.area = (o["area"] as? NSNumber)?.doubleValue
        for (k, v) in (o["affairs"] as? [String: [String: NSNumber]]) ?? [:] { t.indicators[k] = v.mapValues(\.doubleValue) }
        return t
    }

    // MARK: Files from elsewhere

    static func importForeign(_ doc: GraphMLDocument, asOf: Day) throws -> (OrgChart, Report) {
        var report = Report()
        guard !doc.nodes.isEmpty else { throw Failure(id: "graf tidak punya simpul", en: "the graph has no nodes") }
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
                report.ignored.append(LocalizedText(id: "simpul '\(node.id)' ganda (baris \(node.line))", en: "duplicate node '\(node.id)' (line \(node.line))"))
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
                report.ignored.append(LocalizedText(id: "sisi \(edge.source) → \(edge.target) ke simpul yang tidak ada (baris \(edge.line))",
                                                    en: "edge \(edge.source) → \(edge.target) to a missing node (line \(edge.line))"))
                continue
            }
            if s == t || items[t].parent != nil {
                report.ignored.append(LocalizedText(id: "sisi \(edge.source) → \(edge.target): \(items[t].name) sudah punya induk (bukan pohon)",
                                                    en: "edge \(edge.source) → \(edge.target): \(items[t].name) already has a parent (not a tree)"))
                continue
            }
            items[t].parent = items[s].id
            parentLinks += 1
        }
        // Cycles.
        let parentIndex = items.map { item in item.parent.flatMap { p in items.firstIndex { $0.id == p } } ?? -1 }
        let (_, cycles) = depths(parents: parentIndex)
        if let cycle = cycles.first {
            throw Failure(id: "sisi graf membentuk lingkaran (\(cycle.map { items[$0].name }.joined(separator: " → "))); struktur organisasi harus berupa pohon",
                          en: "the edges form a cycle (\(cycle.map { items[$0].name }.joined(separator: " → "))); an organisation must be a tree")
        }
        let roots = items.indices.filter { items[$0].parent == nil }
        if roots.count > 1 {
            let root = Item(id: slug("pemda"), name: doc.description ?? "Pemerintah Daerah", kind: .pemda, parent: nil)
            for r in roots { items[r].parent = root.id }
            items.insert(root, at: 0)
            report.guessed.append(LocalizedText(id: "\(roots.count) simpul tanpa induk; unit akar '\(root.id)' ditambahkan di atasnya",
                                                en: "\(roots.count) nodes have no parent; a root unit '\(root.id)' was added above them"))
        }
        var guessedKinds: [String: Int] = [:]
        var chart = OrgChart(organisation: Organisation(id: slug(doc.graphID ?? "impor"), name: doc.description ?? "Pemerintah Daerah (impor)",
                                                        region: .kabupaten, asOf: asOf))
        for (i, item) in items.enumerated() {
            let kind = item.kind ?? (item.parent == nil ? .pemda : guessKind(item.name))
            if item.kind == nil { guessedKinds[kind.rawValue, default: 0] += 1 }
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
        report.mapped.append(LocalizedText(id: "\(doc.nodes.count) simpul → unit, masing-masing dengan satu jabatan kepala; \(parentLinks) sisi → hubungan induk",
                                           en: "\(doc.nodes.count) nodes → units, each with one head post; \(parentLinks) edges → parent links"))
        if !usedNames.isEmpty {
            report.mapped.append(LocalizedText(id: "nama unit dari: \(usedNames.sorted().joined(separator: ", "))", en: "unit names from: \(usedNames.sorted().joined(separator: ", "))"))
        }
        if !guessedKinds.isEmpty {
            let list = guessedKinds.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
            report.guessed.append(LocalizedText(id: "jenis unit ditebak dari namanya (\(list)); periksa 'kind', 'type', eselon dan isi jabatan serta pegawai",
                                                en: "unit kinds guessed from their names (\(list)); check 'kind', 'type', the eselon, and add posts and people"))
        }
        report.guessed.append(LocalizedText(id: "as_of diisi \(asOf); ubah bila bagan menggambarkan hari lain", en: "as_of set to \(asOf); change it if the chart describes another day"))
        let otherKeys = doc.keyOrder.compactMap { doc.keys[$0] }.filter { $0.yFilesType == nil && !labelKeys.contains($0.name.lowercased()) && !["kind", "unit_kind"].contains($0.name.lowercased()) }
        if !otherKeys.isEmpty {
            report.ignored.append(LocalizedText(id: "data yang diabaikan: \(otherKeys.map(\.name).joined(separator: ", "))",
                                                en: "data ignored: \(otherKeys.map(\.name).joined(separator: ", "))"))
        }
        if doc.extraGraphs > 0 {
            report.ignored.append(LocalizedText(id: "\(doc.extraGraphs) <graph> sesudah yang pertama", en: "\(doc.extraGraphs) <graph> after the first"))
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
