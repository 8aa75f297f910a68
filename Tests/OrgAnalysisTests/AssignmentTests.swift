import Testing
import OrgAnalysis
import TestSupport

/// The best (placed, total score) over every assignment, by exhaustive search.
func bruteForce(_ p: AssignmentProblem) -> (placed: Int, score: Int) {
    var best = (placed: 0, score: 0)
    var used = [Int](repeating: 0, count: p.columns)     // rows in each column, up to its capacity
    func go(_ r: Int, _ placed: Int, _ score: Int) {
        if r == p.rows {
            if placed > best.placed || (placed == best.placed && score > best.score) { best = (placed, score) }
            return
        }
        go(r + 1, placed, score)          // row r unplaced
        for (c, s) in p.pairs[r] where used[c] < p.capacity[c] {
            used[c] += 1
            go(r + 1, placed + 1, score + s)
            used[c] -= 1
        }
    }
    go(0, 0, 0)
    return best
}

func check(_ p: AssignmentProblem, method: AssignmentProblem.Method = .automatic) -> (AssignmentProblem.Solution, (placed: Int, score: Int)) {
    let s = checkedSolve(p, method: method)
    return (s, bruteForce(p))
}

/// Solves `p` and checks that the solution is an assignment of allowed pairs whose totals add up.
func checkedSolve(_ p: AssignmentProblem, method: AssignmentProblem.Method) -> AssignmentProblem.Solution {
    let s = p.solve(method: method)
    // The solution is an assignment: allowed pairs, each column at most its capacity, totals add up.
    var used = [Int](repeating: 0, count: p.columns)
    var total = 0, placed = 0
    for (r, c) in s.columnOfRow.enumerated() {
        guard let c else { continue }
        used[c] += 1
        placed += 1
        #expect(used[c] <= p.capacity[c], "column \(c) over its capacity \(p.capacity[c])")
        let best = p.pairs[r].filter { $0.column == c }.map(\.score).max()   // a pair allowed twice counts its best score
        #expect(best != nil, "row \(r) placed in a forbidden column \(c)")
        total += best ?? 0
    }
    #expect(total == s.totalScore && placed == s.placed)
    return s
}

@Suite("The assignment solver")
struct AssignmentTests {
    @Test("agrees with brute force on 600 random rectangular instances with forbidden pairs")
    func random() {
        var rng = Xorshift(state: 0x9E3779B97F4A7C15)
        for trial in 0..<600 {
            let rows = rng.int(1...7), columns = rng.int(1...7)
            var p = AssignmentProblem(rows: rows, columns: columns)
            let density = rng.int(1...10)
            for r in 0..<rows {
                for c in 0..<columns where rng.int(1...10) <= density {
                    p.allow(row: r, column: c, score: rng.int(-30...60))
                }
            }
            let (s, best) = check(p)
            #expect(s.placed == best.placed && s.totalScore == best.score, "trial \(trial): \(s) vs \(best)")
        }
    }

    @Test("both paths, sparse and dense, agree with brute force on 800 random instances", arguments: [AssignmentProblem.Method.sparse, .dense])
    func bothPaths(method: AssignmentProblem.Method) {
        var rng = Xorshift(state: 0xD1B54A32D192ED03)
        for trial in 0..<800 {
            let rows = rng.int(1...7), columns = rng.int(1...7)
            var p = AssignmentProblem(rows: rows, columns: columns)
            let density = rng.int(1...10)
            for r in 0..<rows {
                for c in 0..<columns where rng.int(1...10) <= density {
                    // Few distinct scores (many ties) in half of the trials.
                    p.allow(row: r, column: c, score: trial % 2 == 0 ? rng.int(0...3) : rng.int(-50...80))
                }
            }
            if trial % 7 == 0 { p.allow(row: 0, column: 0, score: 5) }   // a pair allowed twice keeps its best score
            let (s, best) = check(p, method: method)
            #expect(s.placed == best.placed && s.totalScore == best.score, "trial \(trial): \(s) vs \(best)")
        }
    }

    @Test("the dense path finds the sparse path's optimum on larger rectangular instances with forbidden pairs")
    func denseAgreesWithSparse() {
        var rng = Xorshift(state: 99)
        for trial in 0..<40 {
            let rows = rng.int(1...120), columns = rng.int(1...120)
            var p = AssignmentProblem(rows: rows, columns: columns)
            let forbidden = rng.int(0...9)     // tenths of the pairs forbidden
            for r in 0..<rows { for c in 0..<columns where rng.int(0...9) >= forbidden { p.allow(row: r, column: c, score: rng.int(0...(trial % 3 == 0 ? 2 : 1000))) } }
            let dense = checkedSolve(p, method: .dense), sparse = p.solve(method: .sparse)
            #expect(dense.placed == sparse.placed && dense.totalScore == sparse.totalScore, "trial \(trial) (\(rows)×\(columns))")
        }
    }

    @Test("the dense path on square matrices with every pair allowed and many ties, against brute force")
    func denseSquareFull() {
        var rng = Xorshift(state: 0xA5A5_0013)
        for trial in 0..<400 {
            let n = rng.int(1...7)
            var p = AssignmentProblem(rows: n, columns: n)
            for r in 0..<n { for c in 0..<n { p.allow(row: r, column: c, score: trial % 3 == 0 ? rng.int(0...1) : rng.int(-20...40)) } }
            let (s, best) = check(p, method: .dense)
            #expect(s.placed == n && s.totalScore == best.score, "trial \(trial): \(s) vs \(best)")
        }
    }

    @Test("the dense path on tall, wide and square matrices with ineligible pairs, against brute force")
    func denseShapes() {
        var rng = Xorshift(state: 0x5EED_2026)
        for trial in 0..<600 {
            // Tall (more people than seats), wide and square, a few pairs forbidden.
            let rows = rng.int(1...7)
            let columns = [max(1, rows - rng.int(1...3)), rows + rng.int(1...3), rows][trial % 3]
            var p = AssignmentProblem(rows: rows, columns: columns)
            for r in 0..<rows {
                for c in 0..<columns where rng.int(1...10) <= 8 { p.allow(row: r, column: c, score: rng.int(0...(trial % 2 == 0 ? 2 : 90))) }
            }
            let (s, best) = check(p, method: .dense)
            #expect(s.placed == best.placed && s.totalScore == best.score, "trial \(trial) (\(rows)×\(columns)): \(s) vs \(best)")
        }
    }

    @Test("dense and sparse agree on full square matrices of 150 with few distinct scores (long augmenting paths)")
    func denseTiesAtSize() {
        var rng = Xorshift(state: 2026)
        for trial in 0..<6 {
            let n = 150
            var p = AssignmentProblem(rows: n, columns: n)
            for r in 0..<n { for c in 0..<n { p.allow(row: r, column: c, score: rng.int(1...(trial < 3 ? 3 : 1000))) } }
            let dense = checkedSolve(p, method: .dense), sparse = p.solve(method: .sparse)
            #expect(dense.placed == n && dense.totalScore == sparse.totalScore, "trial \(trial)")
        }
    }

    @Test("the dense path chooses among equal optima as it always has (the samples' placements stay put)")
    func denseChoiceAmongEquals() {
        // Scores 0–2 on 8 × 10 with a fifth of the pairs forbidden: many placements reach the optimum. The
        // expected columns are what the dense scan chose before it was tuned (Ramping 94be65d).
        var rng = Xorshift(state: 31)
        var p = AssignmentProblem(rows: 8, columns: 10)
        for r in 0..<8 { for c in 0..<10 where rng.int(1...10) <= 8 { p.allow(row: r, column: c, score: rng.int(0...2)) } }
        let s = checkedSolve(p, method: .dense)
        #expect(s.columnOfRow == [2, 3, 1, 6, 0, 4, 7, 5])
        #expect(s.totalScore == bruteForce(p).score)
    }

    @Test("columns with a capacity: both paths agree with brute force on 800 random instances", arguments: [AssignmentProblem.Method.sparse, .dense])
    func capacitated(method: AssignmentProblem.Method) {
        var rng = Xorshift(state: 0xC0FF_EE13)
        var capacitated = 0
        for trial in 0..<800 {
            let rows = rng.int(1...7), columns = rng.int(1...4)
            var p = AssignmentProblem(rows: rows, columns: columns)
            for c in 0..<columns { p.setCapacity(column: c, seats: rng.int(0...3)) }
            let density = rng.int(1...10)
            for r in 0..<rows {
                for c in 0..<columns where rng.int(1...10) <= density {
                    p.allow(row: r, column: c, score: trial % 2 == 0 ? rng.int(0...3) : rng.int(-50...80))
                }
            }
            if p.isCapacitated { capacitated += 1 }
            let (s, best) = check(p, method: method)
            #expect(s.placed == best.placed && s.totalScore == best.score, "trial \(trial): \(s) vs \(best)")
        }
        #expect(capacitated > 700)
    }

    @Test("a column of capacity k is k seats: the same optimum as k columns of one seat, on larger instances")
    func capacityIsSeats() {
        var rng = Xorshift(state: 0x5EA7_5EA7)
        for trial in 0..<30 {
            let rows = rng.int(1...150), columns = rng.int(1...12)
            var grouped = AssignmentProblem(rows: rows, columns: columns)
            var seats: [Int] = []                  // the grouped column of each seat
            for c in 0..<columns {
                let k = rng.int(0...(trial % 2 == 0 ? 4 : 40))
                grouped.setCapacity(column: c, seats: k)
                seats += repeatElement(c, count: k)
            }
            var perSeat = AssignmentProblem(rows: rows, columns: seats.count)
            for r in 0..<rows {
                for c in 0..<columns where rng.int(0...2) > 0 {
                    let score = rng.int(0...(trial % 3 == 0 ? 2 : 500))
                    grouped.allow(row: r, column: c, score: score)
                    for (k, column) in seats.enumerated() where column == c { perSeat.allow(row: r, column: k, score: score) }
                }
            }
            let g = checkedSolve(grouped, method: .automatic), s = checkedSolve(perSeat, method: .sparse)
            #expect(g.placed == s.placed && g.totalScore == s.totalScore, "trial \(trial) (\(rows) × \(columns))")
        }
    }

    @Test("a capacitated problem goes dense only when spreading it over its seats costs few more pairs")
    func capacitatedPathChoice() {
        // Merit with holders: nearly every column one seat, every pair allowed: spread, it is the same problem.
        var holders = AssignmentProblem(rows: 6, columns: 5)
        holders.setCapacity(column: 4, seats: 2)
        for r in 0..<6 { for c in 0..<5 { holders.allow(row: r, column: c, score: r + c) } }
        #expect(holders.isCapacitated && holders.denseBySeatPays)
        // The pool against whole profiles: 3 columns of 40 seats, every pair allowed; spread, 40 times the pairs.
        var pool = AssignmentProblem(rows: 6, columns: 3)
        for c in 0..<3 { pool.setCapacity(column: c, seats: 40) }
        for r in 0..<6 { for c in 0..<3 { pool.allow(row: r, column: c, score: r * c) } }
        #expect(!pool.denseBySeatPays)
        // Both give brute force's optimum on the path chosen.
        for p in [holders, pool] {
            let (s, best) = check(p)
            #expect(s.placed == best.placed && s.totalScore == best.score)
        }
    }

    @Test("places the better person when only one seat is left (row order must not decide)")
    func betterPersonWins() {
        var p = AssignmentProblem(rows: 2, columns: 1)
        p.allow(row: 0, column: 0, score: 1)
        p.allow(row: 1, column: 0, score: 10)
        #expect(p.solve().columnOfRow == [nil, 0])
    }

    @Test("more placements beat a higher score with fewer")
    func cardinalityFirst() {
        // A alone in seat 0 scores 100; A in 1 and B in 0 score 2 + 1.
        var p = AssignmentProblem(rows: 2, columns: 2)
        p.allow(row: 0, column: 0, score: 100)
        p.allow(row: 0, column: 1, score: 2)
        p.allow(row: 1, column: 0, score: 1)
        let s = p.solve()
        #expect(s.placed == 2 && s.totalScore == 3)
    }

    @Test("known worst cases: all scores equal, an anti-diagonal, a chain of displacements")
    func worstCases() {
        var equal = AssignmentProblem(rows: 6, columns: 6)
        for r in 0..<6 { for c in 0..<6 { equal.allow(row: r, column: c, score: 5) } }
        #expect(equal.solve().totalScore == 30)
        // Score r*c: the optimum pairs r with c = r (rearrangement inequality).
        var product = AssignmentProblem(rows: 7, columns: 7)
        for r in 0..<7 { for c in 0..<7 { product.allow(row: r, column: c, score: r * c) } }
        #expect(product.solve().columnOfRow == (0..<7).map { Optional($0) })
        // Each new row takes column 0 best and pushes the previous holder one column along.
        var chain = AssignmentProblem(rows: 6, columns: 6)
        for r in 0..<6 { for c in 0...r { chain.allow(row: r, column: c, score: 10 - c + r) } }
        let (s, best) = check(chain)
        #expect(s.placed == 6 && s.totalScore == best.score)
        // Nothing allowed.
        #expect(AssignmentProblem(rows: 3, columns: 2).solve().placed == 0)
    }

    @Test("the same problem always gives the same placement")
    func deterministic() {
        var rng = Xorshift(state: 42)
        var p = AssignmentProblem(rows: 30, columns: 25)
        for r in 0..<30 { for c in 0..<25 where rng.int(0...2) == 0 { p.allow(row: r, column: c, score: rng.int(0...3)) } }
        #expect(p.solve() == p.solve())
    }

    @Test("a sparse problem of 5,000 people and 20,000 seats solves without a dense matrix")
    func sparse() {
        var rng = Xorshift(state: 7)
        var p = AssignmentProblem(rows: 5_000, columns: 20_000)
        for r in 0..<5_000 { for _ in 0..<40 { p.allow(row: r, column: rng.int(0...19_999), score: rng.int(0...100)) } }
        let s = p.solve()
        #expect(s.placed > 4_900)
    }
}
