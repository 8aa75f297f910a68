public import OrgAnalysis
public import OrgModel

/// What every page exported from one chart shows of the whole chart: each post's staffing gap (ABK) and each
/// unit's posts, seats and people counted over its subtree. Computed once and shared by the pages of
/// `ramping export --each`, instead of once per page.
/// - Complexity: O(units + posts + people) (one gap analysis).
public struct ExportFigures: Sendable {
    public let gapOf: [GapAnalysis.PositionGap?]
    public let subtreePosts: [Int], subtreeSeats: [Int], subtreeFilled: [Int]

    public init(_ graph: OrgGraph) {
        var gapOf = [GapAnalysis.PositionGap?](repeating: nil, count: graph.positions.count)
        for g in GapAnalysis(graph).positions { gapOf[g.position] = g }
        self.gapOf = gapOf
        // Units, with the posts, seats and people of their whole subtree (a dinas with all its bidang).
        var subtreePosts = [Int](repeating: 0, count: graph.units.count)
        var subtreeSeats = subtreePosts, subtreeFilled = subtreePosts
        for (p, post) in graph.positions.enumerated() {
            subtreePosts[graph.positionUnit[p]] += 1
            subtreeSeats[graph.positionUnit[p]] += post.seats
            subtreeFilled[graph.positionUnit[p]] += graph.filled(p)
        }
        for u in graph.subtree(of: graph.rootUnit).reversed() where graph.unitParent[u] >= 0 {   // children before parents
            subtreePosts[graph.unitParent[u]] += subtreePosts[u]
            subtreeSeats[graph.unitParent[u]] += subtreeSeats[u]
            subtreeFilled[graph.unitParent[u]] += subtreeFilled[u]
        }
        self.subtreePosts = subtreePosts
        self.subtreeSeats = subtreeSeats
        self.subtreeFilled = subtreeFilled
    }
}
