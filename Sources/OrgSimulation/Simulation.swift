public import OrgModel
public import OrgAnalysis

/// What one step did, for the change report.
public struct StepReport: Sendable {
    public var index: Int
    public var name: String
    public var line: Int
    /// What the step did, in order.
    public var effects: [StepEffect] = []
    public var unitsCreated = 0, unitsAbolished = 0, postsCreated = 0, postsAbolished = 0
    public var postsConverted = 0, postsMoved = 0, peopleToPool = 0, peoplePlaced = 0
    public var tasksRehomed = 0, tasksDropped = 0
}

/// Someone whose post was changed by a step.
public struct PersonMove: Sendable, Hashable {
    public var nip: String
    public var name: String
    /// The post ids before and after (nil: without a post).
    public var from: String?
    public var to: String?
    /// The posts' titles, for people to read.
    public var fromTitle: String?
    public var toTitle: String?
    public var step: Int
    public var reason: MoveReason
}

/// A step that cannot apply: where it is written and why. Nothing is changed or written.
public struct SimulationFailure: Error, Sendable {
    public var step: Int
    public var line: Int
    public var column: Int
    public var reason: StepFailure
}

extension StepFailure: Error {}

/// The result of replaying a scenario on a chart.
public struct Simulation: Sendable {
    public let scenario: Scenario
    public let before: OrgChart
    public let after: OrgChart
    public let steps: [StepReport]
    public let moves: [PersonMove]
    /// Workload minutes a year that no post took over (abolished without `tasks_to`).
    public let droppedMinutes: Double
    public let droppedTasks: [(post: String, task: WorkloadTask)]
    /// Workload minutes a year that new posts (`add_position`) bring.
    public let addedMinutes: Double
}

/// Replays scenarios: every step of `ramping-scenario/1`, in order, on a copy of the chart.
///
/// Every step keeps the invariants: nobody is lost (a person whose post goes is moved to the pool, and
/// the report says so), workload is conserved (abolished tasks go where `tasks_to` says, or are listed
/// as dropped), ids stay unique, and the chart stays valid: it is checked after each step, and a step
/// that cannot apply stops the replay with its position. The same chart and scenario always give the
/// same result.
public enum Simulator {
    public static func run(_ chart: OrgChart, _ scenario: Scenario) throws(SimulationFailure) -> Simulation {
        var engine = Engine(chart: chart)
        for (i, step) in scenario.steps.enumerated() {
            engine.begin(i, step)
            do {
                try engine.apply(step.action)
            } catch {
                throw SimulationFailure(step: i + 1, line: step.line, column: step.column, reason: error)
            }
            let resolution = OrgGraph.resolve(engine.chart)
            if let first = resolution.errors.first {
                throw SimulationFailure(step: i + 1, line: step.line, column: step.column,
                                        reason: .invalidAfterStep(record: engine.chart.label(of: first.subject), problem: first.problem))
            }
            engine.end()
        }
        return Simulation(scenario: scenario, before: chart, after: engine.chart, steps: engine.reports, moves: engine.moves,
                          droppedMinutes: engine.droppedTasks.reduce(0) { $0 + $1.task.totalMinutes }, droppedTasks: engine.droppedTasks,
                          addedMinutes: engine.addedMinutes)
    }
}

struct Engine {
    var chart: OrgChart
    var reports: [StepReport] = []
    var moves: [PersonMove] = []
    var droppedTasks: [(post: String, task: WorkloadTask)] = []
    var addedMinutes: Double = 0
    var current = StepReport(index: 0, name: "", line: 0)

    /// The chart before the scenario, to name things as the planner knew them.
    let original: OrgChart

    init(chart: OrgChart) {
        self.chart = chart
        original = chart
    }

    mutating func begin(_ i: Int, _ step: ScenarioStep) { current = StepReport(index: i + 1, name: step.name, line: step.line) }
    mutating func end() { reports.append(current) }
    mutating func say(_ effect: StepEffect) { current.effects.append(effect) }

    // MARK: Look-ups

    func unitIndex(_ id: String) -> Int? { chart.units.firstIndex { $0.id == id } }
    func positionIndex(_ id: String) -> Int? { chart.positions.firstIndex { $0.id == id } }
    /// A unit's name for people (its id only when it is not in the chart); a name other units share
    /// ("Sekretariat") says whose it is, as the chart stood before the scenario: "Sekretariat (Dinas Sosial)".
    func unitName(_ id: String) -> String {
        guard let u = unitIndex(id) else { return id }
        let name = chart.units[u].name
        guard chart.units.count(where: { $0.name == name }) > 1, let owner = owner(of: id), owner != name else { return name }
        return "\(name) (\(owner))"
    }

    /// A post's title for people; a title other posts share says its perangkat daerah:
    /// "Sekretaris Dinas (Dinas Sosial)".
    func postTitle(_ id: String) -> String {
        guard let p = positionIndex(id) else { return id }
        let title = chart.positions[p].title
        guard chart.positions.count(where: { $0.title == title }) > 1 else { return title }
        let unit = original.positions.first { $0.id == id }?.unit ?? chart.positions[p].unit
        return owner(of: unit).map { "\(title) (\($0))" } ?? title
    }

    /// The name of the perangkat daerah `unit` belongs to (itself when it is one), in the chart before
    /// the scenario when the unit was there.
    func owner(of unit: String) -> String? {
        for c in [original, chart] {
            var current: String? = unit
            var steps = 0
            while let id = current, let u = c.units.firstIndex(where: { $0.id == id }), steps <= c.units.count {
                if c.units[u].kind.isPerangkatDaerah { return c.units[u].name }
                current = c.units[u].parent
                steps += 1
            }
        }
        return nil
    }

    /// The index of `id` among `ids`, or a step error naming the field, the kind and a "did you mean".
    func find(_ id: String, in ids: [String], kind: StepFailure.Target, field: String) throws(StepFailure) -> Int {
        if let i = ids.firstIndex(of: id) { return i }
        throw .notInChart(field: field, target: kind, id: id, suggestion: closestSpelling(to: id, among: ids))
    }

    @discardableResult
    func unit(_ id: String, _ field: String) throws(StepFailure) -> Int {
        try find(id, in: chart.units.map(\.id), kind: .unit, field: field)
    }

    @discardableResult
    func position(_ id: String, _ field: String) throws(StepFailure) -> Int {
        try find(id, in: chart.positions.map(\.id), kind: .post, field: field)
    }

    /// The ids of `root` and every unit below it.
    func subtree(_ root: String) -> Set<String> {
        var out: Set<String> = [root]
        var changed = true
        while changed {
            changed = false
            for u in chart.units where !out.contains(u.id) {
                if let p = u.parent, out.contains(p) { out.insert(u.id); changed = true }
            }
        }
        return out
    }

    func headOf(_ unit: String) -> Int? { chart.positions.firstIndex { $0.unit == unit && $0.head } }

    // MARK: Shared mechanisms

    /// Removes posts: holders go to the pool, references to the posts go, their workload is returned.
    mutating func abolishPosts(_ ids: Set<String>, reason: MoveReason) -> [(post: String, task: WorkloadTask)] {
        guard !ids.isEmpty else { return [] }
        var tasks: [(String, WorkloadTask)] = []
        for p in chart.positions where ids.contains(p.id) { tasks += p.workload.map { (p.id, $0) } }
        for i in chart.people.indices {
            guard let post = chart.people[i].position, ids.contains(post) else { continue }
            chart.people[i].position = nil
            chart.people[i].since = nil
            moves.append(PersonMove(nip: chart.people[i].nip, name: chart.people[i].name, from: post, to: nil,
                                    fromTitle: postTitle(post), toTitle: nil, step: current.index, reason: reason))
            current.peopleToPool += 1
        }
        // A Plt of an abolished post stops acting in it.
        var actingEnded = 0
        for i in chart.people.indices where chart.people[i].acting.map(ids.contains) == true {
            chart.people[i].acting = nil
            actingEnded += 1
        }
        if actingEnded > 0 {
            say(.actingEnded(count: actingEnded))
        }
        chart.positions.removeAll { ids.contains($0.id) }
        for i in chart.positions.indices {
            if let r = chart.positions[i].reportsTo, ids.contains(r) { chart.positions[i].reportsTo = nil }
            chart.positions[i].dotted.removeAll { ids.contains($0) }
        }
        let paths = chart.careerPaths.count
        chart.careerPaths.removeAll { ids.contains($0.from) || ids.contains($0.to) }
        if chart.careerPaths.count < paths {
            say(.careerPathsRemoved(count: paths - chart.careerPaths.count))
        }
        current.postsAbolished += ids.count
        return tasks
    }

    /// Gives `tasks` to post `to`, or lists them as dropped.
    mutating func rehome(_ tasks: [(post: String, task: WorkloadTask)], to target: String?) {
        guard !tasks.isEmpty else { return }
        if let target, let p = positionIndex(target) {
            chart.positions[p].workload += tasks.map(\.task)
            current.tasksRehomed += tasks.count
            say(.tasksRehomed(count: tasks.count, hours: hours(tasks), to: chart.positions[p].title))
        } else {
            droppedTasks += tasks
            current.tasksDropped += tasks.count
            say(.tasksDropped(count: tasks.count, hours: hours(tasks), examples: Array(tasks.map(\.task.task).prefix(3))))
        }
    }

    func hours(_ tasks: [(post: String, task: WorkloadTask)]) -> Double {
        tasks.reduce(0) { $0 + $1.task.totalMinutes } / 60
    }

    // MARK: Steps

    mutating func apply(_ action: ScenarioStep.Action) throws(StepFailure) {
        switch action {
        case .merge(let ids, let into, let headID): try merge(ids, into, headID)
        case .abolish(let id, let to): try abolish(id, to)
        case .moveUnit(let id, let to):
            let u = try unit(id, "move.unit")
            try unit(to, "move.to")
            if subtree(id).contains(to) {
                throw .moveInsideItself(unit: id, below: to)
            }
            let from = chart.units[u].parent.map(unitName)
            chart.units[u].parent = to
            say(.unitMoved(unit: chart.units[u].name, from: from, to: unitName(to)))
        case .movePosition(let id, let to):
            let p = try position(id, "move.position")
            try unit(to, "move.to")
            let from = chart.positions[p].unit
            if chart.positions[p].head, headOf(to) != nil {
                chart.positions[p].head = false
                say(.postNoLongerHead(post: chart.positions[p].title, unit: unitName(to)))
            }
            chart.positions[p].unit = to
            current.postsMoved += 1
            let people = chart.people.count { $0.position == id }
            say(.postMoved(post: chart.positions[p].title, from: unitName(from), to: unitName(to), people: people, tasks: chart.positions[p].workload.count))
        case .renameUnit(let id, let name):
            let u = try unit(id, "rename.unit")
            say(.unitRenamed(from: chart.units[u].name, to: name))
            chart.units[u].name = name
        case .renamePosition(let id, let title):
            let p = try position(id, "rename.position")
            say(.postRenamed(from: chart.positions[p].title, to: title))
            chart.positions[p].title = title
        case .convert(let level, let to, let jenjang, let keepIn, let keepUnits, let kind):
            try convert(level, to, jenjang, keepIn, keepUnits, kind: kind)
        case .set(let id, let seats, let title, let grade):
            let p = try position(id, "set.position")
            if let seats {
                let people = chart.people.count { $0.position == id }
                say(.seatsChanged(post: chart.positions[p].title, from: chart.positions[p].seats, to: seats))
                if people > seats { say(.moreHoldersThanSeats(post: chart.positions[p].title, people: people, seats: seats)) }
                chart.positions[p].seats = seats
            }
            if let title { say(.titleChanged(post: chart.positions[p].title, to: title)); chart.positions[p].title = title }
            if let grade { chart.positions[p].grade = grade; say(.gradeChanged(post: chart.positions[p].title, grade: grade)) }
        case .addUnit(let unit):
            if unitIndex(unit.id) != nil { throw .unitExists(id: unit.id) }
            guard let parent = unit.parent else { throw .parentRequired(step: "add_unit") }
            try self.unit(parent, "add_unit.parent")
            chart.units.append(unit)
            current.unitsCreated += 1
            say(.unitAdded(unit: unit.name, kind: unit.kind, parent: unitName(parent)))
        case .addPosition(let post):
            if positionIndex(post.id) != nil { throw .postExists(id: post.id) }
            try unit(post.unit, "add_position.unit")
            if post.head, let h = headOf(post.unit) {
                throw .unitHasHead(unit: post.unit, head: chart.positions[h].id)
            }
            chart.positions.append(post)
            addedMinutes += post.workload.reduce(0) { $0 + $1.totalMinutes }
            current.postsCreated += 1
            say(.postAdded(post: post.title, unit: unitName(post.unit), seats: post.seats))
        case .removePosition(let id, let to):
            try position(id, "remove_position.position")
            if let to { try position(to, "remove_position.tasks_to"); if to == id { throw .tasksToIsRemovedPost } }
            let title = postTitle(id)
            let tasks = abolishPosts([id], reason: .postRemoved(post: title))
            say(.postRemoved(post: title))
            rehome(tasks, to: to)
        case .place(let includeHolders):
            guard let graph = OrgGraph.resolve(chart).graph else {
                throw .notValidBeforePlacement
            }
            let placement = MeritPlacement(graph, includeHolders: includeHolders)
            for pl in placement.placements {
                let from = graph.personPosition[pl.person] >= 0 ? graph.positions[graph.personPosition[pl.person]].id : nil
                let to = graph.positions[pl.position].id
                guard from != to else { continue }
                chart.people[pl.person].position = to
                chart.people[pl.person].since = chart.organisation.asOf
                // The post is filled: a Plt in it stops acting.
                for k in chart.people.indices where chart.people[k].acting == to { chart.people[k].acting = nil }
                moves.append(PersonMove(nip: chart.people[pl.person].nip, name: chart.people[pl.person].name, from: from, to: to,
                                        fromTitle: from.map(postTitle), toTitle: postTitle(to), step: current.index, reason: .merit(score: pl.fit.score)))
                current.peoplePlaced += 1
            }
            say(.peoplePlaced(count: current.peoplePlaced, totalScore: placement.totalScore, unplaced: placement.unplaced.count))
        }
    }

    mutating func merge(_ ids: [String], _ into: Unit, _ headID: String?) throws(StepFailure) {
        guard Set(ids).count == ids.count else { throw .mergeNamesUnitTwice }
        var indices: [Int] = []
        for id in ids { indices.append(try unit(id, "merge.units")) }
        let mergedNames = ids.map(unitName)
        let parents = Set(indices.map { chart.units[$0].parent ?? "" })
        let parent: String
        if let p = into.parent {
            try unit(p, "merge.into.parent")
            parent = p
        } else if parents.count == 1, let p = parents.first, !p.isEmpty {
            parent = p
        } else {
            throw .mergeDifferentParents(parents: parents.sorted())
        }
        if !ids.contains(into.id), unitIndex(into.id) != nil {
            throw .mergeIntoIDTaken(id: into.id)
        }
        let heads = ids.compactMap { headOf($0) }.map { chart.positions[$0].id }
        let keep = headID ?? heads.first
        if let keep, !heads.contains(keep) {
            throw .mergeHeadNotAHead(head: keep, heads: heads)
        }
        var merged = into
        merged.parent = parent
        if merged.affairs.isEmpty {
            for u in indices { for a in chart.units[u].affairs where !merged.affairs.contains(a) { merged.affairs.append(a) } }
        }
        mergerRules(merged: &merged, from: indices.map { chart.units[$0] })
        // The new unit stands where the first merged unit stood.
        let first = indices.min()!
        let idSet = Set(ids)
        chart.units[first] = merged
        chart.units = chart.units.enumerated().filter { $0.offset == first || !idSet.contains($0.element.id) }.map(\.element)
        for i in chart.units.indices where chart.units[i].parent.map(idSet.contains) == true { chart.units[i].parent = merged.id }
        for i in chart.positions.indices where idSet.contains(chart.positions[i].unit) { chart.positions[i].unit = merged.id }
        current.unitsCreated += 1
        current.unitsAbolished += ids.count
        say(.unitsMerged(units: mergedNames, into: unitName(merged.id)))
        // One head continues; the other heads are abolished and their work goes to it.
        let abolished = Set(heads.filter { $0 != keep })
        let abolishedTitles = abolished.sorted().map(postTitle)
        let tasks = abolishPosts(abolished, reason: .mergedHead(into: unitName(merged.id)))
        if !abolished.isEmpty { say(.mergedHeadKept(head: keep.map(postTitle), abolished: abolishedTitles)) }
        rehome(tasks, to: keep)
    }

    /// The rules of PP 18/2016 for merging dinas and badan (Ps 40, 48, 54), as compliance checks them
    /// (`AffairMerger`): at most 3 affairs of one family per dinas, 2 support functions per badan; the
    /// merged dinas may rise one type, or a type A gets a fifth bidang. Says what type the merged unit may
    /// have, sets it when `into` names none, and warns when `into` names a higher one.
    mutating func mergerRules(merged: inout Unit, from parts: [Unit]) {
        guard [.dinas, .badan, .satpolPP].contains(merged.kind) else { return }
        let merger = AffairMerger(merged.affairs)
        let names = merger.affairs.map(\.name)
        let cap = AffairMerger.cap(merged.kind)
        if merger.affairs.count > cap { say(.mergedTooManyAffairs(unit: merged.name, affairs: names, cap: cap)) }
        if !merger.oneFamily { say(.mergedAffairsOfSeveralFamilies(unit: merged.name, affairs: names)) }
        // With the region's pemetaan figures, the score decides (PP 18/2016 Ps 53; `TypologyAnalysis`).
        if chart.typology != nil, let w = TypologyAnalysis(chart: chart).warranted(affairs: merged.affairs).warranted {
            let written = merged.type
            if merged.type == nil, let type = w.unitType { merged.type = type }
            say(.mergedTypeWarranted(unit: merged.name, warranted: w, written: written))
            return
        }
        let types = parts.filter { [.dinas, .badan, .satpolPP].contains($0.kind) }.compactMap(\.type)
        guard types.count == parts.count, let allowed = AffairMerger.mergedType(types) else { return }
        let written = merged.type
        if merged.type == nil { merged.type = allowed.type }
        say(.mergedTypeAllowed(unit: merged.name, type: allowed.type, fifthBidang: allowed.extraBidang > 0, written: written))
    }

    mutating func abolish(_ id: String, _ to: String?) throws(StepFailure) {
        let u = try unit(id, "abolish.unit")
        if chart.units[u].parent == nil { throw .rootCannotBeAbolished }
        let doomed = subtree(id)
        var targetUnit: String?, targetPost: String?
        if let to {
            if let p = positionIndex(to) {
                if doomed.contains(chart.positions[p].unit) { throw .tasksToAbolishedToo(id: to) }
                targetPost = to
            } else if unitIndex(to) != nil {
                if doomed.contains(to) { throw .tasksToAbolishedToo(id: to) }
                targetUnit = to
                targetPost = headOf(to).map { chart.positions[$0].id }
            } else {
                throw .tasksToUnknown(id: to)
            }
        }
        let posts = chart.positions.filter { doomed.contains($0.unit) }
        var abolished = Set(posts.map(\.id))
        if let targetUnit {
            // The staff and their work move to the receiving unit; the structural posts go.
            for i in chart.positions.indices where abolished.contains(chart.positions[i].id) && !chart.positions[i].head && !chart.positions[i].level.isStructural {
                chart.positions[i].unit = targetUnit
                abolished.remove(chart.positions[i].id)
                current.postsMoved += 1
            }
            if current.postsMoved > 0 {
                say(.staffPostsMoved(count: current.postsMoved, to: unitName(targetUnit)))
            }
        }
        let name = chart.units[u].name
        let tasks = abolishPosts(abolished, reason: .unitAbolished(unit: name))
        chart.units.removeAll { doomed.contains($0.id) }
        current.unitsAbolished += doomed.count
        say(.unitAbolished(unit: name, unitsBelow: doomed.count - 1, posts: abolished.count))
        rehome(tasks, to: targetPost)
    }

    /// Penyetaraan (PermenPANRB 17/2021; domain rules, section 8): administrator → ahli madya, pengawas →
    /// ahli muda, eselon V → ahli pertama, or the `jenjang` the step names; where the holder's rank is
    /// below the jenjang's range the jenjang follows the rank. The post takes a functional title of its
    /// kind. A regency or city keeps every administrator post and the camat: converting one is warned.
    mutating func convert(_ level: Level, _ to: Level, _ jenjang: Jenjang?, _ keepIn: [UnitKind], _ keepUnits: [String], kind: String?) throws(StepFailure) {
        guard !to.isStructural, to != .politik else { throw .convertTargetNotStaff }
        let target: Jenjang? = to != .fungsional ? nil : jenjang ?? Simulator.penyetaraan(level)
        if to == .fungsional && target == nil { throw .convertJenjangNeeded(level: level) }
        for id in keepUnits { try unit(id, "convert.keep_units") }
        let kinds = Set(keepIn), keepSet = Set(keepUnits)
        let byID = Dictionary(chart.units.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        func kept(_ unitID: String) -> Bool {
            var u: String? = unitID
            while let id = u, let unit = byID[id] {
                if kinds.contains(unit.kind) || keepSet.contains(id) { return true }
                u = unit.parent
            }
            return false
        }
        var holders: [String: [Int]] = [:]
        for (i, person) in chart.people.enumerated() { if let p = person.position { holders[p, default: []].append(i) } }
        var converted = 0, keptCount = 0, dissolved: [String] = [], camats: [String] = [], followedRank = 0, followedEducation = 0
        for i in chart.positions.indices where chart.positions[i].level == level {
            let unitID = chart.positions[i].unit
            if kept(unitID) { keptCount += 1; continue }
            if chart.positions[i].head, byID[unitID]?.kind == .kecamatan { camats.append(chart.positions[i].title) }
            var j = target
            if let t = target, let step = t.keahlianStep {
                // The jenjang follows the lowest holder's rank where it falls below the jenjang's range.
                for h in holders[chart.positions[i].id] ?? [] {
                    guard let rank = chart.people[h].rank, let byRank = Jenjang.keahlian(forRank: rank), let s = byRank.keahlianStep,
                          s < (j?.keahlianStep ?? step) else { continue }
                    j = byRank
                }
                if j != t { followedRank += 1 }
                // A holder without S1/D-IV goes to the keterampilan level of the same rank band.
                let lacksDegree = (holders[chart.positions[i].id] ?? []).contains { h in chart.people[h].education.map { $0 < .d4 } ?? false }
                if lacksDegree, let skilled = j?.skilledEquivalent {
                    j = skilled
                    followedEducation += 1
                }
            }
            chart.positions[i].level = to
            chart.positions[i].eselon = nil
            chart.positions[i].jenjang = j
            if to == .fungsional {
                chart.positions[i].functionalKind = kind
                chart.positions[i].title = Position.functionalTitle(kind: kind, jenjang: j)
            }
            if chart.positions[i].head {
                chart.positions[i].head = false
                // A seksi or subbidang without its structural head becomes a functional group.
                if let u = unitIndex(unitID), [.seksi, .subbidang, .subbagian].contains(chart.units[u].kind) {
                    chart.units[u].kind = .kelompokFungsional
                    dissolved.append(unitID)
                }
            }
            converted += 1
        }
        current.postsConverted = converted
        say(.postsConverted(count: converted, level: level, to: to, jenjang: target, kept: keptCount, keptIn: keepIn))
        if followedRank > 0 { say(.convertedFollowingRank(count: followedRank)) }
        if followedEducation > 0 { say(.convertedToSkilledLevel(count: followedEducation)) }
        if !dissolved.isEmpty { say(.unitsBecameFunctionalGroups(count: dissolved.count)) }
        if level == .administrator && converted > 0 { say(.administratorsConverted(count: converted)) }
        if !camats.isEmpty { say(.camatConverted(posts: camats)) }
        if to == .fungsional && kind == nil && converted > 0 { say(.functionalKindMissing) }
        say(.holdersKeepIncome)
    }
}

extension Simulator {
    /// The jenjang a structural level is equalised to (PermenPANRB 17/2021; domain rules, section 8).
    public static func penyetaraan(_ level: Level) -> Jenjang? {
        switch level {
        case .administrator: .ahliMadya
        case .pengawas: .ahliMuda
        default: nil
        }
    }

}
