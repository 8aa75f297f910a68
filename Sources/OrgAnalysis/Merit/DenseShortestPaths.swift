/// Shortest augmenting paths by array scan over a dense matrix (Jonker–Volgenant in Crouse's formulation,
/// "On implementing 2D rectangular assignment algorithms", IEEE TAES 2016: the method of SciPy's
/// `linear_sum_assignment`), each row with a private "unplaced" column beside the matrix that only it
/// can reach. Rows are placed one by one; each step relaxes a row's costs to every column not yet final
/// (one pass over the row) and makes the closest final.
///
/// Tuned against SciPy's C++ (same algorithm, `make bench`): costs read as 32-bit integers when they fit
/// (half the memory traffic of 64-bit or `Double`), 64-bit arithmetic without overflow traps, raw buffers
/// (no bounds checks or reference counting in the scan), and the closest unplaced column kept as a running
/// minimum instead of a scan over every visited row's. The choice among equally close columns is the one
/// this solver has always made (the last free one in scan order, else the first; an unplaced column
/// before an occupied real one at the same distance), so placements do not change between versions.
///
/// LAPJV's initialisation (column reduction, reduction transfer, augmenting row reduction) was tried: about
/// twice as fast again on 4,000², the same optimum, but another choice among equal optima, which moved
/// people of the sample between equally good posts; it was not kept.
/// - Complexity: O(rows² × columns) in the worst case; memory O(rows + columns) beside the matrix.
enum DenseShortestPaths {
    /// Each row's column in a least-cost assignment that covers every row: a real column `0..<columns`, or
    /// `columns + row` for the row's unplaced column (cost `unplaced`).
    /// Generic over the cost width; called with `Int32` or `Int64` from this module, so the optimiser
    /// specialises it (whole-module optimisation in release builds).
    static func solve<C: FixedWidthInteger & SignedInteger>(_ cost: UnsafeBufferPointer<C>, rows: Int, columns n: Int, unplaced unplacedCost: Int64) -> [Int] {
        precondition(cost.count == rows * n)
        if n == 0 { return Array(0..<rows) }      // no seats: every row in its unplaced column
        var columnOfRow = [Int](repeating: -1, count: rows)
        if rows == 0 { return columnOfRow }
        let total = n + rows
        let u = UnsafeMutablePointer<Int64>.allocate(capacity: rows)
        let v = UnsafeMutablePointer<Int64>.allocate(capacity: total)
        let rowOfColumn = UnsafeMutablePointer<Int>.allocate(capacity: total)
        let distance = UnsafeMutablePointer<Int64>.allocate(capacity: total)
        let previousRow = UnsafeMutablePointer<Int>.allocate(capacity: total)
        let remaining = UnsafeMutablePointer<Int>.allocate(capacity: max(n, 1))
        let visitedRows = UnsafeMutablePointer<Int>.allocate(capacity: rows)
        let finalColumns = UnsafeMutablePointer<Int>.allocate(capacity: n + 1)
        defer {
            u.deallocate(); v.deallocate(); rowOfColumn.deallocate(); distance.deallocate(); previousRow.deallocate()
            remaining.deallocate(); visitedRows.deallocate(); finalColumns.deallocate()
        }
        u.initialize(repeating: 0, count: rows)
        v.initialize(repeating: 0, count: total)
        rowOfColumn.initialize(repeating: -1, count: total)
        distance.initialize(repeating: .max, count: total)
        previousRow.initialize(repeating: -1, count: total)
        let matrix = cost.baseAddress!
        columnOfRow.withUnsafeMutableBufferPointer { columnOfRow in
            for start in 0..<rows {
                for c in 0..<n { distance[c] = .max; remaining[c] = n &- 1 &- c }
                var open = n, visited = 0, finals = 0
                var r = start, minimum: Int64 = 0, sink = -1
                // The closest unplaced column reached so far (the first reached among equals).
                var unplacedBest = Int64.max, unplacedColumn = -1
                while sink < 0 {
                    visitedRows[visited] = r
                    visited &+= 1
                    let row = matrix + r &* n, ur = u[r]
                    // Relax every real column not yet final from row r, and find the closest; among equals
                    // the last free one in scan order.
                    var best = Int64.max, bestK = -1
                    var k = 0
                    while k < open {
                        let c = remaining[k]
                        var d = minimum &+ Int64(row[c]) &- ur &- v[c]
                        let old = distance[c]
                        if d < old { distance[c] = d; previousRow[c] = r } else { d = old }
                        if d < best || (d == best && rowOfColumn[c] < 0) { best = d; bestK = k }
                        k &+= 1
                    }
                    var bestColumn = bestK >= 0 ? remaining[bestK] : -1
                    // Row r's own unplaced column: reached once, from r only.
                    let own = n &+ r
                    let d = minimum &+ unplacedCost &- ur &- v[own]
                    distance[own] = d
                    previousRow[own] = r
                    if d < unplacedBest { unplacedBest = d; unplacedColumn = own }
                    // An unplaced column wins when closer, or as close as an occupied real column.
                    if unplacedBest < best || (unplacedBest == best && rowOfColumn[bestColumn] >= 0) {
                        best = unplacedBest; bestK = -1; bestColumn = unplacedColumn
                    }
                    minimum = best
                    if bestK >= 0 {
                        finalColumns[finals] = bestColumn
                        finals &+= 1
                        open &-= 1
                        remaining[bestK] = remaining[open]
                    }
                    if rowOfColumn[bestColumn] < 0 {
                        sink = bestColumn
                    } else {
                        r = rowOfColumn[bestColumn]
                    }
                }
                // Potentials: reduced costs stay non-negative and zero along the matching. (An unplaced
                // column is final only as the sink, at distance `minimum`: its potential stays.)
                u[start] &+= minimum
                for k in 0..<visited {
                    let i = visitedRows[k]
                    if i != start { u[i] &+= minimum &- distance[columnOfRow[i]] }
                }
                for k in 0..<finals {
                    let c = finalColumns[k]
                    v[c] &-= minimum &- distance[c]
                }
                // Augment along the path back to `start`.
                var c = sink
                while true {
                    let i = previousRow[c]
                    rowOfColumn[c] = i
                    let next = columnOfRow[i]
                    columnOfRow[i] = c
                    if i == start { break }
                    c = next
                }
            }
        }
        return columnOfRow
    }
}
