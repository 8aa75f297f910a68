public import OrgModel

/// The headline figures of a chart, as `ramping info` shows them: what there is, how many seats, how
/// many of them are filled, and how deep the chain of command goes.
public struct ChartSummary: Hashable, Sendable {
    public struct Count: Hashable, Sendable {
        public var key: String
        /// The key as people read it: "JPT Pratama", "Ahli Pertama".
        public var name: LocalizedText
        public var positions: Int
        public var seats: Int
        public var filled: Int
    }

    public var organisationID: String
    public var organisationName: String
    public var region: Region
    public var asOf: Day
    public var rootUnit: String
    public var rootPosition: String
    /// The root unit's name and the root post's title, for people.
    public var rootUnitName: String
    public var rootPositionTitle: String
    public var units: Int
    public var unitsByKind: [(kind: UnitKind, count: Int)]
    public var positions: Int
    public var byLevel: [Count]
    public var byEselon: [Count]
    public var byJenjang: [Count]
    public var seats: Int
    public var people: Int
    /// People holding a post (bezetting).
    public var inPost: Int
    /// Seats with nobody in them, political posts excepted (they are filled by election).
    public var vacantSeats: Int
    /// People beyond their post's seats.
    public var overfilledPeople: Int
    /// People without a post: the placement pool.
    public var pool: Int
    /// The deepest layer of the chain of command (the root post is layer 1).
    public var layers: Int

    public static func == (a: ChartSummary, b: ChartSummary) -> Bool { a.json() == b.json() }
    public func hash(into hasher: inout Hasher) { hasher.combine(json()) }

    /// - Complexity: O(units + positions + people)
    public init(_ graph: OrgGraph) {
        let chart = graph.chart
        organisationID = chart.organisation.id
        organisationName = chart.organisation.name
        region = chart.organisation.region
        asOf = chart.organisation.asOf
        rootUnit = chart.units[graph.rootUnit].id
        rootPosition = chart.positions[graph.rootPosition].id
        rootUnitName = chart.units[graph.rootUnit].name
        rootPositionTitle = chart.positions[graph.rootPosition].title
        units = chart.units.count
        var kinds: [UnitKind: Int] = [:]
        for unit in chart.units { kinds[unit.kind, default: 0] += 1 }
        unitsByKind = UnitKind.allCases.compactMap { k in kinds[k].map { (k, $0) } }
        positions = chart.positions.count

        var levels: [Level: Count] = [:], eselons: [Eselon: Count] = [:], jenjangs: [Jenjang: Count] = [:]
        var seats = 0, vacant = 0, over = 0
        for (p, post) in chart.positions.enumerated() {
            let filled = graph.filled(p)
            seats += post.seats
            // Political posts (bupati, wakil) are filled by election, not from the civil service.
            if post.level != .politik { vacant += max(0, post.seats - filled) }
            over += max(0, filled - post.seats)
            func add<K: Vocabulary>(_ table: inout [K: Count], _ key: K) {
                var c = table[key] ?? Count(key: key.rawValue, name: LocalizedText(id: key.label(.indonesian), en: key.label(.english)),
                                            positions: 0, seats: 0, filled: 0)
                c.positions += 1
                c.seats += post.seats
                c.filled += filled
                table[key] = c
            }
            add(&levels, post.level)
            if let e = post.eselon { add(&eselons, e) }
            if let j = post.jenjang { add(&jenjangs, j) }
        }
        byLevel = Level.allCases.compactMap { levels[$0] }
        byEselon = Eselon.allCases.compactMap { eselons[$0] }
        byJenjang = Jenjang.allCases.compactMap { jenjangs[$0] }
        self.seats = seats
        people = chart.people.count
        inPost = graph.personPosition.count { $0 >= 0 }
        pool = people - inPost
        vacantSeats = vacant
        overfilledPeople = over
        layers = graph.layers
    }

    /// The stable JSON form: `{"organisation": ..., "units": ..., "positions": ..., "seats": ..., ...}`.
    public func json() -> JSONValue {
        func counts(_ list: [Count]) -> JSONValue {
            .object(list.map { ($0.key, .object([("positions", .int($0.positions)), ("seats", .int($0.seats)),
                                                 ("filled", .int($0.filled))])) })
        }
        return .object([
            ("organisation", .object([("id", .string(organisationID)), ("name", .string(organisationName)),
                                      ("region", .string(region.rawValue)), ("as_of", .string(asOf.description))])),
            ("root_unit", .string(rootUnit)),
            ("root_position", .string(rootPosition)),
            ("units", .int(units)),
            ("units_by_kind", .object(unitsByKind.map { ($0.kind.rawValue, .int($0.count)) })),
            ("positions", .int(positions)),
            ("positions_by_level", counts(byLevel)),
            ("positions_by_eselon", counts(byEselon)),
            ("positions_by_jenjang", counts(byJenjang)),
            ("seats", .int(seats)),
            ("people", .int(people)),
            ("in_post", .int(inPost)),
            ("vacant_seats", .int(vacantSeats)),
            ("overfilled_people", .int(overfilledPeople)),
            ("pool", .int(pool)),
            ("layers", .int(layers)),
        ])
    }

    /// The tables a planner reads.
    public func tables(_ l: Language) -> [Table] {
        let overview = Table(
            title: "\(organisationName), \(l.pick("per", "as of")) \(l.date(asOf))\n"
                + l.pick("Unit akar: \(rootUnitName); jabatan puncak: \(rootPositionTitle)", "Root unit: \(rootUnitName); root post: \(rootPositionTitle)"),
            columns: [l.pick("Ringkasan", "Summary"), l.pick("Jumlah", "Count")],
            rows: [
                [l.pick("Unit", "Units"), l.integer(units)],
                [l.pick("Jabatan", "Posts"), l.integer(positions)],
                [l.pick("Formasi", "Seats"), l.integer(seats)],
                [l.pick("Pegawai", "People"), l.integer(people)],
                [l.pick("Pegawai menjabat (bezetting)", "People in post"), l.integer(inPost)],
                [l.pick("Formasi kosong", "Vacant seats"), l.integer(vacantSeats)],
                [l.pick("Pegawai melebihi formasi", "People beyond seats"), l.integer(overfilledPeople)],
                [l.pick("Pegawai tanpa jabatan", "People without a post"), l.integer(pool)],
                [l.pick("Lapisan rantai komando", "Layers in the chain of command"), l.integer(layers)],
            ])
        let kinds = Table(title: l.pick("Unit menurut jenis", "Units by kind"),
                          columns: [l.pick("Jenis", "Kind"), l.pick("Unit", "Units")],
                          rows: unitsByKind.map { [$0.kind.label(l), l.integer($0.count)] })
        func countTable(_ title: String, _ head: String, _ list: [Count]) -> Table {
            Table(title: title,
                  columns: [head, l.pick("Jabatan", "Posts"), l.pick("Formasi", "Seats"), l.pick("Terisi", "Filled"),
                            l.pick("Kosong", "Vacant")],
                  rows: list.map { [$0.name.text(l), l.integer($0.positions), l.integer($0.seats), l.integer($0.filled),
                                    $0.key == Level.politik.rawValue ? "–" : l.integer(max(0, $0.seats - $0.filled))] })
        }
        var tables = [overview, kinds,
                      countTable(l.pick("Jabatan menurut level", "Posts by level"), "Level", byLevel),
                      countTable(l.pick("Jabatan struktural menurut eselon", "Structural posts by eselon"), "Eselon", byEselon)]
        if !byJenjang.isEmpty {
            tables.append(countTable(l.pick("Jabatan fungsional menurut jenjang", "Functional posts by jenjang"),
                                     "Jenjang", byJenjang))
        }
        return tables
    }
}
