public import OrgModel

/// The best placement of the pool into the vacant seats (`ramping analyse merit`, and the `place`
/// scenario step): as many seats filled as eligibility allows, and among those placements the largest
/// total fit (see `Fit`), found exactly by `AssignmentProblem`.
///
/// With `includeHolders`, people now in posts may move too: every seat of every post is open and a
/// holder staying put is one of the possibilities.
///
/// How the pairs are found: open posts that ask the same of a person (a `RequirementProfile`: level,
/// eselon, jenjang, rank, education, competencies) give a person the same fit, except through holding the
/// post or a career path into it. So each person's fit is computed once per profile, not once per post,
/// and only for the profiles whose hard floors the person clears (rank through a rank-sorted index, then
/// education and PNS status): `FitCalculator.fit` decides eligibility and score for the survivors. A person's
/// own post and the posts their career paths lead to are judged against the post itself. Every pair the
/// solver sees, and every fit reported, is thus `fit`'s own; only the number of calls changes.
/// - Complexity: O(profiles × people) screening and at most as many fit evaluations (profiles are the
///   distinct requirement sets: a few hundred, not growing with the chart), O(people × career paths) for the
///   exceptions, then O(eligible pairs) to build the problem and the solver on it
///   (`AssignmentProblem`). The eligible pairs themselves grow as pool × open seats: when every pool member
///   qualifies for every open post of a kind (as in `make bench`'s replicated chart, where pool and
///   vacancies grow together), that part stays quadratic, with a small constant (an array append per pair).
///   With `explain`, every person × open post pair is listed, which is quadratic by definition.
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
    /// How many (person, post) pairs are eligible: the problem the solver is given (each pair once, before
    /// it is spread over the post's open seats). `make bench` prints it as the chart grows.
    public let eligiblePairs: Int

    /// - Parameter progress: called with (requirement profiles screened, profiles in all) while pairs are
    ///   scored. When the current task is cancelled, scoring stops early and the result is partial (to be
    ///   discarded by the caller).
    public init(_ graph: OrgGraph, includeHolders: Bool = false, explain: Bool = false, progress: ((Int, Int) -> Void)? = nil) {
        self.graph = graph
        self.includeHolders = includeHolders
        let calculator = FitCalculator(graph)
        let positions = graph.positions, personPosition = graph.personPosition
        let people = graph.people.indices.filter { includeHolders || personPosition[$0] < 0 }
        // Open seats, post by post: vacant ones, or every seat when holders may move.
        var open = [Int](repeating: 0, count: positions.count)
        var openPosts: [Int] = []
        for (p, post) in positions.enumerated() where post.level != .politik {
            open[p] = includeHolders ? post.seats : graph.vacantSeats(p)
            if open[p] > 0 { openPosts.append(p) }
        }
        // Open posts by requirement profile, each profile's posts in post order.
        var profileIndex: [RequirementProfile: Int] = [:]
        var profileOf = [Int](repeating: -1, count: positions.count)
        var postsOf: [[Int]] = []
        for p in openPosts {
            let key = RequirementProfile(positions[p])
            let k: Int
            if let known = profileIndex[key] { k = known } else { k = postsOf.count; profileIndex[key] = k; postsOf.append([]) }
            profileOf[p] = k
            postsOf[k].append(p)
        }
        let profiles = postsOf.count
        // The posts whose fit for a person can differ from their profile's: the post held and the posts its
        // career paths lead to (open ones only), per row.
        var exceptionPosts: [[Int]] = Array(repeating: [], count: people.count)
        for (row, i) in people.enumerated() where personPosition[i] >= 0 {
            let current = personPosition[i]
            var posts = open[current] > 0 ? [current] : []
            for (to, _) in calculator.paths[current] ?? [] where open[to] > 0 && !posts.contains(to) { posts.append(to) }
            exceptionPosts[row] = posts
        }

        // Each row's fit per profile: eligible profiles with their score (all profiles, with the fit, when
        // explained), from one post of the profile that is not an exception for the row.
        let screen = MeritScreen(graph, rows: people)
        var rowProfiles: [[(profile: Int, score: Int)]] = Array(repeating: [], count: people.count)
        var profileFits: [[Int: Fit]] = explain ? Array(repeating: [:], count: people.count) : []
        for k in 0..<profiles {
            if let progress { progress(k, profiles) }
            if Task.isCancelled { break }
            let posts = postsOf[k]
            let floors = MeritScreen.Floors(positions[posts[0]], graph.settings)
            screen.rows(passing: floors, all: explain) { row in
                let i = people[row]
                let exceptions = exceptionPosts[row]
                guard let p = exceptions.isEmpty ? posts[0] : posts.first(where: { !exceptions.contains($0) }) else { return }
                let fit = calculator.fit(person: i, position: p, explain: explain)
                if explain { profileFits[row][k] = fit }
                if fit.eligible { rowProfiles[row].append((k, fit.score)) }
            }
        }
        // The exceptions, judged against the post itself (the screen is the profile's: a row failing it is
        // not eligible for any of its posts).
        var exceptionFits: [[(post: Int, fit: Fit)]] = Array(repeating: [], count: people.count)
        for (row, posts) in exceptionPosts.enumerated() where !posts.isEmpty {
            for p in posts where explain || screen.passes(row, MeritScreen.Floors(positions[p], graph.settings)) {
                exceptionFits[row].append((p, calculator.fit(person: people[row], position: p, explain: explain)))
            }
        }

        // Eligible people per post: the profile's count, corrected for the rows whose fit differs there.
        var eligibleOfProfile = [Int](repeating: 0, count: profiles)
        var profileScore = [Int?](repeating: nil, count: profiles)     // one row's, filled and cleared per row
        for list in rowProfiles { for (k, _) in list { eligibleOfProfile[k] += 1 } }
        var eligible = [Int](repeating: 0, count: positions.count)
        for p in openPosts { eligible[p] = eligibleOfProfile[profileOf[p]] }
        for (row, posts) in exceptionPosts.enumerated() where !posts.isEmpty {
            for (k, score) in rowProfiles[row] { profileScore[k] = score }
            for p in posts {
                if profileScore[profileOf[p]] != nil { eligible[p] -= 1 }
                if exceptionFits[row].contains(where: { $0.post == p && $0.fit.eligible }) { eligible[p] += 1 }
            }
            for (k, _) in rowProfiles[row] { profileScore[k] = nil }
        }

        // One column per seat that could be filled: a post's seats beyond the people eligible for it stay
        // vacant whatever the solver does, so they get no column. Columns are thus at most the eligible
        // pairs, never the seat count (a post of 10,000 seats with 3 candidates has 3 columns).
        var seatPosts: [Int] = []
        var firstSeat = [Int](repeating: 0, count: positions.count)
        for p in openPosts {
            firstSeat[p] = seatPosts.count
            seatPosts += repeatElement(p, count: min(open[p], eligible[p]))
        }
        var problem = AssignmentProblem(rows: people.count, columns: seatPosts.count)
        var candidates: [Candidate] = []
        var rowPosts: [(post: Int, score: Int)] = []
        var eligiblePairs = 0
        for row in people.indices {
            for (k, score) in rowProfiles[row] { profileScore[k] = score }
            let exceptions = exceptionPosts[row]
            rowPosts.removeAll(keepingCapacity: true)
            if explain {
                // Every pair, in post order, with its reasons.
                for p in openPosts {
                    let fit = exceptions.contains(p) ? exceptionFits[row].first { $0.post == p }!.fit : profileFits[row][profileOf[p]]!
                    candidates.append(Candidate(person: people[row], position: p, fit: fit))
                    if fit.eligible { rowPosts.append((p, fit.score)) }
                }
            } else {
                for (k, score) in rowProfiles[row] {
                    for p in postsOf[k] where !exceptions.contains(p) { rowPosts.append((p, score)) }
                }
                for (p, fit) in exceptionFits[row] where fit.eligible { rowPosts.append((p, fit.score)) }
                rowPosts.sort { $0.post < $1.post }
            }
            eligiblePairs += rowPosts.count
            for (p, score) in rowPosts {
                for seat in 0..<min(open[p], eligible[p]) { problem.allow(row: row, column: firstSeat[p] + seat, score: score) }
            }
            for (k, _) in rowProfiles[row] { profileScore[k] = nil }
        }
        let solution = problem.solve()
        var placements: [Placement] = [], unplaced: [Int] = []
        var filled = [Int](repeating: 0, count: positions.count)
        for (row, column) in solution.columnOfRow.enumerated() {
            let i = people[row]
            if let column {
                let p = seatPosts[column]
                placements.append(Placement(person: i, position: p, fit: calculator.fit(person: i, position: p)))
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
        self.eligiblePairs = eligiblePairs
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

/// The hard floors of merit eligibility a post sets (the lowest rank it accepts, its minimum education, PNS
/// status for a structural post), checked over compact per-row columns. Necessary conditions only:
/// `FitCalculator.fit` blocks every row that fails one of them, and decides for the rest.
struct MeritScreen {
    struct Floors {
        let rank: Int?
        let education: Education?
        let needsPNS: Bool
        init(_ post: Position, _ settings: Settings) {
            rank = FitCalculator.rankBounds(post).map { $0.accepted.order }
            education = FitCalculator.minimumEducation(post, settings)
            needsPNS = post.level.isStructural
        }
    }

    /// Per row: rank order (−1 without a rank), education, PPPK status.
    let rankOrder: [Int]
    let education: [Education?]
    let pppk: [Bool]
    /// Rows by rank: the rows a rank floor accepts are a suffix.
    let rankIndex: RankIndex

    init(_ graph: OrgGraph, rows: [Int]) {
        rankOrder = rows.map { graph.people[$0].rank?.order ?? -1 }
        education = rows.map { graph.people[$0].education }
        pppk = rows.map { graph.people[$0].isPPPK }
        rankIndex = RankIndex(order: rankOrder)
    }

    func passes(_ row: Int, _ f: Floors) -> Bool {
        if let floor = f.rank, rankOrder[row] < floor { return false }
        if let minimum = f.education { guard let e = education[row], e >= minimum else { return false } }
        return !(f.needsPNS && pppk[row])
    }

    /// Calls `body` with every row that clears the floors (every row when `all`), through the rank index
    /// when the post has a rank floor.
    /// - Complexity: O(rows at or above the rank floor)
    func rows(passing f: Floors, all: Bool, _ body: (Int) -> Void) {
        if all {
            for row in rankOrder.indices { body(row) }
            return
        }
        guard let floor = f.rank else {
            for row in rankOrder.indices where passes(row, f) { body(row) }
            return
        }
        for row in rankIndex.atLeast(floor) where passes(row, f) { body(row) }
    }
}
