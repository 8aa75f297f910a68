public import OrgModel

/// Writes an `OrgChart` as an OrgChart file (`format: ramping/1`) in one canonical form: sections and
/// fields in the order of the format guide, one record a line (block style for posts with requirements
/// or workload), text quoted where YAML would misread it. The same chart always gives the same bytes,
/// and `ChartLoader` reads it back to an equal chart.
public enum ChartWriter {
    public static func yaml(_ chart: OrgChart, header: [String] = []) -> String {
        var out = header.map { "# \($0)\n" }.joined()
        out += "format: \(OrgChart.format)\n"
        let o = chart.organisation
        out += "organisation:\n"
        out += "  id: \(id(o.id))\n"
        out += "  name: \(text(o.name))\n"
        out += "  region: \(o.region.rawValue)\n"
        if let p = o.province { out += "  province: \(text(p))\n" }
        if let g = o.geoFactor { out += "  geo_factor: \(number(g))\n" }
        out += "  as_of: \(o.asOf)\n"
        if let a = o.apbd { out += "  apbd: \(number(a))\n" }
        let settings = settingsFields(o.settings)
        if !settings.isEmpty { out += "  settings: { \(settings.joined(separator: ", ")) }\n" }
        if !chart.competencies.isEmpty {
            out += "competencies:\n"
            for c in chart.competencies {
                out += "  - { id: \(id(c.id)), name: \(text(c.name)), kind: \(c.kind.rawValue) }\n"
            }
        }
        if !chart.units.isEmpty {
            out += "units:\n"
            for u in chart.units { out += "  - { \(unitFields(u).joined(separator: ", ")) }\n" }
        }
        if !chart.positions.isEmpty {
            out += "positions:\n"
            for p in chart.positions { out += position(p) }
        }
        if !chart.people.isEmpty {
            out += "people:\n"
            for p in chart.people { out += "  - { \(personFields(p).joined(separator: ", ")) }\n" }
        }
        if !chart.careerPaths.isEmpty {
            out += "career_paths:\n"
            for c in chart.careerPaths {
                var f = ["from: \(id(c.from))", "to: \(id(c.to))"]
                if let y = c.minYears { f.append("min_years: \(number(y))") }
                out += "  - { \(f.joined(separator: ", ")) }\n"
            }
        }
        if let t = chart.typology { out += typology(t, units: chart.units.map(\.id)) }
        return out
    }

    /// The `typology:` section: general variables, then each affair's indicators in the Lampiran's order,
    /// then each kecamatan's (Lampiran IV.B.H) in the chart's order of units.
    static func typology(_ t: TypologyInput, units: [String]) -> String {
        var out = "typology:\n"
        if let p = t.population { out += "  population: \(number(p))\n" }
        if let a = t.area { out += "  area: \(number(a))\n" }
        let tables = TypologyTables.technical.filter { t.indicators[$0.id] != nil }
        if !tables.isEmpty {
            out += "  affairs:\n"
            for table in tables {
                let values = table.indicators.compactMap { i in t.indicators[table.id]?[i.id].map { "\(i.id): \(number($0))" } }
                out += "    \(table.id): { \(values.joined(separator: ", ")) }\n"
            }
        }
        let kecamatan = units.filter { t.kecamatan[$0] != nil }
        if !kecamatan.isEmpty {
            out += "  kecamatan:\n"
            for unit in kecamatan {
                let values = TypologyTables.kecamatan.indicators.compactMap { i in t.kecamatan[unit]?[i.id].map { "\(i.id): \(number($0))" } }
                out += "    \(unit): { \(values.joined(separator: ", ")) }\n"
            }
        }
        return out
    }

    static func settingsFields(_ s: Settings) -> [String] {
        let d = Settings()
        var f: [String] = []
        if s.effectiveHours != d.effectiveHours { f.append("effective_hours: \(number(s.effectiveHours))") }
        if s.sensitivityHours != d.sensitivityHours { f.append("sensitivity_hours: [\(s.sensitivityHours.map(number).joined(separator: ", "))]") }
        for setting in Settings.integerSettings where s[keyPath: setting.path] != d[keyPath: setting.path] {
            f.append("\(setting.key): \(s[keyPath: setting.path])")
        }
        for setting in Settings.integerListSettings where s[keyPath: setting.path] != d[keyPath: setting.path] {
            f.append("\(setting.key): [\(s[keyPath: setting.path].map(String.init).joined(separator: ", "))]")
        }
        for setting in Settings.textSettings { if let v = s[keyPath: setting.path] { f.append("\(setting.key): \(text(v))") } }
        if s.effectivenessGrades != d.effectivenessGrades { f.append("ej_grades: [\(s.effectivenessGrades.map(number).joined(separator: ", "))]") }
        if s.needRounding != d.needRounding { f.append("need_rounding: \(s.needRounding.rawValue)") }
        if !s.structuralAllowance.isEmpty {
            let entries = Eselon.allCases.compactMap { e in s.structuralAllowance[e].map { "\(e.rawValue): \($0)" } }
            f.append("structural_allowance: { \(entries.joined(separator: ", ")) }")
        }
        if !s.functionalAllowance.isEmpty {
            let kinds = s.functionalAllowance.keys.sorted().map { k in
                "\(id(k)): { " + Jenjang.allCases.compactMap { j in s.functionalAllowance[k]?[j].map { "\(j.rawValue): \($0)" } }.joined(separator: ", ") + " }"
            }
            f.append("functional_allowance: { \(kinds.joined(separator: ", ")) }")
        }
        if !s.retirementAgeByKind.isEmpty {
            f.append("retirement_age: { " + s.retirementAgeByKind.keys.sorted().map { "\(id($0)): \(s.retirementAgeByKind[$0]!)" }.joined(separator: ", ") + " }")
        }
        if s.pelaksanaEducation != d.pelaksanaEducation { f.append("pelaksana_education: \(s.pelaksanaEducation.rawValue)") }
        if !s.tpp.isEmpty { f.append("tpp: { " + s.tpp.keys.sorted().map { "\($0): \(s.tpp[$0]!)" }.joined(separator: ", ") + " }") }
        if !s.baseSalary.isEmpty {
            let entries = Rank.allCases.compactMap { r in s.baseSalary[r].map { "\(r.rawValue): [\($0.lowerBound), \($0.upperBound)]" } }
            f.append("gaji_pokok: { \(entries.joined(separator: ", ")) }")
        }
        if s.personnelSpendingCeiling != d.personnelSpendingCeiling { f.append("belanja_pegawai_ceiling: \(number(s.personnelSpendingCeiling))") }
        if s.pppkShare != d.pppkShare { f.append("pppk_share: \(number(s.pppkShare))") }
        return f
    }

    static func position(_ p: Position) -> String {
        let (fields, blocks) = positionParts(p)
        if blocks.isEmpty { return "  - { \(fields.joined(separator: ", ")) }\n" }
        return "  - " + (fields + blocks).joined(separator: "\n    ") + "\n"
    }

    /// A post's fields as a chart writes them, one a line (`workload:`'s tasks indented under it): what a
    /// scenario's `add_position` holds too, read back by the same reader as a chart's post.
    public static func positionLines(_ p: Position) -> [String] {
        let (fields, blocks) = positionParts(p)
        return fields + blocks
    }

    /// The one-line fields (a flow mapping when alone), then `requires:` and `workload:` when the post has them.
    static func positionParts(_ p: Position) -> (fields: [String], blocks: [String]) {
        var f = ["id: \(id(p.id))", "title: \(text(p.title))", "unit: \(id(p.unit))"]
        if p.head { f.append("head: true") }
        f.append("level: \(p.level.rawValue)")
        if let e = p.eselon { f.append("eselon: \(e.rawValue)") }
        if let j = p.jenjang { f.append("jenjang: \(j.rawValue)") }
        if let k = p.functionalKind { f.append("functional_kind: \(id(k))") }
        if let g = p.grade { f.append("grade: \(g)") }
        if p.seats != 1 { f.append("seats: \(p.seats)") }
        if let r = p.reportsTo { f.append("reports_to: \(id(r))") }
        if !p.dotted.isEmpty { f.append("dotted: [\(p.dotted.map(id).joined(separator: ", "))]") }
        var requires: [String] = []
        if let r = p.requires.rank { requires.append("rank: \(r.rawValue)") }
        if let e = p.requires.education { requires.append("education: \(e.rawValue)") }
        if !p.requires.competencies.isEmpty { requires.append("competencies: \(levels(p.requires.competencies))") }
        var blocks: [String] = []
        if !requires.isEmpty { blocks.append("requires: { \(requires.joined(separator: ", ")) }") }
        if !p.workload.isEmpty {
            blocks.append("workload:")
            for t in p.workload { blocks.append("  - { task: \(text(t.task)), volume: \(number(t.volume)), minutes: \(number(t.minutes)) }") }
        }
        return (f, blocks)
    }

    /// A unit's fields as a chart writes them (a scenario's `add_unit` holds the same).
    public static func unitFields(_ u: OrgModel.Unit) -> [String] {
        var f = ["id: \(id(u.id))", "name: \(text(u.name))", "kind: \(u.kind.rawValue)"]
        if let p = u.parent { f.append("parent: \(id(p))") }
        if let t = u.type { f.append("type: \(t.rawValue)") }
        if !u.affairs.isEmpty { f.append("affairs: [\(u.affairs.map(text).joined(separator: ", "))]") }
        return f
    }

    static func personFields(_ p: Person) -> [String] {
        var f = ["nip: \"\(p.nip)\"", "name: \(text(p.name))"]
        if let v = p.position { f.append("position: \(id(v))") }
        if let v = p.since { f.append("since: \(v)") }
        if let v = p.acting { f.append("acting: \(id(v))") }
        if let v = p.rank { f.append("rank: \(v.rawValue)") }
        if let v = p.rankSince { f.append("rank_since: \(v)") }
        if let v = p.education { f.append("education: \(v.rawValue)") }
        if let v = p.born { f.append("born: \(v)") }
        if let v = p.gender { f.append("gender: \(v.rawValue)") }
        if let v = p.status { f.append("status: \(v.rawValue)") }
        if !p.competencies.isEmpty { f.append("competencies: \(levels(p.competencies))") }
        if let v = p.performance { f.append("performance: \(v.rawValue)") }
        if let v = p.potential { f.append("potential: \(v.rawValue)") }
        return f
    }

    static func levels(_ list: [CompetencyLevel]) -> String {
        "{ " + list.map { "\(id($0.competency)): \($0.level)" }.joined(separator: ", ") + " }"
    }

    /// A number as YAML reads it back exactly: whole numbers without a fraction.
    public static func number(_ d: Double) -> String {
        if d == d.rounded(), abs(d) < 1e15 { return String(Int(d)) }
        return String(d)
    }

    /// An id: plain when YAML reads it back as the same text, quoted otherwise (`"2026"`, `"true"`).
    static func id(_ s: String) -> String {
        let special: Set<String> = ["true", "false", "yes", "no", "on", "off", "null", "y", "n", "~"]
        let looksNumeric = s.first.map { $0.isNumber || $0 == "." || $0 == "-" } ?? true
        return looksNumeric || special.contains(s.lowercased()) || Day(iso: s) != nil ? quoted(s) : s
    }

    /// Free text: always double-quoted, so commas, colons and '#' stay part of it.
    static func text(_ s: String) -> String { quoted(s) }

    static func quoted(_ s: String) -> String {
        var out = ""
        appendQuoted(s, to: &out, escapeDelete: true)
        return out
    }
}
