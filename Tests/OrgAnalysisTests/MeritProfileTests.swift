import Testing
@testable import OrgAnalysis
import OrgFiles
import OrgModel
import OrgSimulation
import TestSupport

/// Merit placement the direct way, as Ramping did it before posts were grouped: `fit` for every person ×
/// open post, every eligible pair to the solver, one column per seat. `MeritPlacement` shares one fit per
/// requirement profile, screens by rank and education first, and gives the solver one column per profile's
/// interchangeable posts (with their seats as its capacity). It must find the same optimum, and may differ
/// only in which of equally good posts of one profile a person gets.
struct ReferenceMerit {
    var placed: [Int: (post: Int, score: Int)] = [:]   // person → post, score
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
                let score = calculator.fit(person: people[row], position: p).score
                placements.append("\(people[row])→\(p) \(score)")
                placed[people[row]] = (p, score)
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

    /// Checks `MeritPlacement` against the reference: the same number placed, the same total fit, the same
    /// people left unplaced and as many seats left vacant, and every placed person at the same score as
    /// before. Which post a person gets may differ among posts of equal score: within one requirement profile
    /// by the stated rule, and across profiles where the old per-seat solver (its dense scan, on these
    /// sizes) and the grouped one break a tie of the optimum differently. Returns how many people changed
    /// post, and of those how many to another profile.
    @discardableResult
    static func check(_ graph: OrgGraph, includeHolders: Bool, explain: Bool) -> (post: Int, profile: Int) {
        let reference = ReferenceMerit(graph, includeHolders: includeHolders)
        let merit = MeritPlacement(graph, includeHolders: includeHolders, explain: explain)
        #expect(merit.placements.count == reference.placements.count)
        #expect(merit.totalScore == reference.total)
        #expect(merit.unplaced == reference.unplaced)
        var changed = (post: 0, profile: 0)
        for pl in merit.placements {
            guard let old = reference.placed[pl.person] else {
                Issue.record("person \(pl.person) placed now, not before")
                continue
            }
            #expect(pl.fit.score == old.score, "person \(pl.person): score \(pl.fit.score), before \(old.score)")
            #expect(pl.fit.score == FitCalculator(graph).fit(person: pl.person, position: old.post).score)
            if pl.position != old.post {
                changed.post += 1
                if RequirementProfile(graph.positions[pl.position]) != RequirementProfile(graph.positions[old.post]) { changed.profile += 1 }
            }
        }
        let referenceVacant = reference.vacant.reduce(0) { $0 + Int($1.split(separator: "×")[1])! }
        #expect(merit.vacant.reduce(0) { $0 + $1.seats } == referenceVacant)
        // Screening drops nobody `fit` would accept, and shared fits add nobody it would refuse.
        #expect(merit.eligiblePairs == reference.eligiblePairs)
        #expect(merit.solverPairs <= reference.eligiblePairs)
        if explain {
            #expect(merit.candidates.map { describe($0.person, $0.position, $0.fit) } == reference.candidates)
        } else {
            #expect(merit.candidates.isEmpty)
        }
        return changed
    }
}

@Suite("Merit placement shares fits by requirement profile")
struct MeritProfileTests {
    @Test("the full sample's pool: the same optimum, every person at the same score, and the same listed pairs as every pair judged alone")
    func fullSample() {
        let graph = sampleGraph("OrgCharts/kabupaten-sragen.yaml")
        #expect(graph.people.indices.count { graph.personPosition[$0] < 0 } > 10)
        ReferenceMerit.check(graph, includeHolders: false, explain: true)
        let changed = ReferenceMerit.check(graph, includeHolders: false, explain: false)
        print("merit, full sample: \(changed.post) people in another post of the same score than the per-seat solver chose, \(changed.profile) of them of another requirement profile")
    }

    @Test("every shipped scenario's place step: the same optimum as every pair judged alone, seat by seat")
    func scenarios() throws {
        let chart = try #require(loadedChart("OrgCharts/kabupaten-sragen.yaml").chart)
        var placeSteps = 0
        for name in ["penyederhanaan-birokrasi", "penggabungan-dinas", "pelayanan-terpadu", "restrukturisasi-lengkap"] {
            let scenario = try #require(ScenarioLoader.load(path: repoPath("OrgCharts/scenarios/\(name).yaml")).scenario)
            for (k, step) in scenario.steps.enumerated() {
                guard case .place(let includeHolders) = step.action else { continue }
                placeSteps += 1
                // The chart the step places into: the scenario's steps before it.
                let before = try Simulator.run(chart, Scenario(name: scenario.name, steps: Array(scenario.steps[..<k])))
                let graph = try #require(OrgGraph.resolve(before.after).graph)
                #expect(ReferenceMerit(graph, includeHolders: includeHolders).placements.count > 10)
                let changed = ReferenceMerit.check(graph, includeHolders: includeHolders, explain: false)
                print("merit, scenario \(name): \(changed.post) people in another post of the same score than the per-seat solver chose, \(changed.profile) of them of another requirement profile")
            }
        }
        #expect(placeSteps >= 1)
    }

    @Test("the posts of one profile go in chart order, seat by seat, to its placed people by fit, highest first")
    func postsOfAProfileInOrder() throws {
        // staf2 asks what staf asks (one profile): staf has one open seat, staf2 two. Q1 and Q2 join the pool.
        let yaml = meritYAML
            .replacingFirst("\npeople:\n", with: """

                  - { id: staf2, title: Staf Dua, unit: seksi2, level: pelaksana, seats: 2, requires: { rank: II/c, education: SMA, competencies: { integritas: 1 } } }
                people:
                  - { nip: "199101012016031003", name: Q1 Pool, rank: II/c, rank_since: 2021-04-01, education: SMA,
                      competencies: { integritas: 1 }, performance: baik, potential: rendah }
                  - { nip: "199201012016031004", name: Q2 Pool, rank: III/a, rank_since: 2018-04-01, education: S1,
                      competencies: { integritas: 3 }, performance: sangat-baik, potential: tinggi }

                """)
        let graph = analysisGraph(yaml)
        let staf = try #require(graph.positionIndex["staf"]), staf2 = try #require(graph.positionIndex["staf2"])
        #expect(RequirementProfile(graph.positions[staf]) == RequirementProfile(graph.positions[staf2]))
        let m = MeritPlacement(graph)
        let inGroup = m.placements.filter { $0.position == staf || $0.position == staf2 }
        #expect(inGroup.count == 3)
        // Distinct fits, so the order is the rule's and not the person order.
        let byFit = inGroup.sorted { $0.fit.score != $1.fit.score ? $0.fit.score > $1.fit.score : $0.person < $1.person }
        #expect(Set(byFit.map(\.fit.score)).count == 3)
        #expect(byFit.map(\.position) == [staf, staf2, staf2])
        #expect(byFit.map { $0.person } != inGroup.map { $0.person }, "the best fit is not the first person in chart order")
        // The same as judging every seat alone, up to which of the two posts.
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
