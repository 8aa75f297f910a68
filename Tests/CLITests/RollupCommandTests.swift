import Foundation
import Testing
import TestSupport

@Suite("ramping rollup")
struct RollupCommandTests {
    @Test("rolls up a folder of charts in parallel: one CSV row per region, totals in JSON")
    func folder() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["kabupaten-sragen.yaml", "kabupaten-contoh.yaml"] {
            try FileManager.default.copyItem(atPath: repoPath("OrgCharts/\(name)"), toPath: folder.appendingPathComponent(name).path)
        }
        let csv = try runRamping(["rollup", folder.path, "--format", "csv"])
        #expect(csv.status == 0, "\(csv.stderr)")
        let lines = csv.stdout.split(whereSeparator: \.isNewline)   // CSV rows end in CRLF
        #expect(lines.count == 3 && lines[0].hasPrefix("provinsi,daerah,jenis,berkas"), "\(lines.prefix(4))")
        #expect(lines.contains { $0.contains("kabupaten-sragen.yaml") } && lines.contains { $0.contains("kabupaten-contoh.yaml") })
        let json = try runRamping(["rollup", folder.path, "--format", "json", "--jobs", "2"])
        let o = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let national = try #require(o["national"] as? [String: Any])
        #expect(national["regions"] as? Int == 2)
        #expect((national["regions_breaching_caps"] as? Int ?? 0) >= 1)
    }

    @Test("an invalid chart is named with its located error, left out, and the exit status is 1")
    func invalidChart() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(atPath: repoPath("OrgCharts/kabupaten-contoh.yaml"), toPath: folder.appendingPathComponent("a.yaml").path)
        try "format: ramping/1\norganisation: [\n".write(to: folder.appendingPathComponent("b.yaml"), atomically: true, encoding: .utf8)
        let r = try runRamping(["rollup", folder.path, "--lang", "en"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("b.yaml:") && r.stderr.contains("1 of 2 charts could not be analysed"))
        #expect(r.stdout.contains("National roll-up: 1 region") && r.stdout.contains("b.yaml"))
    }

    @Test("a missing or empty folder says what to give", arguments: [true, false])
    func noCharts(exists: Bool) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = exists ? folder.path : folder.appendingPathComponent("tidak-ada").path
        let r = try runRamping(["rollup", path])
        #expect(r.status == 2)
        #expect(r.stderr.contains(exists ? "tidak ada bagan" : "folder tidak ada"))
    }
}
