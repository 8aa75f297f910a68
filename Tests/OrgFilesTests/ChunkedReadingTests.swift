import Foundation
import OrgModel
import Testing
@testable import OrgFiles

/// A chart file is handed to libyaml in chunks, never whole. Read in chunks of a few bytes, so that chunk
/// boundaries fall inside scalars, keys and multi-byte characters, it must give the same chart and the same
/// messages at the same places as the text read whole.
@Suite("Reading a chart file in chunks")
struct ChunkedReadingTests {
    /// Multi-byte characters (é, —, ✓, a four-byte 𝔸) before messages on the same line, so that columns
    /// (counted in characters) depend on reading them whole across boundaries.
    static let chart = """
    format: ramping/1
    organisation: { id: contoh, name: "Kabupaten Contoh — Jawa Tengah ✓", region: kabupaten, as_of: 2026-01-01 }
    competencies:
      - { id: perencanaan-anggaran-daerah, name: "Perencanaan Anggaran Daerah (é)", kind: teknis }
    units:
      - { id: pemda, name: "Pemerintah Kabupaten 𝔸 Contoh", kind: pemda }
      - { id: dinas-pendidikan-dan-kebudayaan, name: "Dinas Pendidikan — Kebudayaan", kind: dinas, parent: pemda, colour: blue }
    positions:
      - { id: bupati, title: "Bupati ✓", unit: pemda, head: true, level: politik }
      - id: kepala-dinas-pendidikan-dan-kebudayaan
        title: "Kepala Dinas — Pendidikan"
        unit: dinas-pendidikan-dan-kebudayaan
        head: true
        level: jpt-pratama
        eselon: II.b
        seats: many
        requires: { education: S1, competencies: { perencanaan-anggaran-daerah: 3 } }
    people:
      - { nip: "198204152006041003", name: "Dra. Śri Ayu — 𝔸", position: kepala-dinas-pendidikan-dan-kebudayaan, born: 15-04-1982 }
      - { nip: "198501012010012004", name: Drs. Budi, M.Si, position: kasubbag-tidak-ada, rank: III/a }
      - { nip: 198601012010011005, name: "Andi ✓", competencies: { perencanaan-anggaran-daerah: 7 } }

    """

    static func file(_ text: String, bom: Bool = false) throws -> String {
        let path = NSTemporaryDirectory() + "ramping-chunked-\(UUID().uuidString).yaml"
        var data = Data(bom ? [0xEF, 0xBB, 0xBF] : [])
        data.append(Data(text.utf8))
        try data.write(to: URL(fileURLWithPath: path))
        return path
    }

    static func lines(_ loaded: LoadedChart) -> [String] { loaded.diagnostics.map { $0.rendered(.english) } }

    @Test("chunks of 1, 2, 3, 5, 7 and 64 bytes give the chart and messages of the text read whole", arguments: [false, true])
    func sameAsWhole(bom: Bool) throws {
        let path = try Self.file(Self.chart, bom: bom)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let whole = ChartLoader.load(text: Self.chart, file: path)
        let expected = Self.lines(whole)
        // Messages after multi-byte characters and after the re-read for the comma in `Drs. Budi, M.Si`.
        #expect(expected.contains { $0.hasPrefix("\(path):19:") && $0.contains("15-04-1982") }, "\(expected)")
        #expect(expected.contains { $0.hasPrefix("\(path):20:") && $0.contains("M.Si") }, "\(expected)")
        #expect(expected.contains { $0.hasPrefix("\(path):7:") && $0.contains("colour") }, "\(expected)")
        for chunk in [1, 2, 3, 5, 7, 64] {
            let loaded = try #require(ChartLoader.loadInChunks(path: path, options: LoadOptions(), chunk: chunk))
            #expect(Self.lines(loaded) == expected, "chunk \(chunk)")
            #expect(loaded.chart?.people == whole.chart?.people, "chunk \(chunk)")
            #expect(loaded.chart?.positions == whole.chart?.positions, "chunk \(chunk)")
            #expect(loaded.chart?.units == whole.chart?.units, "chunk \(chunk)")
            #expect(loaded.chart?.organisation.name == "Kabupaten Contoh — Jawa Tengah ✓")
        }
        #expect(Self.lines(ChartLoader.load(path: path)) == expected)
    }

    @Test("a YAML error, bad UTF-8 or two byte-order marks: the file is read whole and reported as before")
    func failuresReadWhole() throws {
        let broken = Self.chart.replacingOccurrences(of: "rank: III/a }", with: "rank: [III/a }")
        var cases: [Data] = [Data(broken.utf8), Data([0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF]) + Data(Self.chart.utf8)]
        var bad = Data(Self.chart.utf8)
        bad.insert(0xC3, at: bad.count - 10) // a lead byte with no continuation, on the last line
        cases.append(bad)
        var nul = Data(Self.chart.utf8)
        nul.insert(0, at: 200)
        cases.append(nul)
        for data in cases {
            let path = NSTemporaryDirectory() + "ramping-chunked-\(UUID().uuidString).yaml"
            try data.write(to: URL(fileURLWithPath: path))
            defer { try? FileManager.default.removeItem(atPath: path) }
            #expect(ChartLoader.loadInChunks(path: path, options: LoadOptions(), chunk: 7) == nil)
            let expected = Self.lines(ChartLoader.load(data: data, file: path))
            #expect(!expected.isEmpty)
            #expect(Self.lines(ChartLoader.load(path: path)) == expected)
        }
    }

    @Test("the limit on the file size holds when the file is read in chunks")
    func sizeLimit() throws {
        let path = try Self.file(Self.chart)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let loaded = ChartLoader.load(path: path, options: LoadOptions(maxFileBytes: 100))
        #expect(loaded.chart == nil)
        #expect(loaded.diagnostics.count == 1)
        guard case .fileTooLarge(let bytes, 100)? = loaded.diagnostics.first?.problem else {
            Issue.record("not refused for its size: \(Self.lines(loaded))")
            return
        }
        #expect(bytes == Self.chart.utf8.count)
    }
}
