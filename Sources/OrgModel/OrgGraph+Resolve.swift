/// The outcome of resolving a chart: every issue found, and the graph when there are no errors.
public struct Resolution: Sendable {
    public let graph: OrgGraph?
    public let issues: [ChartIssue]

    public var errors: [ChartIssue] { issues.filter { $0.severity == .error } }
    public var warnings: [ChartIssue] { issues.filter { $0.severity == .warning } }
}

/// Realistic bounds on the counts, measures and dates a chart may write (batas nilai). Beyond them a value
/// is a typing error, and within them every sum and conversion the analysers make stays exact: a post of
/// 10,000 seats times the posts any file can hold is far below `Int.max`, so no count can overflow and no
/// analyser allocates anything per seat.
public enum ChartBounds {
    /// Seats (formasi) of one post.
    public static let seats = 1...10_000
    /// Yearly volume of one ABK task.
    public static let workloadVolume = 0.0...10_000_000
    /// Standard minutes per output of one ABK task: at most a year's minutes.
    public static let workloadMinutes = 0.0...525_600
    /// Monthly structural allowance of one eselon, in rupiah.
    public static let structuralAllowance = 0...1_000_000_000
    /// Points of one fit setting (performance, potential, competency and the like).
    public static let fitPoints = -1000...1000
    /// Effective working hours a year (settings.effective_hours and sensitivity_hours): up to a leap year's hours.
    public static let effectiveHours = 1.0...8784

    /// A range for a message, written in the reader's language when the message is (`1–10.000`, `1–10,000`).
    public static func text(_ range: ClosedRange<Int>) -> AllowedRange { .integers(range) }
    public static func text(_ range: ClosedRange<Double>) -> AllowedRange { .numbers(range) }
    public static var datesText: AllowedRange { .days(Day.chartRange) }
}

extension OrgGraph {
    /// Resolves every reference of `chart`, derives the chain of command, and checks every rule of
    /// "What a valid file guarantees" that spans records. Field-level checks (vocabularies, ranges,
    /// dates) belong to whoever built the chart: the file reader reports them with their positions.
    ///
    /// Chain of command: `reports_to` where given; otherwise a unit head reports to the head of the
    /// nearest ancestor unit that has one, and any other post to the head of its own unit or, if that
    /// unit has none, of the nearest ancestor that has one. The head of the root unit is the root post.
    /// - Complexity: O(units + positions + people + references), plus suggestions for misspelt ids.
    public static func resolve(_ chart: OrgChart) -> Resolution {
        var resolver = Resolver(chart: chart)
        return resolver.run()
    }
}

private struct Resolver {
    let chart: OrgChart
    var issues: [ChartIssue] = []

    init(chart: OrgChart) { self.chart = chart }

    mutating func error(_ subject: Subject, _ field: String?, _ problem: Problem, related: Subject? = nil) {
        issues.append(ChartIssue(.error, subject, field: field, problem, related: related))
    }

    mutating func warning(_ subject: Subject, _ field: String?, _ problem: Problem) {
        issues.append(ChartIssue(.warning, subject, field: field, problem))
    }

    /// Interns ids to indices, reporting duplicates at the second occurrence.
    mutating func index(_ ids: [String], kind: RecordKind, field: String) -> [String: Int] {
        var table: [String: Int] = [:]
        table.reserveCapacity(ids.count)
        for (i, id) in ids.enumerated() {
            if let first = table[id] {
                error(.record(kind, i), field, .duplicateID(kind: kind, id: id), related: .record(kind, first))
            } else {
                table[id] = i
            }
        }
        return table
    }

    /// Looks `id` up; on a miss reports an unknown reference with a "did you mean".
    @discardableResult
    mutating func lookUp(_ id: String, in table: [String: Int], target: RecordKind, from subject: Subject,
                         field: String) -> Int? {
        if let i = table[id] { return i }
        let suggestion = table.count <= 20_000 ? closestSpelling(to: id, among: table.keys.sorted()) : nil
        error(subject, field, .unknownReference(field: field, id: id, target: target, suggestion: suggestion))
        return nil
    }

    mutating func run() -> Resolution {
        let units = chart.units, positions = chart.positions, people = chart.people
        let asOf = chart.organisation.asOf

        let competencyIndex = index(chart.competencies.map(\.id), kind: .competency, field: "id")
        let unitIndex = index(units.map(\.id), kind: .unit, field: "id")
        let positionIndex = index(positions.map(\.id), kind: .position, field: "id")
        let personIndex = index(people.map(\.nip), kind: .person, field: "nip")
        checkBounds()

        // The unit tree.
        var unitParent = [Int](repeating: -1, count: units.count)
        var roots: [Int] = []
        var unitTreeBroken = false
        for (u, unit) in units.enumerated() {
            if let parent = unit.parent {
                if parent == unit.id {
                    error(.unit(u), "parent", .selfReference(field: "parent", id: unit.id))
                    unitTreeBroken = true
                } else if let p = lookUp(parent, in: unitIndex, target: .unit, from: .unit(u), field: "parent") {
                    unitParent[u] = p
                } else {
                    unitTreeBroken = true
                }
            } else {
                roots.append(u)
            }
            if let type = unit.type, !unit.kind.allowedTypes.contains(type) {
                error(.unit(u), "type", .typeNotAllowed(kind: unit.kind, type: type, allowed: unit.kind.allowedTypes))
            } else if unit.type == nil, unit.kind.allowedTypes.count == 3 {
                warning(.unit(u), nil, .typeMissing(kind: unit.kind))
            }
        }
        if roots.isEmpty {   // no units at all is no root either: a chart without units was refused silently
            error(.document, "units", .noRootUnit)
            unitTreeBroken = true
        } else if roots.count > 1 {
            for r in roots.dropFirst() {
                error(.unit(r), nil, .severalRootUnits(ids: roots.map { units[$0].id }))
            }
            unitTreeBroken = true
        }
        let (unitDepth, unitCycles) = depths(parents: unitParent)
        for cycle in unitCycles {
            error(.unit(cycle.min()!), "parent", .unitCycle(ids: cycle.map { units[$0].id }))
            unitTreeBroken = true
        }

        // Posts and their units.
        var positionUnit = [Int](repeating: -1, count: positions.count)
        var unitHead = [Int](repeating: -1, count: units.count)
        var headsOf: [Int: [Int]] = [:]
        var dottedPairs: [(Int, Int)] = []
        for (p, post) in positions.enumerated() {
            if let u = lookUp(post.unit, in: unitIndex, target: .unit, from: .position(p), field: "unit") {
                positionUnit[p] = u
                if post.head {
                    if unitHead[u] < 0 { unitHead[u] = p }
                    headsOf[u, default: []].append(p)
                }
            }
            checkLevel(post, p)
            for need in post.requires.competencies {
                lookUp(need.competency, in: competencyIndex, target: .competency, from: .position(p),
                           field: "requires.competencies.\(need.competency)")
            }
            for target in post.dotted {
                if target == post.id {
                    error(.position(p), "dotted", .selfReference(field: "dotted", id: post.id))
                } else if let t = lookUp(target, in: positionIndex, target: .position, from: .position(p), field: "dotted") {
                    dottedPairs.append((p, t))
                }
            }
        }
        for (u, heads) in headsOf.sorted(by: { $0.key < $1.key }) where heads.count > 1 {
            for extra in heads.dropFirst() {
                error(.position(extra), "head", .severalHeads(unit: units[u].id, heads: heads.map { positions[$0].id }))
            }
        }

        // The chain of command (only on a sound unit tree: it is derived from it).
        var superior = [Int](repeating: -1, count: positions.count)
        var layer = [Int](repeating: 0, count: positions.count)
        var rootUnit = -1, rootPosition = -1
        var chainBroken = unitTreeBroken
        if !unitTreeBroken, let root = roots.first {
            rootUnit = root
            rootPosition = unitHead[root]
            if rootPosition < 0 {
                error(.unit(root), nil, .rootUnitWithoutHead(unit: units[root].id))
                chainBroken = true
            }
            // The head of the nearest ancestor with one, for each unit, in order of depth.
            var headAbove = [Int](repeating: -1, count: units.count)
            for u in units.indices.sorted(by: { unitDepth[$0] < unitDepth[$1] }) where unitParent[u] >= 0 {
                let parent = unitParent[u]
                headAbove[u] = unitHead[parent] >= 0 ? unitHead[parent] : headAbove[parent]
            }
            for (p, post) in positions.enumerated() {
                let u = positionUnit[p]
                if let explicit = post.reportsTo {
                    if p == rootPosition {
                        error(.position(p), "reports_to", .rootPostReportsTo(position: post.id))
                        chainBroken = true
                    } else if explicit == post.id {
                        error(.position(p), "reports_to", .selfReference(field: "reports_to", id: post.id))
                        chainBroken = true
                    } else if let s = lookUp(explicit, in: positionIndex, target: .position, from: .position(p),
                                             field: "reports_to") {
                        superior[p] = s
                    } else {
                        chainBroken = true
                    }
                    continue
                }
                guard u >= 0, p != rootPosition else { continue }
                superior[p] = (unitHead[u] >= 0 && unitHead[u] != p) ? unitHead[u] : headAbove[u]
                if superior[p] < 0, rootPosition >= 0 {
                    error(.position(p), nil, .noSuperior(position: post.id, unit: units[u].id))
                    chainBroken = true
                }
            }
            if positionUnit.contains(-1) { chainBroken = true }
            if !chainBroken {
                let (depth, cycles) = depths(parents: superior)
                for cycle in cycles {
                    error(.position(cycle.min()!), "reports_to", .chainCycle(ids: cycle.map { positions[$0].id }))
                    chainBroken = true
                }
                for p in positions.indices { layer[p] = depth[p] + 1 }
            }
        }

        // People.
        var personPosition = [Int](repeating: -1, count: people.count)
        for (i, person) in people.enumerated() {
            checkPerson(person, i, asOf: asOf, competencyIndex: competencyIndex)
            if let post = person.position,
               let p = lookUp(post, in: positionIndex, target: .position, from: .person(i), field: "position") {
                personPosition[i] = p
            }
            if let acting = person.acting {
                if acting == person.position {
                    error(.person(i), "acting", .selfReference(field: "acting", id: acting))
                } else {
                    lookUp(acting, in: positionIndex, target: .position, from: .person(i), field: "acting")
                }
            }
        }
        var holderCount = [Int](repeating: 0, count: positions.count)
        for p in personPosition where p >= 0 { holderCount[p] += 1 }
        for (p, post) in positions.enumerated() where holderCount[p] > post.seats {
            warning(.position(p), "seats", .overfilled(position: post.id, people: holderCount[p], seats: post.seats))
        }
        for (i, person) in people.enumerated() {
            let p = personPosition[i]
            guard p >= 0, let eselon = positions[p].eselon, positions[p].level.isStructural, let rank = person.rank
            else { continue }
            if rank < eselon.lowestAcceptedRank || rank > eselon.rankRange.upperBound {
                warning(.person(i), "rank", .rankOutsideRange(person: person.nip, rank: rank, position: positions[p].id,
                                                              eselon: eselon))
            }
        }

        // Career paths.
        for (c, path) in chart.careerPaths.enumerated() {
            lookUp(path.from, in: positionIndex, target: .position, from: .careerPath(c), field: "from")
            lookUp(path.to, in: positionIndex, target: .position, from: .careerPath(c), field: "to")
            if path.from == path.to {
                error(.careerPath(c), "to", .selfReference(field: "to", id: path.from))
            }
        }

        let hasErrors = issues.contains { $0.severity == .error }
        guard !hasErrors, !chainBroken, rootUnit >= 0, rootPosition >= 0 else {
            return Resolution(graph: nil, issues: issues)
        }
        let graph = OrgGraph(
            chart: chart, unitIndex: unitIndex, positionIndex: positionIndex, personIndex: personIndex,
            competencyIndex: competencyIndex, unitParent: unitParent, unitDepth: unitDepth, unitHead: unitHead,
            positionUnit: positionUnit, superior: superior, layer: layer,
            dotted: Adjacency(count: positions.count, pairs: dottedPairs), personPosition: personPosition,
            rootUnit: rootUnit, rootPosition: rootPosition)
        return Resolution(graph: graph, issues: issues)
    }

    mutating func checkLevel(_ post: Position, _ p: Int) {
        if post.level.isStructural {
            if let eselon = post.eselon {
                if eselon.group != post.level.eselonGroup {
                    error(.position(p), "eselon", .eselonLevelMismatch(eselon: eselon, level: post.level))
                }
            } else {
                error(.position(p), "level", .eselonRequired(level: post.level))
            }
        } else if post.eselon != nil {
            error(.position(p), "eselon", .eselonForbidden(level: post.level))
        }
        if post.level == .fungsional {
            if post.jenjang == nil { error(.position(p), "level", .jenjangRequired) }
        } else if post.jenjang != nil {
            error(.position(p), "jenjang", .jenjangForbidden(level: post.level))
        }
    }

    /// The bounds of `ChartBounds`, for charts built in code (an import, a scenario): the file reader
    /// reports them at their lines first, so a loaded chart never meets these.
    mutating func checkBounds() {
        let organisation = chart.organisation
        if !Day.chartRange.contains(organisation.asOf) {
            error(.organisation, "as_of", .outOfRange(field: "as_of", value: organisation.asOf.description, allowed: ChartBounds.datesText))
        }
        for (p, post) in chart.positions.enumerated() {
            if !ChartBounds.seats.contains(post.seats) {
                error(.position(p), "seats", .outOfRange(field: "seats", value: String(post.seats), allowed: ChartBounds.text(ChartBounds.seats)))
            }
            for task in post.workload {
                if !ChartBounds.workloadVolume.contains(task.volume) {
                    error(.position(p), "workload", .outOfRange(field: "workload.volume", value: String(task.volume),
                                                                allowed: ChartBounds.text(ChartBounds.workloadVolume)))
                }
                if !ChartBounds.workloadMinutes.contains(task.minutes) {
                    error(.position(p), "workload", .outOfRange(field: "workload.minutes", value: String(task.minutes),
                                                                allowed: ChartBounds.text(ChartBounds.workloadMinutes)))
                }
            }
        }
        for (i, person) in chart.people.enumerated() {
            for (field, day) in [("since", person.since), ("rank_since", person.rankSince), ("born", person.born)] {
                if let day, !Day.chartRange.contains(day) {
                    error(.person(i), field, .outOfRange(field: field, value: day.description, allowed: ChartBounds.datesText))
                }
            }
        }
    }

    mutating func checkPerson(_ person: Person, _ i: Int, asOf: Day, competencyIndex: [String: Int]) {
        switch NIP.parse(person.nip) {
        case .failure(let reason):
            error(.person(i), "nip", .nipMalformed(nip: person.nip, reason: reason))
        case .success(let nip):
            if let born = person.born, born != nip.born {
                error(.person(i), "born", .nipBornMismatch(nip: person.nip, written: born, encoded: nip.born))
            }
            if let gender = person.gender, gender != nip.gender {
                error(.person(i), "gender", .nipGenderMismatch(nip: person.nip, written: gender, encoded: nip.gender))
            }
        }
        for held in person.competencies {
            lookUp(held.competency, in: competencyIndex, target: .competency, from: .person(i),
                       field: "competencies.\(held.competency)")
        }
        for (field, day) in [("since", person.since), ("rank_since", person.rankSince), ("born", person.born)] {
            if let day, day > asOf { warning(.person(i), field, .dateAfterAsOf(field: field, day: day, asOf: asOf)) }
        }
    }
}

/// Depth of every node in a parent forest (−1 for a root), and the cycles that keep nodes from a root.
/// Each cycle is listed once, in parent order starting from its first-met node.
/// - Complexity: O(n)
public func depths(parents: [Int]) -> (depth: [Int], cycles: [[Int]]) {
    let n = parents.count
    var depth = [Int](repeating: -1, count: n)
    var state = [UInt8](repeating: 0, count: n)   // 0 new, 1 on the current walk, 2 done
    var cycles: [[Int]] = []
    var walk: [Int] = []
    for start in 0..<n where state[start] == 0 {
        walk.removeAll(keepingCapacity: true)
        var node = start
        while node >= 0 && state[node] == 0 {
            state[node] = 1
            walk.append(node)
            node = parents[node]
        }
        var base: Int
        if node >= 0 && state[node] == 1 {
            // A cycle: from `node` to the end of the walk.
            let from = walk.firstIndex(of: node)!
            cycles.append(Array(walk[from...]))
            for c in walk[from...] { state[c] = 2; depth[c] = -1 }
            walk.removeSubrange(from...)
            base = -1
        } else {
            base = node >= 0 ? depth[node] : -1
        }
        for c in walk.reversed() {
            state[c] = 2
            depth[c] = base >= 0 || parents[c] < 0 ? base + 1 : -1
            if parents[c] >= 0 && depth[parents[c]] < 0 { depth[c] = -1 }
            base = depth[c]
        }
    }
    return (depth, cycles)
}
