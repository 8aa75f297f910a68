public import OrgModel

/// How well a person fits a post, by the merit system's criteria: hard requirements decide eligibility,
/// then points for competence, performance, potential and experience (UU 20/2023; PP 11/2017).
///
/// Eligibility: the minimum rank (for a structural post the eselon's lowest rank too, with one step below
/// allowed, PP 100/2000), the minimum education (the post's, and the law's for its level and jenjang),
/// PNS status for a structural post, the entry experience (years in a post of the matching level,
/// functional posts included), at least `min_tenure_years` of service left before retirement age, and
/// for a JPT post an age of at most `jpt_max_age`. The last three are conditions of a new appointment:
/// they do not apply to the official already in the post.
///
/// Score (weights are settings): for each required competency, `fit_competency_met` when held at the
/// required level plus `fit_competency_surplus` per level above (two at most), or `fit_competency_shortfall`
/// lost per level below; performance (20/12/4/0/−10) and potential (15/8/2); `fit_rank_year` per whole
/// year in rank up to `fit_rank_years_max`; `fit_career_path` when a career path leads from the person's
/// post to this one (half when its years are not yet served).
public struct Fit: Sendable, Hashable {
    public var eligible: Bool
    public var score: Int
    public var competency: Int
    public var performance: Int
    public var potential: Int
    public var experience: Int
    public var careerPath: Int
    /// Why the person is or is not eligible, and what the score is made of.
    public var reasons: [LocalizedText]
    /// Levels still missing per required competency.
    public var competencyGaps: [(competency: String, missing: Int)]
    /// The hard requirements not met (empty when eligible; filled only when explained).
    public var blockers: [LocalizedText]

    public static func == (a: Fit, b: Fit) -> Bool { a.score == b.score && a.eligible == b.eligible && a.reasons == b.reasons }
    public func hash(into h: inout Hasher) { h.combine(score); h.combine(eligible); h.combine(reasons) }

    public func breakdownJSON() -> JSONValue {
        .object([("competency", .int(competency)), ("performance", .int(performance)), ("potential", .int(potential)),
                 ("experience", .int(experience)), ("career_path", .int(careerPath))])
    }
}

/// Computes fits against one graph, with the career-path index built once.
public struct FitCalculator: Sendable {
    public let graph: OrgGraph
    /// Career paths by (from, to) position index: the minimum years.
    let paths: [Int: [(to: Int, minYears: Double)]]
    /// Each person's competency levels, looked up once.
    let held: [[String: Int]]

    public init(_ graph: OrgGraph) {
        self.graph = graph
        held = graph.people.map { Dictionary($0.competencies.map { ($0.competency, $0.level) }, uniquingKeysWith: { a, _ in a }) }
        var paths: [Int: [(Int, Double)]] = [:]
        for p in graph.chart.careerPaths {
            guard let from = graph.positionIndex[p.from], let to = graph.positionIndex[p.to] else { continue }
            paths[from, default: []].append((to, p.minYears ?? 0))
        }
        self.paths = paths
    }

    /// The minimum rank a post asks for, and the lowest rank it accepts (one step below for structural posts).
    public static func rankBounds(_ post: Position) -> (required: Rank, accepted: Rank)? {
        var required = post.requires.rank
        if post.level.isStructural, let e = post.eselon {
            required = max(required ?? e.rankRange.lowerBound, e.rankRange.lowerBound)
        }
        guard let required else { return nil }
        return (required, post.level.isStructural ? (required.oneStepBelow ?? required) : required)
    }

    /// PP 11/2017: a pengawas post needs 4 years in post as pelaksana (or functional); an administrator post
    /// 3 years as pengawas (or functional ahli muda and up); a JPT post 2 years as administrator (or
    /// functional ahli madya and up). Holders of a post at the same or a higher eselon qualify.
    struct EntryRequirement: Sendable {
        let name: String
        let years: Int
        let levels: [Level]
        let jenjang: [Jenjang]
        let from: LocalizedText
    }

    static let pengawasEntry = EntryRequirement(name: "pengawas", years: 4, levels: [.pelaksana, .fungsional],
                                                jenjang: [.ahliPertama, .ahliMuda, .ahliMadya, .ahliUtama, .penyelia, .mahir],
                                                from: LocalizedText(id: "pelaksana atau fungsional", en: "pelaksana or functional"))
    static let administratorEntry = EntryRequirement(name: "administrator", years: 3, levels: [.pengawas], jenjang: [.ahliMuda, .ahliMadya, .ahliUtama],
                                                     from: LocalizedText(id: "pengawas", en: "pengawas"))
    static let jptEntry = EntryRequirement(name: "JPT", years: 2, levels: [.administrator], jenjang: [.ahliMadya, .ahliUtama],
                                           from: LocalizedText(id: "administrator", en: "administrator"))

    static func entryRequirement(_ level: Level) -> EntryRequirement? {
        switch level {
        case .pengawas: pengawasEntry
        case .administrator: administratorEntry
        case .jptPratama: jptEntry
        default: nil
        }
    }

    public static func minimumEducation(_ post: Position, _ settings: Settings = Settings()) -> Education? {
        let byLevel = post.minimumEducation(settings)
        switch (post.requires.education, byLevel) {
        case let (a?, b?): return max(a, b)
        case let (a, b): return a ?? b
        }
    }

    /// The fit of person `i` to post `p`; without `explain` the reasons are left out (for screening many pairs).
    public func fit(person i: Int, position p: Int, explain: Bool = true) -> Fit {
        let s = graph.settings, person = graph.people[i], post = graph.positions[p], asOf = graph.asOf
        var reasons: [LocalizedText] = []
        var blockers: [LocalizedText] = []
        func note(_ text: @autoclosure () -> LocalizedText) { if explain { reasons.append(text()) } }
        var eligible = true
        func block(_ text: @autoclosure () -> LocalizedText) {
            eligible = false
            if explain {
                let t = text()
                reasons.append(t)
                blockers.append(t)
            }
        }
        if post.level == .politik {
            block(LocalizedText(id: "jabatan politik tidak diisi melalui penempatan", en: "political posts are not filled by placement"))
        }
        // The official already in the post is not re-appointed: the conditions of a new appointment
        // (age ceiling, tenure left, entry experience) do not apply to them.
        let sitting = graph.personPosition[i] == p
        if person.isPPPK && post.level.isStructural {
            block(LocalizedText(id: "PPPK tidak diangkat dalam jabatan struktural (syarat berstatus PNS)",
                                en: "a PPPK is not appointed to a structural post (it requires a PNS)"))
        }
        if let (required, accepted) = FitCalculator.rankBounds(post) {
            if let rank = person.rank {
                if rank >= accepted && rank < required {
                    note(LocalizedText(id: "pangkat \(rank.rawValue) satu tingkat di bawah \(required.rawValue), diperbolehkan", en: "rank \(rank.rawValue) is one step below \(required.rawValue), allowed"))
                } else if rank < accepted {
                    let allowance = accepted != required ? LocalizedText(id: " (boleh satu tingkat di bawah: \(accepted.rawValue))", en: " (one step below allowed: \(accepted.rawValue))") : LocalizedText(id: "", en: "")
                    block(LocalizedText(id: "pangkat \(rank.rawValue) di bawah syarat \(required.rawValue)\(allowance.indonesian)",
                                                 en: "rank \(rank.rawValue) is below the required \(required.rawValue)\(allowance.english)"))
                } else {
                    note(LocalizedText(id: "pangkat \(rank.rawValue) memenuhi syarat \(required.rawValue)", en: "rank \(rank.rawValue) meets \(required.rawValue)"))
                }
            } else {
                block(LocalizedText(id: "tanpa pangkat (PPPK?), jabatan mensyaratkan \(required.rawValue)", en: "no rank (PPPK?), the post requires \(required.rawValue)"))
            }
        }
        if let minimum = FitCalculator.minimumEducation(post, s) {
            if let e = person.education, e >= minimum {
                note(LocalizedText(id: "pendidikan \(e.rawValue) memenuhi \(minimum.rawValue)", en: "education \(e.rawValue) meets \(minimum.rawValue)"))
            } else {
                let e = person.education?.rawValue ?? "?"
                block(LocalizedText(id: "pendidikan \(e) di bawah syarat \(minimum.rawValue)", en: "education \(e) is below the required \(minimum.rawValue)"))
            }
        }
        // Entry requirements by level (PP 11/2017): the post held now, and for how long.
        if let entry = FitCalculator.entryRequirement(post.level), !sitting {
            let current = graph.personPosition[i]
            if current >= 0 {
                let now = graph.positions[current]
                let served = person.since.map { $0.wholeYears(to: asOf) } ?? 0
                let isHigherOrSame = now.level.isStructural && post.level.isStructural && (now.eselon?.group ?? 9) <= (post.eselon?.group ?? 0)
                // Years in a functional post of the matching level count as the experience, and are
                // required like any other (PP 11/2017 Ps 54).
                let matches = now.level == .fungsional ? (now.jenjang.map { entry.jenjang.contains($0) } ?? false) : entry.levels.contains(now.level)
                if !(isHigherOrSame || (matches && served >= entry.years)) {
                    block(LocalizedText(id: "\(entry.name): perlu \(entry.years) tahun sebagai \(entry.from.indonesian); kini \(now.level.rawValue) \(served) tahun",
                                        en: "\(entry.name): needs \(entry.years) years as \(entry.from.english); now \(now.level.rawValue) for \(served) years"))
                }
            } else {
                note(LocalizedText(id: "riwayat jabatan tidak tercatat (belum berjabatan): syarat pengalaman diperiksa saat seleksi",
                                   en: "past posts not recorded (without a post): experience is checked at selection"))
            }
        }
        if !sitting, let age = post.retirementAge(s), let born = person.birthDate {
            let retires = born.adding(years: age).endOfMonth
            let needed = asOf.adding(years: s.minTenureYears)
            if retires < needed {
                block(LocalizedText(id: "pensiun \(retires) (BUP \(age)), sebelum masa jabatan minimal \(s.minTenureYears) tahun",
                                             en: "retires on \(retires) (age \(age)), within the minimum tenure of \(s.minTenureYears) years"))
            }
            if post.level == .jptPratama, born.wholeYears(to: asOf) > s.jptMaxAge {
                block(LocalizedText(id: "usia \(born.wholeYears(to: asOf)) melebihi \(s.jptMaxAge) untuk JPT", en: "age \(born.wholeYears(to: asOf)) is over \(s.jptMaxAge) for a JPT post"))
            }
        }

        // Points.
        var competency = 0
        var gaps: [(String, Int)] = []
        let held = self.held[i]
        for need in post.requires.competencies {
            let h = held[need.competency] ?? 0
            if h >= need.level {
                competency += s.fitCompetencyMet + s.fitCompetencySurplus * min(h - need.level, 2)
            } else {
                competency -= s.fitCompetencyShortfall * (need.level - h)
                gaps.append((need.competency, need.level - h))
            }
        }
        if explain && !post.requires.competencies.isEmpty {
            let missing = gaps.map { "\($0.0) −\($0.1)" }.joined(separator: ", ")
            note(gaps.isEmpty
                ? LocalizedText(id: "semua \(post.requires.competencies.count) kompetensi terpenuhi (+\(competency))", en: "all \(post.requires.competencies.count) competencies met (+\(competency))")
                : LocalizedText(id: "kekurangan kompetensi: \(missing) (\(competency))", en: "competency shortfall: \(missing) (\(competency))"))
        }
        let performance = person.performance.map { s.fitPerformance[Performance.allCases.firstIndex(of: $0)!] } ?? 0
        let potential = person.potential.map { s.fitPotential[Potential.allCases.firstIndex(of: $0)!] } ?? 0
        if let p = person.performance { note(LocalizedText(id: "kinerja \(p.label(.indonesian)) (+\(performance))", en: "performance \(p.label(.english)) (+\(performance))")) }
        if let p = person.potential { note(LocalizedText(id: "potensi \(p.label(.indonesian)) (+\(potential))", en: "potential \(p.label(.english)) (+\(potential))")) }
        var experience = 0
        if let since = person.rankSince {
            let years = max(0, since.wholeYears(to: asOf))
            experience = s.fitRankYear * min(years, s.fitRankYearsMax)
            note(LocalizedText(id: "\(years) tahun dalam pangkat (+\(experience))", en: "\(years) years in rank (+\(experience))"))
        }
        var careerPath = 0
        let current = graph.personPosition[i]
        if current >= 0, let path = paths[current]?.first(where: { $0.to == p }) {
            let served = person.since.map { $0.fractionalYears(to: asOf) } ?? 0
            careerPath = served >= path.minYears ? s.fitCareerPath : s.fitCareerPath / 2
            note(LocalizedText(id: "jalur karier dari \(graph.positions[current].id) (+\(careerPath))",
                                         en: "career path from \(graph.positions[current].id) (+\(careerPath))"))
        }
        return Fit(eligible: eligible, score: competency + performance + potential + experience + careerPath, competency: competency,
                   performance: performance, potential: potential, experience: experience, careerPath: careerPath,
                   reasons: reasons, competencyGaps: gaps, blockers: blockers)
    }
}
