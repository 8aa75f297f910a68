public import OrgModel

/// Succession and careers (`ramping analyse careers`): for each structural post, who could step in now
/// (eligible today and meeting the post's competency standard, best fit first) or later (along career paths, with the years still needed and the
/// competency gaps to close), the bench strength (how many are ready now), and the risk list: structural
/// posts whose holder reaches retirement age within the horizon, or that are vacant, with nobody ready.
/// For one person, the posts reachable next and the shortest career path to a target post.
public struct CareerAnalysis: Report {
    public struct Candidate: Sendable {
        public var person: Int
        public var score: Int
        public var readyNow: Bool
        /// Years still to serve along the career path (0 when ready now).
        public var yearsNeeded: Double
        /// The posts of the career path, from the person's post to the target.
        public var path: [Int]
        public var gaps: [(competency: String, missing: Int)]
        public var blockers: [LocalizedText]
    }

    public struct Succession: Sendable {
        public var position: Int
        public var holder: Int?
        public var holderRetires: Day?
        public var readyNow: [Candidate]
        public var later: [Candidate]
        public var bench: Int
        public var atRisk: Bool
    }

    public struct Step: Sendable {
        public var from: Int
        public var to: Int
        public var minYears: Double
        public var fit: Fit
    }

    public struct PersonCareer: Sendable {
        public var person: Int
        public var next: [Step]
        public var target: Int?
        /// The shortest route to the target (fewest years), empty when none; nil when no target was asked.
        public var route: [Step]?
    }

    public let graph: OrgGraph
    public let horizon: Int
    public let top: Int
    public let successions: [Succession]
    public let person: PersonCareer?

    /// - Parameters:
    ///   - horizon: years ahead for the risk list (retirements).
    ///   - top: candidates listed per post.
    ///   - person: a NIP for the person view; `target` a post id for the shortest path.
    ///   - progress: called with (posts done, posts in all) while screening, for a progress line.
    ///     When the current task is cancelled, screening stops early and the result is partial (to be discarded).
    ///
    /// How it stays near-linear: structural posts that ask the same of a person (the same level, eselon, rank,
    /// education and competencies: a `RequirementProfile`) share one screening. For each profile, people are
    /// pre-screened through compact indexes by conditions every ready candidate must meet (rank from a
    /// rank-sorted index, education, each required competency held at its level, nobody stepping down), and
    /// `FitCalculator.fit` decides for the survivors against one post of the profile. A post then takes the
    /// profile's ready list except the few people whose fit can differ for this very post (its holders and the
    /// profile's representative's, and whoever sits in a post with a career path into either): those are
    /// judged again with `fit` against the post itself. So every final decision is `fit`'s own, and a change
    /// to its rules flows through, provided `fit` reads a post only through the fields the profile keeps.
    /// - Complexity: O(profiles × people + posts × (top + career-path fan-in) + career paths), with profiles
    ///   bounded by the distinct requirement sets (a few hundred, not growing with the chart), against
    ///   O(structural posts × people) fit evaluations before.
    public init(_ graph: OrgGraph, horizon: Int = 5, top: Int = 5, person nip: String? = nil, target: String? = nil,
                progress: ((Int, Int) -> Void)? = nil) {
        self.graph = graph
        self.horizon = horizon
        self.top = top
        let calculator = FitCalculator(graph)
        let asOf = graph.asOf
        let people = graph.people, positions = graph.positions, personPosition = graph.personPosition
        // Career paths backwards: who can reach a post, and how.
        var into: [Int: [(from: Int, minYears: Double)]] = [:]
        for (from, list) in calculator.paths { for (to, years) in list { into[to, default: []].append((from, years)) } }

        // Compact per-person columns for screening: rank order (−1 without a rank), education, the eselon
        // group of the post held (Int.max without one).
        let rankOrder = people.map { $0.rank?.order ?? -1 }
        let education = people.map(\.education)
        let heldEselon: [Eselon?] = personPosition.map { $0 >= 0 ? positions[$0].eselon : nil }
        // People by rank, so that each profile screens only those whose rank it can accept.
        let rankIndex = RankIndex(order: rankOrder)

        /// Whether person `i` meets what every ready candidate for `post` meets: a rank it accepts, the
        /// education it asks, each required competency at its level, and not holding a post of higher eselon
        /// (nobody steps down). Necessary conditions only: `fit` decides.
        struct Screen {
            let floor: Int?
            let minimum: Education?
            let needs: [CompetencyLevel]
            let eselon: Eselon?
            init(_ post: Position) {
                floor = FitCalculator.rankBounds(post).map { $0.accepted.order }
                minimum = FitCalculator.minimumEducation(post)
                needs = post.requires.competencies.filter { $0.level > 0 }
                eselon = post.eselon
            }
        }
        func passes(_ i: Int, _ s: Screen) -> Bool {
            if let floor = s.floor, rankOrder[i] < floor { return false }
            if let minimum = s.minimum { guard let e = education[i], e >= minimum else { return false } }
            if let mine = heldEselon[i], let theirs = s.eselon, mine.isHigher(than: theirs) { return false }
            if !s.needs.isEmpty {
                let held = calculator.held[i]
                if s.needs.contains(where: { (held[$0.competency] ?? 0) < $0.level }) { return false }
            }
            return true
        }
        /// Everyone who passes the screen, through the rank index when the post asks a rank.
        func screen(_ s: Screen, _ body: (Int) -> Void) {
            guard let floor = s.floor else {
                for i in people.indices where passes(i, s) { body(i) }
                return
            }
            for i in rankIndex.atLeast(floor) where passes(i, s) { body(i) }
        }

        /// One screening per requirement profile: its ready people, best first, and a bitset of them.
        struct ProfileScreening {
            var representative: Int
            var ready: [(person: Int, score: Int)]
            var isReady: [UInt64]
            func contains(_ i: Int) -> Bool { isReady[i >> 6] & (1 << UInt64(i & 63)) != 0 }
        }
        func better(_ a: (person: Int, score: Int), _ b: (person: Int, score: Int)) -> Bool {
            a.score != b.score ? a.score > b.score : a.person < b.person
        }
        var profileOf: [RequirementProfile: Int] = [:]
        var screenings: [ProfileScreening] = []
        let words = (people.count + 63) / 64

        var successions: [Succession] = []
        let structural = positions.count { $0.level.isStructural }
        var exceptions: [Int] = [], extra: [(person: Int, score: Int)] = [], candidates: [(person: Int, score: Int)] = []
        for (p, post) in positions.enumerated() where post.level.isStructural {
            if let progress, successions.count % 25 == 0 { progress(successions.count, structural) }
            // Cooperative cancellation (the workbench's jobs): a cancelled task stops here and its caller
            // discards the partial result.
            if Task.isCancelled { break }
            let holders = graph.holders[p]
            let holder = holders.first
            let profile = RequirementProfile(post)
            let c: Int
            if let known = profileOf[profile] {
                c = known
            } else {
                var ready: [(person: Int, score: Int)] = []
                var bits = [UInt64](repeating: 0, count: words)
                screen(Screen(post)) { i in
                    let fit = calculator.fit(person: i, position: p, explain: false)
                    // Ready now: every hard requirement and the post's competency standard met.
                    if fit.eligible && fit.competencyGaps.isEmpty {
                        ready.append((i, fit.score))
                        bits[i >> 6] |= 1 << UInt64(i & 63)
                    }
                }
                ready.sort(by: better)
                c = screenings.count
                profileOf[profile] = c
                screenings.append(ProfileScreening(representative: p, ready: ready, isReady: bits))
            }
            let shared = screenings[c]
            let representative = shared.representative
            // People whose fit may differ between this post and the representative: judged again.
            exceptions.removeAll(keepingCapacity: true)
            for q in Set([p, representative]) {
                exceptions.append(contentsOf: graph.holders[q])
                for (from, _) in into[q] ?? [] { exceptions.append(contentsOf: graph.holders[from]) }
            }
            exceptions.sort()
            var unique = 0
            for i in exceptions where unique == 0 || exceptions[unique - 1] != i { exceptions[unique] = i; unique += 1 }
            exceptions.removeLast(exceptions.count - unique)
            func isException(_ i: Int) -> Bool {
                var lo = 0, hi = exceptions.count
                while lo < hi { let mid = (lo + hi) / 2; if exceptions[mid] < i { lo = mid + 1 } else { hi = mid } }
                return lo < exceptions.count && exceptions[lo] == i
            }
            extra.removeAll(keepingCapacity: true)
            var sharedExcluded = 0
            let postScreen = Screen(post)
            for i in exceptions {
                if shared.contains(i) { sharedExcluded += 1 }
                guard !holders.contains(i), passes(i, postScreen) else { continue }
                let fit = calculator.fit(person: i, position: p, explain: false)
                if fit.eligible && fit.competencyGaps.isEmpty { extra.append((i, fit.score)) }
            }
            // The best `top`: the profile's list without the exceptions, merged with those judged again.
            candidates.removeAll(keepingCapacity: true)
            for entry in shared.ready where !isException(entry.person) {
                candidates.append(entry)
                if candidates.count == top { break }
            }
            candidates.append(contentsOf: extra)
            candidates.sort(by: better)
            let ready = candidates.prefix(top).map {
                Candidate(person: $0.person, score: $0.score, readyNow: true, yearsNeeded: 0, path: [], gaps: [], blockers: [])
            }
            let bench = shared.ready.count - sharedExcluded + extra.count
            func isReady(_ i: Int) -> Bool {
                isException(i) ? extra.contains { $0.person == i } : shared.contains(i)
            }
            // Later: holders of posts that reach this one along career paths, not ready now.
            var later: [Candidate] = []
            var best: [Int: (years: Double, path: [Int])] = [:]
            var frontier: [(post: Int, years: Double, path: [Int])] = [(p, 0, [p])]
            var depth = 0
            while !frontier.isEmpty && depth < 4 {
                var next: [(Int, Double, [Int])] = []
                for (q, years, path) in frontier {
                    for (from, minYears) in into[q] ?? [] where !path.contains(from) {
                        let total = years + minYears
                        if best[from].map({ total < $0.years }) ?? true {
                            best[from] = (total, [from] + path)
                            next.append((from, total, [from] + path))
                        }
                    }
                }
                frontier = next
                depth += 1
            }
            for (source, route) in best.sorted(by: { $0.key < $1.key }) {
                for i in graph.holders[source] where !isReady(i) && !holders.contains(i) {
                    let fit = calculator.fit(person: i, position: p)
                    let served = people[i].since.map { $0.fractionalYears(to: asOf) } ?? 0
                    let firstStep = calculator.paths[source]?.first { $0.to == route.path[1] }?.minYears ?? 0
                    let needed = max(0, firstStep - served) + (route.years - firstStep)
                    later.append(Candidate(person: i, score: fit.score, readyNow: false, yearsNeeded: (needed * 10).rounded() / 10,
                                           path: route.path, gaps: fit.competencyGaps, blockers: fit.blockers))
                }
            }
            later.sort { ($0.yearsNeeded, -$0.score, $0.person) < ($1.yearsNeeded, -$1.score, $1.person) }
            let retires = holder.flatMap { people[$0].retirementDay(atAge: post.retirementAge ?? 58) }
            let retiresSoon = retires.map { $0 < asOf.adding(years: horizon) } ?? true   // vacant counts as at risk
            successions.append(Succession(position: p, holder: holder, holderRetires: retires, readyNow: ready,
                                          later: Array(later.prefix(top)), bench: bench, atRisk: retiresSoon && bench == 0))
        }
        self.successions = successions

        // One person's next steps and route.
        if let nip, let i = graph.personIndex[nip] {
            let current = graph.personPosition[i]
            var next: [Step] = []
            if current >= 0 {
                for (to, years) in calculator.paths[current] ?? [] {
                    next.append(Step(from: current, to: to, minYears: years, fit: calculator.fit(person: i, position: to)))
                }
            }
            var route: [Step]?
            var targetIndex: Int?
            if let target, let t = graph.positionIndex[target] {
                targetIndex = t
                route = []
                if current >= 0 {
                    // Dijkstra over career paths by years (few posts: a simple scan suffices).
                    var dist: [Int: Double] = [current: 0], previous: [Int: Int] = [:], done: Set<Int> = []
                    while let (q, d) = dist.filter({ !done.contains($0.key) }).min(by: { ($0.value, $0.key) < ($1.value, $1.key) }) {
                        done.insert(q)
                        if q == t { break }
                        for (to, years) in calculator.paths[q] ?? [] where d + years < (dist[to] ?? .infinity) {
                            dist[to] = d + years
                            previous[to] = q
                        }
                    }
                    if done.contains(t) && t != current {
                        var chain = [t]
                        while let q = previous[chain[0]] { chain.insert(q, at: 0) }
                        route = zip(chain, chain.dropFirst()).map { a, b in
                            Step(from: a, to: b, minYears: calculator.paths[a]?.first { $0.to == b }?.minYears ?? 0,
                                 fit: calculator.fit(person: i, position: b))
                        }
                    }
                }
            }
            person = PersonCareer(person: i, next: next, target: targetIndex, route: route)
        } else {
            person = nil
        }
    }

    public var risks: [Succession] { successions.filter(\.atRisk) }

    func candidateJSON(_ c: Candidate, _ l: Language) -> JSONValue {
        var o: [(String, JSONValue)] = [("person", .string(graph.people[c.person].nip)), ("score", .int(c.score))]
        if !c.readyNow {
            o += [("years_needed", .double(c.yearsNeeded)), ("path", .array(c.path.map { .string(graph.positions[$0].id) })),
                  ("competency_gaps", .object(c.gaps.map { ($0.competency, .int($0.missing)) })),
                  ("blockers", .array(c.blockers.map { .string($0.text(l)) }))]
        }
        return .object(o)
    }

    func stepJSON(_ s: Step, _ l: Language) -> JSONValue {
        .object([("from", .string(graph.positions[s.from].id)), ("to", .string(graph.positions[s.to].id)), ("min_years", .double(s.minYears)),
                 ("eligible_now", .bool(s.fit.eligible)), ("score", .int(s.fit.score)),
                 ("competency_gaps", .object(s.fit.competencyGaps.map { ($0.competency, .int($0.missing)) })),
                 ("reasons", .array(s.fit.reasons.map { .string($0.text(l)) }))])
    }

    public func json(_ l: Language) -> JSONValue {
        var o: [(String, JSONValue)] = [
            ("posts", .array(successions.map { s in
                .object([("position", .string(graph.positions[s.position].id)),
                         ("holder", s.holder.map { .string(graph.people[$0].nip) } ?? .null),
                         ("holder_retires", s.holderRetires.map { .string($0.description) } ?? .null),
                         ("bench", .int(s.bench)), ("at_risk", .bool(s.atRisk)),
                         ("ready_now", .array(s.readyNow.map { candidateJSON($0, l) })),
                         ("later", .array(s.later.map { candidateJSON($0, l) }))])
            })),
            ("risks", .array(risks.map { .string(graph.positions[$0.position].id) })),
            ("horizon", .int(horizon)),
        ]
        if let p = person {
            var po: [(String, JSONValue)] = [("person", .string(graph.people[p.person].nip)), ("next", .array(p.next.map { stepJSON($0, l) }))]
            if let t = p.target { po.append(("target", .string(graph.positions[t].id))) }
            if let route = p.route { po.append(("route", .array(route.map { stepJSON($0, l) }))) }
            o.append(("person", .object(po)))
        }
        return .object(o)
    }

    public func detailTable(_ l: Language) -> Table {
        let names = PeopleNames(graph)
        return Table(title: l.pick("Suksesi jabatan struktural", "Succession for structural posts"),
              columns: [l.pick("jabatan", "position"), l.pick("pemangku", "holder"), l.pick("pensiun", "retires"), l.pick("siap kini", "bench"),
                        l.pick("calon terbaik", "best candidate"), l.pick("kemudian", "later"), l.pick("risiko", "risk")],
              alignments: [.left, .left, .left, .right, .left, .left, .left],
              rows: successions.map { s in
                  [names.post(s.position), s.holder.map { graph.people[$0].name } ?? l.pick("(kosong)", "(vacant)"),
                   s.holderRetires.map(l.date) ?? "–", l.integer(s.bench),
                   s.readyNow.first.map { "\(graph.people[$0.person].name) (\(l.integer($0.score)))" } ?? "–",
                   s.later.first.map { "\(graph.people[$0.person].name), \(l.number($0.yearsNeeded, decimals: 1)) \(l.pick("th", "yr"))" } ?? "–",
                   s.atRisk ? l.pick("RISIKO", "AT RISK") : ""]
              })
    }

    public func tables(_ l: Language, limit: Int?) -> [Table] {
        var out: [Table] = []
        let names = PeopleNames(graph)
        if let p = person {
            let who = graph.people[p.person]
            out.append(Table(
                title: l.pick("Langkah karier berikutnya: \(who.name)", "Next career steps: \(who.name)"),
                columns: [l.pick("ke jabatan", "to post"), l.pick("min. tahun", "min years"), l.pick("memenuhi syarat kini", "eligible now"),
                          l.pick("nilai", "score"), l.pick("alasan", "reasons")],
                alignments: [.left, .right, .left, .right, .left],
                rows: p.next.map { [names.post($0.to), l.number($0.minYears), $0.fit.eligible ? l.pick("ya", "yes") : l.pick("tidak", "no"),
                                    l.integer($0.fit.score), $0.fit.reasons.map { $0.text(l) }.joined(separator: "; ")] }))
            if let t = p.target {
                let route = p.route ?? []
                out.append(Table(
                    title: route.isEmpty ? l.pick("Tidak ada jalur karier ke \(names.post(t))", "No career path leads to \(names.post(t))")
                        : l.pick("Jalur terpendek ke \(names.post(t)): \(l.number(route.reduce(0) { $0 + $1.minYears })) tahun",
                                 "Shortest path to \(names.post(t)): \(l.number(route.reduce(0) { $0 + $1.minYears })) years"),
                    columns: [l.pick("dari", "from"), l.pick("ke", "to"), l.pick("min. tahun", "min years"), l.pick("yang dibutuhkan", "what it needs")],
                    alignments: [.left, .left, .right, .left],
                    rows: route.map { [names.post($0.from), names.post($0.to), l.number($0.minYears),
                                       $0.fit.reasons.map { $0.text(l) }.joined(separator: "; ")] }))
            }
        }
        let benchTotal = successions.reduce(0) { $0 + ($1.bench > 0 ? 1 : 0) }
        out.append(Table(
            title: l.pick("Suksesi: \(l.integer(successions.count)) jabatan struktural, \(l.integer(benchTotal)) dengan calon siap, \(l.integer(risks.count)) berisiko (\(horizon) tahun)",
                          "Succession: \(l.integer(successions.count)) structural posts, \(l.integer(benchTotal)) with someone ready, \(l.integer(risks.count)) at risk (\(horizon) years)"),
            columns: [l.pick("jabatan berisiko", "post at risk"), l.pick("pemangku", "holder"), l.pick("pensiun", "retires"),
                      l.pick("calon kemudian", "later candidate")],
            alignments: [.left, .left, .left, .left],
            rows: risks.map { s in
                [names.post(s.position), s.holder.map { graph.people[$0].name } ?? l.pick("(kosong)", "(vacant)"),
                 s.holderRetires.map(l.date) ?? "–",
                 s.later.first.map { "\(graph.people[$0.person].name), \(l.number($0.yearsNeeded, decimals: 1)) \(l.pick("th", "yr"))" } ?? "–"]
            }).limited(to: limit, l))
        out.append(detailTable(l).limited(to: limit, l))
        return out
    }
}

/// What a post asks of a person, without what makes it this post (id, title, unit, seats, workload, lines):
/// posts with the same profile get the same fit from a person, except through career paths into the post and
/// through holding it. If `FitCalculator.fit` starts reading another field of a post, keep it here.
struct RequirementProfile: Hashable {
    let post: Position
    init(_ post: Position) {
        var p = post
        p.id = ""
        p.title = ""
        p.unit = ""
        p.seats = 0
        p.workload = []
        p.dotted = []
        p.reportsTo = nil
        self.post = p
    }
}
