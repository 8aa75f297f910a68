public import OrgModel

/// How reports name posts and units for people: by title and name, never by id. A title other posts
/// share ("Sekretaris Dinas", "Kepala Seksi Pelayanan") says which perangkat daerah it is in.
public struct PeopleNames: Sendable {
    let graph: OrgGraph
    private let sharedTitles: Set<String>

    public init(_ graph: OrgGraph) {
        self.graph = graph
        var seen: Set<String> = [], shared: Set<String> = []
        for post in graph.positions where !seen.insert(post.title).inserted { shared.insert(post.title) }
        sharedTitles = shared
    }

    /// "Sekretaris Dinas (Dinas Sosial)", or just the title when it is unique.
    public func post(_ p: Int) -> String {
        let title = graph.positions[p].title
        guard sharedTitles.contains(title) else { return title }
        let owner = graph.topLevelUnit(of: graph.positionUnit[p])
        return owner == graph.positionUnit[p] && graph.units[owner].name == title ? title : "\(title) (\(graph.units[owner].name))"
    }

    /// A person's post, or "tanpa jabatan" / "no post".
    public func post(of person: Int, _ l: Language) -> String {
        let p = graph.personPosition[person]
        return p >= 0 ? post(p) : l.pick("tanpa jabatan", "no post")
    }

    /// A unit's name from its id (the id itself only when it is not in the chart).
    public func unit(id: String) -> String { graph.unitIndex[id].map { graph.units[$0].name } ?? id }
}
