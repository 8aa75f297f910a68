public import OrgModel

/// Span of control and layers (`ramping analyse spans`).
///
/// A manager is a post with at least one direct report in the chain of command (dotted lines never
/// count). Its span is `direct_report_seats`, the seats of the posts reporting to it: a seksi head over
/// one post of 6 verifikator seats manages 6 people's work. `narrow` is a span below `span_narrow`,
/// `wide` above `span_wide`. No Indonesian rule gives a number: spans are information, never a breach.
///
///     let spans = SpanAnalysis(graph)
///     spans.summary.meanSpan   // over all managers
/// - Complexity: O(positions + people)
public struct SpanAnalysis: Report {
    public enum Flag: String, Sendable { case narrow, ok, wide }

    public struct Manager: Sendable {
        public var position: Int
        public var id: String
        public var title: String
        /// The name of the perangkat daerah the post sits in, for people.
        public var unitName: String
        public var layer: Int
        public var directReports: Int
        public var directReportSeats: Int
        public var directReportPeople: Int
        public var flag: Flag
    }

    public struct Summary: Sendable {
        public var layers: Int
        public var managers: Int
        public var meanSpan: Double
        public var medianSpan: Double
        public var narrow: Int
        public var wide: Int
    }

    /// Posts, seats and people at one layer of the chain of command.
    public struct Layer: Sendable {
        public var layer: Int
        public var posts: Int
        public var seats: Int
        public var people: Int
        /// Managers at this layer by span bin (1–2, 3–5, 6–9, 10–15, 16+).
        public var spanBins: [Int]
    }

    public struct UnitFigures: Sendable {
        public var unit: String
        public var name: String
        public var summary: Summary
    }

    /// The span bins of the span-by-layer distribution.
    public static let bins: [ClosedRange<Int>] = [1...2, 3...5, 6...9, 10...15, 16...Int.max]
    public static let binNames = ["1-2", "3-5", "6-9", "10-15", "16+"]

    public let settings: Settings
    public let managers: [Manager]
    public let summary: Summary
    public let pyramid: [Layer]
    /// Per perangkat daerah (each child unit of the root), in chart order.
    public let byTopLevelUnit: [UnitFigures]

    public init(_ graph: OrgGraph) {
        let settings = graph.settings
        self.settings = settings
        var managers: [Manager] = []
        for p in graph.positions.indices where graph.subordinates.degree(p) > 0 {
            let reports = graph.subordinates[p]
            let seats = reports.reduce(0) { $0 + graph.positions[$1].seats }
            let people = reports.reduce(0) { $0 + graph.filled($1) }
            let flag: Flag = seats < settings.spanNarrow ? .narrow : seats > settings.spanWide ? .wide : .ok
            managers.append(Manager(position: p, id: graph.positions[p].id, title: graph.positions[p].title,
                                    unitName: graph.units[graph.topLevelUnit(of: graph.positionUnit[p])].name,
                                    layer: graph.layer[p], directReports: reports.count, directReportSeats: seats,
                                    directReportPeople: people, flag: flag))
        }
        self.managers = managers
        summary = SpanAnalysis.summarise(managers, layers: graph.layers)

        var pyramid = (1...max(graph.layers, 1)).map { Layer(layer: $0, posts: 0, seats: 0, people: 0, spanBins: [0, 0, 0, 0, 0]) }
        for (p, post) in graph.positions.enumerated() {
            let i = graph.layer[p] - 1
            pyramid[i].posts += 1
            pyramid[i].seats += post.seats
            pyramid[i].people += graph.filled(p)
        }
        for m in managers {
            let bin = SpanAnalysis.bins.firstIndex { $0.contains(m.directReportSeats) }!
            pyramid[m.layer - 1].spanBins[bin] += 1
        }
        self.pyramid = pyramid

        // Managers grouped by the perangkat daerah their post sits in.
        var groups: [Int: [Manager]] = [:]
        for m in managers {
            let u = graph.topLevelUnit(of: graph.positionUnit[m.position])
            groups[u, default: []].append(m)
        }
        byTopLevelUnit = graph.unitChildren[graph.rootUnit].compactMap { u in
            guard let list = groups[u] else { return nil }
            let depth = list.map(\.layer).max() ?? 0
            return UnitFigures(unit: graph.units[u].id, name: graph.units[u].name,
                               summary: SpanAnalysis.summarise(list, layers: depth))
        }
    }

    static func summarise(_ managers: [Manager], layers: Int) -> Summary {
        let spans = managers.map(\.directReportSeats)
        return Summary(layers: layers, managers: managers.count,
                       meanSpan: spans.isEmpty ? 0 : Double(spans.reduce(0, +)) / Double(spans.count),
                       medianSpan: median(spans), narrow: managers.count { $0.flag == .narrow },
                       wide: managers.count { $0.flag == .wide })
    }

    /// Managers with one or two direct-report seats.
    public var smallestSpans: [Manager] { managers.filter { $0.directReportSeats <= 2 } }

    public func json(_ language: Language) -> JSONValue {
        func summaryJSON(_ s: Summary) -> JSONValue {
            .object([("layers", .int(s.layers)), ("managers", .int(s.managers)), ("mean_span", .double(s.meanSpan)),
                     ("median_span", .double(s.medianSpan)), ("narrow", .int(s.narrow)), ("wide", .int(s.wide))])
        }
        return .object([
            ("positions", .array(managers.map { m in
                .object([("id", .string(m.id)), ("layer", .int(m.layer)), ("direct_reports", .int(m.directReports)),
                         ("direct_report_seats", .int(m.directReportSeats)),
                         ("direct_report_people", .int(m.directReportPeople)), ("flag", .string(m.flag.rawValue))])
            })),
            ("summary", summaryJSON(summary)),
            ("thresholds", .object([("span_narrow", .int(settings.spanNarrow)), ("span_wide", .int(settings.spanWide)),
                                    ("max_layers", .int(settings.maxLayers))])),
            ("layers", .array(pyramid.map { l in
                .object([("layer", .int(l.layer)), ("posts", .int(l.posts)), ("seats", .int(l.seats)),
                         ("people", .int(l.people)),
                         ("span_bins", .object(zip(SpanAnalysis.binNames, l.spanBins).map { ($0, .int($1)) }))])
            })),
            ("small_spans", .array(smallestSpans.map { .string($0.id) })),
            ("units", .array(byTopLevelUnit.map { u in
                .object([("unit", .string(u.unit)), ("summary", summaryJSON(u.summary))])
            })),
        ])
    }

    func flagText(_ f: Flag, _ l: Language) -> String {
        switch f {
        case .narrow: l.pick("sempit", "narrow")
        case .ok: l.pick("wajar", "ok")
        case .wide: l.pick("lebar", "wide")
        }
    }

    public func detailTable(_ l: Language) -> Table {
        Table(title: l.pick("Rentang kendali per atasan", "Span of control per manager"),
              columns: [l.pick("jabatan", "title"), "perangkat daerah", l.pick("lapis", "layer"), l.pick("bawahan", "direct reports"),
                        l.pick("formasi bawahan", "report seats"), l.pick("pegawai bawahan", "report people"),
                        l.pick("tanda", "flag")],
              alignments: [.left, .left, .right, .right, .right, .right, .left],
              rows: managers.map { [$0.title, $0.unitName, l.integer($0.layer), l.integer($0.directReports),
                                    l.integer($0.directReportSeats), l.integer($0.directReportPeople), flagText($0.flag, l)] })
    }

    public func tables(_ l: Language, limit: Int?) -> [Table] {
        let s = summary
        var overview = Table(
            title: l.pick("Rentang kendali dan lapisan", "Span of control and layers"),
            columns: [l.pick("Ukuran", "Measure"), l.pick("Nilai", "Value")],
            rows: [
                [l.pick("Lapisan (terdalam)", "Layers (deepest)"), l.integer(s.layers)],
                [l.pick("Atasan (jabatan dengan bawahan)", "Managers (posts with reports)"), l.integer(s.managers)],
                [l.pick("Rata-rata rentang (formasi)", "Mean span (seats)"), l.number(s.meanSpan)],
                [l.pick("Median rentang", "Median span"), l.number(s.medianSpan)],
                [l.pick("Sempit (< \(settings.spanNarrow))", "Narrow (< \(settings.spanNarrow))"), l.integer(s.narrow)],
                [l.pick("Lebar (> \(settings.spanWide))", "Wide (> \(settings.spanWide))"), l.integer(s.wide)],
            ])
        if s.layers > settings.maxLayers {
            overview.rows.append([l.pick("Peringatan: lapisan melebihi \(settings.maxLayers)",
                                         "Warning: more layers than \(settings.maxLayers)"), l.integer(s.layers)])
        }
        let layerTable = Table(
            title: l.pick("Piramida lapisan dan sebaran rentang", "Layer pyramid and span distribution"),
            columns: [l.pick("Lapis", "Layer"), l.pick("Jabatan", "Posts"), l.pick("Formasi", "Seats"),
                      l.pick("Pegawai", "People")] + SpanAnalysis.binNames.map { l.pick("rentang ", "span ") + $0 },
            rows: pyramid.map { [l.integer($0.layer), l.integer($0.posts), l.integer($0.seats), l.integer($0.people)] + $0.spanBins.map(l.integer) })
        let small = Table(
            title: l.pick("Atasan dengan satu atau dua formasi bawahan", "Managers with one or two report seats"),
            columns: [l.pick("jabatan", "title"), "perangkat daerah", l.pick("formasi bawahan", "seats")],
            alignments: [.left, .left, .right],
            rows: smallestSpans.map { [$0.title, $0.unitName, l.integer($0.directReportSeats)] }).limited(to: limit, l)
        let units = Table(
            title: l.pick("Per perangkat daerah", "Per perangkat daerah"),
            columns: [l.pick("perangkat daerah", "perangkat daerah"), l.pick("lapisan", "layers"), l.pick("atasan", "managers"),
                      l.pick("rata-rata", "mean"), "median", l.pick("sempit", "narrow"), l.pick("lebar", "wide")],
            rows: byTopLevelUnit.map { [$0.name, l.integer($0.summary.layers), l.integer($0.summary.managers),
                                        l.number($0.summary.meanSpan), l.number($0.summary.medianSpan),
                                        l.integer($0.summary.narrow), l.integer($0.summary.wide)] }).limited(to: limit, l)
        return [overview, layerTable, small, units, detailTable(l).limited(to: limit, l)]
    }
}
