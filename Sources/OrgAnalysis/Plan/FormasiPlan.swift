public import OrgModel

/// The five-year formasi plan (`ramping analyse formasi`; UU 20/2023, PP 11/2017 Ps 5–9; domain rules,
/// section 12): per post and per year, the ABK need, the people in post at the start of the year, those
/// reaching BUP in it (by the kind of functional post, `Position.retirementAge`) and the number to
/// recruit = max(0, need − in post + retiring), split PNS/PPPK by `settings.pppk_share` (managerial posts
/// PNS only). Year y runs from as_of + (y − 1) years to as_of + y years; the recruits of a year are in
/// post at the start of the next.
public struct FormasiPlan: Report {
    public struct Year: Sendable, Hashable {
        public var inPost = 0
        public var retiring = 0
        public var recruit = 0
        public var pns = 0
        public var pppk = 0

        public init(inPost: Int = 0, retiring: Int = 0, recruit: Int = 0, pns: Int = 0, pppk: Int = 0) {
            self.inPost = inPost; self.retiring = retiring; self.recruit = recruit; self.pns = pns; self.pppk = pppk
        }
    }

    public struct PostPlan: Sendable, Hashable {
        public let position: String
        public let title: String
        public let unit: String
        public let unitName: String
        public let need: Int
        public let years: [Year]
    }

    public let years: Int
    public let posts: [PostPlan]
    public let pppkShare: Double
    public let startYear: Int

    public var totals: [Year] { Self.sum(posts.map(\.years), count: years) }
    public var totalRecruit: Int { totals.reduce(0) { $0 + $1.recruit } }

    public static func sum(_ rows: [[Year]], count: Int) -> [Year] {
        var out = [Year](repeating: Year(), count: count)
        for r in rows {
            for (i, y) in r.enumerated() {
                out[i].inPost += y.inPost; out[i].retiring += y.retiring; out[i].recruit += y.recruit
                out[i].pns += y.pns; out[i].pppk += y.pppk
            }
        }
        return out
    }

    public init(_ graph: OrgGraph, years: Int = 5) {
        self.years = years
        let settings = graph.settings
        pppkShare = settings.pppkShare
        startYear = graph.asOf.year
        let gaps = GapAnalysis(graph, horizon: years)
        var retiring: [String: [Int]] = [:]
        for r in gaps.retirements where r.year >= 1 { retiring[r.position, default: [Int](repeating: 0, count: years)][r.year - 1] += 1 }
        var posts: [PostPlan] = []
        for gap in gaps.positions {
            let post = graph.positions[gap.position]
            guard gap.figures.need > 0 || gap.figures.filled > 0 else { continue }
            let managerial = post.level.isStructural
            var inPost = gap.figures.filled
            var plan: [Year] = []
            for y in 0..<years {
                let out = retiring[post.id]?[y] ?? 0
                let recruit = max(0, gap.figures.need - inPost + out)
                let pppk = managerial ? 0 : Int((Double(recruit) * settings.pppkShare).rounded(.toNearestOrAwayFromZero))
                plan.append(Year(inPost: inPost, retiring: out, recruit: recruit, pns: recruit - pppk, pppk: pppk))
                inPost = inPost - out + recruit
            }
            let top = graph.topLevelUnit(of: gap.position >= 0 ? graph.positionUnit[gap.position] : 0)
            posts.append(PostPlan(position: post.id, title: post.title, unit: graph.units[top].id, unitName: graph.units[top].name,
                                  need: gap.figures.need, years: plan))
        }
        self.posts = posts
    }

    /// Per perangkat daerah, in chart order: name and its yearly totals.
    public var byUnit: [(name: String, need: Int, years: [Year])] {
        var order: [String] = [], rows: [String: (String, Int, [[Year]])] = [:]
        for p in posts {
            if rows[p.unit] == nil { order.append(p.unit); rows[p.unit] = (p.unitName, 0, []) }
            rows[p.unit]!.1 += p.need
            rows[p.unit]!.2.append(p.years)
        }
        return order.map { (rows[$0]!.0, rows[$0]!.1, Self.sum(rows[$0]!.2, count: years)) }
    }

    func yearLabels(_ l: Language) -> [String] { (0..<years).map { "\(startYear + $0)" } }

    public func tables(_ l: Language, limit: Int?) -> [Table] {
        let labels = yearLabels(l)
        var perYear = Table(title: l.pick("Rencana kebutuhan ASN \(years) tahun (ABK − bezetting + pensiun; PPPK \(l.percent(pppkShare, decimals: 0)) dari formasi pelaksana dan fungsional)",
                                          "\(years)-year staffing plan (ABK − in post + retiring; PPPK \(l.percent(pppkShare, decimals: 0)) of pelaksana and functional recruitment)"),
                            columns: [l.pick("Tahun", "Year"), l.pick("Bezetting awal tahun", "In post at start"), l.pick("Pensiun (BUP)", "Reaching BUP"),
                                      l.pick("Kebutuhan formasi", "To recruit"), "PNS", "PPPK"])
        let t = totals
        for (i, y) in t.enumerated() {
            perYear.rows.append([labels[i], l.integer(y.inPost), l.integer(y.retiring), l.integer(y.recruit), l.integer(y.pns), l.integer(y.pppk)])
        }
        perYear.rows.append([l.pick("Jumlah", "Total"), "", l.integer(t.reduce(0) { $0 + $1.retiring }), l.integer(totalRecruit),
                             l.integer(t.reduce(0) { $0 + $1.pns }), l.integer(t.reduce(0) { $0 + $1.pppk })])
        var perUnit = Table(title: l.pick("Kebutuhan formasi per perangkat daerah per tahun", "Recruitment per perangkat daerah per year"),
                            columns: [l.pick("Perangkat daerah", "Perangkat daerah"), l.pick("Kebutuhan ABK", "ABK need")] + labels + [l.pick("Jumlah", "Total")])
        for u in byUnit where u.years.contains(where: { $0.recruit > 0 || $0.retiring > 0 }) {
            perUnit.rows.append([u.name, l.integer(u.need)] + u.years.map { l.integer($0.recruit) } + [l.integer(u.years.reduce(0) { $0 + $1.recruit })])
        }
        var perPost = Table(title: l.pick("Per jabatan: kebutuhan ABK, bezetting, pensiun, formasi (PNS/PPPK) per tahun",
                                          "Per post: ABK need, in post, retiring, to recruit (PNS/PPPK) per year"),
                            columns: [l.pick("Jabatan", "Post"), l.pick("Perangkat daerah", "Perangkat daerah"), l.pick("ABK", "ABK")]
                                + labels.map { l.pick("\($0) (ada/pensiun/formasi)", "\($0) (in/retiring/recruit)") },
                            alignments: [.left, .left] + Array(repeating: .right, count: labels.count + 1))
        for p in posts where p.years.contains(where: { $0.recruit > 0 || $0.retiring > 0 }) {
            perPost.rows.append([p.title, p.unitName, l.integer(p.need)] + p.years.map { y in
                "\(y.inPost)/\(y.retiring)/\(y.recruit)" + (y.recruit > 0 ? " (\(y.pns)+\(y.pppk))" : "")
            })
        }
        return [perYear, perUnit.limited(to: limit, l), perPost.limited(to: limit, l)]
    }

    public func detailTable(_ l: Language) -> Table {
        var t = Table(title: "", columns: [l.pick("jabatan", "post"), l.pick("perangkat_daerah", "perangkat_daerah"), l.pick("tahun", "year"),
                                           l.pick("kebutuhan_abk", "abk_need"), l.pick("bezetting", "in_post"), l.pick("pensiun", "retiring"),
                                           l.pick("formasi", "recruit"), "pns", "pppk"])
        for p in posts {
            for (i, y) in p.years.enumerated() {
                t.rows.append([p.title, p.unitName, String(startYear + i), String(p.need), String(y.inPost), String(y.retiring),
                               String(y.recruit), String(y.pns), String(y.pppk)])
            }
        }
        return t
    }

    public func json(_ l: Language) -> JSONValue {
        func year(_ y: Year) -> JSONValue {
            .object([("in_post", .int(y.inPost)), ("retiring", .int(y.retiring)), ("recruit", .int(y.recruit)), ("pns", .int(y.pns)), ("pppk", .int(y.pppk))])
        }
        return .object([
            ("years", .int(years)), ("start_year", .int(startYear)), ("pppk_share", .double(pppkShare)),
            ("totals", .array(totals.map(year))),
            ("posts", .array(posts.map { p in
                .object([("position", .string(p.position)), ("unit", .string(p.unit)), ("need", .int(p.need)), ("years", .array(p.years.map(year)))])
            })),
        ])
    }
}
