public import OrgModel

/// One region's figures for the national roll-up (`ramping rollup`): its size, spans, staffing gaps (ABK),
/// the retirement wave, compliance with the PP 18/2016 caps, and what the bureaucracy simplification would
/// convert. Computed from the chart alone, so regions can be analysed in parallel and then dropped: only these
/// figures are kept.
/// - Complexity: that of the span, gap (horizon 5) and compliance analyses: O(units + posts + people) each,
///   with a sort of managers' spans (n log n).
public struct RegionFigures: Sendable, Hashable {
    /// The file the chart came from.
    public var file: String
    public var id: String
    public var name: String
    public var region: Region
    /// The province (provinsi), from `organisation.province`; "" when the chart does not say.
    public var province: String
    public var units = 0, posts = 0, seats = 0, people = 0, vacantSeats = 0
    public var layers = 0, managers = 0, narrowSpans = 0, wideSpans = 0
    public var meanSpan = 0.0
    /// ABK: people needed by workload, people in post, and the sums of per-post shortages and surpluses.
    public var need = 0, filled = 0, shortage = 0, surplus = 0
    /// People reaching retirement age (BUP) in each of the five years after `as_of`.
    public var retiringByYear = [Int](repeating: 0, count: RegionFigures.horizon)
    public var complianceErrors = 0, complianceWarnings = 0
    /// Findings against the PP 18/2016 size caps (too many bidang, seksi, bagian, … in a unit).
    public var capBreaches = 0
    /// Eselon IV (pengawas) posts, and those the bureaucracy simplification would turn into functional posts.
    public var eselonIV = 0, eselonIVConverted = 0

    public static let horizon = 5

    public var retiring: Int { retiringByYear.reduce(0, +) }
    public var breachesCaps: Bool { capBreaches > 0 }

    public init(file: String, graph: OrgGraph) {
        self.file = file
        let chart = graph.chart
        id = chart.organisation.id
        name = chart.organisation.name
        region = chart.organisation.region
        province = chart.organisation.province ?? ""
        units = graph.units.count
        posts = graph.positions.count
        seats = graph.positions.reduce(0) { $0 + $1.seats }
        people = graph.people.count
        vacantSeats = graph.positions.indices.reduce(0) { $0 + graph.vacantSeats($1) }

        let spans = SpanAnalysis(graph).summary
        layers = spans.layers
        managers = spans.managers
        narrowSpans = spans.narrow
        wideSpans = spans.wide
        meanSpan = spans.meanSpan

        let gaps = GapAnalysis(graph, horizon: RegionFigures.horizon)
        need = gaps.summary.need
        filled = gaps.summary.filled
        shortage = gaps.summary.shortage
        surplus = gaps.summary.surplus
        for r in gaps.retirements where (1...RegionFigures.horizon).contains(r.year) { retiringByYear[r.year - 1] += 1 }

        let compliance = ComplianceAnalysis(graph)
        complianceErrors = compliance.errors
        complianceWarnings = compliance.warnings
        capBreaches = compliance.findings.count { $0.rule.id.hasPrefix("size.") }

        // Which pengawas stay is the law's one rule (domain rules section 8), shared with compliance.
        var kept = [Bool](repeating: false, count: graph.units.count)
        for u in graph.units.indices { kept[u] = graph.keepsPengawas(u) }
        for (p, post) in graph.positions.enumerated() where post.level == .pengawas {
            eselonIV += 1
            if !kept[graph.positionUnit[p]] { eselonIVConverted += 1 }
        }
    }

    /// Adds another region's figures (for province and national totals; the mean span is weighted by managers).
    mutating func add(_ o: RegionFigures) {
        let spanTotal = meanSpan * Double(managers) + o.meanSpan * Double(o.managers)
        units += o.units; posts += o.posts; seats += o.seats; people += o.people; vacantSeats += o.vacantSeats
        layers = max(layers, o.layers); managers += o.managers; narrowSpans += o.narrowSpans; wideSpans += o.wideSpans
        meanSpan = managers > 0 ? spanTotal / Double(managers) : 0
        need += o.need; filled += o.filled; shortage += o.shortage; surplus += o.surplus
        for y in retiringByYear.indices { retiringByYear[y] += o.retiringByYear[y] }
        complianceErrors += o.complianceErrors; complianceWarnings += o.complianceWarnings; capBreaches += o.capBreaches
        eselonIV += o.eselonIV; eselonIVConverted += o.eselonIVConverted
    }

    init(total name: String, province: String) {
        file = ""
        id = ""
        self.name = name
        region = .kabupaten
        self.province = province
    }
}

/// The national roll-up (rekap nasional): every region's figures, totals per province and for the nation, and
/// how the regions are spread (how many breach a cap, have compliance errors, face a large retirement wave).
/// - Complexity: O(regions log regions) once the regions' figures are known.
public struct RegionalRollup: Report {
    public struct Total: Sendable {
        public var name: String
        public var regions: Int
        public var regionsBreachingCaps: Int
        public var regionsWithErrors: Int
        public var figures: RegionFigures
    }

    /// Every region, by province then id.
    public let regions: [RegionFigures]
    /// Files that could not be analysed (an unreadable or invalid chart), with the first reason.
    public let unreadable: [(file: String, reason: String)]
    public let provinces: [Total]
    public let national: Total

    public init(regions: [RegionFigures], unreadable: [(file: String, reason: String)] = []) {
        let sorted = regions.sorted { ($0.province, $0.id, $0.file) < ($1.province, $1.id, $1.file) }
        self.regions = sorted
        self.unreadable = unreadable.sorted { $0.file < $1.file }
        func total(_ name: String, _ group: some Collection<RegionFigures>) -> Total {
            var figures = RegionFigures(total: name, province: name)
            for r in group { figures.add(r) }
            return Total(name: name, regions: group.count, regionsBreachingCaps: group.count(where: \.breachesCaps),
                         regionsWithErrors: group.count { $0.complianceErrors > 0 }, figures: figures)
        }
        var provinces: [Total] = []
        var start = 0
        while start < sorted.count {
            var end = start
            while end < sorted.count && sorted[end].province == sorted[start].province { end += 1 }
            provinces.append(total(sorted[start].province, sorted[start..<end]))
            start = end
        }
        self.provinces = provinces
        national = total("Nasional", sorted)
    }

    func figuresJSON(_ f: RegionFigures) -> [(String, JSONValue)] {
        [("units", .int(f.units)), ("posts", .int(f.posts)), ("seats", .int(f.seats)), ("people", .int(f.people)),
         ("vacant_seats", .int(f.vacantSeats)), ("layers", .int(f.layers)), ("managers", .int(f.managers)),
         ("mean_span", .double((f.meanSpan * 100).rounded() / 100)), ("narrow_spans", .int(f.narrowSpans)), ("wide_spans", .int(f.wideSpans)),
         ("abk_need", .int(f.need)), ("filled", .int(f.filled)), ("shortage", .int(f.shortage)), ("surplus", .int(f.surplus)),
         ("retiring_by_year", .array(f.retiringByYear.map { .int($0) })), ("retiring", .int(f.retiring)),
         ("compliance_errors", .int(f.complianceErrors)), ("compliance_warnings", .int(f.complianceWarnings)),
         ("cap_breaches", .int(f.capBreaches)), ("eselon_iv_posts", .int(f.eselonIV)), ("eselon_iv_converted", .int(f.eselonIVConverted))]
    }

    func totalJSON(_ t: Total) -> JSONValue {
        .object([("name", .string(t.name)), ("regions", .int(t.regions)), ("regions_breaching_caps", .int(t.regionsBreachingCaps)),
                 ("regions_with_errors", .int(t.regionsWithErrors))] + figuresJSON(t.figures))
    }

    public func json(_ l: Language) -> JSONValue {
        .object([
            ("national", totalJSON(national)),
            ("provinces", .array(provinces.map(totalJSON))),
            ("regions", .array(regions.map { r in
                .object([("file", .string(r.file)), ("id", .string(r.id)), ("name", .string(r.name)), ("region", .string(r.region.rawValue)),
                         ("province", .string(r.province))] + figuresJSON(r))
            })),
            ("unreadable", .array(unreadable.map { .object([("file", .string($0.file)), ("reason", .string($0.reason))]) })),
        ])
    }

    /// One row per region, every figure: the table a spreadsheet gets (`--format csv`); plain numbers.
    public func detailTable(_ l: Language) -> Table {
        var columns: [String] = [l.pick("provinsi", "province"), l.pick("daerah", "region"), l.pick("jenis", "kind"), l.pick("berkas", "file"),
                                 l.pick("unit", "units"), l.pick("jabatan", "posts"), l.pick("formasi", "seats"), l.pick("pegawai", "staff"),
                                 l.pick("formasi kosong", "vacant seats"), l.pick("lapisan", "layers"), l.pick("rentang rata-rata", "mean span"),
                                 l.pick("rentang sempit", "narrow spans"), l.pick("rentang lebar", "wide spans"),
                                 l.pick("kebutuhan ABK", "ABK need"), l.pick("kekurangan", "shortage"), l.pick("kelebihan", "surplus")]
        for y in 1...RegionFigures.horizon { columns.append(l.pick("pensiun th \(y)", "retiring yr \(y)")) }
        columns += [l.pick("temuan galat", "compliance errors"), l.pick("temuan peringatan", "compliance warnings"),
                    l.pick("pelanggaran batas", "cap breaches"), l.pick("jabatan eselon IV", "eselon IV posts"),
                    l.pick("eselon IV dialihkan", "eselon IV converted")]
        let rows: [[String]] = regions.map { r in
            var row: [String] = [r.province, r.name, r.region.rawValue, r.file]
            let before: [Int] = [r.units, r.posts, r.seats, r.people, r.vacantSeats, r.layers]
            row += before.map { String($0) }
            row.append(String((r.meanSpan * 100).rounded() / 100))
            var after: [Int] = [r.narrowSpans, r.wideSpans, r.need, r.shortage, r.surplus]
            after += r.retiringByYear
            after += [r.complianceErrors, r.complianceWarnings, r.capBreaches, r.eselonIV, r.eselonIVConverted]
            row += after.map { String($0) }
            return row
        }
        return Table(title: l.pick("Angka per daerah", "Figures per region"), columns: columns,
                     alignments: [.left, .left, .left, .left] + Array(repeating: .right, count: columns.count - 4), rows: rows)
    }

    public func tables(_ l: Language, limit: Int?) -> [Table] {
        let n = national, f = n.figures
        func share(_ part: Int, _ whole: Int) -> String { whole > 0 ? l.percent(Double(part) / Double(whole)) : "–" }
        var summary = Table(
            title: l.pick("Rekap nasional: ", "National roll-up: ") + l.counted(n.regions, "daerah", "region", "regions")
                + l.pick(" di ", " in ") + l.counted(provinces.count, "provinsi", "province", "provinces"),
            columns: [l.pick("Ukuran", "Measure"), l.pick("Nilai", "Value")],
            alignments: [.left, .right],
            rows: [
                [l.pick("Jabatan", "Posts"), l.integer(f.posts)],
                [l.pick("Pegawai", "Staff"), l.integer(f.people)],
                [l.pick("Formasi kosong", "Vacant seats"), l.integer(f.vacantSeats)],
                [l.pick("Daerah melanggar batas PP 18/2016", "Regions breaching a PP 18/2016 cap"),
                 "\(l.integer(n.regionsBreachingCaps)) (\(share(n.regionsBreachingCaps, n.regions)))"],
                [l.pick("Pelanggaran batas, seluruhnya", "Cap breaches in all"), l.integer(f.capBreaches)],
                [l.pick("Daerah dengan temuan galat kepatuhan", "Regions with compliance errors"),
                 "\(l.integer(n.regionsWithErrors)) (\(share(n.regionsWithErrors, n.regions)))"],
                [l.pick("Jabatan eselon IV", "Eselon IV posts"), l.integer(f.eselonIV)],
                [l.pick("Eselon IV yang dialihkan penyederhanaan birokrasi", "Eselon IV posts the simplification would convert"),
                 "\(l.integer(f.eselonIVConverted)) (\(share(f.eselonIVConverted, f.eselonIV)))"],
                [l.pick("Pensiun dalam \(RegionFigures.horizon) tahun", "Retiring within \(RegionFigures.horizon) years"),
                 "\(l.integer(f.retiring)) (\(share(f.retiring, f.people)))"],
                [l.pick("Kebutuhan pegawai menurut ABK", "Staff needed by workload (ABK)"), l.integer(f.need)],
                [l.pick("Kekurangan / kelebihan per jabatan", "Shortage / surplus by post"), "\(l.integer(f.shortage)) / \(l.integer(f.surplus))"],
                [l.pick("Rentang kendali rata-rata", "Mean span of control"), l.number(f.meanSpan)],
            ])
        if !unreadable.isEmpty {
            summary.rows.append([l.pick("Berkas yang tidak dapat dianalisis", "Files that could not be analysed"), l.integer(unreadable.count)])
        }
        let wave = Table(
            title: l.pick("Gelombang pensiun nasional", "The national retirement wave"),
            columns: [l.pick("tahun ke", "year"), l.pick("pensiun", "retiring"), l.pick("dari pegawai", "of staff")],
            alignments: [.right, .right, .right],
            rows: f.retiringByYear.enumerated().map { [String($0.offset + 1), l.integer($0.element), share($0.element, f.people)] })
        let byProvince = Table(
            title: l.pick("Per provinsi", "By province"),
            columns: [l.pick("provinsi", "province"), l.pick("daerah", "regions"), l.pick("pegawai", "staff"), l.pick("melanggar batas", "breaching caps"),
                      l.pick("eselon IV dialihkan", "eselon IV converted"), l.pick("pensiun 5 th", "retiring 5 yr"), l.pick("kekurangan ABK", "ABK shortage")],
            alignments: [.left, .right, .right, .right, .right, .right, .right],
            rows: provinces.map { p in
                [p.name.isEmpty ? l.pick("(tanpa provinsi)", "(no province)") : p.name, l.integer(p.regions), l.integer(p.figures.people),
                 l.integer(p.regionsBreachingCaps), l.integer(p.figures.eselonIVConverted), l.integer(p.figures.retiring), l.integer(p.figures.shortage)]
            })
        var out = [summary, wave, byProvince.limited(to: limit, l)]
        if !unreadable.isEmpty {
            out.append(Table(title: l.pick("Tidak dapat dianalisis", "Could not be analysed"),
                             columns: [l.pick("berkas", "file"), l.pick("alasan", "reason")], alignments: [.left, .left],
                             rows: unreadable.map { [$0.file, $0.reason] }).limited(to: limit, l))
        }
        return out
    }
}
