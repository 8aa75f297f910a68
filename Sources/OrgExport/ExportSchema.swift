public import OrgModel

/// The one schema of Ramping's graph exports, shared by the writers (`ExportGraph`, `GraphMLWriter`)
/// and the importer (`ChartImporter`): node ids, and the names of the data each graph, node and edge
/// carries (docs/exports.md). A name written here is read back under the same case, so a rename
/// cannot reach only one side.
public enum ExportSchema {
    /// A node's id: the record's kind and its id in the chart, written `unit:dinkes`,
    /// `post:dinkes.kadis`, `person:198204152006042003`, `competency:integritas` (XML NMTOKENs).
    public enum NodeRef: Hashable, Sendable {
        case unit(String), post(String), person(String), competency(String)

        /// The prefix before the colon.
        public var prefix: String {
            switch self {
            case .unit: "unit"
            case .post: "post"
            case .person: "person"
            case .competency: "competency"
            }
        }

        /// The chart's id (a NIP for a person).
        public var ref: String {
            switch self {
            case .unit(let s), .post(let s), .person(let s), .competency(let s): s
            }
        }

        /// The id written in the file.
        public var id: String { prefix + ":" + ref }

        /// Reads a node id back; nil for one that is not Ramping's.
        public init?(id: String) {
            guard let colon = id.firstIndex(of: ":") else { return nil }
            let ref = String(id[id.index(after: colon)...])
            guard !ref.isEmpty else { return nil }
            switch id[..<colon] {
            case "unit": self = .unit(ref)
            case "post": self = .post(ref)
            case "person": self = .person(ref)
            case "competency": self = .competency(ref)
            default: return nil
            }
        }
    }

    /// Data of the graph element.
    public enum GraphKey: String, CaseIterable, Sendable {
        case format, view, organisation, name, region, province, geoFactor = "geo_factor", asOf = "as_of", settings, scope
        /// The APBD and the pemetaan figures (`typology:`, a JSON object), when the chart gives them.
        case apbd, typology
    }

    /// Data of node elements (units, posts, people and competencies share one namespace; `kind` says which).
    public enum NodeKey: String, CaseIterable, Sendable {
        case kind, label, ref, name, diff
        // Units.
        case unitKind = "unit_kind", type, affairs, posts, seats, filled
        // Posts.
        case title, unit, head, level, eselon, jenjang, functionalKind = "functional_kind", grade, layer, vacant, need, loadHours = "load_hours", ej
        case requiresRank = "requires_rank", requiresEducation = "requires_education", workload
        // Competencies.
        case competencyKind = "competency_kind"
        // People.
        case since, acting, rank, rankSince = "rank_since", education, born, gender, status, performance, potential
        // Diagram colours Gephi reads.
        case r, g, b
    }

    /// Data of edge elements.
    public enum EdgeKey: String, CaseIterable, Sendable {
        case kind, explicit, level, minYears = "min_years"
    }

    /// Figures an export writes for people and tools, which the importer recomputes instead of reading.
    public static let derivedNodeKeys: [NodeKey] = [.posts, .filled, .vacant, .need, .loadHours, .ej, .layer]
}

extension ExportGraph {
    public static func unitID(_ id: String) -> String { ExportSchema.NodeRef.unit(id).id }
    public static func positionID(_ id: String) -> String { ExportSchema.NodeRef.post(id).id }
    public static func personID(_ nip: String) -> String { ExportSchema.NodeRef.person(nip).id }
    public static func competencyID(_ id: String) -> String { ExportSchema.NodeRef.competency(id).id }
}

extension Dictionary where Key == String, Value == String {
    subscript(_ key: ExportSchema.GraphKey) -> String? { self[key.rawValue] }
    subscript(_ key: ExportSchema.NodeKey) -> String? { self[key.rawValue] }
    subscript(_ key: ExportSchema.EdgeKey) -> String? { self[key.rawValue] }
}
