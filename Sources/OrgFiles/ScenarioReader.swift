import Foundation
public import OrgModel

/// The outcome of loading a scenario file.
public struct LoadedScenario: Sendable {
    public let file: String
    public let scenario: Scenario?
    public let diagnostics: [Diagnostic]
    public let unreadable: Bool

    public var isValid: Bool { scenario != nil && !diagnostics.hasErrors }
}

/// Reads scenario files (`format: ramping-scenario/1`), checking each step's shape, with positions.
/// Whether a step's ids exist is the simulator's business: it knows the chart.
public enum ScenarioLoader {
    public static func load(path: String, options: LoadOptions = LoadOptions()) -> LoadedScenario {
        let data: Data
        switch FileReader.read(path, maxBytes: options.maxFileBytes) {
        case .failure(let f):
            return LoadedScenario(file: path, scenario: nil, diagnostics: [Diagnostic(.error, file: path, at: nil, f.problem)], unreadable: f.unreadable)
        case .success(let d): data = d
        }
        switch ChartLoader.decode(data) {
        case .failure(let located):
            return LoadedScenario(file: path, scenario: nil, diagnostics: [Diagnostic(.error, file: path, at: located.position, located.problem)],
                                  unreadable: false)
        case .success(let text): return load(text: text, file: path)
        }
    }

    public static func load(text: String, file: String) -> LoadedScenario {
        func fail(_ problem: Problem, _ position: SourcePosition? = nil) -> LoadedScenario {
            LoadedScenario(file: file, scenario: nil, diagnostics: [Diagnostic(.error, file: file, at: position, problem)], unreadable: false)
        }
        let root: Node
        switch YAMLTree.singleRoot(text) {
        case .failure(let failure): return fail(failure.problem, failure.position)
        case .success(nil): return fail(.scenarioEmpty)
        case .success(let node?): root = node
        }
        let context = ReadContext(file: file, text: text, bytes: text.utf8.count)
        if let scalar = root.scalar, scalar.string.isEmpty { return fail(.scenarioEmpty) }
        guard let top = root.mapping else {
            return fail(.documentNotMapping(found: describe(root), scenario: true), root.mark.map(SourcePosition.init))
        }
        var doc = YAMLFields(top, known: ["format", "name", "base", "steps"], context: context, record: nil)
        doc.reportPending()
        if let format = doc.scalar("format", required: false) {
            if format != Scenario.format { doc.fail("format", doc.values["format"], .formatUnsupported(found: format)) }
        } else {
            context.add(.error, at: SourcePosition(line: 1, column: 1), nil, .formatMissing)
        }
        var scenario = Scenario(name: doc.text("name") ?? URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent,
                                base: doc.text("base"))
        for node in doc.list("steps", required: true) ?? [] {
            guard let m = node.mapping, m.count == 1, let (key, value) = m.first.map({ ($0.key.scalar?.string ?? "", $0.value) }) else {
                context.add(.error, node.mark, nil, .wrongType(field: "steps", expected: .listOfMappings, found: describe(node)))
                continue
            }
            let at = node.mark.map(SourcePosition.init) ?? SourcePosition(line: 1, column: 1)
            if let action = readStep(key, value, context: context, at: node.mark) {
                scenario.steps.append(ScenarioStep(action, line: at.line, column: at.column))
            }
        }
        let diagnostics = context.diagnostics.sortedByPosition()
        return LoadedScenario(file: file, scenario: diagnostics.hasErrors ? nil : scenario, diagnostics: diagnostics, unreadable: false)
    }

    static let steps = ["merge", "abolish", "move", "rename", "convert", "set", "add_unit", "add_position", "remove_position", "place"]

    static func readStep(_ key: String, _ value: Node, context: ReadContext, at mark: Mark?) -> ScenarioStep.Action? {
        guard steps.contains(key) else {
            context.add(.error, mark, nil, .unknownValue(field: "step", value: key, allowed: steps, suggestion: closestSpelling(to: key, among: steps)))
            return nil
        }
        guard let m = value.mapping else {
            context.add(.error, value.mark, nil, .wrongType(field: key, expected: .mapping, found: describe(value)))
            return nil
        }
        let label = RecordLabel(nil, nil)
        switch key {
        case "merge":
            var f = YAMLFields(m, known: ["units", "into", "head"], context: context, record: label, prefix: "merge.")
            let units = (f.list("units", required: true) ?? []).compactMap { $0.scalar?.string }
            let head = f.slug("head")
            guard let into = f.mapping("into") else {
                if f.values["into"] == nil { f.fail("into", nil, .missingField(field: "merge.into")) }
                return nil
            }
            guard let unit = readUnit(into, context: context, prefix: "merge.into."), units.count >= 2 else {
                if units.count < 2 { f.fail("units", f.values["units"], .outOfRange(field: "merge.units", value: String(units.count), allowed: "2 or more units")) }
                return nil
            }
            return f.failed ? nil : .merge(units: units, into: unit, head: head)
        case "abolish":
            var f = YAMLFields(m, known: ["unit", "tasks_to"], context: context, record: label, prefix: "abolish.")
            guard let unit = f.slug("unit", required: true) else { return nil }
            let to = f.slug("tasks_to")
            return f.failed ? nil : .abolish(unit: unit, tasksTo: to)
        case "move":
            var f = YAMLFields(m, known: ["unit", "position", "to"], context: context, record: label, prefix: "move.")
            let unit = f.slug("unit"), position = f.slug("position"), to = f.slug("to", required: true)
            guard let to, !f.failed else { return nil }
            if let unit, position == nil { return .moveUnit(unit: unit, to: to) }
            if let position, unit == nil { return .movePosition(position: position, to: to) }
            f.fail("unit", nil, .missingField(field: "move.unit or move.position (one of them)"))
            return nil
        case "rename":
            var f = YAMLFields(m, known: ["unit", "position", "name", "title"], context: context, record: label, prefix: "rename.")
            let unit = f.slug("unit"), position = f.slug("position")
            if let unit, let name = f.text("name", required: true) { return f.failed ? nil : .renameUnit(unit: unit, name: name) }
            if let position, let title = f.text("title", required: true) { return f.failed ? nil : .renamePosition(position: position, title: title) }
            if unit == nil && position == nil { f.fail("unit", nil, .missingField(field: "rename.unit or rename.position")) }
            return nil
        case "convert":
            var f = YAMLFields(m, known: ["level", "to", "keep_in", "keep_units"], context: context, record: label, prefix: "convert.")
            let level = f.vocabulary("level", Level.self, required: true)
            var keepIn: [UnitKind] = []
            for node in f.list("keep_in") ?? [] {
                if let s = node.scalar?.string, let k = UnitKind(rawValue: s) { keepIn.append(k) } else {
                    f.fail("keep_in", node, .unknownValue(field: "convert.keep_in", value: describe(node), allowed: UnitKind.allSpellings,
                                                          suggestion: node.scalar.flatMap { suggestion(for: $0.string, in: UnitKind.self) }))
                }
            }
            let keepUnits = (f.list("keep_units") ?? []).compactMap { $0.scalar?.string }
            guard let target = f.mapping("to") else {
                if f.values["to"] == nil { f.fail("to", nil, .missingField(field: "convert.to")) }
                return nil
            }
            var t = YAMLFields(target, known: ["level", "jenjang", "functional_kind"], context: context, record: label, prefix: "convert.to.")
            let toLevel = t.vocabulary("level", Level.self, required: true)
            // Without a jenjang, the penyetaraan of the level (PermenPANRB 17/2021) decides it.
            let jenjang = t.vocabulary("jenjang", Jenjang.self)
            let kind = t.slug("functional_kind")
            guard let level, let toLevel, !f.failed, !t.failed else { return nil }
            return .convert(level: level, to: toLevel, jenjang: jenjang, keepIn: keepIn, keepUnits: keepUnits, kind: kind)
        case "set":
            var f = YAMLFields(m, known: ["position", "seats", "title", "grade"], context: context, record: label, prefix: "set.")
            guard let position = f.slug("position", required: true) else { return nil }
            let seats = f.int("seats", range: ChartBounds.seats), title = f.text("title"), grade = f.int("grade", range: 1...17)
            return f.failed ? nil : .set(position: position, seats: seats, title: title, grade: grade)
        case "add_unit":
            return readUnit(m, context: context, prefix: "add_unit.").map { .addUnit($0) }
        case "add_position":
            // The same fields as a post in a chart, read by the chart reader.
            let reader = ChartReader(context: context)
            guard let (post, _, complete) = reader.readPosition(m), complete else { return nil }
            return .addPosition(post)
        case "remove_position":
            var f = YAMLFields(m, known: ["position", "tasks_to"], context: context, record: label, prefix: "remove_position.")
            guard let position = f.slug("position", required: true) else { return nil }
            let to = f.slug("tasks_to")
            return f.failed ? nil : .removePosition(position: position, tasksTo: to)
        case "place":
            var f = YAMLFields(m, known: ["strategy", "include_holders"], context: context, record: label, prefix: "place.")
            if let strategy = f.scalar("strategy", required: false), strategy != "merit" {
                f.fail("strategy", f.values["strategy"], .unknownValue(field: "place.strategy", value: strategy, allowed: ["merit"], suggestion: nil))
            }
            let holders = f.bool("include_holders") ?? false
            return f.failed ? nil : .place(includeHolders: holders)
        default:
            return nil
        }
    }

    static func readUnit(_ m: Node.Mapping, context: ReadContext, prefix: String) -> OrgModel.Unit? {
        var f = YAMLFields(m, known: ["id", "name", "kind", "parent", "type", "affairs"], context: context, record: RecordLabel(nil, nil), prefix: prefix)
        let id = f.slug("id", required: true), name = f.text("name", required: true)
        let kind = f.vocabulary("kind", UnitKind.self, required: true)
        let parent = f.slug("parent"), type = f.vocabulary("type", UnitType.self)
        let affairs = (f.list("affairs") ?? []).compactMap { $0.scalar?.string }
        guard let id, let name, let kind, !f.failed else { return nil }
        return OrgModel.Unit(id: id, name: name, kind: kind, parent: parent, type: type, affairs: affairs)
    }
}
