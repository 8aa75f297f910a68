/// The linear assignment problem on a dense cost matrix, by Jonker and Volgenant's LAPJV ("A shortest
/// augmenting path algorithm for dense and sparse linear assignment problems", Computing 38, 1987):
/// every row to its own column (rows ≤ columns), least total cost.
///
/// The classic phases, each keeping the column prices `v` such that every assigned row sits in a column of
/// least reduced cost `cost − v` in its row:
/// 1. column reduction (square matrices only): each column's price is its least cost, and the row holding
///    it takes the column;
/// 2. reduction transfer: a row that took one column passes its slack to that column's price;
/// 3. augmenting row reduction, twice over the free rows: each takes its cheapest column at the price
///    that makes it indifferent to its second cheapest, displacing the previous holder (an auction);
/// 4. shortest augmenting paths from each row still free: Dijkstra by array scan, columns at the same
///    distance gathered in a list so that one scan serves them all.
///
/// Phases 1–3 cost O(rows × columns) each and usually leave few free rows, so phase 4, O(rows × columns)
/// per free row in the worst case, does little work. A rectangular matrix (rows < columns) skips phase 1
/// and 2 and starts from zero prices: prices only fall, and only for columns that are then held, so a
/// column left free keeps price 0, which is what optimality asks of it.
///
/// Costs are read from a row-major matrix of any signed integer width (32 bits when they fit: half the
/// memory traffic) and computed in 64 bits; the caller keeps every sum of `rows` costs within `Int64`.
/// - Complexity: O(rows² × columns) in the worst case, O(rows × columns) time for the reductions and the
///   matrix itself; memory O(columns) beside the matrix.
enum JonkerVolgenant {
    /// The column of each row in a least-cost assignment of the `rows` × `columns` matrix `cost`.
    static func solve<C: FixedWidthInteger & SignedInteger>(_ cost: UnsafeBufferPointer<C>, rows n: Int, columns m: Int) -> [Int] {
        precondition(n <= m && cost.count == n * m, "rows ≤ columns and a full matrix")
        if n == 0 { return [] }
        guard let c = cost.baseAddress else { return [] }
        if m == 1 { return [0] }

        var rowsol = [Int](repeating: -1, count: n)
        var colsol = [Int](repeating: -1, count: m)
        var v = [Int64](repeating: 0, count: m)
        var free = [Int](repeating: 0, count: n)
        var numfree = 0

        rowsol.withUnsafeMutableBufferPointer { rowsol in
        colsol.withUnsafeMutableBufferPointer { colsol in
        v.withUnsafeMutableBufferPointer { v in
        free.withUnsafeMutableBufferPointer { free in
            if n == m {
                // 1. Column reduction, the minima found row by row (the matrix is read in its own order).
                var imin = [Int](repeating: 0, count: m)
                imin.withUnsafeMutableBufferPointer { imin in
                    for j in 0..<m { v[j] = Int64(c[j]) }
                    for i in 1..<n {
                        let row = c + i &* m
                        for j in 0..<m {
                            let x = Int64(row[j])
                            if x < v[j] { v[j] = x; imin[j] = i }
                        }
                    }
                    var matches = [Int](repeating: 0, count: n)
                    for j in stride(from: m - 1, through: 0, by: -1) {
                        let i = imin[j]
                        matches[i] += 1
                        if matches[i] == 1 {
                            rowsol[i] = j; colsol[j] = i
                        } else if v[j] < v[rowsol[i]] {
                            let j1 = rowsol[i]
                            rowsol[i] = j; colsol[j] = i; colsol[j1] = -1
                        } else {
                            colsol[j] = -1
                        }
                    }
                    // 2. Reduction transfer from rows assigned once.
                    for i in 0..<n {
                        if matches[i] == 0 {
                            free[numfree] = i; numfree += 1
                        } else if matches[i] == 1 {
                            let j1 = rowsol[i], row = c + i &* m
                            var least = Int64.max
                            for j in 0..<m where j != j1 { least = min(least, Int64(row[j]) &- v[j]) }
                            v[j1] = v[j1] &- least
                        }
                    }
                }
            } else {
                for i in 0..<n { free[i] = i }
                numfree = n
            }

            // 3. Augmenting row reduction, two passes.
            for _ in 0..<2 {
                var k = 0
                let previous = numfree
                numfree = 0
                while k < previous {
                    let i = free[k]
                    k += 1
                    let row = c + i &* m
                    // The least and second least reduced costs of the row.
                    var umin = Int64(row[0]) &- v[0], usubmin = Int64.max
                    var j1 = 0, j2 = -1
                    for j in 1..<m {
                        let h = Int64(row[j]) &- v[j]
                        if h < usubmin {
                            if h >= umin { usubmin = h; j2 = j } else { usubmin = umin; umin = h; j2 = j1; j1 = j }
                        }
                    }
                    var i0 = colsol[j1]
                    if umin < usubmin {
                        v[j1] = v[j1] &- (usubmin &- umin)
                    } else if i0 >= 0 {
                        // A tie: take the second column instead, free or not.
                        j1 = j2
                        i0 = colsol[j2]
                    }
                    rowsol[i] = j1
                    colsol[j1] = i
                    if i0 >= 0 {
                        if umin < usubmin {
                            // The displaced row bids next, at once.
                            k -= 1
                            free[k] = i0
                        } else {
                            free[numfree] = i0
                            numfree += 1
                        }
                    }
                }
            }

            // 4. Shortest augmenting paths for the rows still free.
            if numfree > 0 {
                let d = UnsafeMutablePointer<Int64>.allocate(capacity: m)
                let pred = UnsafeMutablePointer<Int>.allocate(capacity: m)
                let collist = UnsafeMutablePointer<Int>.allocate(capacity: m)
                defer { d.deallocate(); pred.deallocate(); collist.deallocate() }
                for f in 0..<numfree {
                    let freerow = free[f]
                    let start = c + freerow &* m
                    for j in 0..<m {
                        d[j] = Int64(start[j]) &- v[j]
                        pred[j] = freerow
                        collist[j] = j
                    }
                    // collist[0..<low]: final columns; [low..<up]: at the current least distance, to scan;
                    // [up..<m]: still to reach.
                    var low = 0, up = 0, last = 0
                    var least: Int64 = 0
                    var endofpath = -1
                    while endofpath < 0 {
                        if up == low {
                            // Gather the columns at the new least distance.
                            last = low
                            least = d[collist[up]]
                            up += 1
                            var k = up
                            while k < m {
                                let j = collist[k], h = d[j]
                                if h <= least {
                                    if h < least { up = low; least = h }
                                    collist[k] = collist[up]
                                    collist[up] = j
                                    up += 1
                                }
                                k += 1
                            }
                            for k in low..<up where colsol[collist[k]] < 0 { endofpath = collist[k]; break }
                            if endofpath >= 0 { break }
                        }
                        // Scan the row holding the next column at the least distance.
                        let j1 = collist[low]
                        low += 1
                        let i = colsol[j1], row = c + i &* m
                        let h = Int64(row[j1]) &- v[j1] &- least
                        var k = up
                        while k < m {
                            let j = collist[k]
                            let v2 = Int64(row[j]) &- v[j] &- h
                            if v2 < d[j] {
                                pred[j] = i
                                if v2 == least {
                                    if colsol[j] < 0 { endofpath = j; break }
                                    collist[k] = collist[up]
                                    collist[up] = j
                                    up += 1
                                }
                                d[j] = v2
                            }
                            k += 1
                        }
                    }
                    // Prices of the columns made final before the last least distance.
                    for k in 0..<last {
                        let j = collist[k]
                        v[j] = v[j] &+ d[j] &- least
                    }
                    // Augment along the path back to the free row.
                    var j = endofpath
                    while true {
                        let i = pred[j]
                        colsol[j] = i
                        let next = rowsol[i]
                        rowsol[i] = j
                        if i == freerow { break }
                        j = next
                    }
                }
            }
        }
        }
        }
        }
        return rowsol
    }
}
