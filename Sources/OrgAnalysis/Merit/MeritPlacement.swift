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
/// own post and the posts their career paths lead to (the exceptions) are judged against the post itself.
/// Every pair the solver sees, and every fit reported, is thus `fit`'s own; only the number of calls changes.
///
/// How the solver sees them: a profile's open posts that are nobody's exception are interchangeable (every
/// person has the same fit in each), so they are one column whose capacity is their open seats; a post that
/// is an exception for someone is a column of its own. The solver (`AssignmentProblem` with capacities)
/// finds the same number placed and the same total fit as one column per seat would. Which post of a group
/// a placed person gets is then a tie among equally good posts, settled by a rule a planner can be told: the
/// group's posts in chart order, seat by seat, go to its placed people by fit, highest first, and among
/// equal fits in chart order of the person.
/// - Complexity: O(profiles × people) screening and at most as many fit evaluations (profiles are the
///   distinct requirement sets: a few hundred, not growing with the chart), O(people × career paths) for the
///   exceptions, then O(pool × (profiles + exception posts)) pairs for the solver: linear in the pool when
///   the profiles do not grow with the chart (`make bench`'s replicated chart; without `includeHolders` there
///   are no exceptions, since the pool holds no post). The solver's time is O(pool × (pairs + columns)
///   log columns) in the worst case, and near linear when most people find a free seat at once. With
///   `includeHolders` nearly every post is someone's exception and grouping saves little: the solver then
///   takes its dense scan over the seats, as before (O(people × seats) memory, `AssignmentProblem`).
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
    /// How many (person, column) pairs the solver is given: a person eligible for a requirement profile
    /// has one pair for the profile's interchangeable posts together, and one per post of the profile that
    /// is judged alone for someone (see the type's comment). `make bench` prints it beside `eligiblePairs`.
    public let solverPairs: Int

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

        // The solver's columns. A post that is an exception for some row keeps a column of its own, holding
        // its seats that could be filled (at most the people eligible for it). The profile's other open posts
        // give every row the same fit, so their seats are interchangeable: one column for them all, whose
        // capacity is their open seats (at most the people eligible for the profile). Columns come in chart
        // order of their first post; the pairs are thus pool × (profiles + exception posts), not pool × seats.
        var isException = [Bool](repeating: false, count: positions.count)
        for posts in exceptionPosts { for p in posts { isException[p] = true } }
        var columnOfPost = [Int](repeating: -1, count: positions.count)
        var groupColumn = [Int](repeating: -1, count: profiles)
        var exceptionPostsOf: [[Int]] = Array(repeating: [], count: profiles)
        var columnPosts: [[Int]] = []           // the posts behind each column, in chart order
        var capacities: [Int] = []
        for p in openPosts {
            let k = profileOf[p]
            if isException[p] {
                columnOfPost[p] = columnPosts.count
                columnPosts.append([p])
                capacities.append(min(open[p], eligible[p]))
                exceptionPostsOf[k].append(p)
            } else if groupColumn[k] < 0 {
                groupColumn[k] = columnPosts.count
                columnOfPost[p] = columnPosts.count
                columnPosts.append([p])
                capacities.append(min(open[p], eligibleOfProfile[k]))
            } else {
                let c = groupColumn[k]
                columnOfPost[p] = c
                columnPosts[c].append(p)
                capacities[c] = min(capacities[c] + min(open[p], eligibleOfProfile[k]), eligibleOfProfile[k])
            }
        }
        var problem = AssignmentProblem(rows: people.count, columns: columnPosts.count)
        for (c, seats) in capacities.enumerated() { problem.setCapacity(column: c, seats: seats) }
        var candidates: [Candidate] = []
        var rowColumns: [(column: Int, score: Int)] = []
        var eligiblePairs = 0
        for row in people.indices {
            for (k, score) in rowProfiles[row] { profileScore[k] = score }
            let exceptions = exceptionPosts[row]
            if explain {
                // Every pair, in post order, with its reasons.
                for p in openPosts {
                    let fit = exceptions.contains(p) ? exceptionFits[row].first { $0.post == p }!.fit : profileFits[row][profileOf[p]]!
                    candidates.append(Candidate(person: people[row], position: p, fit: fit))
                }
            }
            rowColumns.removeAll(keepingCapacity: true)
            for (k, score) in rowProfiles[row] {
                eligiblePairs += postsOf[k].count
                if groupColumn[k] >= 0 { rowColumns.append((groupColumn[k], score)) }
                for p in exceptionPostsOf[k] where !exceptions.contains(p) { rowColumns.append((columnOfPost[p], score)) }
            }
            // The row's own exceptions: judged alone, in place of the profile's fit counted above.
            for p in exceptions where profileScore[profileOf[p]] != nil { eligiblePairs -= 1 }
            for (p, fit) in exceptionFits[row] where fit.eligible {
                rowColumns.append((columnOfPost[p], fit.score))
                eligiblePairs += 1
            }
            rowColumns.sort { $0.column < $1.column }
            for (c, score) in rowColumns { problem.allow(row: row, column: c, score: score) }
            for (k, _) in rowProfiles[row] { profileScore[k] = nil }
        }
        let solution = problem.solve()
        solverPairs = problem.pairCount

        // Which post of a column each placed row gets. The posts of a group are equally good for each of
        // its rows, so the choice is a rule, not an optimum: the group's posts in chart order, seat by seat,
        // go to its rows by fit, highest first, and among equal fits in chart order of the person.
        var rowsIn = [[Int]](repeating: [], count: columnPosts.count)
        for (row, column) in solution.columnOfRow.enumerated() { if let column { rowsIn[column].append(row) } }
        var postOfRow = [Int](repeating: -1, count: people.count)
        for (c, rows) in rowsIn.enumerated() where !rows.isEmpty {
            let posts = columnPosts[c]
            if posts.count == 1 {
                for row in rows { postOfRow[row] = posts[0] }
                continue
            }
            let k = profileOf[posts[0]]
            let scored = rows.map { row in (row: row, score: rowProfiles[row].first { $0.profile == k }!.score) }
                .sorted { $0.score != $1.score ? $0.score > $1.score : $0.row < $1.row }
            var next = 0
            for p in posts where next < scored.count {
                for _ in 0..<min(open[p], scored.count - next) {
                    postOfRow[scored[next].row] = p
                    next += 1
                }
            }
        }
        var placements: [Placement] = [], unplaced: [Int] = []
        var filled = [Int](repeating: 0, count: positions.count)
        for (row, p) in postOfRow.enumerated() {
            let i = people[row]
            if p >= 0 {
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
