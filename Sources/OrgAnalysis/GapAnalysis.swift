public import OrgModel

/// Staffing need against people in post: analisis beban kerja, ABK (`ramping analyse gaps`).
///
/// For each post but the political ones: `load_hours` = Σ volume × minutes ÷ 60; `need` = load ÷
/// effective hours, rounded (half up by default) and at least 1 when the load is positive; a post
/// without workload needs its declared seats, and so does a structural post (one per unit, Ps 96(2)).
/// `filled` leaves out people past their retirement age (they leave now). `gap` = filled − need (negative: a shortage). Where
/// load and people are both positive, `ej` = load ÷ (filled × effective hours) with its grade A–E.
/// Units total their subtree; their EU is the same ratio over the posts that have workload.
/// - Complexity: O(units + positions + people + tasks)
public struct GapAnalysis: Report {
    public struct Figures: Sendable {
        public var loadHours: Double = 0
        public var need = 0
        public var filled = 0
        public var shortage = 0
        public var surplus = 0
        /// People in posts that have workload, for EU.
        var filledWithLoad = 0

        public var gap: Int { filled - need }
    }

    public struct PositionGap: Sendable {
        public var position: Int
        public var id: String
        public var title: String
        public var unit: String
        public var hasWorkload: Bool
        public var figures: Figures
        public var ej: Double?
        public var grade: String?
        /// Need at each sensitivity figure, when asked.
        public var needAt: [Int]
    }

    public struct UnitGap: Sendable {
        public var unit: Int
        public var id: String
        public var name: String
        public var depth: Int
        public var figures: Figures
        public var eu: Double?
        public var grade: String?
    }

    /// Someone reaching retirement age within the horizon (or already past it: year 0).
    public struct Retirement: Sendable {
        public var person: String
        public var name: String
        public var position: String
        public var unit: String
        public var structural: Bool
        public var retiresOn: Day
        /// 0: already past on `as_of`; k: within the k-th year after `as_of`.
        public var year: Int
    }

    public struct UnitProjection: Sendable {
        public var unit: String
        public var gapNow: Int
        /// Retirements in years 1...horizon.
        public var retiring: [Int]
        /// The gap after each year's retirements.
        public var gapAfter: [Int]
    }

    public let settings: Settings
    public let positions: [PositionGap]
    public let units: [UnitGap]
    public let summary: Figures
    /// The sensitivity figures (hours a year), empty unless asked.
    public let sensitivityHours: [Double]
    public let summaryNeedAt: [Int]
    public let horizon: Int?
    public let retirements: [Retirement]
    public let projection: [UnitProjection]

    /// - Parameters:
    ///   - horizon: years of retirement projection from `as_of`, or nil for none.
    ///   - sensitivity: whether to compute need at each of `settings.sensitivityHours`.
    public init(_ graph: OrgGraph, horizon: Int? = nil, sensitivity: Bool = false) {
        let settings = graph.settings
        self.settings = settings
        self.horizon = horizon
        sensitivityHours = sensitivity ? settings.sensitivityHours : []

        // People past their retirement age on as_of count as leaving now, not as filled seats; a Plt
        // covers a vacant post without filling it (it is not a holder at all).
        let asOf = graph.asOf
        var inService = [Int](repeating: 0, count: graph.positions.count)
        for (i, person) in graph.people.enumerated() {
            let p = graph.personPosition[i]
            guard p >= 0 else { continue }
            let retired = graph.positions[p].retirementAge(settings).flatMap { person.retirementDay(atAge: $0) }.map { $0 < asOf } ?? false
            if !retired { inService[p] += 1 }
        }
        var positions: [PositionGap] = []
        var unitFigures = [Figures](repeating: Figures(), count: graph.units.count)
        for (p, post) in graph.positions.enumerated() where post.level != .politik {
            let minutes = post.workload.reduce(0) { $0 + $1.totalMinutes }
            let load = minutes / 60
            let hasWorkload = !post.workload.isEmpty
            // ABK sets the number of pelaksana and functional posts (PP 18/2016 Ps 96(2)); a structural
            // post is one per unit whatever its workload, which still counts in the unit's EU.
            let need = post.level.isStructural || post.isAdditionalDutyHead ? post.seats
                : GapAnalysis.need(load: load, hasWorkload: hasWorkload, seats: post.seats, hours: settings.effectiveHours, rounding: settings.needRounding)
            var f = Figures(loadHours: load, need: need, filled: inService[p])
            f.shortage = max(0, -f.gap)
            f.surplus = max(0, f.gap)
            f.filledWithLoad = hasWorkload ? f.filled : 0
            var ej: Double?
            if load > 0 && f.filled > 0 { ej = load / (Double(f.filled) * settings.effectiveHours) }
            let needAt = sensitivityHours.map {
                post.level.isStructural || post.isAdditionalDutyHead ? post.seats
                    : GapAnalysis.need(load: load, hasWorkload: hasWorkload, seats: post.seats, hours: $0, rounding: settings.needRounding)
            }
            positions.append(PositionGap(position: p, id: post.id, title: post.title, unit: post.unit, hasWorkload: hasWorkload,
                                         figures: f, ej: ej, grade: ej.map { GapAnalysis.grade($0, settings) }, needAt: needAt))
            unitFigures[graph.positionUnit[p]].add(f)
        }
        // Subtree totals: children before parents (deepest first).
        for u in graph.subtree(of: graph.rootUnit).reversed() where graph.unitParent[u] >= 0 { unitFigures[graph.unitParent[u]].add(unitFigures[u]) }
        self.positions = positions
        units = graph.units.indices.map { u in
            let f = unitFigures[u]
            var eu: Double?
            if f.loadHours > 0 && f.filledWithLoad > 0 { eu = f.loadHours / (Double(f.filledWithLoad) * settings.effectiveHours) }
            return UnitGap(unit: u, id: graph.units[u].id, name: graph.units[u].name, depth: graph.unitDepth[u], figures: f,
                           eu: eu, grade: eu.map { GapAnalysis.grade($0, settings) })
        }
        summary = unitFigures[graph.rootUnit]
        summaryNeedAt = sensitivityHours.indices.map { i in positions.reduce(0) { $0 + $1.needAt[i] } }

        // Retirement projection.
        var retirements: [Retirement] = []
        var projection: [UnitProjection] = []
        if let horizon, horizon > 0 {
            var retiringByUnit: [Int: [Int]] = [:]
            for (i, person) in graph.people.enumerated() {
                let p = graph.personPosition[i]
                guard p >= 0, let age = graph.positions[p].retirementAge(settings), let day = person.retirementDay(atAge: age) else { continue }
                var year = 0
                if day >= asOf {
                    guard let k = (1...horizon).first(where: { day < asOf.adding(years: $0) }) else { continue }
                    year = k
                }
                let top = graph.topLevelUnit(of: graph.positionUnit[p])
                retirements.append(Retirement(person: person.nip, name: person.name, position: graph.positions[p].id,
                                              unit: graph.units[top].id, structural: graph.positions[p].level.isStructural,
                                              retiresOn: day, year: year))
                if year > 0 { retiringByUnit[top, default: [Int](repeating: 0, count: horizon)][year - 1] += 1 }
            }
            retirements.sort { ($0.retiresOn, $0.person) < ($1.retiresOn, $1.person) }
            for u in graph.unitChildren[graph.rootUnit] {
                guard let retiring = retiringByUnit[u] else { continue }
                var gap = unitFigures[u].gap
                var after: [Int] = []
                for n in retiring {
                    gap -= n
                    after.append(gap)
                }
                projection.append(UnitProjection(unit: graph.units[u].id, gapNow: unitFigures[u].gap, retiring: retiring,
                                                 gapAfter: after))
            }
        }
        self.retirements = retirements
        self.projection = projection
    }

    /// Staff need of one post.
    public static func need(load: Double, hasWorkload: Bool, seats: Int, hours: Double,
                            rounding: Settings.NeedRounding) -> Int {
        guard hasWorkload else { return seats }
        guard load > 0 else { return 0 }
        // Nine decimals absorb binary noise, so 1.5 rounds as 1.5 and not as 1.4999999.
        let x = ((load / hours) * 1e9).rounded() / 1e9
        let whole: Double
        switch rounding {
        case .halfUp: whole = (x + 0.5).rounded(.down)
        case .up: whole = x.rounded(.up)
        case .down: whole = x.rounded(.down)
        }
        return max(1, Int(saturating: whole))
    }

    /// The effectiveness grade A–E of a ratio.
    public static func grade(_ ratio: Double, _ settings: Settings) -> String {
        let g = settings.effectivenessGrades
        if ratio > g[0] { return "A" }
        if ratio >= g[1] { return "B" }
        if ratio >= g[2] { return "C" }
        if ratio >= g[3] { return "D" }
        return "E"
    }

    // MARK: Output

    func figuresJSON(_ f: Figures) -> [(String, JSONValue)] {
        [("load_hours", .double(f.loadHours)), ("need", .int(f.need)), ("filled", .int(f.filled)), ("gap", .int(f.gap))]
    }

    func hoursKey(_ h: Double) -> String { formatNumber(h) }

    public func json(_ language: Language) -> JSONValue {
        var root: [(String, JSONValue)] = [
            ("positions", .array(positions.map { g in
                var o = [("id", JSONValue.string(g.id))] + figuresJSON(g.figures)
                o += [("ej", JSONValue(g.ej)), ("grade", JSONValue(g.grade))]
                if !sensitivityHours.isEmpty {
                    o.append(("need_at", .object(zip(sensitivityHours, g.needAt).map { (hoursKey($0), .int($1)) })))
                }
                return .object(o)
            })),
            ("units", .array(units.map { u in
                .object([("id", .string(u.id))] + figuresJSON(u.figures)
                        + [("shortage", .int(u.figures.shortage)), ("surplus", .int(u.figures.surplus)),
                           ("eu", JSONValue(u.eu)), ("grade", JSONValue(u.grade))])
            })),
            ("summary", .object([("need", .int(summary.need)), ("filled", .int(summary.filled)), ("gap", .int(summary.gap)),
                                 ("shortage", .int(summary.shortage)), ("surplus", .int(summary.surplus)),
                                 ("load_hours", .double(summary.loadHours))]
                                + (sensitivityHours.isEmpty ? [] : [("need_at", .object(zip(sensitivityHours, summaryNeedAt).map {
                                    (hoursKey($0), .int($1)) }))]))),
            ("effective_hours", .double(settings.effectiveHours)),
        ]
        if let horizon {
            root.append(("horizon", .int(horizon)))
            root.append(("retirements", .array(retirements.map { r in
                .object([("person", .string(r.person)), ("name", .string(r.name)), ("position", .string(r.position)),
                         ("unit", .string(r.unit)), ("structural", .bool(r.structural)),
                         ("retires_on", .string(r.retiresOn.description)), ("year", .int(r.year))])
            })))
            root.append(("projection", .array(projection.map { p in
                .object([("unit", .string(p.unit)), ("gap_now", .int(p.gapNow)),
                         ("retiring", .array(p.retiring.map(JSONValue.int))), ("gap_after", .array(p.gapAfter.map(JSONValue.int)))])
            })))
        }
        return .object(root)
    }

    public func detailTable(_ l: Language) -> Table {
        let extra = sensitivityHours.map { l.pick("kebutuhan pada ", "need at ") + l.number($0) }
        let unitNames = Dictionary(units.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        return Table(
            title: l.pick("Kebutuhan pegawai per jabatan (ABK)", "Staffing need per post (ABK)"),
            columns: [l.pick("jabatan", "title"), "unit", l.pick("beban (jam)", "load (hours)"),
                      l.pick("kebutuhan", "need"), l.pick("bezetting", "filled"), l.pick("selisih", "gap"), "EJ",
                      l.pick("nilai", "grade")] + extra,
            alignments: [.left, .left, .right, .right, .right, .right, .right, .left] + extra.map { _ in .right },
            rows: positions.map { g in
                [g.title, unitNames[g.unit] ?? g.unit, g.hasWorkload ? l.number(g.figures.loadHours, decimals: 1) : "–",
                 l.integer(g.figures.need), l.integer(g.figures.filled), signed(g.figures.gap, l),
                 g.ej.map { l.number($0) } ?? "–", g.grade ?? "–"] + g.needAt.map(l.integer)
            })
    }

    func signed(_ n: Int, _ l: Language) -> String { n > 0 ? "+" + l.integer(n) : l.integer(n) }

    public func tables(_ l: Language, limit: Int?) -> [Table] {
        let s = summary
        var overview = Table(
            title: l.pick("Analisis beban kerja: kebutuhan dan bezetting (WKE \(l.number(settings.effectiveHours)) jam/tahun)",
                          "Workload analysis: need and people in post (\(l.number(settings.effectiveHours)) effective hours a year)"),
            columns: [l.pick("Ukuran", "Measure"), l.pick("Nilai", "Value")],
            rows: [
                [l.pick("Kebutuhan pegawai", "Staff needed"), l.integer(s.need)],
                [l.pick("Pegawai menjabat (bezetting)", "People in post"), l.integer(s.filled)],
                [l.pick("Selisih (bezetting − kebutuhan)", "Gap (people − need)"), signed(s.gap, l)],
                [l.pick("Kekurangan", "Shortage"), l.integer(s.shortage)],
                [l.pick("Kelebihan", "Surplus"), l.integer(s.surplus)],
            ])
        for (h, n) in zip(sensitivityHours, summaryNeedAt) {
            overview.rows.append([l.pick("Kebutuhan pada \(l.number(h)) jam", "Need at \(l.number(h)) hours"), l.integer(n)])
        }
        let topUnits = units.filter { $0.depth == 1 }
        let unitTable = Table(
            title: l.pick("Per perangkat daerah", "Per perangkat daerah"),
            columns: ["perangkat daerah", l.pick("kebutuhan", "need"), l.pick("bezetting", "filled"), l.pick("selisih", "gap"),
                      l.pick("kekurangan", "shortage"), l.pick("kelebihan", "surplus"), "EU", l.pick("nilai", "grade")],
            rows: topUnits.map { u in
                [u.name, l.integer(u.figures.need), l.integer(u.figures.filled), signed(u.figures.gap, l), l.integer(u.figures.shortage),
                 l.integer(u.figures.surplus), u.eu.map { l.number($0) } ?? "–", u.grade ?? "–"]
            }).limited(to: limit, l)
        // The largest shortages and surpluses first: what a planner acts on.
        var detail = detailTable(l)
        detail.rows = zip(positions, detail.rows).sorted { a, b in
            abs(a.0.figures.gap) != abs(b.0.figures.gap) ? abs(a.0.figures.gap) > abs(b.0.figures.gap) : a.0.position < b.0.position
        }.filter { $0.0.figures.gap != 0 }.map(\.1)
        detail.title = l.pick("Jabatan dengan selisih, terbesar dahulu", "Posts with a gap, largest first")
        var out = [overview, unitTable, detail.limited(to: limit, l)]
        if let horizon {
            let years = (1...max(horizon, 1)).map { l.pick("th+\($0)", "yr+\($0)") }
            let unitNames = Dictionary(units.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
            let titles = Dictionary(positions.map { ($0.id, $0.title) }, uniquingKeysWith: { a, _ in a })
            out.append(Table(
                title: l.pick("Proyeksi pensiun \(horizon) tahun (BUP) per perangkat daerah", "Retirement projection over \(horizon) years (BUP) per perangkat daerah"),
                columns: ["perangkat daerah", l.pick("selisih kini", "gap now")] + years + [l.pick("selisih akhir", "gap after")],
                rows: projection.map { [unitNames[$0.unit] ?? $0.unit, signed($0.gapNow, l)] + $0.retiring.map(l.integer) + [signed($0.gapAfter.last ?? $0.gapNow, l)] }
            ).limited(to: limit, l))
            out.append(Table(
                title: l.pick("Pejabat struktural yang mencapai BUP", "Structural officials reaching retirement age"),
                columns: [l.pick("jabatan", "position"), "NIP", l.pick("nama", "name"), l.pick("pensiun", "retires on"),
                          l.pick("tahun", "year")],
                alignments: [.left, .left, .left, .left, .right],
                rows: retirements.filter(\.structural).map {
                    [titles[$0.position] ?? $0.position, $0.person, $0.name, l.date($0.retiresOn), $0.year == 0 ? l.pick("lewat", "past") : "+\($0.year)"]
                }).limited(to: limit, l))
        }
        return out
    }
}

extension GapAnalysis.Figures {
    mutating func add(_ other: GapAnalysis.Figures) {
        loadHours += other.loadHours
        need += other.need
        filled += other.filled
        shortage += other.shortage
        surplus += other.surplus
        filledWithLoad += other.filledWithLoad
    }
}
