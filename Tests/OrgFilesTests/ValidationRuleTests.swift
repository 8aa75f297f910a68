import Testing
import OrgFiles
import OrgModel
import TestSupport

/// One rule of "What a valid file guarantees": a change to the small chart, and the problem it must
/// produce, at the line of `at` (by default the first line of the changed text).
struct RuleCase: CustomTestStringConvertible, Sendable {
    let name: String
    let old: String
    let new: String
    let severity: ChartIssue.Severity
    let message: String
    let at: String?
    let also: (String, String)?

    init(_ name: String, _ old: String, _ new: String, _ message: String, at: String? = nil,
         also: (String, String)? = nil) {
        self.init(name, old, new, .error, message, at: at, also: also)
    }

    init(_ name: String, _ old: String, _ new: String, _ severity: ChartIssue.Severity, _ message: String,
         at: String? = nil, also: (String, String)? = nil) {
        self.name = name
        self.old = old
        self.new = new
        self.severity = severity
        self.message = message
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
             "id 'dinas' is used twice in units"),
    RuleCase("duplicate position id", "{ id: kabid, title", "{ id: kadis, title", "id 'kadis' is used twice in positions",
             at: "title: Kepala Bidang"),
    RuleCase("duplicate NIP", "\"197002021995031001\"", "\"198204152006042003\"",
             "NIP '198204152006042003' is used twice in people", at: "Budi Santoso"),
    RuleCase("duplicate competency id", "competencies:\n  - { id: integritas, name: Integritas, kind: managerial }",
             "competencies:\n  - { id: integritas, name: Integritas, kind: managerial }\n  - { id: integritas, name: Lagi, kind: managerial }",
             "id 'integritas' is used twice in competencies", at: "name: Lagi"),
    // Every reference resolves.
    RuleCase("unknown parent", "parent: dinas }", "parent: dinsa }", "'parent': unit 'dinsa' does not exist (did you mean 'dinas'?)"),
    RuleCase("unknown unit of a post", "unit: dinas.bidang, head: true", "unit: dinas.bidnag, head: true",
             "'unit': unit 'dinas.bidnag' does not exist"),
    RuleCase("unknown reports_to", "level: pelaksana\n", "level: pelaksana\n    reports_to: kepala\n",
             "'reports_to': position 'kepala' does not exist", at: "reports_to: kepala"),
    RuleCase("unknown position of a person", "position: staf, since", "position: staff, since",
             "'position': position 'staff' does not exist (did you mean 'staf'?)"),
    RuleCase("unknown required competency", "competencies: { integritas: 1 }", "competencies: { integritas: 1, perizinan: 2 }",
             "'requires.competencies.perizinan': competency 'perizinan' does not exist"),
    RuleCase("unknown held competency", "competencies: { integritas: 2 }", "competencies: { integritsa: 2 }",
             "competency 'integritsa' does not exist (did you mean 'integritas'?)"),
    RuleCase("unknown career path start", "{ from: staf, to: kabid", "{ from: pelaksana, to: kabid",
             "'from': position 'pelaksana' does not exist"),
    RuleCase("unknown career path end", "{ from: staf, to: kabid", "{ from: staf, to: kasi",
             "'to': position 'kasi' does not exist"),
    RuleCase("unknown dotted line", "level: pelaksana\n", "level: pelaksana\n    dotted: [kasubbag]\n",
             "'dotted': position 'kasubbag' does not exist", at: "dotted: [kasubbag]"),
    // Exactly one root unit; no cycle in the unit tree or the chain of command.
    RuleCase("two root units", "kind: dinas, parent: pemda,", "kind: dinas,", "2 units have no 'parent' (pemda, dinas)"),
    RuleCase("no root unit", "{ id: pemda, name: Pemerintah Kabupaten Uji, kind: pemda }",
             "{ id: pemda, name: Pemerintah Kabupaten Uji, kind: pemda, parent: dinas.bidang }",
             "the unit tree has a cycle: pemda→dinas.bidang→dinas→pemda", at: "parent: dinas.bidang }"),
    RuleCase("unit is its own parent", "kind: bidang, parent: dinas }", "kind: bidang, parent: dinas.bidang }",
             "'parent' of 'dinas.bidang' points to itself"),
    RuleCase("chain of command cycle", "level: jpt-pratama, eselon: II.b, grade: 14 }",
             "level: jpt-pratama, eselon: II.b, grade: 14, reports_to: kabid }",
             "the chain of command has a cycle: kadis→kabid→kadis"),
    RuleCase("reports to itself", "level: pelaksana\n", "level: pelaksana\n    reports_to: staf\n",
             "'reports_to' of 'staf' points to itself", at: "reports_to: staf"),
    RuleCase("root post reports to someone", "head: true, level: politik }", "head: true, level: politik, reports_to: kadis }",
             "'bupati' is the top of the chain of command and cannot have 'reports_to'"),
    RuleCase("root unit without head", "unit: pemda, head: true, level: politik", "unit: pemda, level: politik",
             "the root unit 'pemda' has no head", at: "{ id: pemda,"),
    // At most one head per unit.
    RuleCase("two heads", "level: pelaksana\n", "level: pelaksana\n    head: true\n",
             "unit 'dinas.bidang' has more than one head (kabid, staf)", at: "    head: true"),
    // Vocabularies respected.
    RuleCase("unknown unit kind", "kind: bidang,", "kind: bidnag,", "'kind': unknown value 'bidnag' (did you mean 'bidang'?)"),
    RuleCase("unknown unit type", "type: B }", "type: D }", "'type': unknown value 'D'"),
    RuleCase("type for a kind without one", "kind: bidang, parent: dinas }", "kind: bidang, parent: dinas, type: A }",
             "a unit of kind 'bidang' has no type under PP 18/2016"),
    RuleCase("unknown level", "level: pelaksana\n", "level: staf\n", "'level': unknown value 'staf'"),
    RuleCase("unknown eselon", "eselon: III.b", "eselon: III.c", "'eselon': unknown value 'III.c'"),
    RuleCase("unknown rank", "rank: II/c,", "rank: II/e,", "'rank': unknown value 'II/e'"),
    RuleCase("unknown education", "education: S1 }", "education: S4 }", "'education': unknown value 'S4'"),
    RuleCase("unknown gender", "gender: P,", "gender: W,", "'gender': unknown value 'W'"),
    RuleCase("unknown status", "status: pns,", "status: honorer,", "'status': unknown value 'honorer'"),
    RuleCase("unknown region", "region: kabupaten", "region: provinsi", "'region': unknown value 'provinsi'"),
    RuleCase("unknown competency kind", "kind: managerial }", "kind: manajerial }",
             "'kind': unknown value 'manajerial' (did you mean 'managerial'?)"),
    RuleCase("unknown performance", "competencies: { integritas: 2 } }", "competencies: { integritas: 2 }, performance: bagus }",
             "'performance': unknown value 'bagus'"),
    RuleCase("unknown jenjang", "level: pelaksana\n", "level: fungsional\n    jenjang: ahli\n", "'jenjang': unknown value 'ahli'",
             at: "jenjang: ahli"),
    // Eselon consistent with level; jenjang for functional posts.
    RuleCase("eselon required", "level: administrator, eselon: III.b,", "level: administrator,",
             "a 'administrator' post needs an 'eselon' (III.a/III.b)"),
    RuleCase("eselon inconsistent with level", "level: administrator, eselon: III.b,", "level: administrator, eselon: IV.a,",
             "eselon IV.a does not fit level 'administrator'; use III.a/III.b"),
    RuleCase("eselon on a non-structural post", "level: pelaksana\n", "level: pelaksana\n    eselon: IV.b\n",
             "a 'pelaksana' post is not structural; remove its 'eselon'", at: "eselon: IV.b"),
    RuleCase("functional post without jenjang", "level: pelaksana\n", "level: fungsional\n",
             "a functional post needs a 'jenjang'"),
    RuleCase("jenjang on a non-functional post", "level: pelaksana\n", "level: pelaksana\n    jenjang: terampil\n",
             "'jenjang' is for functional posts only", at: "jenjang: terampil"),
    // Seats, volumes, minutes, levels, grades in range.
    RuleCase("seats below 1", "seats: 2", "seats: 0", "'seats' = 0 is outside the valid range (1–10,000)"),
    RuleCase("seats not a number", "seats: 2", "seats: dua", "'seats' must be a whole number, found 'dua'"),
    RuleCase("negative volume", "volume: 3000", "volume: -5", "'workload.volume' = -5 is outside the valid range (0–10,000,000)"),
    RuleCase("minutes not a number", "minutes: 15", "minutes: lima belas", "'workload.minutes' must be a number, found 'lima belas'"),
    RuleCase("competency level above 5", "competencies: { integritas: 2 }", "competencies: { integritas: 6 }",
             "'competencies.integritas' = 6 is outside the valid range (1–5)"),
    RuleCase("required level below 1", "competencies: { integritas: 1 }", "competencies: { integritas: 0 }",
             "'requires.competencies.integritas' = 0 is outside the valid range (1–5)"),
    RuleCase("grade above 17", "grade: 14", "grade: 18", "'grade' = 18 is outside the valid range (1–17)"),
    // Dates real; as_of present.
    RuleCase("impossible date", "since: 2021-03-01", "since: 2021-02-30", "'since': '2021-02-30' is not a real date"),
    RuleCase("date in the wrong order", "since: 2021-03-01", "since: 01-03-2021",
             "'since': '01-03-2021' is not a YYYY-MM-DD date; if you mean 1 March 2021, write 2021-03-01"),
    RuleCase("as_of missing", "  as_of: 2026-01-01\n", "", "required field 'as_of' is missing", at: "id: kab-uji"),
    RuleCase("as_of not a date", "as_of: 2026-01-01", "as_of: awal 2026", "'as_of': 'awal 2026' is not a real date"),
    // NIP well formed and agreeing with born/gender.
    RuleCase("NIP too short", "\"197002021995031001\"", "\"19700202199503100\"",
             "NIP '19700202199503100' is malformed: it must have 18 digits, not 17"),
    RuleCase("NIP with letters", "\"197002021995031001\"", "\"19700202199503100X\"",
             "NIP '19700202199503100X' is malformed: it may hold digits only"),
    RuleCase("NIP birth date impossible", "\"197002021995031001\"", "\"197002301995031001\"",
             "its first 8 digits (19700230) are not a real birth date"),
    RuleCase("NIP gender digit", "\"197002021995031001\"", "\"197002021995033001\"",
             "digit 15 (3) must be 1 (male) or 2 (female)"),
    RuleCase("born disagrees with NIP", "born: 1982-04-15", "born: 1982-05-15",
             "'born' 1982-05-15 disagrees with NIP 198204152006042003 (born 1982-04-15)"),
    RuleCase("gender disagrees with NIP", "gender: P,", "gender: L,", "'gender' L disagrees with NIP 198204152006042003 (P)"),
    // Format and required fields.
    RuleCase("format missing", "format: ramping/1\n", "", "the line 'format: ramping/1' is missing", at: "organisation:"),
    RuleCase("format unsupported", "format: ramping/1", "format: ramping/2", "format 'ramping/2' is not supported"),
    RuleCase("unit without name", "{ id: dinas.bidang, name: Bidang Uji, kind", "{ id: dinas.bidang, kind",
             "unit 'dinas.bidang': required field 'name' is missing"),
    RuleCase("position without level", "    level: pelaksana\n", "", "position 'staf': required field 'level' is missing",
             at: "  - id: staf"),
    RuleCase("invalid id", "{ id: dinas.bidang, name", "{ id: dinas bidang, name", "'id' 'dinas bidang' is not a valid id"),
    RuleCase("list expected", "people:\n", "people: Dewi\nstaff:\n", "'people' must be a list of entries", at: "people: Dewi"),
    RuleCase("mapping expected", "requires: { rank: II/a, education: SMA, competencies: { integritas: 1 } }",
             "requires: II/a", "'requires' must be a mapping"),
    // Warnings: the chart stays valid.
    RuleCase("more people than seats", "seats: 2", "seats: 1", .warning, "post 'staf' holds 2 people in 1 seats",
             at: "seats: 1", also: ("position: kabid, rank: IV/a", "position: staf, rank: IV/a")),
    RuleCase("rank outside the eselon range", "rank: IV/a, education: S1", "rank: III/b, education: S1", .warning,
             "rank III/b of 197002021995031001 is outside the eselon III.b range (III/d–IV/a, one step below allowed)"),
    RuleCase("unknown field", "seats: 2", "seats: 2\n    seat: 3", .warning, "unknown field 'seat' is ignored (did you mean 'seats'?)",
             at: "seat: 3"),
    RuleCase("comma splitting a flow value", "name: Budi Santoso,", "name: Budi Santoso, S.E.,", .warning,
             "a comma inside { … } starts a new field, so 'S.E.' was read as a field name"),
    RuleCase("unquoted NIP", "\"197002021995031001\"", "197002021995031001", .warning,
             "NIP 197002021995031001 is written as a number; quote it"),
    RuleCase("dinas without type", "kind: dinas, parent: pemda, type: B }", "kind: dinas, parent: pemda }", .warning,
             "'dinas' has no 'type' (A, B or C)"),
    RuleCase("date after as_of", "since: 2021-03-01", "since: 2027-03-01", .warning, "'since' 2027-03-01 is after as_of 2026-01-01"),
]

@Suite("Every rule of a valid file")
struct ValidationRuleTests {
    @Test("the small chart is valid with no warnings")
    func smallChartIsClean() {
        let loaded = load(smallChartYAML)
        #expect(loaded.diagnostics.isEmpty, "\(englishDiagnostics(loaded))")
        #expect(loaded.isValid)
    }

    @Test("a broken chart is reported at the right line", arguments: ruleCases)
    func rule(_ c: RuleCase) {
        let loaded = load(c.yaml)
        let rendered = englishDiagnostics(loaded)
        let match = loaded.diagnostics.first { $0.severity == c.severity && $0.message(.english).contains(c.message) }
        #expect(match != nil, "expected \(c.severity) '\(c.message)', got \(rendered)")
        #expect(match?.position?.line == c.expectedLine, "at line \(c.expectedLine), got \(rendered)")
        #expect(match?.rendered(.english).hasPrefix("chart.yaml:\(c.expectedLine):") == true)
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
