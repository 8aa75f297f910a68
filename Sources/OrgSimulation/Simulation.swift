public import OrgModel
public import OrgAnalysis

/// What one step did, for the change report.
public struct StepReport: Sendable {
    public var index: Int
    public var name: String
    public var line: Int
    public var lines: [LocalizedText] = []
    public var unitsCreated = 0, unitsAbolished = 0, postsCreated = 0, postsAbolished = 0
    public var postsConverted = 0, postsMoved = 0, peopleToPool = 0, peoplePlaced = 0
    public var tasksRehomed = 0, tasksDropped = 0
}

/// Someone whose post was changed by a step.
public struct PersonMove: Sendable, Hashable {
    public var nip: String
    public var name: String
    public var from: String?
    public var to: String?
    public var step: Int
    public var reason: LocalizedText
}

/// A step that cannot apply: where it is written and why. Nothing is changed or written.
public struct SimulationFailure: Error, Sendable {
    public var step: Int
    public var line: Int
    public var column: Int
    public var message: LocalizedText
}

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
            } catch let message as StepError {
                throw SimulationFailure(step: i + 1, line: step.line, column: step.column, message: message.text)
            } catch {
                throw SimulationFailure(step: i + 1, line: step.line, column: step.column, message: LocalizedText(id: "\(error)", en: "\(error)"))
            }
            let resolution = OrgGraph.resolve(engine.chart)
            if let first = resolution.errors.first {
                let label = engine.chart.label(of: first.subject)
                let what = [label.text(.indonesian), first.problem.text(.indonesian)].compactMap { $0 }.joined(separator: ": ")
                let whatEN = [label.text(.english), first.problem.text(.english)].compactMap { $0 }.joined(separator: ": ")
                throw SimulationFailure(step: i + 1, line: step.line, column: step.column,
                                        message: LocalizedText(id: "sesudah langkah ini bagan tidak sah: \(what)", en: "after this step the chart is invalid: \(whatEN)"))
            }
            engine.end()
        }
        return Simulation(scenario: scenario, before: chart, after: engine.chart, steps: engine.reports, moves: engine.moves,
                          droppedMinutes: engine.droppedTasks.reduce(0) { $0 + $1.task.totalMinutes }, droppedTasks: engine.droppedTasks,
                          addedMinutes: engine.addedMinutes)
    }
}

struct StepError: Error {
    let text: LocalizedText
    init(id: String, en: String) { text = LocalizedText(id: id, en: en) }
}

struct Engine {
    var chart: OrgChart
    var reports: [StepReport] = []
    var moves: [PersonMove] = []
    var droppedTasks: [(post: String, task: WorkloadTask)] = []
    var addedMinutes: Double = 0
    var current = StepReport(index: 0, name: "", line: 0)

    init(chart: OrgChart) { self.chart = chart }

    mutating func begin(_ i: Int, _ step: ScenarioStep) { current = StepReport(index: i + 1, name: step.name, line: step.line) }
    mutating func end() { reports.append(current) }
    mutating func say(id: String, en: String) { current.lines.append(LocalizedText(id: id, en: en)) }

    // MARK: Look-ups

    func unitIndex(_ id: String) -> Int? { chart.units.firstIndex { $0.id == id } }
    func positionIndex(_ id: String) -> Int? { chart.positions.firstIndex { $0.id == id } }

    /// The index of `id` among `ids`, or a step error naming the field, the kind and a "did you mean".
    func find(_ id: String, in ids: [String], kind: (id: String, en: String), field: String) throws -> Int {
        if let i = ids.firstIndex(of: id) { return i }
        let hint = closestSpelling(to: id, among: ids).map { (" (maksudnya '\($0)'?)", " (did you mean '\($0)'?)") } ?? ("", "")
        throw StepError(id: "\(field): \(kind.id) '\(id)' tidak ada di bagan\(hint.0)", en: "\(field): \(kind.en) '\(id)' is not in the chart\(hint.1)")
    }

    @discardableResult
    func unit(_ id: String, _ field: String) throws -> Int {
        try find(id, in: chart.units.map(\.id), kind: ("unit", "unit"), field: field)
    }

    @discardableResult
    func position(_ id: String, _ field: String) throws -> Int {
        try find(id, in: chart.positions.map(\.id), kind: ("jabatan", "post"), field: field)
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
    mutating func abolishPosts(_ ids: Set<String>, reason: LocalizedText) -> [(post: String, task: WorkloadTask)] {
        guard !ids.isEmpty else { return [] }
        var tasks: [(String, WorkloadTask)] = []
        for p in chart.positions where ids.contains(p.id) { tasks += p.workload.map { (p.id, $0) } }
        for i in chart.people.indices {
            guard let post = chart.people[i].position, ids.contains(post) else { continue }
            chart.people[i].position = nil
            chart.people[i].since = nil
            moves.append(PersonMove(nip: chart.people[i].nip, name: chart.people[i].name, from: post, to: nil, step: current.index, reason: reason))
            current.peopleToPool += 1
        }
        // A Plt of an abolished post stops acting in it.
        var actingEnded = 0
        for i in chart.people.indices where chart.people[i].acting.map(ids.contains) == true {
            chart.people[i].acting = nil
            actingEnded += 1
        }
        if actingEnded > 0 {
            say(id: "\(actingEnded) penunjukan Plt berakhir karena jabatannya dihapus", en: "\(actingEnded) acting appointments (Plt) end as their posts are abolished")
        }
        chart.positions.removeAll { ids.contains($0.id) }
        for i in chart.positions.indices {
            if let r = chart.positions[i].reportsTo, ids.contains(r) { chart.positions[i].reportsTo = nil }
            chart.positions[i].dotted.removeAll { ids.contains($0) }
        }
        let paths = chart.careerPaths.count
        chart.careerPaths.removeAll { ids.contains($0.from) || ids.contains($0.to) }
        if chart.careerPaths.count < paths {
            say(id: "\(paths - chart.careerPaths.count) jalur karier ke/dari jabatan yang dihapus ikut dihapus",
                en: "\(paths - chart.careerPaths.count) career paths to or from abolished posts removed")
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
            say(id: "\(tasks.count) tugas (\(hours(tasks)) jam/tahun) dialihkan ke \(target)",
                en: "\(tasks.count) tasks (\(hours(tasks)) hours a year) re-homed to \(target)")
        } else {
            droppedTasks += tasks
            current.tasksDropped += tasks.count
            say(id: "\(tasks.count) tugas (\(hours(tasks)) jam/tahun) tidak dialihkan (tanpa tasks_to): \(tasks.map(\.task.task).prefix(3).joined(separator: "; "))",
                en: "\(tasks.count) tasks (\(hours(tasks)) hours a year) dropped (no tasks_to): \(tasks.map(\.task.task).prefix(3).joined(separator: "; "))")
        }
    }

    func hours(_ tasks: [(post: String, task: WorkloadTask)]) -> String {
        formatNumber(tasks.reduce(0) { $0 + $1.task.totalMinutes } / 60, decimals: 1)
    }

    // MARK: Steps

    mutating func apply(_ action: ScenarioStep.Action) throws {
        switch action {
        case .merge(let ids, let into, let headID): try merge(ids, into, headID)
        case .abolish(let id, let to): try abolish(id, to)
        case .moveUnit(let id, let to):
            let u = try unit(id, "move.unit")
            try unit(to, "move.to")
            if subtree(id).contains(to) {
                throw StepError(id: "unit '\(id)' tidak dapat dipindah ke dalam dirinya sendiri ('\(to)' ada di bawahnya)",
                                en: "unit '\(id)' cannot move inside itself ('\(to)' is below it)")
            }
            let from = chart.units[u].parent ?? "-"
            chart.units[u].parent = to
            say(id: "\(chart.units[u].name) dipindah dari \(from) ke \(to)", en: "\(chart.units[u].name) moved from \(from) to \(to)")
        case .movePosition(let id, let to):
            let p = try position(id, "move.position")
            try unit(to, "move.to")
            let from = chart.positions[p].unit
            if chart.positions[p].head, headOf(to) != nil {
                chart.positions[p].head = false
                say(id: "\(id) tidak lagi menjadi kepala: \(to) sudah punya kepala", en: "\(id) no longer heads a unit: \(to) has a head")
            }
            chart.positions[p].unit = to
            current.postsMoved += 1
            let people = chart.people.count { $0.position == id }
            say(id: "\(chart.positions[p].title) dipindah dari \(from) ke \(to) bersama \(people) pegawai dan \(chart.positions[p].workload.count) tugasnya",
                en: "\(chart.positions[p].title) moved from \(from) to \(to) with its \(people) people and \(chart.positions[p].workload.count) tasks")
        case .renameUnit(let id, let name):
            let u = try unit(id, "rename.unit")
            say(id: "\(chart.units[u].name) menjadi \(name)", en: "\(chart.units[u].name) renamed \(name)")
            chart.units[u].name = name
        case .renamePosition(let id, let title):
            let p = try position(id, "rename.position")
            say(id: "\(chart.positions[p].title) menjadi \(title)", en: "\(chart.positions[p].title) renamed \(title)")
            chart.positions[p].title = title
        case .convert(let level, let to, let jenjang, let keepIn, let keepUnits, let kind):
            try convert(level, to, jenjang, keepIn, keepUnits, kind: kind)
        case .set(let id, let seats, let title, let grade):
            let p = try position(id, "set.position")
            if let seats {
                let people = chart.people.count { $0.position == id }
                say(id: "\(id): formasi \(chart.positions[p].seats) → \(seats)", en: "\(id): seats \(chart.positions[p].seats) → \(seats)")
                if people > seats {
                    say(id: "\(id) kini diisi \(people) orang untuk \(seats) formasi: kelebihan tetap tercatat", en: "\(id) now holds \(people) people in \(seats) seats: the surplus stays recorded")
                }
                chart.positions[p].seats = seats
            }
            if let title { chart.positions[p].title = title; say(id: "\(id): nama jabatan → \(title)", en: "\(id): title → \(title)") }
            if let grade { chart.positions[p].grade = grade; say(id: "\(id): kelas jabatan → \(grade)", en: "\(id): job class → \(grade)") }
        case .addUnit(let unit):
            if unitIndex(unit.id) != nil { throw StepError(id: "unit '\(unit.id)' sudah ada", en: "unit '\(unit.id)' already exists") }
            guard let parent = unit.parent else { throw StepError(id: "add_unit: 'parent' wajib", en: "add_unit: 'parent' is required") }
            try self.unit(parent, "add_unit.parent")
            chart.units.append(unit)
            current.unitsCreated += 1
            say(id: "unit baru \(unit.name) (\(unit.kind.rawValue)) di bawah \(parent)", en: "new unit \(unit.name) (\(unit.kind.rawValue)) under \(parent)")
        case .addPosition(let post):
            if positionIndex(post.id) != nil { throw StepError(id: "jabatan '\(post.id)' sudah ada", en: "post '\(post.id)' already exists") }
            try unit(post.unit, "add_position.unit")
            if post.head, let h = headOf(post.unit) {
                throw StepError(id: "unit '\(post.unit)' sudah punya kepala (\(chart.positions[h].id))", en: "unit '\(post.unit)' already has a head (\(chart.positions[h].id))")
            }
            chart.positions.append(post)
            addedMinutes += post.workload.reduce(0) { $0 + $1.totalMinutes }
            current.postsCreated += 1
            say(id: "jabatan baru \(post.title) di \(post.unit), \(post.seats) formasi", en: "new post \(post.title) in \(post.unit), \(post.seats) seats")
        case .removePosition(let id, let to):
            try position(id, "remove_position.position")
            if let to { try position(to, "remove_position.tasks_to"); if to == id { throw StepError(id: "tasks_to tidak boleh jabatan yang dihapus", en: "tasks_to cannot be the post removed") } }
            let tasks = abolishPosts([id], reason: LocalizedText(id: "jabatan \(id) dihapus", en: "post \(id) removed"))
            say(id: "jabatan \(id) dihapus", en: "post \(id) removed")
            rehome(tasks, to: to)
        case .place(let includeHolders):
            guard let graph = OrgGraph.resolve(chart).graph else {
                throw StepError(id: "bagan tidak sah sebelum penempatan", en: "the chart is not valid before placement")
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
                moves.append(PersonMove(nip: chart.people[pl.person].nip, name: chart.people[pl.person].name, from: from, to: to, step: current.index,
                                        reason: LocalizedText(id: "penempatan merit, nilai \(pl.fit.score)", en: "merit placement, fit \(pl.fit.score)")))
                current.peoplePlaced += 1
            }
            say(id: "\(current.peoplePlaced) pegawai ditempatkan (total nilai \(placement.totalScore)); \(placement.unplaced.count) tetap di pool",
                en: "\(current.peoplePlaced) people placed (total fit \(placement.totalScore)); \(placement.unplaced.count) stay in the pool")
        }
    }

    mutating func merge(_ ids: [String], _ into: Unit, _ headID: String?) throws {
        guard Set(ids).count == ids.count else { throw StepError(id: "merge.units menyebut unit yang sama dua kali", en: "merge.units names a unit twice") }
        let indices = try ids.map { try unit($0, "merge.units") }
        let parents = Set(indices.map { chart.units[$0].parent ?? "" })
        let parent: String
        if let p = into.parent {
            try unit(p, "merge.into.parent")
            parent = p
        } else if parents.count == 1, let p = parents.first, !p.isEmpty {
            parent = p
        } else {
            throw StepError(id: "unit yang digabung punya induk berbeda (\(parents.sorted().joined(separator: ", "))); tulis 'parent' di 'into'",
                            en: "the merged units have different parents (\(parents.sorted().joined(separator: ", "))); give 'into' a 'parent'")
        }
        if !ids.contains(into.id), unitIndex(into.id) != nil {
            throw StepError(id: "merge.into.id '\(into.id)' sudah dipakai unit lain", en: "merge.into.id '\(into.id)' is already another unit's id")
        }
        let heads = ids.compactMap { headOf($0) }.map { chart.positions[$0].id }
        let keep = headID ?? heads.first
        if let keep, !heads.contains(keep) {
            throw StepError(id: "merge.head '\(keep)' bukan kepala salah satu unit yang digabung (\(heads.joined(separator: ", ")))",
                            en: "merge.head '\(keep)' is not the head of one of the merged units (\(heads.joined(separator: ", ")))")
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
        say(id: "\(ids.joined(separator: " + ")) digabung menjadi \(merged.name) (\(merged.id))", en: "\(ids.joined(separator: " + ")) merged into \(merged.name) (\(merged.id))")
        // One head continues; the other heads are abolished and their work goes to it.
        let abolished = Set(heads.filter { $0 != keep })
        let tasks = abolishPosts(abolished, reason: LocalizedText(id: "kepala unit yang digabung ke \(merged.id)", en: "head of a unit merged into \(merged.id)"))
        if !abolished.isEmpty {
            say(id: "\(keep ?? "-") memimpin unit gabungan; jabatan kepala \(abolished.sorted().joined(separator: ", ")) dihapus",
                en: "\(keep ?? "-") heads the merged unit; head posts \(abolished.sorted().joined(separator: ", ")) abolished")
        }
        rehome(tasks, to: keep)
    }

    /// The rules of PP 18/2016 for merging dinas and badan (Ps 40, 48, 54), as compliance checks them
    /// (`AffairMerger`): at most 3 affairs of one family per dinas, 2 support functions per badan; the
    /// merged dinas may rise one type, or a type A gets a fifth bidang. Says what type the merged unit may
    /// have, sets it when `into` names none, and warns when `into` names a higher one.
    mutating func mergerRules(merged: inout Unit, from parts: [Unit]) {
        guard [.dinas, .badan, .satpolPP].contains(merged.kind) else { return }
        let merger = AffairMerger(merged.affairs)
        let names = merger.affairs.map(\.name).joined(separator: "; ")
        let cap = AffairMerger.cap(merged.kind)
        let article = merged.kind == .badan ? "PP 18/2016 Ps 48" : "PP 18/2016 Ps 40"
        if merger.affairs.count > cap {
            say(id: "Peringatan: \(merged.name) memuat \(merger.affairs.count) urusan (\(names)), lebih dari \(cap) (\(article))",
                en: "Warning: \(merged.name) carries \(merger.affairs.count) affairs (\(names)), more than \(cap) (\(article))")
        }
        if !merger.oneFamily {
            say(id: "Peringatan: urusan \(merged.name) tidak serumpun (\(names)); hanya urusan satu rumpun yang dapat digabung (\(article))",
                en: "Warning: the affairs of \(merged.name) are not of one family (\(names)); only affairs of one family may merge (\(article))")
        }
        // With the region's pemetaan figures, the score decides (PP 18/2016 Ps 53; `TypologyAnalysis`).
        if chart.typology != nil, let w = TypologyAnalysis(chart: chart).warranted(affairs: merged.affairs).warranted {
            let text = LocalizedText(id: w.label(.indonesian), en: w.label(.english))
            guard let type = w.unitType else {
                say(id: "Peringatan: menurut pemetaan urusan, urusan \(merged.name) hanya layak diwadahi sebagai \(text.indonesian) (PP 18/2016 Ps 53 dan Lampiran)",
                    en: "Warning: by the mapping of affairs, the affairs of \(merged.name) warrant only \(text.english) (PP 18/2016 Ps 53 and Lampiran)")
                return
            }
            if merged.type == nil {
                merged.type = type
                say(id: "\(merged.name): menurut pemetaan urusan layak \(text.indonesian) (PP 18/2016 Ps 53, 40(6)); tipe itu dipakai",
                    en: "\(merged.name): the mapping of affairs warrants \(text.english) (PP 18/2016 Ps 53, 40(6)); that type is used")
            } else if let t = merged.type, t.rawValue < type.rawValue {
                say(id: "Peringatan: \(merged.name) ditulis tipe \(t.rawValue), padahal menurut pemetaan urusan hanya layak \(text.indonesian) (PP 18/2016 Ps 53)",
                    en: "Warning: \(merged.name) is written as type \(t.rawValue), but the mapping of affairs warrants only \(text.english) (PP 18/2016 Ps 53)")
            } else {
                say(id: "\(merged.name): menurut pemetaan urusan layak \(text.indonesian) (PP 18/2016 Ps 53, 40(6))",
                    en: "\(merged.name): the mapping of affairs warrants \(text.english) (PP 18/2016 Ps 53, 40(6))")
            }
            return
        }
        let types = parts.filter { [.dinas, .badan, .satpolPP].contains($0.kind) }.compactMap(\.type)
        guard types.count == parts.count, let allowed = AffairMerger.mergedType(types) else { return }
        let extra = allowed.extraBidang > 0
        let allowedText = LocalizedText(id: "tipe \(allowed.type.rawValue)" + (extra ? " dengan 5 bidang" : ""),
                                        en: "type \(allowed.type.rawValue)" + (extra ? " with 5 bidang" : ""))
        if merged.type == nil {
            merged.type = allowed.type
            say(id: "\(merged.name) dapat bertipe paling tinggi \(allowedText.indonesian) (PP 18/2016 Ps 40(6), 54(2)); tipe itu dipakai",
                en: "\(merged.name) may be at most \(allowedText.english) (PP 18/2016 Ps 40(6), 54(2)); that type is used")
        } else if let t = merged.type, t.rawValue < allowed.type.rawValue {
            say(id: "Peringatan: \(merged.name) ditulis tipe \(t.rawValue), padahal hasil penggabungan paling tinggi \(allowedText.indonesian) (PP 18/2016 Ps 40(6), 54(2))",
                en: "Warning: \(merged.name) is written as type \(t.rawValue), but the merger allows at most \(allowedText.english) (PP 18/2016 Ps 40(6), 54(2))")
        } else {
            say(id: "\(merged.name) dapat bertipe paling tinggi \(allowedText.indonesian) (PP 18/2016 Ps 40(6), 54(2))",
                en: "\(merged.name) may be at most \(allowedText.english) (PP 18/2016 Ps 40(6), 54(2))")
        }
    }

    mutating func abolish(_ id: String, _ to: String?) throws {
        let u = try unit(id, "abolish.unit")
        if chart.units[u].parent == nil { throw StepError(id: "unit akar tidak dapat dihapus", en: "the root unit cannot be abolished") }
        let doomed = subtree(id)
        var targetUnit: String?, targetPost: String?
        if let to {
            if let p = positionIndex(to) {
                if doomed.contains(chart.positions[p].unit) { throw StepError(id: "tasks_to '\(to)' ikut dihapus", en: "tasks_to '\(to)' is abolished too") }
                targetPost = to
            } else if unitIndex(to) != nil {
                if doomed.contains(to) { throw StepError(id: "tasks_to '\(to)' ikut dihapus", en: "tasks_to '\(to)' is abolished too") }
                targetUnit = to
                targetPost = headOf(to).map { chart.positions[$0].id }
            } else {
                throw StepError(id: "abolish.tasks_to: '\(to)' bukan unit atau jabatan di bagan", en: "abolish.tasks_to: '\(to)' is neither a unit nor a post in the chart")
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
                say(id: "\(current.postsMoved) jabatan pelaksana/fungsional pindah ke \(targetUnit) bersama pegawai dan tugasnya",
                    en: "\(current.postsMoved) staff posts move to \(targetUnit) with their people and tasks")
            }
        }
        let name = chart.units[u].name
        let tasks = abolishPosts(abolished, reason: LocalizedText(id: "unit \(id) dihapus", en: "unit \(id) abolished"))
        chart.units.removeAll { doomed.contains($0.id) }
        current.unitsAbolished += doomed.count
        if doomed.count > 1 {
            say(id: "\(name) dihapus beserta \(doomed.count - 1) unit di bawahnya dan \(abolished.count) jabatan",
                en: "\(name) abolished with \(doomed.count - 1) units below it and \(abolished.count) posts")
        } else {
            say(id: "\(name) dihapus beserta \(abolished.count) jabatan", en: "\(name) abolished with \(abolished.count) posts")
        }
        rehome(tasks, to: targetPost)
    }

    /// Penyetaraan (PermenPANRB 17/2021; domain rules, section 8): administrator → ahli madya, pengawas →
    /// ahli muda, eselon V → ahli pertama, or the `jenjang` the step names; where the holder's rank is
    /// below the jenjang's range the jenjang follows the rank. The post takes a functional title of its
    /// kind. A regency or city keeps every administrator post and the camat: converting one is warned.
    mutating func convert(_ level: Level, _ to: Level, _ jenjang: Jenjang?, _ keepIn: [UnitKind], _ keepUnits: [String], kind: String?) throws {
        guard !to.isStructural, to != .politik else {
            throw StepError(id: "convert.to harus fungsional atau pelaksana", en: "convert.to must be fungsional or pelaksana")
        }
        let target: Jenjang? = to != .fungsional ? nil : jenjang ?? Simulator.penyetaraan(level)
        if to == .fungsional && target == nil {
            throw StepError(id: "convert.to.jenjang: tulis jenjang tujuan; penyetaraan hanya menentukannya untuk administrator dan pengawas",
                            en: "convert.to.jenjang: name the target jenjang; penyetaraan only sets it for administrator and pengawas posts")
        }
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
        let targetText = to == .fungsional ? Position.functionalTitle(kind: kind, jenjang: target) : to.label(.indonesian)
        let targetTextEN = to == .fungsional ? Position.functionalTitle(kind: kind, jenjang: target) : to.label(.english)
        let keptKinds = keepIn.map { $0.label(.indonesian) }.joined(separator: ", ")
        let keptKindsEN = keepIn.map { $0.label(.english) }.joined(separator: ", ")
        say(id: "\(converted) jabatan \(level.label(.indonesian)) disetarakan menjadi \(targetText); \(keptCount) dipertahankan (\(keptKinds))",
            en: "\(converted) \(level.label(.english)) posts converted to \(targetTextEN); \(keptCount) kept (\(keptKindsEN))")
        if followedRank > 0 {
            say(id: "\(followedRank) jabatan mengikuti pangkat pemangkunya karena pangkatnya di bawah rentang \(target?.label ?? "")",
                en: "\(followedRank) posts follow their holder's rank, which is below the \(target?.label ?? "") range")
        }
        if followedEducation > 0 {
            say(id: "\(followedEducation) jabatan menjadi jenjang keterampilan yang setara karena pemangkunya belum S1/D-IV",
                en: "\(followedEducation) posts become the equivalent keterampilan level as their holders lack an S1/D-IV")
        }
        if !dissolved.isEmpty {
            say(id: "\(dissolved.count) seksi/subbidang/subbagian menjadi kelompok jabatan fungsional", en: "\(dissolved.count) seksi/subbidang/subbagian become functional groups")
        }
        if level == .administrator && converted > 0 {
            say(id: "Peringatan: di kabupaten/kota seluruh jabatan administrator dipertahankan (surat Mendagri 800/2603/OTDA); \(converted) jabatan administrator disetarakan",
                en: "Warning: a regency or city keeps every administrator post (Mendagri letter 800/2603/OTDA); \(converted) administrator posts were converted")
        }
        if !camats.isEmpty {
            say(id: "Peringatan: camat adalah jabatan kewilayahan yang dipertahankan; disetarakan: \(camats.joined(separator: ", "))",
                en: "Warning: the camat is a territorial post that stays; converted: \(camats.joined(separator: ", "))")
        }
        if to == .fungsional && kind == nil && converted > 0 {
            say(id: "Jenis jabatan fungsional tidak disebut (convert.to.functional_kind): tunjangan fungsionalnya tidak dapat dihitung",
                en: "No kind of functional post given (convert.to.functional_kind): its functional allowance cannot be costed")
        }
        say(id: "pemangku tetap di jabatannya; tunjangan struktural diganti tunjangan fungsional jabatan barunya (PermenPANRB 17/2021)",
            en: "holders stay in their posts; the structural allowance is replaced by the functional allowance of the new post (PermenPANRB 17/2021)")
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
