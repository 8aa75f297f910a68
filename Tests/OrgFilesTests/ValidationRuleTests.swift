import Testing
import OrgFiles
import OrgModel
import TestSupport

/// One rule of "What a valid file guarantees": a change to the small chart, and the problem it must
/// produce, as a value (the case and its data, so that rewording a message never breaks a test and a wrong
/// field, id or suggestion always does), at the line of `at` (by default the first line of the changed text).
/// What each problem reads like, in both languages, is pinned by `Tests/Golden/messages/rules.txt`.
struct RuleCase: CustomTestStringConvertible, Sendable {
    let name: String
    let old: String
    let new: String
    let severity: ChartIssue.Severity
    let problem: Problem
    let at: String?
    let also: (String, String)?

    init(_ name: String, _ old: String, _ new: String, _ problem: Problem, at: String? = nil,
         also: (String, String)? = nil) {
        self.init(name, old, new, .error, problem, at: at, also: also)
    }

    init(_ name: String, _ old: String, _ new: String, _ severity: ChartIssue.Severity, _ problem: Problem,
         at: String? = nil, also: (String, String)? = nil) {
        self.name = name
        self.old = old
        self.new = new
        self.severity = severity
        self.problem = problem
        self.at = at
        self.also = also
    }

    var testDescription: String { name }

    var yaml: String {
        precondition(smallChartYAML.contains(old), "\(name): '\(old)' is not in the small chart")
        var text = smallChartYAML.replacingFirst(old, with: new)
        if let (a, b) = also { text = text.replacingFirst(a, with: b) }
        return text
    }

    var expectedLine: Int {
        let needle = at ?? String(new.split(separator: "\n").first ?? "")
        return lineNumber(of: needle, in: yaml)!
    }
}


let ruleCases: [RuleCase] = [
    // Unique ids within each section.
    RuleCase("duplicate unit id", "{ id: dinas.bidang, name: Bidang Uji", "{ id: dinas, name: Bidang Uji",
             .duplicateID(kind: .unit, id: "dinas")),
    RuleCase("duplicate position id", "{ id: kabid, title", "{ id: kadis, title", .duplicateID(kind: .position, id: "kadis"),
             at: "title: Kepala Bidang"),
    RuleCase("duplicate NIP", "\"197002021995031001\"", "\"198204152006042003\"",
             .duplicateID(kind: .person, id: "198204152006042003"), at: "Budi Santoso"),
    RuleCase("duplicate competency id", "competencies:\n  - { id: integritas, name: Integritas, kind: managerial }",
             "competencies:\n  - { id: integritas, name: Integritas, kind: managerial }\n  - { id: integritas, name: Lagi, kind: managerial }",
             .duplicateID(kind: .competency, id: "integritas"), at: "name: Lagi"),
    // Every reference resolves.
    RuleCase("unknown parent", "parent: dinas }", "parent: dinsa }", .unknownReference(field: "parent", id: "dinsa", target: .unit, suggestion: "dinas")),
    RuleCase("unknown unit of a post", "unit: dinas.bidang, head: true", "unit: dinas.bidnag, head: true",
             .unknownReference(field: "unit", id: "dinas.bidnag", target: .unit, suggestion: "dinas.bidang")),
    RuleCase("unknown reports_to", "level: pelaksana\n", "level: pelaksana\n    reports_to: kepala\n",
             .unknownReference(field: "reports_to", id: "kepala", target: .position, suggestion: nil), at: "reports_to: kepala"),
    RuleCase("unknown position of a person", "position: staf, since", "position: staff, since",
             .unknownReference(field: "position", id: "staff", target: .position, suggestion: "staf")),
    RuleCase("unknown required competency", "competencies: { integritas: 1 }", "competencies: { integritas: 1, perizinan: 2 }",
             .unknownReference(field: "requires.competencies.perizinan", id: "perizinan", target: .competency, suggestion: nil)),
    RuleCase("unknown held competency", "competencies: { integritas: 2 }", "competencies: { integritsa: 2 }",
             .unknownReference(field: "competencies.integritsa", id: "integritsa", target: .competency, suggestion: "integritas")),
    RuleCase("unknown career path start", "{ from: staf, to: kabid", "{ from: pelaksana, to: kabid",
             .unknownReference(field: "from", id: "pelaksana", target: .position, suggestion: nil)),
    RuleCase("unknown career path end", "{ from: staf, to: kabid", "{ from: staf, to: kasi",
             .unknownReference(field: "to", id: "kasi", target: .position, suggestion: nil)),
    RuleCase("unknown dotted line", "level: pelaksana\n", "level: pelaksana\n    dotted: [kasubbag]\n",
             .unknownReference(field: "dotted", id: "kasubbag", target: .position, suggestion: nil), at: "dotted: [kasubbag]"),
    // Exactly one root unit; no cycle in the unit tree or the chain of command.
    RuleCase("two root units", "kind: dinas, parent: pemda,", "kind: dinas,", .severalRootUnits(ids: ["pemda", "dinas"])),
    RuleCase("no root unit", "{ id: pemda, name: Pemerintah Kabupaten Uji, kind: pemda }",
             "{ id: pemda, name: Pemerintah Kabupaten Uji, kind: pemda, parent: dinas.bidang }",
             .unitCycle(ids: ["pemda", "dinas.bidang", "dinas"]), at: "parent: dinas.bidang }"),
    RuleCase("unit is its own parent", "kind: bidang, parent: dinas }", "kind: bidang, parent: dinas.bidang }",
             .selfReference(field: "parent", id: "dinas.bidang")),
    RuleCase("chain of command cycle", "level: jpt-pratama, eselon: II.b, grade: 14 }",
             "level: jpt-pratama, eselon: II.b, grade: 14, reports_to: kabid }",
             .chainCycle(ids: ["kadis", "kabid"])),
    RuleCase("reports to itself", "level: pelaksana\n", "level: pelaksana\n    reports_to: staf\n",
             .selfReference(field: "reports_to", id: "staf"), at: "reports_to: staf"),
    RuleCase("root post reports to someone", "head: true, level: politik }", "head: true, level: politik, reports_to: kadis }",
             .rootPostReportsTo(position: "bupati")),
    RuleCase("root unit without head", "unit: pemda, head: true, level: politik", "unit: pemda, level: politik",
             .rootUnitWithoutHead(unit: "pemda"), at: "{ id: pemda,"),
    // At most one head per unit.
    RuleCase("two heads", "level: pelaksana\n", "level: pelaksana\n    head: true\n",
             .severalHeads(unit: "dinas.bidang", heads: ["kabid", "staf"]), at: "    head: true"),
    // Vocabularies respected.
    RuleCase("unknown unit kind", "kind: bidang,", "kind: bidnag,", .unknownValue(field: "kind", value: "bidnag", allowed: UnitKind.allSpellings, suggestion: "bidang")),
    RuleCase("unknown unit type", "type: B }", "type: D }", .unknownValue(field: "type", value: "D", allowed: UnitType.allSpellings, suggestion: "A")),
    RuleCase("type for a kind without one", "kind: bidang, parent: dinas }", "kind: bidang, parent: dinas, type: A }",
             .typeNotAllowed(kind: .bidang, type: .a, allowed: [])),
    RuleCase("unknown level", "level: pelaksana\n", "level: staf\n", .unknownValue(field: "level", value: "staf", allowed: Level.allSpellings, suggestion: nil)),
    RuleCase("unknown eselon", "eselon: III.b", "eselon: III.c", .unknownValue(field: "eselon", value: "III.c", allowed: Eselon.allSpellings, suggestion: "III.a")),
    RuleCase("unknown rank", "rank: II/c,", "rank: II/e,", .unknownValue(field: "rank", value: "II/e", allowed: Rank.allSpellings, suggestion: "II/a")),
    RuleCase("unknown education", "education: S1 }", "education: S4 }", .unknownValue(field: "education", value: "S4", allowed: Education.allSpellings, suggestion: "SD")),
    RuleCase("unknown gender", "gender: P,", "gender: W,", .unknownValue(field: "gender", value: "W", allowed: Gender.allSpellings, suggestion: "P")),
    RuleCase("unknown status", "status: pns,", "status: honorer,", .unknownValue(field: "status", value: "honorer", allowed: EmploymentStatus.allSpellings, suggestion: nil)),
    RuleCase("unknown region", "region: kabupaten", "region: provinsi", .unknownValue(field: "region", value: "provinsi", allowed: Region.allSpellings, suggestion: nil)),
    RuleCase("unknown competency kind", "kind: managerial }", "kind: manajerial }",
             .unknownValue(field: "kind", value: "manajerial", allowed: CompetencyKind.allSpellings, suggestion: "managerial")),
    RuleCase("unknown performance", "competencies: { integritas: 2 } }", "competencies: { integritas: 2 }, performance: bagus }",
             .unknownValue(field: "performance", value: "bagus", allowed: Performance.allSpellings, suggestion: nil)),
    RuleCase("unknown jenjang", "level: pelaksana\n", "level: fungsional\n    jenjang: ahli\n", .unknownValue(field: "jenjang", value: "ahli", allowed: Jenjang.allSpellings, suggestion: nil),
             at: "jenjang: ahli"),
    // Eselon consistent with level; jenjang for functional posts.
    RuleCase("eselon required", "level: administrator, eselon: III.b,", "level: administrator,",
             .eselonRequired(level: .administrator)),
    RuleCase("eselon inconsistent with level", "level: administrator, eselon: III.b,", "level: administrator, eselon: IV.a,",
             .eselonLevelMismatch(eselon: .ivA, level: .administrator)),
    RuleCase("eselon on a non-structural post", "level: pelaksana\n", "level: pelaksana\n    eselon: IV.b\n",
             .eselonForbidden(level: .pelaksana), at: "eselon: IV.b"),
    RuleCase("functional post without jenjang", "level: pelaksana\n", "level: fungsional\n",
             .jenjangRequired),
    RuleCase("jenjang on a non-functional post", "level: pelaksana\n", "level: pelaksana\n    jenjang: terampil\n",
             .jenjangForbidden(level: .pelaksana), at: "jenjang: terampil"),
    // Seats, volumes, minutes, levels, grades in range.
    RuleCase("seats below 1", "seats: 2", "seats: 0", .outOfRange(field: "seats", value: "0", allowed: .integers(1...10_000))),
    RuleCase("seats not a number", "seats: 2", "seats: dua", .wrongType(field: "seats", expected: .wholeNumber, found: "dua")),
    RuleCase("negative volume", "volume: 3000", "volume: -5", .outOfRange(field: "workload.volume", value: "-5", allowed: .numbers(0...10_000_000))),
    RuleCase("minutes not a number", "minutes: 15", "minutes: lima belas", .wrongType(field: "workload.minutes", expected: .number, found: "lima belas")),
    RuleCase("competency level above 5", "competencies: { integritas: 2 }", "competencies: { integritas: 6 }",
             .outOfRange(field: "competencies.integritas", value: "6", allowed: "1–5")),
    RuleCase("required level below 1", "competencies: { integritas: 1 }", "competencies: { integritas: 0 }",
             .outOfRange(field: "requires.competencies.integritas", value: "0", allowed: "1–5")),
    RuleCase("grade above 17", "grade: 14", "grade: 18", .outOfRange(field: "grade", value: "18", allowed: .integers(1...17))),
    // Dates real; as_of present.
    RuleCase("impossible date", "since: 2021-03-01", "since: 2021-02-30", .invalidDate(field: "since", value: "2021-02-30")),
    RuleCase("date in the wrong order", "since: 2021-03-01", "since: 01-03-2021",
             .dateNotISO(field: "since", value: "01-03-2021", meant: Day(year: 2021, month: 3, day: 1)!)),
    RuleCase("as_of missing", "  as_of: 2026-01-01\n", "", .missingField(field: "as_of"), at: "id: kab-uji"),
    RuleCase("as_of not a date", "as_of: 2026-01-01", "as_of: awal 2026", .invalidDate(field: "as_of", value: "awal 2026")),
    // NIP well formed and agreeing with born/gender.
    RuleCase("NIP too short", "\"197002021995031001\"", "\"19700202199503100\"",
             .nipMalformed(nip: "19700202199503100", reason: .notEighteenDigits(count: 17))),
    RuleCase("NIP with letters", "\"197002021995031001\"", "\"19700202199503100X\"",
             .nipMalformed(nip: "19700202199503100X", reason: .notADigit)),
    RuleCase("NIP birth date impossible", "\"197002021995031001\"", "\"197002301995031001\"",
             .nipMalformed(nip: "197002301995031001", reason: .noSuchBirthDate("19700230"))),
    RuleCase("NIP gender digit", "\"197002021995031001\"", "\"197002021995033001\"",
             .nipMalformed(nip: "197002021995033001", reason: .genderDigit("3"))),
    RuleCase("born disagrees with NIP", "born: 1982-04-15", "born: 1982-05-15",
             .nipBornMismatch(nip: "198204152006042003", written: Day(year: 1982, month: 5, day: 15)!, encoded: Day(year: 1982, month: 4, day: 15)!)),
    RuleCase("gender disagrees with NIP", "gender: P,", "gender: L,", .nipGenderMismatch(nip: "198204152006042003", written: .male, encoded: .female)),
    // Format and required fields.
    RuleCase("format missing", "format: ramping/1\n", "", .formatMissing, at: "organisation:"),
    RuleCase("format unsupported", "format: ramping/1", "format: ramping/2", .formatUnsupported(found: "ramping/2")),
    RuleCase("unit without name", "{ id: dinas.bidang, name: Bidang Uji, kind", "{ id: dinas.bidang, kind",
             .missingField(field: "name")),
    RuleCase("position without level", "    level: pelaksana\n", "", .missingField(field: "level"),
             at: "  - id: staf"),
    RuleCase("invalid id", "{ id: dinas.bidang, name", "{ id: dinas bidang, name", .invalidSlug(field: "id", value: "dinas bidang")),
    RuleCase("list expected", "people:\n", "people: Dewi\nstaff:\n", .wrongType(field: "people", expected: .listOfMappings, found: "Dewi"), at: "people: Dewi"),
    RuleCase("mapping expected", "requires: { rank: II/a, education: SMA, competencies: { integritas: 1 } }",
             "requires: II/a", .wrongType(field: "requires", expected: .mapping, found: "II/a")),
    // Warnings: the chart stays valid.
    RuleCase("more people than seats", "seats: 2", "seats: 1", .warning, .overfilled(position: "staf", people: 2, seats: 1),
             at: "seats: 1", also: ("position: kabid, rank: IV/a", "position: staf, rank: IV/a")),
    RuleCase("rank outside the eselon range", "rank: IV/a, education: S1", "rank: III/b, education: S1", .warning,
             .rankOutsideRange(person: "197002021995031001", rank: .iiiB, position: "kabid", eselon: .iiiB)),
    RuleCase("unknown field", "seats: 2", "seats: 2\n    seat: 3", .warning, .unknownField(field: "seat", suggestion: "seats"),
             at: "seat: 3"),
    RuleCase("comma splitting a flow value", "name: Budi Santoso,", "name: Budi Santoso, S.E.,", .warning,
             .commaInFlowValue(fragment: "S.E.")),
    RuleCase("unquoted NIP", "\"197002021995031001\"", "197002021995031001", .warning,
             .nipUnquoted(nip: "197002021995031001")),
    RuleCase("dinas without type", "kind: dinas, parent: pemda, type: B }", "kind: dinas, parent: pemda }", .warning,
             .typeMissing(kind: .dinas)),
    RuleCase("date after as_of", "since: 2021-03-01", "since: 2027-03-01", .warning, .dateAfterAsOf(field: "since", day: Day(year: 2027, month: 3, day: 1)!, asOf: Day(year: 2026, month: 1, day: 1)!)),
]

@Suite("Every rule of a valid file")
struct ValidationRuleTests {
    @Test("the small chart is valid with no warnings")
    func smallChartIsClean() {
        let loaded = load(smallChartYAML)
        #expect(loaded.diagnostics.isEmpty, "\(englishDiagnostics(loaded))")
        #expect(loaded.isValid)
    }

    @Test("a broken chart yields its problem value at the right line", arguments: ruleCases)
    func rule(_ c: RuleCase) {
        let loaded = load(c.yaml)
        let rendered = englishDiagnostics(loaded)
        let match = loaded.diagnostics.first { $0.severity == c.severity && $0.problem == c.problem }
        #expect(match != nil, "expected \(c.severity) \(c.problem), got \(loaded.diagnostics.map(\.problem))")
        #expect(match?.position?.line == c.expectedLine, "at line \(c.expectedLine), got \(rendered)")
        #expect(match?.rendered(.english).hasPrefix("chart.yaml:\(c.expectedLine):") == true)
        // Both languages render it, differently.
        #expect(c.problem.text(.indonesian) != c.problem.text(.english))
        if c.severity == .error {
            #expect(!loaded.isValid && loaded.graph == nil)
        } else {
            #expect(loaded.isValid, "a warning must not invalidate the chart: \(rendered)")
            #expect(!loaded.diagnostics.hasErrors, "\(rendered)")
        }
    }

    @Test("every problem is reported in one run, in file order")
    func allProblemsAtOnce() {
        let yaml = smallChartYAML
            .replacingFirst("kind: bidang,", with: "kind: bidnag,")
            .replacingFirst("seats: 2", with: "seats: 0")
            .replacingFirst("position: staf, since", with: "position: staff, since")
        let loaded = load(yaml)
        let lines = loaded.diagnostics.filter { $0.severity == .error }.compactMap { $0.position?.line }
        #expect(lines.count == 3, "\(englishDiagnostics(loaded))")
        #expect(lines == lines.sorted())
    }

    @Test("the column points at the offending value")
    func column() throws {
        let yaml = smallChartYAML.replacingFirst("type: B }", with: "type: D }")
        let d = try #require(load(yaml).diagnostics.first)
        let line = try #require(d.position?.line)
        let text = yaml.split(separator: "\n", omittingEmptySubsequences: false)[line - 1]
        let column = text.distance(from: text.startIndex, to: text.range(of: "D }")!.lowerBound) + 1
        #expect(d.position?.column == column)
    }

    @Test("messages are Indonesian by default")
    func indonesian() throws {
        let yaml = smallChartYAML.replacingFirst("seats: 2", with: "seats: 0")
        let d = try #require(load(yaml).diagnostics.first)
        #expect(d.message(.indonesian).contains("di luar rentang yang sah"))
        #expect(d.message(.english).contains("outside the valid range"))
    }
}

/// What every rule's problem reads like, located, in Indonesian and English: the rendered messages are
/// pinned by a golden file (re-record with `RAMPING_RECORD=1 swift test --filter GoldenTests`).
@Suite("Every rule's message, in both languages")
struct RuleMessageGoldenTests {
    @Test("each rule's message, as a planner reads it")
    func messages() throws {
        var out = ""
        for c in ruleCases {
            let loaded = load(c.yaml)
            let d = try #require(loaded.diagnostics.first { $0.severity == c.severity && $0.problem == c.problem }, "\(c.name)")
            out += "# \(c.name)\n\(d.rendered(.indonesian))\n\(d.rendered(.english))\n\n"
        }
        if let mismatch = try goldenMismatch(out, "Tests/Golden/messages/rules.txt") { Issue.record(Comment(rawValue: mismatch)) }
    }
}

@Suite("Unknown keys are never lost")
struct UnknownKeyTests {
    @Test("a misspelt id key is reported, not silently dropped")
    func misspeltID() {
        let yaml = smallChartYAML.replacingFirst("{ id: dinas.bidang, name", with: "{ idd: dinas.bidang, name")
        let messages = englishDiagnostics(load(yaml))
        #expect(messages.contains { $0.contains("unknown field 'idd' is ignored (did you mean 'id'?)") }, "\(messages)")
        #expect(messages.contains { $0.contains("required field 'id' is missing") })
    }

    @Test("warnings about keys name their record")
    func named() {
        let yaml = smallChartYAML.replacingFirst("name: Budi Santoso,", with: "name: Budi Santoso, S.E.,")
        let messages = englishDiagnostics(load(yaml))
        #expect(messages.contains { $0.contains("person 197002021995031001: a comma inside") }, "\(messages)")
    }

    @Test("an unknown top-level section is reported")
    func topLevel() {
        let messages = englishDiagnostics(load(smallChartYAML + "jabatan: []\n"))
        #expect(messages.contains { $0.contains("unknown field 'jabatan' is ignored") }, "\(messages)")
    }
}
