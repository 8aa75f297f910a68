public import OrgModel

/// What in a GraphML file an import message is about: the graph, a node or an edge. Where it is
/// (line and column) travels beside it, in `ImportFailure.location`.
public enum ImportPlace: Hashable, Sendable {
    case graph
    case node(id: String)
    case edge(source: String, target: String)

    public func text(_ l: Language) -> String {
        switch self {
        case .graph: l.pick("data graf", "graph data")
        case .node(let id): l.pick("simpul '\(id)'", "node '\(id)'")
        case .edge(let s, let t): l.pick("sisi \(s) → \(t)", "edge \(s) → \(t)")
        }
    }
}

/// What `ramping import` did with a GraphML file: mapped, guessed or ignored, as values.
public enum ImportNote: Hashable, Sendable {
    /// Our own export, read back whole.
    case ownFile(units: Int, posts: Int, people: Int, competencies: Int, careerPaths: Int)
    /// Derived figures in our own export are recomputed, not read.
    case derivedRecomputed(keys: [String])
    case duplicateNode(id: String, line: Int)
    case edgeToMissingNode(source: String, target: String, line: Int)
    /// An edge to a node that already has a parent: the graph is not a tree there.
    case edgeNotTree(source: String, target: String, name: String, line: Int)
    /// Several nodes without a parent: a root unit (its name) was added above them.
    case rootAdded(below: Int, name: String)
    case nodesToUnits(nodes: Int, parentLinks: Int)
    /// The data (or yEd labels) unit names were taken from.
    case namesFrom(sources: [String])
    /// Unit kinds guessed from the names, with how many of each.
    case kindsGuessed(counts: [UnitKind: Int])
    case asOfSet(day: Day)
    case dataIgnored(names: [String])
    case extraGraphs(count: Int)

    public func text(_ l: Language) -> String {
        switch self {
        case .ownFile(let u, let p, let people, let c, let paths):
            return l.pick("berkas Ramping (format ramping/1): \(l.integer(u)) unit, \(l.integer(p)) jabatan, \(l.integer(people)) pegawai, \(l.integer(c)) kompetensi, \(l.integer(paths)) jalur karier",
                          "a Ramping file (format ramping/1): \(l.counted(u, "", "unit", "units")), \(l.counted(p, "", "post", "posts")), \(l.counted(people, "", "person", "people")), \(l.counted(c, "", "competency", "competencies")), \(l.counted(paths, "", "career path", "career paths"))")
        case .derivedRecomputed(let keys):
            return l.pick("angka turunan (\(keys.joined(separator: ", "))) dihitung ulang, tidak dibaca",
                          "derived figures (\(keys.joined(separator: ", "))) are recomputed, not read")
        case .duplicateNode(let id, let line):
            return l.pick("simpul '\(id)' ganda (baris \(line))", "duplicate node '\(id)' (line \(line))")
        case .edgeToMissingNode(let s, let t, let line):
            return l.pick("sisi \(s) → \(t) menuju simpul yang tidak ada (baris \(line))", "edge \(s) → \(t) to a missing node (line \(line))")
        case .edgeNotTree(let s, let t, let name, let line):
            return l.pick("sisi \(s) → \(t) (baris \(line)): \(name) sudah punya induk, jadi bukan pohon",
                          "edge \(s) → \(t) (line \(line)): \(name) already has a parent (not a tree)")
        case .rootAdded(let below, let name):
            return l.pick("\(l.integer(below)) simpul tanpa induk; unit akar \(name) ditambahkan di atasnya",
                          "\(l.counted(below, "", "node has", "nodes have")) no parent; a root unit \(name) was added above them")
        case .nodesToUnits(let nodes, let links):
            return l.pick("\(l.integer(nodes)) simpul menjadi unit, masing-masing dengan satu jabatan kepala; \(l.integer(links)) sisi menjadi hubungan induk",
                          "\(l.counted(nodes, "", "node", "nodes")) → units, each with one head post; \(l.counted(links, "", "edge", "edges")) → parent links")
        case .namesFrom(let sources):
            return l.pick("nama unit diambil dari: \(sources.joined(separator: ", "))", "unit names from: \(sources.joined(separator: ", "))")
        case .kindsGuessed(let counts):
            let list = UnitKind.allCases.compactMap { k in counts[k].map { "\(k.label(l)) \(l.integer($0))" } }.joined(separator: ", ")
            return l.pick("jenis unit ditebak dari namanya (\(list)); periksa 'kind', 'type', eselon, lalu lengkapi jabatan dan pegawai",
                          "unit kinds guessed from their names (\(list)); check 'kind', 'type', the eselon, and add posts and people")
        case .asOfSet(let day):
            return l.pick("tanggal bagan (as_of) diisi \(l.date(day)); ubah bila bagan menggambarkan hari lain",
                          "the chart's date (as_of) set to \(l.date(day)); change it if the chart describes another day")
        case .dataIgnored(let names):
            return l.pick("data yang diabaikan: \(names.joined(separator: ", "))", "data ignored: \(names.joined(separator: ", "))")
        case .extraGraphs(let count):
            return l.pick("\(l.integer(count)) <graph> sesudah yang pertama", "\(count) <graph> after the first")
        }
    }
}

/// Why a GraphML file cannot be imported, and where: the problem as a value, and its line and column
/// in the file when it has one (the element being read, libxml2's place for bad XML, the `<graph>`
/// for the graph as a whole).
public struct ImportFailure: Error, Hashable, Sendable {
    public var problem: ImportProblem
    public var location: ChartImporter.Location?

    public init(_ problem: ImportProblem, at location: ChartImporter.Location? = nil) {
        self.problem = problem
        self.location = location
    }

    public var line: Int? { location?.line }

    public func text(_ l: Language) -> String { problem.text(l) }

    /// This failure, placed at `location` unless it already has a place.
    func placed(at location: ChartImporter.Location?) -> ImportFailure {
        var copy = self
        if copy.location == nil { copy.location = location }
        return copy
    }
}

/// Why a GraphML file cannot be imported.
public enum ImportProblem: Hashable, Sendable {
    case notXML(message: String)
    /// An element with more attributes than any GraphML needs, refused before libxml2 reads it.
    case tooManyAttributes(element: String, limit: Int)
    case entities
    case notGraphML(root: String)
    case noGraph
    /// Our export, but not `--view people` of the whole chart: it does not carry every field.
    case partialExport(view: String, scope: String?)
    case missingData(place: ImportPlace, key: String)
    case unknownValue(place: ImportPlace, key: String, value: String, suggestion: String?)
    case notADate(place: ImportPlace, key: String, value: String)
    case notAWholeNumber(place: ImportPlace, key: String, value: String)
    case unknownKind(place: ImportPlace, kind: String?)
    case invalidJSON(place: ImportPlace, key: String, excerpt: String)
    case noNodes
    case cycle(names: [String])

    public func text(_ l: Language) -> String {
        func q(_ s: String) -> String { "'\(s)'" }
        switch self {
        case .notXML(let message):
            return l.pick("bukan XML yang sah (\(message))", "not well-formed XML (\(message))")
        case .tooManyAttributes(let element, let limit):
            return l.pick("elemen <\(element)> punya lebih dari \(l.integer(limit)) atribut; GraphML tidak memerlukan sebanyak itu, berkas ditolak tanpa dibaca",
                          "element <\(element)> has more than \(l.integer(limit)) attributes; no GraphML needs that many, so the file is refused unread")
        case .entities:
            return l.pick("berkas mendeklarasikan entitas XML (<!ENTITY …>) dan ditolak: entitas dapat mengembang tanpa batas atau membaca berkas lain; ekspor ulang tanpa DOCTYPE",
                          "the file declares XML entities (<!ENTITY …>) and is refused: an entity can expand without bound or read another file; export it again without a DOCTYPE")
        case .notGraphML(let root):
            return l.pick("elemen akar <\(root)> bukan <graphml>; ini bukan berkas GraphML", "the root element <\(root)> is not <graphml>; this is not a GraphML file")
        case .noGraph:
            return l.pick("berkas GraphML tanpa <graph>", "the GraphML file has no <graph>")
        case .partialExport(let view, let scope):
            let unit = scope.map { " --unit \($0)" } ?? ""
            return l.pick("berkas ini ekspor --view \(view)\(unit); hanya ekspor --view people dari seluruh bagan memuat semua isian untuk diimpor kembali",
                          "this file is an export with --view \(view)\(unit); only a --view people export of the whole chart carries every field back")
        case .missingData(let place, let key):
            return l.pick("\(place.text(l)): data \(q(key)) tidak ada", "\(place.text(l)): data \(q(key)) is missing")
        case .unknownValue(let place, let key, let value, let suggestion):
            let hint = suggestion.map { l.pick(" (maksudnya \(q($0))?)", " (did you mean \(q($0))?)") } ?? ""
            return l.pick("\(place.text(l)): nilai \(q(value)) untuk \(q(key)) tidak dikenal\(hint)", "\(place.text(l)): unknown value \(q(value)) for \(q(key))\(hint)")
        case .notADate(let place, let key, let value):
            return l.pick("\(place.text(l)): \(q(key)) \(q(value)) bukan tanggal YYYY-MM-DD", "\(place.text(l)): \(q(key)) \(q(value)) is not a date YYYY-MM-DD")
        case .notAWholeNumber(let place, let key, let value):
            return l.pick("\(place.text(l)): \(q(key)) \(q(value)) bukan bilangan bulat", "\(place.text(l)): \(q(key)) \(q(value)) is not a whole number")
        case .unknownKind(let place, let kind):
            return l.pick("\(place.text(l)): 'kind' \(q(kind ?? "")) tidak dikenal", "\(place.text(l)): unknown 'kind' \(q(kind ?? ""))")
        case .invalidJSON(let place, let key, let excerpt):
            return l.pick("\(place.text(l)): \(q(key)) bukan JSON yang sah: \(excerpt)", "\(place.text(l)): \(q(key)) is not valid JSON: \(excerpt)")
        case .noNodes:
            return l.pick("graf tidak punya simpul", "the graph has no nodes")
        case .cycle(let names):
            return l.pick("sisi graf membentuk lingkaran (\(names.joined(separator: " → "))); struktur organisasi harus berupa pohon",
                          "the edges form a cycle (\(names.joined(separator: " → "))); an organisation must be a tree")
        }
    }
}
