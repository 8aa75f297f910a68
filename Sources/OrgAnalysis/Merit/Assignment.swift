/// An exact solver for the rectangular assignment problem with forbidden pairs: people (rows) to seats
/// (columns), each person to at most one column and each column to at most its capacity of people (1 unless
/// set: a column with capacity k stands for k interchangeable seats, a transportation problem).
///
/// Objective: first place as many people as the allowed pairs permit; among all such placements,
/// maximise the total score. Ties are broken deterministically (by row and column order).
///
/// Method: shortest augmenting paths with reduced costs (the Hungarian / Jonker–Volgenant family) on costs
/// big − score. Each row also gets a private "unplaced" column whose cost is higher than any real placement
/// can save, which turns the problem into a min-cost assignment that covers every row; row-by-row
/// augmentation is then exact. Two paths share that encoding and give the same optimum (the same `placed`
/// and `totalScore`; among equally good placements they may choose differently):
/// - sparse (most pairs forbidden, or columns whose capacities save many pairs): Dijkstra with a binary heap over
///   the allowed pairs only, so a problem where each person is eligible for a few hundred of 50,000 seats
///   never builds a matrix. A full column of capacity k passes the search on to the (up to k) rows in it, at
///   reduced cost 0: k seats cost one column and one pair per row, not k;
/// - dense (at least half of all pairs allowed, counting each seat of a column): the same encoding, by the array scan of
///   Jonker and Volgenant in Crouse's formulation (`DenseShortestPaths`, SciPy's `linear_sum_assignment`
///   method) over a row-major matrix of 32-bit costs when they fit: no heap, one pass over a row per step.
///   On a capacitated problem it spreads each column over its seats first.
///
///     var problem = AssignmentProblem(rows: 2, columns: 2)
///     problem.allow(row: 0, column: 1, score: 7)
///     let solution = problem.solve()   // solution.columnOfRow == [1, nil]
/// - Complexity: sparse O(rows × (pairs + columns) log columns), dense O(rows² × columns) in the worst
///   case; both much less when augmenting paths are short. The dense path holds rows × columns costs.
public struct AssignmentProblem: Sendable {
    public let rows: Int
    public let columns: Int
    /// Allowed pairs per row: (column, score).
    public private(set) var pairs: [[(column: Int, score: Int)]]
    /// How many rows each column can take (1 unless set).
    public private(set) var capacity: [Int]

    public init(rows: Int, columns: Int) {
        self.rows = rows
        self.columns = columns
        pairs = Array(repeating: [], count: rows)
        capacity = Array(repeating: 1, count: columns)
    }

    /// Lets `column` take up to `seats` rows (0 closes it).
    /// - Complexity: O(1)
    public mutating func setCapacity(column: Int, seats: Int) {
        precondition((0..<columns).contains(column) && seats >= 0)
        capacity[column] = seats
    }

    /// Whether some column takes more than one row.
    public var isCapacitated: Bool { capacity.contains { $0 != 1 } }

    /// Allows `row` in `column` with `score` (higher is better). A pair allowed twice keeps the better score.
    /// - Complexity: O(1)
    public mutating func allow(row: Int, column: Int, score: Int) {
        precondition((0..<rows).contains(row) && (0..<columns).contains(column))
        pairs[row].append((column, score))
    }

    /// Each row's pairs by column, a repeated pair once with its best score.
    mutating func normalise() {
        for r in pairs.indices where pairs[r].count > 1 {
            // Already in column order with no repeats (the usual way rows are built): nothing to do.
            if pairs[r].withUnsafeBufferPointer({ row in (1..<row.count).allSatisfy { row[$0 - 1].column < row[$0].column } }) { continue }
            pairs[r].sort { ($0.column, -$0.score) < ($1.column, -$1.score) }
            var out: [(column: Int, score: Int)] = []
            out.reserveCapacity(pairs[r].count)
            for p in pairs[r] where out.last?.column != p.column { out.append(p) }
            pairs[r] = out
        }
    }

    public var pairCount: Int { pairs.reduce(0) { $0 + $1.count } }

    public struct Solution: Sendable, Equatable {
        /// The column each row is placed in, or nil.
        public var columnOfRow: [Int?]
        public var placed: Int
        public var totalScore: Int
    }

    /// Which solver to use: `automatic` takes the dense path when at least half of all pairs are allowed; on
    /// a capacitated problem, only when spreading its columns over their seats gives a dense problem with
    /// at most 4 times the pairs (`denseBySeatPays`): otherwise the capacities are what keeps it small.
    public enum Method: Sendable { case automatic, sparse, dense }

    public func solve(method: Method = .automatic) -> Solution {
        var problem = self
        problem.normalise()
        let dense: Bool
        switch method {
        case .automatic: dense = isCapacitated ? problem.denseBySeatPays : rows > 0 && columns > 0 && 2 * problem.pairCount >= rows * columns
        case .sparse: dense = false
        case .dense: dense = true
        }
        if dense && isCapacitated { return problem.solveDenseBySeat() }
        return dense ? problem.solveDense() : problem.solveSparse()
    }

    /// Whether a capacitated problem is better spread over its seats and scanned densely: when the spread
    /// problem is dense (at least half of its pairs allowed) and the capacities save little (the spread
    /// problem has at most 4 times the pairs). Merit with holders moving is such a case (nearly every post
    /// is someone's own and keeps a column of its own); the pool alone, with whole profiles as columns, is not.
    public var denseBySeatPays: Bool {
        guard rows > 0 else { return false }
        let seats = capacity.reduce(0) { $0 + min($1, rows) }
        var spread = 0
        for row in pairs { for (c, _) in row { spread += min(capacity[c], rows) } }
        return seats > 0 && 2 * spread >= rows * seats && spread <= 4 * pairCount
    }

    /// The dense path on a capacitated problem: each column spread over one column per seat (at most one
    /// per row: more could never be filled), solved, and mapped back.
    private func solveDenseBySeat() -> Solution {
        var seatColumn: [Int] = []
        var firstSeat = [Int](repeating: 0, count: columns)
        for c in 0..<columns {
            firstSeat[c] = seatColumn.count
            seatColumn += repeatElement(c, count: min(capacity[c], rows))
        }
        var seats = AssignmentProblem(rows: rows, columns: seatColumn.count)
        for r in 0..<rows {
            for (c, s) in pairs[r] { for k in 0..<min(capacity[c], rows) { seats.allow(row: r, column: firstSeat[c] + k, score: s) } }
        }
        var solution = seats.solve(method: .dense)
        solution.columnOfRow = solution.columnOfRow.map { $0.map { seatColumn[$0] } }
        return solution
    }

    /// The costs both paths minimise. A placement costs big − score (≥ 1); staying unplaced costs more
    /// than any set of placements could gain by rearranging, so more placements always win.
    private func costs() -> (big: Int64, unplaced: Int64) {
        var maxScore = Int.min, minScore = Int.max
        for row in pairs { for p in row { maxScore = max(maxScore, p.score); minScore = min(minScore, p.score) } }
        if maxScore == Int.min { maxScore = 0; minScore = 0 }
        let big = Int64(maxScore) + 1                 // every real cost big − score is at least 1
        let largestCost = big - Int64(minScore)
        // More than any k + 1 placements can cost, so one more placement always lowers the total.
        return (big, largestCost * Int64(rows + 1) + 1)
    }

    /// The solution from each row's column (a column ≥ `columns` is the row's "unplaced" column).
    private func solution(_ columnOfRow: [Int], score: (Int, Int) -> Int) -> Solution {
        var out = [Int?](repeating: nil, count: rows)
        var placed = 0, total = 0
        for r in 0..<rows where columnOfRow[r] >= 0 && columnOfRow[r] < columns {
            out[r] = columnOfRow[r]
            placed += 1
            total += score(r, columnOfRow[r])
        }
        return Solution(columnOfRow: out, placed: placed, totalScore: total)
    }

    /// The dense path: `DenseShortestPaths` over a row-major matrix of costs big − score, with each row's
    /// unplaced column beside it. A forbidden pair costs more than staying unplaced, which every row can
    /// always do instead: the optimum never uses one, and the scan needs no test for it.
    private func solveDense() -> Solution {
        let (big, unplacedCost) = costs()
        let n = columns
        let forbidden = 2 * unplacedCost + 1
        /// Each row's column (≥ `columns`: unplaced) and the score there.
        func fill<C: FixedWidthInteger & SignedInteger>(_ type: C.Type) -> (columns: [Int], scores: [Int]) {
            var cost = [C](repeating: C(forbidden), count: rows * n)
            for r in 0..<rows { for (c, s) in pairs[r] { cost[r * n + c] = C(big - Int64(s)) } }
            let columnOfRow = cost.withUnsafeBufferPointer { DenseShortestPaths.solve($0, rows: rows, columns: n, unplaced: unplacedCost) }
            let scores = columnOfRow.enumerated().map { r, c in c < n ? Int(big - Int64(cost[r * n + c])) : 0 }
            return (columnOfRow, scores)
        }
        // 32-bit costs when they fit: half the memory read per scan.
        let (columnOfRow, scores) = forbidden <= Int64(Int32.max) ? fill(Int32.self) : fill(Int64.self)
        return solution(columnOfRow) { r, _ in scores[r] }
    }

    /// The sparse path: Dijkstra over the allowed pairs. A column with room left ends the search; a full
    /// one passes it on to every row in it (their pairs there have reduced cost 0, so they are reached at
    /// the column's distance). A column never loses a row, so a column with room keeps potential 0, as
    /// optimality asks (complementary slackness: only a full column may have a negative potential).
    private func solveSparse() -> Solution {
        let (big, unplacedCost) = costs()
        let real = columns
        let total = columns + rows           // column `real + r` is row r's private "unplaced" column

        var potentialRow = [Int64](repeating: 0, count: rows)
        var potentialColumn = [Int64](repeating: 0, count: total)
        var columnOfRow = [Int](repeating: -1, count: rows)
        // The rows in each column, and each row's place in its column's list (so that a row leaving a
        // column on an augmenting path hands its place to the row coming in).
        var rowsOfColumn = [[Int]](repeating: [], count: total)
        var slotOfRow = [Int](repeating: -1, count: rows)
        let room = (0..<total).map { $0 < real ? capacity[$0] : 1 }

        var distance = [Int64](repeating: .max, count: total)
        var previousRow = [Int](repeating: -1, count: total)   // the row from which a column was reached
        var finalised = [Bool](repeating: false, count: total)
        var touched: [Int] = []
        var heap = MinHeap()

        func edges(_ r: Int, _ body: (Int, Int64) -> Void) {
            for (c, s) in pairs[r] { body(c, big - Int64(s)) }
            body(real + r, unplacedCost)
        }

        for start in 0..<rows {
            // Dijkstra from `start` over reduced costs; rows are entered through their column.
            for c in touched { distance[c] = .max; previousRow[c] = -1; finalised[c] = false }
            touched.removeAll(keepingCapacity: true)
            heap.removeAll()
            var settledRows: [(row: Int, dist: Int64)] = [(start, 0)]
            func relax(from r: Int, at d: Int64) {
                edges(r) { c, cost in
                    guard !finalised[c], room[c] > 0 else { return }
                    let nd = d + cost - potentialRow[r] - potentialColumn[c]
                    if nd < distance[c] {
                        if distance[c] == .max { touched.append(c) }
                        distance[c] = nd
                        previousRow[c] = r
                        heap.push(nd, c)
                    }
                }
            }
            relax(from: start, at: 0)
            var end = -1, endDistance: Int64 = 0
            while let (d, c) = heap.pop() {
                if finalised[c] || d != distance[c] { continue }
                finalised[c] = true
                if rowsOfColumn[c].count < room[c] {
                    end = c
                    endDistance = d
                    break
                }
                for r in rowsOfColumn[c] {
                    settledRows.append((r, d))
                    relax(from: r, at: d)
                }
            }
            precondition(end >= 0, "every row has its unplaced column")
            // Update potentials so reduced costs stay non-negative.
            for c in touched where finalised[c] && distance[c] < endDistance {
                potentialColumn[c] -= endDistance - distance[c]
            }
            for (r, d) in settledRows where d < endDistance {
                potentialRow[r] += endDistance - d
            }
            // Augment along the path back to `start`: the end column gains a row, every other column on the
            // path swaps the row that leaves it for the row that comes in.
            let r = previousRow[end]
            var next = columnOfRow[r], slot = slotOfRow[r]
            columnOfRow[r] = end
            slotOfRow[r] = rowsOfColumn[end].count
            rowsOfColumn[end].append(r)
            var leaving = r
            while leaving != start {
                let c = next
                let entering = previousRow[c]
                let enteringColumn = columnOfRow[entering], enteringSlot = slotOfRow[entering]
                rowsOfColumn[c][slot] = entering
                columnOfRow[entering] = c
                slotOfRow[entering] = slot
                next = enteringColumn; slot = enteringSlot
                leaving = entering
            }
        }
        return solution(columnOfRow) { r, c in pairs[r].first { $0.column == c }!.score }
    }
}

/// A binary min-heap of (distance, column), ties broken by the smaller column.
struct MinHeap {
    private var items: [(Int64, Int)] = []

    mutating func removeAll() { items.removeAll(keepingCapacity: true) }

    static func less(_ a: (Int64, Int), _ b: (Int64, Int)) -> Bool { a.0 != b.0 ? a.0 < b.0 : a.1 < b.1 }

    mutating func push(_ d: Int64, _ c: Int) {
        items.append((d, c))
        var i = items.count - 1
        while i > 0 {
            let p = (i - 1) / 2
            guard Self.less(items[i], items[p]) else { break }
            items.swapAt(i, p)
            i = p
        }
    }

    mutating func pop() -> (Int64, Int)? {
        guard !items.isEmpty else { return nil }
        let top = items[0]
        let last = items.removeLast()
        if !items.isEmpty {
            items[0] = last
            var i = 0
            while true {
                let l = 2 * i + 1, r = l + 1
                var m = i
                if l < items.count && Self.less(items[l], items[m]) { m = l }
                if r < items.count && Self.less(items[r], items[m]) { m = r }
                if m == i { break }
                items.swapAt(i, m)
                i = m
            }
        }
        return top
    }
}
