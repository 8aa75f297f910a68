import Testing
import OrgAnalysis
import OrgModel
import OrgSimulation
import TestSupport

/// What a replay says is a list of values; the Indonesian report names units and posts, formats
/// numbers the Indonesian way, and holds no English words or ids.
@Suite("Step effects and the change report")
struct StepMessageTests {
    @Test("merge and abolish say what they did as values, with names instead of ids")
    func effects() throws {
        let sim = try run([
            .merge(units: ["da", "db"], into: Unit(id: "dab", name: "Dinas AB", kind: .dinas, type: .b), head: "da.kadis"),
            .abolish(unit: "kec.s1", tasksTo: nil),
            .convert(level: .pengawas, to: .fungsional, jenjang: .ahliPertama, keepIn: [.kecamatan], keepUnits: []),
        ])
        #expect(sim.steps[0].effects == [
            .mergedTypeAllowed(unit: "Dinas AB", type: .b, fifthBidang: false, written: .b),
            .unitsMerged(units: ["Dinas A", "Dinas B"], into: "Dinas AB"),
            .mergedHeadKept(head: "Kadis A", abolished: ["Kadis B"]),
            .tasksRehomed(count: 1, hours: 24, to: "Kadis A"),
        ])
        #expect(sim.steps[1].effects == [.unitAbolished(unit: "Seksi Pelayanan", unitsBelow: 0, posts: 1)])
        #expect(sim.steps[2].effects == [
            .postsConverted(count: 1, level: .pengawas, to: .fungsional, jenjang: .ahliPertama, kept: 0, keptIn: [.kecamatan]),
            .unitsBecameFunctionalGroups(count: 1),
            .functionalKindMissing,
            .holdersKeepIncome,
        ])
        #expect(sim.moves.map(\.reason) == [.mergedHead(into: "Dinas AB"), .unitAbolished(unit: "Seksi Pelayanan")])
        #expect(sim.moves.first?.fromTitle == "Kadis B" && sim.moves.first?.toTitle == nil)
    }

    @Test("the Indonesian report: names, Indonesian numbers and dates, no English and no ids")
    func indonesianReport() throws {
        let sim = try run([
            .merge(units: ["da", "db"], into: Unit(id: "dab", name: "Dinas AB", kind: .dinas, type: .b), head: "da.kadis"),
            .convert(level: .pengawas, to: .fungsional, jenjang: .ahliPertama, keepIn: [], keepUnits: []),
            .abolish(unit: "db.b1", tasksTo: nil),
        ])
        let before = try #require(OrgGraph.resolve(sim.before).graph), after = try #require(OrgGraph.resolve(sim.after).graph)
        let report = sim.markdown(.indonesian, beforeGraph: before, afterGraph: after)
        #expect(report.contains("per 1 Januari 2026"))
        #expect(report.contains("Dinas A dan Dinas B digabung menjadi Dinas AB"))
        #expect(report.contains("disetarakan menjadi jabatan fungsional Ahli Pertama"))
        #expect(report.contains("### 1. Penggabungan unit (baris 10)"))
        // Work no post took over, by the post's title, in hours.
        #expect(report.contains("| Staf B | Surat B | 500 |"))
        for word in ["pool", "merge", "convert", "abolish", "galat", "dialihkan menjadi", "ahli-pertama", "da.kadis", "db.kadis", "(dab)", "da + db"] {
            #expect(!report.contains(word), "'\(word)' in the Indonesian report")
        }
        let english = sim.markdown(.english, beforeGraph: before, afterGraph: after)
        #expect(english.contains("as of 1 January 2026") && english.contains("Dinas A and Dinas B merged into Dinas AB"))
        #expect(!english.contains("1 units") && !english.contains("1 posts") && !english.contains("1 people"))
    }

    @Test("counts read right in English: 1 post, 2 posts")
    func plurals() {
        #expect(StepEffect.unitAbolished(unit: "X", unitsBelow: 1, posts: 1).text(.english) == "X abolished with 1 unit below it and 1 post")
        #expect(StepEffect.unitAbolished(unit: "X", unitsBelow: 2, posts: 1_200).text(.english) == "X abolished with 2 units below it and 1,200 posts")
        #expect(StepEffect.unitAbolished(unit: "X", unitsBelow: 2, posts: 1_200).text(.indonesian) == "X dihapus beserta 2 unit di bawahnya dan 1.200 jabatan")
        #expect(StepEffect.tasksRehomed(count: 3, hours: 1234.56, to: "Y").text(.indonesian) == "3 tugas (1.234,6 jam/tahun) dialihkan ke Y")
    }
}
