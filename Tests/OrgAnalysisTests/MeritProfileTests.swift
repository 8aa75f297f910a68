import Testing
@testable import OrgAnalysis
import OrgModel
import TestSupport

/// Merit placement the direct way: `fit` for every person × open post, every eligible pair to the solver.
/// `MeritPlacement` shares one fit per requirement profile and screens by rank and education first; it must
/// give exactly this (the same problem, so the same placements, not only the same optimum).
struct ReferenceMerit {
    var placements: [String] = []       // "person→post score"
    var unplaced: [Int] = []
    var vacant: [String] = []
    var total = 0
    var eligiblePairs = 0
    var candidates: [String] = []       // "person post score eligible reasons", every pair

    init(_ graph: OrgGraph, includeHolders: Bool) {
        let calculator = FitCalculator(graph)
        let people = graph.people.indices.filter { includeHolders || graph.personPosition[$0] < 0 }
        var open = [Int](repeating: 0, count: graph.positions.count)
        var openPosts: [Int] = []
        for (p, post) in graph.positions.enumerated() where post.level != .politik {
            open[p] = includeHolders ? post.seats : graph.vacantSeats(p)
            if open[p] > 0 { openPosts.append(p) }
        }
        var fits: [[(post: Int, score: Int)]] = Array(repeating: [], count: people.count)
        var eligible = [Int](repeating: 0, count: graph.positions.count)
        for (row, i) in people.enumerated() {
            for p in openPosts {
                let fit = calculator.fit(person: i, position: p)
                candidates.append(ReferenceMerit.describe(i, p, fit))
                guard fit.eligible else { continue }
                fits[row].append((p, fit.score))
                eligiblePairs += 1
                eligible[p] += 1
            }
        }
        var seatPosts: [Int] = []
        var firstSeat = [Int](repeating: 0, count: graph.positions.count)
        for p in openPosts {
            firstSeat[p] = seatPosts.count
            seatPosts += repeatElement(p, count: min(open[p], eligible[p]))
        }
        var problem = AssignmentProblem(rows: people.count, columns: seatPosts.count)
        for row in people.indices {
            for (p, score) in fits[row] {
                for k in 0..<min(open[p], eligible[p]) { problem.allow(row: row, column: firstSeat[p] + k, score: score) }
            }
        }
        let solution = problem.solve()
        var filled = [Int](repeating: 0, count: graph.positions.count)
        for (row, column) in solution.columnOfRow.enumerated() {
            if let column {
                let p = seatPosts[column]
                placements.append("\(people[row])→\(p) \(calculator.fit(person: people[row], position: p).score)")
                filled[p] += 1
            } else {
                unplaced.append(people[row])
            }
        }
        vacant = openPosts.compactMap { p in open[p] - filled[p] > 0 ? "\(p)×\(open[p] - filled[p])" : nil }
        total = solution.totalScore
    }

    static func describe(_ person: Int, _ post: Int, _ fit: Fit) -> String {
        "\(person) \(post) \(fit.score) \(fit.eligible) \(fit.reasons.map { $0.text(.indonesian) }.joined(separator: "; "))"
    }

    static func check(_ graph: OrgGraph, includeHolders: Bool, explain: Bool) {
        let reference = ReferenceMerit(graph, includeHolders: includeHolders)
        let merit = MeritPlacement(graph, includeHolders: includeHolders, explain: explain)
        #expect(merit.placements.map { "\($0.person)→\($0.position) \($0.fit.score)" } == reference.placements)
        #expect(merit.unplaced == reference.unplaced)
        #expect(merit.vacant.map { "\($0.position)×\($0.seats)" } == reference.vacant)
        #expect(merit.totalScore == reference.total)
        // Screening drops nobody `fit` would accept, and shared fits add nobody it would refuse.
        #expect(merit.eligiblePairs == reference.eligiblePairs)
        if explain {
            #expect(merit.candidates.map { describe($0.person, $0.position, $0.fit) } == reference.candidates)
        } else {
            #expect(merit.candidates.isEmpty)
        }
    }
}

@Suite("Merit placement shares fits by requirement profile")
struct MeritProfileTests {
    @Test("the full sample's pool: the same placements and the same listed pairs as every pair judged alone")
    func fullSample() {
        let graph = sampleGraph("OrgCharts/kabupaten-sragen.yaml")
        #expect(graph.people.indices.count { graph.personPosition[$0] < 0 } > 10)
        ReferenceMerit.check(graph, includeHolders: false, explain: true)
        ReferenceMerit.check(graph, includeHolders: false, explain: false)
    }

    @Test("holders moving: their own post and the posts their career paths lead to are judged alone")
    func holders() {
        // In the small merit chart kasi and kasi2 share a profile. With two more career paths, A (who holds
        // kasi, the profile's first post) can move kasi → kasi2, so every post of the profile is an exception
        // for A; S (staf) has a path into kasi but not into kasi2.
        let small = analysisGraph(meritYAML.replacingFirst("\ncareer_paths:\n", with: """

            career_paths:
              - { from: kasi, to: kasi2, min_years: 1 }
              - { from: staf, to: kasi, min_years: 4 }

            """))
        #expect(small.chart.careerPaths.count == 4)
        let kasi = small.positionIndex["kasi"]!, kasi2 = small.positionIndex["kasi2"]!
        let s = small.people.firstIndex { $0.name.hasPrefix("S ") }!, a = small.people.firstIndex { $0.name.hasPrefix("A ") }!
        let calculator = FitCalculator(small)
        #expect(calculator.fit(person: s, position: kasi).reasons != calculator.fit(person: s, position: kasi2).reasons)
        #expect(calculator.fit(person: a, position: kasi2).careerPath > 0)
        for explain in [false, true] {
            ReferenceMerit.check(small, includeHolders: true, explain: explain)
            ReferenceMerit.check(small, includeHolders: false, explain: explain)
        }
        // The small sample: 22 people, 24 posts, career paths between them.
        let contoh = sampleGraph("OrgCharts/kabupaten-contoh.yaml")
        #expect(!contoh.chart.careerPaths.isEmpty)
        for explain in [false, true] {
            ReferenceMerit.check(contoh, includeHolders: true, explain: explain)
            ReferenceMerit.check(contoh, includeHolders: false, explain: explain)
        }
    }
}
