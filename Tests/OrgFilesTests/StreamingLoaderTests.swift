import Foundation
import OrgFiles
import OrgModel
import Testing

/// The big lists are read record by record as libyaml's events arrive; a list behind an anchor (`people: &p`)
/// is read from the tree as before. Both ways must give the same chart, messages and positions.
@Suite("Reading records as the events stream")
struct StreamingLoaderTests {
    /// A chart with mistakes in every streamed list: a bad date, an unknown field, a wrong type, a missing id,
    /// a dangling reference (found when the graph is resolved, placed through the source map).
    static func chart(anchored: Bool) -> String {
        let a = anchored ? " &list" : ""
        return """
        format: ramping/1
        organisation: { id: contoh, name: Kabupaten Contoh, region: kabupaten, as_of: 2026-01-01 }
        competencies:\(a.replacingOccurrences(of: "list", with: "c"))
          - { id: integritas, name: Integritas, kind: sosio-kultural }
          - { id: perencanaan-anggaran-daerah, name: Perencanaan, kind: teknis }
        units:\(a.replacingOccurrences(of: "list", with: "u"))
          - { id: pemda, name: Pemerintah Kabupaten Contoh, kind: pemda }
          - { id: dinas, name: Dinas Pendidikan, kind: dinas, parent: pemda, colour: blue }
          - { name: Tanpa Kode, kind: bidang, parent: dinas }
        positions:\(a.replacingOccurrences(of: "list", with: "p"))
          - { id: bupati, title: Bupati, unit: pemda, head: true, level: politik }
          - id: kadis
            title: Kepala Dinas
            unit: dinas
            head: true
            level: jpt-pratama
            eselon: II.b
            seats: many
            requires: { education: S1, competencies: { perencanaan-anggaran-daerah: 3 } }
        people:\(a.replacingOccurrences(of: "list", with: "q"))
          - nip: "198204152006041003"
            name: Budi Santoso
            position: kadis
            born: 15-04-1982
            competencies: { perencanaan-anggaran-daerah: 7 }
          - { nip: "198501012010012004", name: Sari, position: kasubbag-tidak-ada, rank: III/a }
          - nip: 198601012010011005
            name: Andi
        career_paths:\(a.replacingOccurrences(of: "list", with: "k"))
          - { from: kadis, to: bupati, min_years: 99 }

        """
    }

    @Test("a streamed list and the same list read from the tree give the same messages at the same places")
    func streamedEqualsTree() throws {
        let streamed = ChartLoader.load(text: Self.chart(anchored: false), file: "bagan.yaml")
        let tree = ChartLoader.load(text: Self.chart(anchored: true), file: "bagan.yaml")
        let lines = streamed.diagnostics.map { $0.rendered(.english) }
        // The anchors add text only on the section lines, which no message points at.
        #expect(lines == tree.diagnostics.map { $0.rendered(.english) })
        #expect(lines.count >= 7, "\(lines)")
        #expect(lines.contains { $0.hasPrefix("bagan.yaml:24:") }, "the bad birth date, at its value: \(lines)")
        #expect(lines.contains { $0.hasPrefix("bagan.yaml:26:") }, "the dangling post, found by the resolver: \(lines)")
        #expect(streamed.chart?.people.map(\.nip) == tree.chart?.people.map(\.nip))
        #expect(streamed.chart?.positions.map(\.id) == tree.chart?.positions.map(\.id))
        #expect(streamed.chart?.units.map(\.id) == tree.chart?.units.map(\.id))
    }

    @Test("a record that is not a mapping, and an alias to an earlier record, inside a streamed list")
    func aliasesAndScalarsInAStream() throws {
        let text = """
        format: ramping/1
        organisation: { id: contoh, name: Kabupaten Contoh, region: kabupaten, as_of: 2026-01-01 }
        units:
          - &root { id: pemda, name: Pemerintah Kabupaten Contoh, kind: pemda }
          - just a name
          - *root
        positions:
          - { id: bupati, title: Bupati, unit: pemda, head: true, level: politik }

        """
        let loaded = ChartLoader.load(text: text, file: "bagan.yaml")
        let lines = loaded.diagnostics.map { $0.rendered(.english) }
        #expect(lines.contains { $0.hasPrefix("bagan.yaml:5:5: error:") }, "\(lines)")
        // The alias is the same unit again: a duplicate id, which the resolver reports.
        #expect(loaded.chart?.units.count == 2)
        #expect(!loaded.isValid)
    }

    @Test("dates and NIPs read by bytes accept and refuse what the character-wise reading did")
    func bytewiseDatesAndNIPs() {
        #expect(Day(iso: "2024-02-29") == Day(year: 2024, month: 2, day: 29))
        #expect(Day(iso: "2024-02-29"[...]) == Day(year: 2024, month: 2, day: 29))
        for text in ["2024-2-29", "2024-02-30", "2024/02/28", "２０２４-02-28", "2024-02-2x", "2024-02-280", "", "+024-02-28"] {
            #expect(Day(iso: text) == nil, "\(text)")
        }
        guard case .success(let nip) = NIP.parse("198204152006041003") else { Issue.record("refused"); return }
        #expect(nip.born == Day(year: 1982, month: 4, day: 15) && nip.gender == .male && nip.appointedYear == 2006)
        guard case .failure(.genderDigit("3")) = NIP.parse("198204152006043003") else { Issue.record("gender digit 3 accepted"); return }
        guard case .failure(.noSuchBirthDate("19821315")) = NIP.parse("198213152006041003") else { Issue.record("month 13 accepted"); return }
        guard case .failure(.notADigit) = NIP.parse("１98204152006041003") else { Issue.record("a full-width digit accepted"); return }
        guard case .failure(.notEighteenDigits(count: 17)) = NIP.parse("19820415200604100") else { Issue.record("17 digits accepted"); return }
    }
}
