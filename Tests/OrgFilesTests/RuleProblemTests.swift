import Testing
import OrgFiles
import OrgModel
import TestSupport

/// The problem each rule case of `ruleCases` must produce, as a value: the case and its data, so that
/// rewording a message never breaks a test and a wrong field, id or suggestion always does.
let ruleProblems: [String: Problem] = [
    "duplicate unit id": .duplicateID(kind: .unit, id: "dinas"),
    "duplicate position id": .duplicateID(kind: .position, id: "kadis"),
    "duplicate NIP": .duplicateID(kind: .person, id: "198204152006042003"),
    "duplicate competency id": .duplicateID(kind: .competency, id: "integritas"),
    "unknown parent": .unknownReference(field: "parent", id: "dinsa", target: .unit, suggestion: "dinas"),
    "unknown unit of a post": .unknownReference(field: "unit", id: "dinas.bidnag", target: .unit, suggestion: "dinas.bidang"),
    "unknown reports_to": .unknownReference(field: "reports_to", id: "kepala", target: .position, suggestion: nil),
    "unknown position of a person": .unknownReference(field: "position", id: "staff", target: .position, suggestion: "staf"),
    "unknown required competency": .unknownReference(field: "requires.competencies.perizinan", id: "perizinan", target: .competency, suggestion: nil),
    "unknown held competency": .unknownReference(field: "competencies.integritsa", id: "integritsa", target: .competency, suggestion: "integritas"),
    "unknown career path start": .unknownReference(field: "from", id: "pelaksana", target: .position, suggestion: nil),
    "unknown career path end": .unknownReference(field: "to", id: "kasi", target: .position, suggestion: nil),
    "unknown dotted line": .unknownReference(field: "dotted", id: "kasubbag", target: .position, suggestion: nil),
    "two root units": .severalRootUnits(ids: ["pemda", "dinas"]),
    "no root unit": .unitCycle(ids: ["pemda", "dinas.bidang", "dinas"]),
    "unit is its own parent": .selfReference(field: "parent", id: "dinas.bidang"),
    "chain of command cycle": .chainCycle(ids: ["kadis", "kabid"]),
    "reports to itself": .selfReference(field: "reports_to", id: "staf"),
    "root post reports to someone": .rootPostReportsTo(position: "bupati"),
    "root unit without head": .rootUnitWithoutHead(unit: "pemda"),
    "two heads": .severalHeads(unit: "dinas.bidang", heads: ["kabid", "staf"]),
    "unknown unit kind": .unknownValue(field: "kind", value: "bidnag", allowed: UnitKind.allSpellings, suggestion: "bidang"),
    "unknown unit type": .unknownValue(field: "type", value: "D", allowed: UnitType.allSpellings, suggestion: "A"),
    "type for a kind without one": .typeNotAllowed(kind: .bidang, type: .a, allowed: []),
    "unknown level": .unknownValue(field: "level", value: "staf", allowed: Level.allSpellings, suggestion: nil),
    "unknown eselon": .unknownValue(field: "eselon", value: "III.c", allowed: Eselon.allSpellings, suggestion: "III.a"),
    "unknown rank": .unknownValue(field: "rank", value: "II/e", allowed: Rank.allSpellings, suggestion: "II/a"),
    "unknown education": .unknownValue(field: "education", value: "S4", allowed: Education.allSpellings, suggestion: "SD"),
    "unknown gender": .unknownValue(field: "gender", value: "W", allowed: Gender.allSpellings, suggestion: "P"),
    "unknown status": .unknownValue(field: "status", value: "honorer", allowed: EmploymentStatus.allSpellings, suggestion: nil),
    "unknown region": .unknownValue(field: "region", value: "provinsi", allowed: Region.allSpellings, suggestion: nil),
    "unknown competency kind": .unknownValue(field: "kind", value: "manajerial", allowed: CompetencyKind.allSpellings, suggestion: "managerial"),
    "unknown performance": .unknownValue(field: "performance", value: "bagus", allowed: Performance.allSpellings, suggestion: nil),
    "unknown jenjang": .unknownValue(field: "jenjang", value: "ahli", allowed: Jenjang.allSpellings, suggestion: nil),
    "eselon required": .eselonRequired(level: .administrator),
    "eselon inconsistent with level": .eselonLevelMismatch(eselon: .ivA, level: .administrator),
    "eselon on a non-structural post": .eselonForbidden(level: .pelaksana),
    "functional post without jenjang": .jenjangRequired,
    "jenjang on a non-functional post": .jenjangForbidden(level: .pelaksana),
    "seats below 1": .outOfRange(field: "seats", value: "0", allowed: .integers(1...10_000)),
    "seats not a number": .wrongType(field: "seats", expected: .wholeNumber, found: "dua"),
    "negative volume": .outOfRange(field: "workload.volume", value: "-5", allowed: .numbers(0...10_000_000)),
    "minutes not a number": .wrongType(field: "workload.minutes", expected: .number, found: "lima belas"),
    "competency level above 5": .outOfRange(field: "competencies.integritas", value: "6", allowed: "1–5"),
    "required level below 1": .outOfRange(field: "requires.competencies.integritas", value: "0", allowed: "1–5"),
    "grade above 17": .outOfRange(field: "grade", value: "18", allowed: .integers(1...17)),
    "impossible date": .invalidDate(field: "since", value: "2021-02-30"),
    "date in the wrong order": .dateNotISO(field: "since", value: "01-03-2021", meant: Day(year: 2021, month: 3, day: 1)!),
    "as_of missing": .missingField(field: "as_of"),
    "as_of not a date": .invalidDate(field: "as_of", value: "awal 2026"),
    "NIP too short": .nipMalformed(nip: "19700202199503100", reason: .notEighteenDigits(count: 17)),
    "NIP with letters": .nipMalformed(nip: "19700202199503100X", reason: .notADigit),
    "NIP birth date impossible": .nipMalformed(nip: "197002301995031001", reason: .noSuchBirthDate("19700230")),
    "NIP gender digit": .nipMalformed(nip: "197002021995033001", reason: .genderDigit("3")),
    "born disagrees with NIP": .nipBornMismatch(nip: "198204152006042003", written: Day(year: 1982, month: 5, day: 15)!, encoded: Day(year: 1982, month: 4, day: 15)!),
    "gender disagrees with NIP": .nipGenderMismatch(nip: "198204152006042003", written: .male, encoded: .female),
    "format missing": .formatMissing,
    "format unsupported": .formatUnsupported(found: "ramping/2"),
    "unit without name": .missingField(field: "name"),
    "position without level": .missingField(field: "level"),
    "invalid id": .invalidSlug(field: "id", value: "dinas bidang"),
    "list expected": .wrongType(field: "people", expected: .listOfMappings, found: "Dewi"),
    "mapping expected": .wrongType(field: "requires", expected: .mapping, found: "II/a"),
    "more people than seats": .overfilled(position: "staf", people: 2, seats: 1),
    "rank outside the eselon range": .rankOutsideRange(person: "197002021995031001", rank: .iiiB, position: "kabid", eselon: .iiiB),
    "unknown field": .unknownField(field: "seat", suggestion: "seats"),
    "comma splitting a flow value": .commaInFlowValue(fragment: "S.E."),
    "unquoted NIP": .nipUnquoted(nip: "197002021995031001"),
    "dinas without type": .typeMissing(kind: .dinas),
    "date after as_of": .dateAfterAsOf(field: "since", day: Day(year: 2027, month: 3, day: 1)!, asOf: Day(year: 2026, month: 1, day: 1)!),
]

@Suite("Every rule of a valid file, as a typed problem")
struct RuleProblemTests {
    @Test("each broken chart yields its problem value at the right line", arguments: ruleCases)
    func problem(_ c: RuleCase) throws {
        let expected = try #require(ruleProblems[c.name], "no typed problem for '\(c.name)'")
        let loaded = load(c.yaml)
        let match = loaded.diagnostics.first { $0.severity == c.severity && $0.problem == expected }
        #expect(match != nil, "expected \(expected), got \(loaded.diagnostics.map(\.problem))")
        #expect(match?.position?.line == c.expectedLine)
        // Both languages render it, differently.
        #expect(expected.text(.indonesian) != expected.text(.english))
    }
}
