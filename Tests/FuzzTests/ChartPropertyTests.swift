import Foundation
import FuzzTargets
import OrgFiles
import OrgModel
import PropertyBased
import Testing
import TestSupport

/// The shape of one generated dinas: its bidang and seksi, its staff post, and people drawn for it.
struct DinasShape: Sendable, CustomStringConvertible {
    var type: Int            // 0 A, 1 B, 2 C
    var bidang: Int          // bidang under the dinas
    var seksiPerBidang: Int  // seksi under each bidang
    var staffSeats: Int      // seats of the staff post in each bidang (bounded: huge counts are issue 9 §1)
    var volume: Double       // yearly volume of the staff post's task (bounded, as above)
    var minutes: Double
    var people: Int          // people drawn for the dinas; some of them in the pool
    var seed: Int            // picks ranks, education, dates and who sits where

    var description: String {
        "dinas(type \(type), \(bidang) bidang × \(seksiPerBidang) seksi, \(staffSeats) seats, \(volume)×\(minutes) min, \(people) people, seed \(seed))"
    }
}

/// A chart generated from a few numbers: a pemda with a Setda and up to four dinas, each down to seksi, with
/// people of every rank, education and age. Bounded so that the crashes known from issue 9 §1 (seats near
/// Int.max, volumes of 1e30, dates in the year 9999) are not reached: those have their own tests.
enum GeneratedChart {
    static let ranks = ["II/a", "II/c", "III/a", "III/b", "III/c", "III/d", "IV/a", "IV/b", "IV/c"]
    static let educations = ["SMA", "D-III", "D-IV", "S1", "S2"]
    static let performances = ["sangat-baik", "baik", "butuh-perbaikan", "kurang", "sangat-kurang"]
    static let potentials = ["tinggi", "menengah", "rendah"]

    static func yaml(_ dinas: [DinasShape], asOfYear: Int, spanNarrow: Int) -> String {
        var units = ["  - { id: pemda, name: Pemerintah Kabupaten Uji, kind: pemda }",
                     "  - { id: setda, name: Sekretariat Daerah, kind: sekretariat-daerah, parent: pemda, type: B }"]
        var posts = ["  - { id: bupati, title: Bupati, unit: pemda, head: true, level: politik }",
                     "  - { id: sekda, title: Sekretaris Daerah, unit: setda, head: true, level: jpt-pratama, eselon: II.a, grade: 16 }"]
        var people: [String] = []
        var paths: [String] = []
        var rng = Xorshift(state: 0x9E37_79B9_7F4A_7C15)
        for (d, shape) in dinas.enumerated() {
            rng = Xorshift(state: UInt64(shape.seed + 1) &* 0x9E37_79B9_7F4A_7C15 | 1)
            let id = "dinas\(d)"
            units.append("  - { id: \(id), name: Dinas \(d), kind: dinas, parent: pemda, type: \(["A", "B", "C"][shape.type]) }")
            posts.append("  - { id: \(id).kadis, title: Kepala Dinas \(d), unit: \(id), head: true, level: jpt-pratama, eselon: II.b, grade: 14 }")
            var dinasPosts = ["\(id).kadis"]
            for b in 0..<shape.bidang {
                let bid = "\(id).b\(b)"
                units.append("  - { id: \(bid), name: Bidang \(b), kind: bidang, parent: \(id) }")
                posts.append("  - { id: \(bid).kabid, title: Kepala Bidang \(b), unit: \(bid), head: true, level: administrator, eselon: III.b, grade: 11 }")
                dinasPosts.append("\(bid).kabid")
                for s in 0..<shape.seksiPerBidang {
                    let sid = "\(bid).s\(s)"
                    units.append("  - { id: \(sid), name: Seksi \(s), kind: seksi, parent: \(bid) }")
                    posts.append("  - { id: \(sid).kasi, title: Kepala Seksi \(s), unit: \(sid), head: true, level: pengawas, eselon: IV.a, grade: 9 }")
                    dinasPosts.append("\(sid).kasi")
                    paths.append("  - { from: \(sid).kasi, to: \(bid).kabid, min_years: \(rng.int(0...4)) }")
                }
                posts.append("""
                      - id: \(bid).staf
                        title: Analis \(b)
                        unit: \(bid)
                        level: \(rng.pick(["pelaksana", "fungsional"]) == "pelaksana" ? "pelaksana\n    grade: 6" : "fungsional\n    jenjang: ahli-pertama\n    grade: 8")
                        seats: \(shape.staffSeats)
                        requires: { rank: \(rng.pick(["II/a", "III/a"])), education: \(rng.pick(["SMA", "S1"])), competencies: { integritas: \(rng.int(1...3)) } }
                        workload:
                          - { task: Tugas \(b), volume: \(shape.volume), minutes: \(shape.minutes) }
                    """)
                dinasPosts.append("\(bid).staf")
            }
            for k in 0..<shape.people {
                let age = rng.int(20...62)
                let born = "\(asOfYear - age)-\(String(format: "%02d", rng.int(1...12)))-\(String(format: "%02d", rng.int(1...28)))"
                let appointed = asOfYear - rng.int(0...max(0, age - 19))
                let female = rng.int(0...1) == 1
                let nip = born.replacingOccurrences(of: "-", with: "") + "\(appointed)01" + (female ? "2" : "1")
                    + String(format: "%03d", (d * 100 + k) % 1000)
                let position = rng.int(0...4) == 0 ? "" : " position: \(rng.pick(dinasPosts)), since: \(appointed)-01-01,"
                people.append("""
                      - { nip: "\(nip)", name: Pegawai \(d)-\(k),\(position) rank: \(rng.pick(ranks)), education: \(rng.pick(educations)), \
                    born: \(born), gender: \(female ? "P" : "L"), status: pns, performance: \(rng.pick(performances)), \
                    potential: \(rng.pick(potentials)), competencies: { integritas: \(rng.int(1...5)) } }
                    """)
            }
        }
        return """
            format: ramping/1
            organisation:
              id: kab-uji
              name: Pemerintah Kabupaten Uji
              region: kabupaten
              as_of: \(asOfYear)-01-01
              settings: { span_narrow: \(spanNarrow) }
            competencies:
              - { id: integritas, name: Integritas, kind: managerial }
            units:
            \(units.joined(separator: "\n"))
            positions:
            \(posts.joined(separator: "\n"))
            people:
            \(people.isEmpty ? "  []" : people.joined(separator: "\n"))
            career_paths:
            \(paths.isEmpty ? "  []" : paths.joined(separator: "\n"))

            """
    }

    static let dinasShape = zip(
        Gen.int(in: 0...2), Gen.int(in: 0...3), Gen.int(in: 0...2), Gen.int(in: 1...40),
        Gen.double(in: 0...20_000), Gen.double(in: 0...600), Gen.int(in: 0...8), Gen.int(in: 0...10_000)
    ).map { DinasShape(type: $0, bidang: $1, seksiPerBidang: $2, staffSeats: $3, volume: $4, minutes: $5, people: $6, seed: $7) }
}

@Suite("Generated charts")
struct ChartPropertyTests {
    /// How many of the generated charts validated, so that the property cannot pass by testing nothing.
    final class Counter: @unchecked Sendable {
        let lock = NSLock()
        var valid = 0, all = 0
        func add(_ isValid: Bool) { lock.lock(); all += 1; if isValid { valid += 1 }; lock.unlock() }
    }

    @Test("a chart that validates survives every analysis, report, export and info, and reads back as written")
    func validChartsSurviveEveryCommand() async {
        let counter = Counter()
        await propertyCheck(count: 40, input: GeneratedChart.dinasShape.array(of: 1...4), Gen.int(in: 2000...2100), Gen.int(in: 1...10)) {
            dinas, year, narrow in
            let yaml = GeneratedChart.yaml(dinas, asOfYear: year, spanNarrow: narrow)
            let loaded = load(yaml, file: "generated.yaml")
            counter.add(loaded.isValid)
            guard loaded.isValid else { return }
            let outcome = FuzzTargets.chart(Data(yaml.utf8))
            #expect(outcome == .accepted, "\(yaml)")
        }
        // Most generated charts are valid (people may land on a post whose rank or age does not fit: that is
        // a compliance finding, not invalid), so the property above was really exercised.
        #expect(counter.valid * 4 >= counter.all * 3, "only \(counter.valid) of \(counter.all) generated charts validated")
    }
}
