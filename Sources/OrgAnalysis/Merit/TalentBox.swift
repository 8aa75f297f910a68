public import OrgModel

/// The nine-box talent grid (kotak talenta, PermenPANRB 3/2020): performance (below, meets, above
/// expectation) × potential (low, medium, high), numbered low potential 1, 2, 4; medium 3, 5, 7;
/// high 6, 8, 9 from left to right by performance. Boxes 7–9 form the succession pool; 9 is ready for
/// promotion (`ramping analyse talent`).
public struct TalentBox: Report {
    /// sangat-baik is above expectation; baik meets it; the rest are below.
    public static func performanceColumn(_ p: Performance) -> Int {
        switch p {
        case .sangatBaik: 2
        case .baik: 1
        case .butuhPerbaikan, .kurang, .sangatKurang: 0
        }
    }

    public static func box(performance: Performance, potential: Potential) -> Int {
        let column = performanceColumn(performance)
        switch potential {
        case .rendah: return [1, 2, 4][column]
        case .menengah: return [3, 5, 7][column]
        case .tinggi: return [6, 8, 9][column]
        }
    }

    public let graph: OrgGraph
    /// The box of each person, nil when performance or potential is not recorded.
    public let boxes: [Int?]
    /// Counts per perangkat daerah (and "pool" for people without a post): index 0 is unrated, 1–9 the boxes.
    public let byUnit: [(unit: String, counts: [Int])]

    public init(_ graph: OrgGraph) {
        self.graph = graph
        boxes = graph.people.map { p in
            guard let perf = p.performance, let pot = p.potential else { return nil }
            return TalentBox.box(performance: perf, potential: pot)
        }
        var counts: [String: [Int]] = [:]
        var order: [String] = graph.unitChildren[graph.rootUnit].map { graph.units[$0].id } + [graph.units[graph.rootUnit].id, "pool"]
        for (i, box) in boxes.enumerated() {
            let p = graph.personPosition[i]
            let unit = p < 0 ? "pool" : graph.units[graph.topLevelUnit(of: graph.positionUnit[p])].id
            counts[unit, default: Array(repeating: 0, count: 10)][box ?? 0] += 1
        }
        order = order.filter { counts[$0] != nil }
        byUnit = order.map { ($0, counts[$0]!) }
    }

    /// PNS in boxes 7–9, best box first: PPPK are not in the PNS succession pool (UU 20/2023).
    public var successionPool: [Int] {
        boxes.indices.filter { (boxes[$0] ?? 0) >= 7 && !graph.people[$0].isPPPK }.sorted { (boxes[$0]!, $1) > (boxes[$1]!, $0) }
    }

    public func json(_ l: Language) -> JSONValue {
        .object([
            ("people", .array(graph.people.indices.map { i in
                .object([("person", .string(graph.people[i].nip)), ("box", JSONValue(boxes[i])),
                         ("position", graph.personPosition[i] >= 0 ? .string(graph.positions[graph.personPosition[i]].id) : .null)])
            })),
            ("units", .array(byUnit.map { u in
                .object([("unit", .string(u.unit)), ("unrated", .int(u.counts[0])),
                         ("boxes", .object((1...9).map { (String($0), .int(u.counts[$0])) }))])
            })),
            ("succession_pool", .array(successionPool.map { .string(graph.people[$0].nip) })),
        ])
    }

    public func detailTable(_ l: Language) -> Table {
        let names = PeopleNames(graph)
        return Table(title: l.pick("Kotak talenta per pegawai", "Talent box per person"),
              columns: ["NIP", l.pick("nama", "name"), l.pick("jabatan", "position"), l.pick("kinerja", "performance"),
                        l.pick("potensi", "potential"), l.pick("kotak", "box")],
              alignments: [.left, .left, .left, .left, .left, .right],
              rows: graph.people.indices.map { i in
                  let p = graph.people[i]
                  return [p.nip, p.name, names.post(of: i, l), p.performance?.label(l) ?? "–",
                          p.potential?.label(l) ?? "–", boxes[i].map(String.init) ?? "–"]
              })
    }

    public func tables(_ l: Language, limit: Int?) -> [Table] {
        let names = PeopleNames(graph)
        var totals = [Int](repeating: 0, count: 10)
        for u in byUnit { for k in 0..<10 { totals[k] += u.counts[k] } }
        // The grid as planners draw it: high potential on top, performance rising to the right.
        let grid = Table(
            title: l.pick("Kotak talenta (jumlah pegawai)", "Talent box (number of people)"),
            columns: [l.pick("potensi \\ kinerja", "potential \\ performance"), l.pick("di bawah", "below"),
                      l.pick("sesuai", "meets"), l.pick("di atas", "above")],
            rows: [(l.pick("tinggi", "high"), [6, 8, 9]), (l.pick("menengah", "medium"), [3, 5, 7]), (l.pick("rendah", "low"), [1, 2, 4])].map { name, boxes in
                [name] + boxes.map { "[\($0)] \(l.integer(totals[$0]))" }
            })
        let units = Table(
            title: l.pick("Per perangkat daerah", "Per perangkat daerah"),
            columns: ["perangkat daerah"] + (1...9).map { l.pick("k", "b") + String($0) } + [l.pick("tanpa nilai", "unrated")],
            rows: byUnit.map { u in [u.unit == "pool" ? l.pick("(tanpa jabatan)", "(no post)") : names.unit(id: u.unit)]
                               + (1...9).map { l.integer(u.counts[$0]) } + [l.integer(u.counts[0])] }).limited(to: limit, l)
        let pool = Table(
            title: l.pick("Kelompok suksesi (kotak 7–9)", "Succession pool (boxes 7–9)"),
            columns: ["NIP", l.pick("nama", "name"), l.pick("jabatan", "position"), l.pick("kotak", "box")],
            alignments: [.left, .left, .left, .right],
            rows: successionPool.map { i in
                [graph.people[i].nip, graph.people[i].name, names.post(of: i, l), String(boxes[i]!)]
            }).limited(to: limit, l)
        return [grid, units, pool]
    }
}
