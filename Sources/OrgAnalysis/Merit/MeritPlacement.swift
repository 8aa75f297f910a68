public import OrgModel

/// The best placement of the pool into the vacant seats (`ramping analyse merit`, and the `place`
/// scenario step): as many seats filled as eligibility allows, and among those placements the largest
/// total fit (see `Fit`), found exactly by `AssignmentProblem`.
///
/// With `includeHolders`, people now in posts may move too: every seat of every post is open and a
/// holder staying put is one of the possibilities.
/// - Complexity: O(people × open posts) fit evaluations (quadratic as pool and vacancies grow together: the
///   eligible pairs are the solver's input), then the solver on the eligible pairs only.
public struct MeritPlacement: Report {
    public struct Placement: Sendable {
        public var person: Int
        public var position: Int
        public var fit: Fit
    }

    public struct Candidate: Sendable {
        public var person: Int
        public var position: Int
        public var fit: Fit
    }

    public let graph: OrgGraph
    public let includeHolders: Bool
    public let placements: [Placement]
    public let unplaced: [Int]
    /// Seats left vacant: (position, count).
    public let vacant: [(position: Int, seats: Int)]
    public let totalScore: Int
    /// Every (person, post) pair considered, when explained.
    public let candidates: [Candidate]

    /// - Parameter progress: called with (people done, people in all) while pairs are scored. When the current
    ///   task is cancelled, scoring stops early and the result is partial (to be discarded by the caller).
    public init(_ graph: OrgGraph, includeHolders: Bool = false, explain: Bool = false, progress: ((Int, Int) -> Void)? = nil) {
        self.graph = graph
        self.includeHolders = includeHolders
        let calculator = FitCalculator(graph)
        let people = graph.people.indices.filter { includeHolders || graph.personPosition[$0] < 0 }
        // Open seats, post by post: vacant ones, or every seat when holders may move.
        var open = [Int](repeating: 0, count: graph.positions.count)
        var openPosts: [Int] = []
        for (p, post) in graph.positions.enumerated() where post.level != .politik {
            open[p] = includeHolders ? post.seats : graph.vacantSeats(p)
            if open[p] > 0 { openPosts.append(p) }
        }
        var fits: [[Int: Fit]] = Array(repeating: [:], count: people.count)
        var eligible = [Int](repeating: 0, count: graph.positions.count)
        var candidates: [Candidate] = []
        for (row, i) in people.enumerated() {
            if let progress, row % 16 == 0 { progress(row, people.count) }
            if Task.isCancelled { break }
            for p in openPosts {
                // Reasons are written only when every pair is listed; placements get theirs below.
                let fit = calculator.fit(person: i, position: p, explain: explain)
                if explain { candidates.append(Candidate(person: i, position: p, fit: fit)) }
                guard fit.eligible else { continue }
                fits[row][p] = fit
                eligible[p] += 1
            }
        }
        // One column per seat that could be filled: a post's seats beyond the people eligible for it stay
        // vacant whatever the solver does, so they get no column. Columns are thus at most the eligible
        // pairs, never the seat count (a post of 10,000 seats with 3 candidates has 3 columns).
        var seatPosts: [Int] = []
        var firstSeat = [Int](repeating: 0, count: graph.positions.count)
        for p in openPosts {
            firstSeat[p] = seatPosts.count
            seatPosts += repeatElement(p, count: min(open[p], eligible[p]))
        }
        var problem = AssignmentProblem(rows: people.count, columns: seatPosts.count)
        for row in people.indices {
            for (p, fit) in fits[row].sorted(by: { $0.key < $1.key }) {
                for k in 0..<min(open[p], eligible[p]) { problem.allow(row: row, column: firstSeat[p] + k, score: fit.score) }
            }
        }
        let solution = problem.solve()
        var placements: [Placement] = [], unplaced: [Int] = []
        var filled = [Int](repeating: 0, count: graph.positions.count)
        for (row, column) in solution.columnOfRow.enumerated() {
            let i = people[row]
            if let column {
                let p = seatPosts[column]
                placements.append(Placement(person: i, position: p, fit: explain ? fits[row][p]! : calculator.fit(person: i, position: p)))
                filled[p] += 1
            } else {
                unplaced.append(i)
            }
        }
        self.placements = placements
        self.unplaced = unplaced
        vacant = openPosts.compactMap { p in open[p] - filled[p] > 0 ? (p, open[p] - filled[p]) : nil }
        totalScore = solution.totalScore
        self.candidates = candidates
    }

    public func json(_ l: Language) -> JSONValue {
        var o: [(String, JSONValue)] = [
            ("placements", .array(placements.map { pl in
                .object([("person", .string(graph.people[pl.person].nip)), ("name", .string(graph.people[pl.person].name)),
                         ("position", .string(graph.positions[pl.position].id)),
                         ("from", graph.personPosition[pl.person] >= 0 ? .string(graph.positions[graph.personPosition[pl.person]].id) : .null),
                         ("score", .int(pl.fit.score)), ("breakdown", pl.fit.breakdownJSON()),
                         ("reasons", .array(pl.fit.reasons.map { .string($0.text(l)) }))])
            })),
            ("unplaced_people", .array(unplaced.map { .string(graph.people[$0].nip) })),
            ("vacant_seats", .array(vacant.map { .object([("position", .string(graph.positions[$0.position].id)), ("seats", .int($0.seats))]) })),
            ("total_score", .int(totalScore)),
        ]
        if !candidates.isEmpty {
            o.append(("candidates", .array(candidates.map { c in
                .object([("person", .string(graph.people[c.person].nip)), ("position", .string(graph.positions[c.position].id)),
                         ("score", .int(c.fit.score)), ("eligible", .bool(c.fit.eligible)),
                         ("reasons", .array(c.fit.reasons.map { .string($0.text(l)) }))])
            })))
        }
        return .object(o)
    }

    public func detailTable(_ l: Language) -> Table {
        let names = PeopleNames(graph)
        return Table(title: l.pick("Penempatan berbasis merit", "Merit placement"),
              columns: ["NIP", l.pick("nama", "name"), l.pick("jabatan", "position"), l.pick("dari", "from"), l.pick("nilai", "score"),
                        l.pick("kompetensi", "competency"), l.pick("kinerja", "performance"), l.pick("potensi", "potential"),
                        l.pick("pengalaman", "experience"), l.pick("jalur karier", "career path")],
              alignments: [.left, .left, .left, .left, .right, .right, .right, .right, .right, .right],
              rows: placements.map { pl in
                  let from = graph.personPosition[pl.person]
                  return [graph.people[pl.person].nip, graph.people[pl.person].name, names.post(pl.position),
                          from >= 0 ? names.post(from) : l.pick("tanpa jabatan", "no post"), l.integer(pl.fit.score), l.integer(pl.fit.competency),
                          l.integer(pl.fit.performance), l.integer(pl.fit.potential), l.integer(pl.fit.experience), l.integer(pl.fit.careerPath)]
              })
    }

    public func tables(_ l: Language, limit: Int?) -> [Table] {
        let openSeats = vacant.reduce(0) { $0 + $1.seats } + placements.count
        let names = PeopleNames(graph)
        let summary = Table(
            title: l.pick("Penempatan merit: pengisian optimal formasi kosong", "Merit placement: the optimal filling of vacant seats"),
            columns: [l.pick("Ukuran", "Measure"), l.pick("Nilai", "Value")],
            rows: [
                [l.pick("Calon (pegawai tanpa jabatan\(includeHolders ? " dan pemangku" : ""))", "Candidates (people without a post\(includeHolders ? " and holders" : ""))"),
                 l.integer(placements.count + unplaced.count)],
                [l.pick("Formasi terbuka", "Open seats"), l.integer(openSeats)],
                [l.pick("Ditempatkan", "Placed"), l.integer(placements.count)],
                [l.pick("Tidak dapat ditempatkan (tidak memenuhi syarat)", "Not placed (no eligible seat left)"), l.integer(unplaced.count)],
                [l.pick("Formasi tetap kosong", "Seats left vacant"), l.integer(vacant.reduce(0) { $0 + $1.seats })],
                [l.pick("Total nilai kecocokan", "Total fit"), l.integer(totalScore)],
            ])
        let why = Table(
            title: l.pick("Alasan tiap penempatan", "The reasons for each placement"),
            columns: ["NIP", l.pick("jabatan", "position"), l.pick("alasan", "reasons")],
            alignments: [.left, .left, .left],
            rows: placements.map { [graph.people[$0.person].nip, names.post($0.position), $0.fit.reasons.map { $0.text(l) }.joined(separator: "; ")] })
        let left = Table(
            title: l.pick("Tidak ditempatkan", "Not placed"),
            columns: ["NIP", l.pick("nama", "name"), l.pick("pangkat", "rank"), l.pick("pendidikan", "education")],
            alignments: [.left, .left, .left, .left],
            rows: unplaced.map { [graph.people[$0].nip, graph.people[$0].name, graph.people[$0].rank?.rawValue ?? "–", graph.people[$0].education?.rawValue ?? "–"] })
        return [summary, detailTable(l).limited(to: limit, l), why.limited(to: limit, l), left.limited(to: limit, l)]
    }
}
