/// People (or pool rows) sorted by rank, so that a rank floor selects a suffix by binary search instead of a
/// scan: careers and merit both screen candidates through it. O(n log n) to build, O(log n) per floor.
struct RankIndex: Sendable {
    /// Rank order per row (−1 without a rank).
    let order: [Int]
    /// Rows with a rank, by rank then row.
    let byRank: [Int]

    init(order: [Int]) {
        self.order = order
        byRank = order.indices.filter { order[$0] >= 0 }.sorted { (order[$0], $0) < (order[$1], $1) }
    }

    /// The rows whose rank is at least `floor`, by rank then row.
    func atLeast(_ floor: Int) -> ArraySlice<Int> {
        var lo = 0, hi = byRank.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if order[byRank[mid]] < floor { lo = mid + 1 } else { hi = mid }
        }
        return byRank[lo...]
    }
}
