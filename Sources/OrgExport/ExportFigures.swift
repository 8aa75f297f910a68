import Foundation
public import OrgAnalysis
public import OrgModel

/// What every page exported from one chart shows of the whole chart: each post's staffing gap (ABK) and each
/// unit's posts, seats and people counted over its subtree. Computed once and shared by the pages of
/// `ramping export --each` (with or without `--page`) and by the overview pages, instead of once per page.
/// - Complexity: O(units + posts + people) (one gap analysis).
public struct ExportFigures: Sendable {
    public let gapOf: [GapAnalysis.PositionGap?]
    /// Each unit's own gap figures (B, K), by unit index: what an overview page shows of a child unit.
    public let unitGap: [GapAnalysis.Figures]
    public let subtreePosts: [Int], subtreeSeats: [Int], subtreeFilled: [Int]

    /// Counts the computations made while a test has set it: pages drawn from one chart must share one.
    @TaskLocal static var computations: Counter?

    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0
        var count: Int { lock.withLock { value } }
        func increment() { lock.withLock { value += 1 } }
    }

    public init(_ graph: OrgGraph) {
        Self.computations?.increment()
        var gapOf = [GapAnalysis.PositionGap?](repeating: nil, count: graph.positions.count)
        let gaps = GapAnalysis(graph)
        for g in gaps.positions { gapOf[g.position] = g }
        self.gapOf = gapOf
        unitGap = gaps.units.map(\.figures)
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
