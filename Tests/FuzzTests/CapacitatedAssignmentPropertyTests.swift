import OrgAnalysis
import PropertyBased
import Testing

/// Merit placement gives the solver one column per requirement profile, with the profile's open seats as its
/// capacity, where it used to give one column per seat. The two must find the same optimum: as many people
/// placed, the same total score.
@Suite("The capacitated assignment solver")
struct CapacitatedAssignmentPropertyTests {
    /// A random small instance: rows, each column's capacity (0 closes it), and (row, column, score) pairs.
    static let rows = Gen.int(in: 1...9)
    static let capacities = Gen.int(in: 0...4).array(of: 1...5)
    static let pairs = zip(Gen.int(in: 0...8), Gen.int(in: 0...4), Gen.int(in: -20...60)).array(of: 0...30)

    @Test("a column of capacity k finds the optimum of k one-seat columns: same count placed, same total")
    func capacityAgreesWithSeats() async {
        await propertyCheck(count: 400, input: Self.rows, Self.capacities, Self.pairs) { rows, capacities, pairs in
            var grouped = AssignmentProblem(rows: rows, columns: capacities.count)
            var firstSeat: [Int] = []
            var seats = 0
            for (c, k) in capacities.enumerated() {
                grouped.setCapacity(column: c, seats: k)
                firstSeat.append(seats)
                seats += k
            }
            var perSeat = AssignmentProblem(rows: rows, columns: seats)
            for (r, c, score) in pairs where r < rows && c < capacities.count {
                grouped.allow(row: r, column: c, score: score)
                for k in 0..<capacities[c] { perSeat.allow(row: r, column: firstSeat[c] + k, score: score) }
            }
            let g = grouped.solve(), s = perSeat.solve(method: .sparse)
            #expect(g.placed == s.placed && g.totalScore == s.totalScore, "\(g) vs \(s) per seat")
            // The grouped solution is a placement: allowed pairs, no column over its capacity.
            var used = [Int](repeating: 0, count: capacities.count)
            var total = 0
            for (r, c) in g.columnOfRow.enumerated() {
                guard let c else { continue }
                used[c] += 1
                let score = grouped.pairs[r].filter { $0.column == c }.map(\.score).max()
                #expect(score != nil, "row \(r) in a column it is not allowed in")
                total += score ?? 0
            }
            #expect(zip(used, capacities).allSatisfy { $0 <= $1 })
            #expect(total == g.totalScore)
        }
    }
}
