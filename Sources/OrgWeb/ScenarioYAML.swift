import Foundation
import OrgFiles
import OrgModel

/// Writes a scenario as the YAML file `ramping simulate` reads (docs/scenarios.md): every kind of step, so a
/// scenario opened from a file and saved again keeps all it holds. A unit or a post it adds is written by
/// ChartWriter, as a chart holds it: the scenario reader reads those fields with the chart reader.
public enum ScenarioYAML {
    /// Every scenario can be written back (kept for callers that ask).
    public static func writable(_ scenario: Scenario) -> Bool { true }

    /// A YAML scalar: plain when safe, else double-quoted with escapes.
    static func scalar(_ s: String) -> String {
        let plain = !s.isEmpty && s.unicodeScalars.allSatisfy { CharacterSet.alphanumerics.contains($0) || " .-_/()".unicodeScalars.contains($0) }
            && !s.hasPrefix(" ") && !s.hasSuffix(" ") && !s.hasPrefix("-") && Double(s) == nil
            && !["true", "false", "yes", "no", "null", "on", "off", "~"].contains(s.lowercased())
        if plain { return s }
        var out = "\""
        for c in s.unicodeScalars {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                if c.value < 0x20 { out += String(format: "\\x%02x", c.value) } else { out.unicodeScalars.append(c) }
            }
        }
        return out + "\""
    }

    static func list(_ items: [String]) -> String { "[" + items.map(scalar).joined(separator: ", ") + "]" }

    public static func write(_ scenario: Scenario, header: String? = nil) -> String {
        var y = ""
        if let header { y += header.split(separator: "\n").map { "# \($0)\n" }.joined() }
        y += "format: \(Scenario.format)\n"
        y += "name: \(scalar(scenario.name))\n"
        if let base = scenario.base { y += "base: \(scalar(base))\n" }
        y += scenario.steps.isEmpty ? "steps: []\n" : "steps:\n"
        for step in scenario.steps {
            switch step.action {
            case .merge(let units, let into, let head):
                y += "  - merge:\n      units: \(list(units))\n"
                var fields = ["id: \(scalar(into.id))", "name: \(scalar(into.name))", "kind: \(into.kind.rawValue)"]
                if let t = into.type { fields.append("type: \(t.rawValue)") }
                if !into.affairs.isEmpty { fields.append("affairs: \(list(into.affairs))") }
                y += "      into: { \(fields.joined(separator: ", ")) }\n"
                if let head { y += "      head: \(scalar(head))\n" }
            case .abolish(let unit, let tasksTo):
                y += "  - abolish: { unit: \(scalar(unit))\(tasksTo.map { ", tasks_to: \(scalar($0))" } ?? "") }\n"
            case .moveUnit(let unit, let to):
                y += "  - move: { unit: \(scalar(unit)), to: \(scalar(to)) }\n"
            case .movePosition(let position, let to):
                y += "  - move: { position: \(scalar(position)), to: \(scalar(to)) }\n"
            case .renameUnit(let unit, let name):
                y += "  - rename: { unit: \(scalar(unit)), name: \(scalar(name)) }\n"
            case .renamePosition(let position, let title):
                y += "  - rename: { position: \(scalar(position)), title: \(scalar(title)) }\n"
            case .convert(let level, let to, let jenjang, let keepIn, let keepUnits, let kind):
                y += "  - convert:\n      level: \(level.rawValue)\n"
                y += "      to: { level: \(to.rawValue)\(jenjang.map { ", jenjang: \($0.rawValue)" } ?? "")\(kind.map { ", functional_kind: \(scalar($0))" } ?? "") }\n"
                if !keepIn.isEmpty { y += "      keep_in: \(list(keepIn.map { $0.rawValue }))\n" }
                if !keepUnits.isEmpty { y += "      keep_units: \(list(keepUnits))\n" }
            case .set(let position, let seats, let title, let grade):
                var fields = ["position: \(scalar(position))"]
                if let seats { fields.append("seats: \(seats)") }
                if let title { fields.append("title: \(scalar(title))") }
                if let grade { fields.append("grade: \(grade)") }
                y += "  - set: { \(fields.joined(separator: ", ")) }\n"
            case .removePosition(let position, let tasksTo):
                y += "  - remove_position: { position: \(scalar(position))\(tasksTo.map { ", tasks_to: \(scalar($0))" } ?? "") }\n"
            case .place(let includeHolders):
                y += "  - place: { strategy: merit\(includeHolders ? ", include_holders: true" : "") }\n"
            case .addUnit(let unit):
                y += "  - add_unit: { \(ChartWriter.unitFields(unit).joined(separator: ", ")) }\n"
            case .addPosition(let post):
                y += "  - add_position:\n" + ChartWriter.positionLines(post).map { "      \($0)\n" }.joined()
            }
        }
        return y
    }
}
