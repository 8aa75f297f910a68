/// A restructuring script (`format: ramping-scenario/1`): steps applied in order to a copy of a chart.
public struct Scenario: Hashable, Sendable {
    public static let format = "ramping-scenario/1"

    public var name: String
    /// The chart the scenario is written for, relative to the scenario file.
    public var base: String?
    public var steps: [ScenarioStep]

    public init(name: String, base: String? = nil, steps: [ScenarioStep] = []) {
        self.name = name
        self.base = base
        self.steps = steps
    }
}

/// One step of a scenario, with where it was written (line and column, from 1).
public struct ScenarioStep: Hashable, Sendable {
    public enum Action: Hashable, Sendable {
        /// Several units become one; their children and posts move into it; `head` continues as its head.
        case merge(units: [String], into: Unit, head: String?)
        /// A unit and its subtree are abolished; `tasksTo` (a post or a unit) receives the work.
        case abolish(unit: String, tasksTo: String?)
        case moveUnit(unit: String, to: String)
        /// A post moves to another unit with its holders and its workload.
        case movePosition(position: String, to: String)
        case renameUnit(unit: String, name: String)
        case renamePosition(position: String, title: String)
        /// Bureaucracy simplification: posts of `level` become `to` (with `jenjang`, by default the
        /// penyetaraan of the level, and of the kind of functional post `kind`), except in units of the
        /// kinds in `keepIn` (or below them) and in the units `keepUnits`.
        case convert(level: Level, to: Level, jenjang: Jenjang?, keepIn: [UnitKind], keepUnits: [String], kind: String? = nil)
        case set(position: String, seats: Int?, title: String?, grade: Int?)
        case addUnit(Unit)
        case addPosition(Position)
        case removePosition(position: String, tasksTo: String?)
        /// Fill vacancies from the pool by merit (`includeHolders`: people in posts may move too).
        case place(includeHolders: Bool)
    }

    public var action: Action
    public var line: Int
    public var column: Int

    public init(_ action: Action, line: Int = 0, column: Int = 0) {
        self.action = action
        self.line = line
        self.column = column
    }

    /// The step's name as the file writes it.
    public var name: String {
        switch action {
        case .merge: "merge"
        case .abolish: "abolish"
        case .moveUnit, .movePosition: "move"
        case .renameUnit, .renamePosition: "rename"
        case .convert: "convert"
        case .set: "set"
        case .addUnit: "add_unit"
        case .addPosition: "add_position"
        case .removePosition: "remove_position"
        case .place: "place"
        }
    }
}
