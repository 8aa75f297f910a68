import Foundation
import Testing
import TestSupport

/// The command line's own lines: the planner's words in Indonesian, counted right in English.
@Suite("Command-line messages")
struct MessageWordsTests {
    @Test("validate says 'kesalahan' (not 'galat') and counts one error as one in English")
    func verdicts() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("bagan.yaml").path
        try Data(smallChartYAML.replacingFirst("seats: 2", with: "seats: 0").utf8).write(to: URL(fileURLWithPath: path))
        let id = try runRamping(["validate", path])
        #expect(id.status == 1)
        #expect(id.stdout.contains("\(path): TIDAK SAH, 1 kesalahan, 0 peringatan"), "\(id.stdout)")
        #expect(!id.stdout.contains("galat"))
        let en = try runRamping(["validate", path, "--lang", "en"])
        #expect(en.stdout.contains("\(path): INVALID, 1 error, 0 warnings"), "\(en.stdout)")
        let info = try runRamping(["info", path])
        #expect(info.status == 1 && info.stderr.contains("bagan tidak sah (1 kesalahan); perbaiki lalu ulangi"), "\(info.stderr)")
    }

    @Test("a date written the Indonesian way is refused with the date it means, at its line")
    func dateHint() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("bagan.yaml").path
        let yaml = smallChartYAML.replacingFirst("born: 1982-04-15", with: "born: 15/04/1982")
        try Data(yaml.utf8).write(to: URL(fileURLWithPath: path))
        let r = try runRamping(["validate", path])
        let line = try #require(lineNumber(of: "15/04/1982", in: yaml))
        #expect(r.stdout.contains("\(path):\(line):"), "\(r.stdout)")
        #expect(r.stdout.contains(": error: ") && r.stdout.contains("jika maksudnya 15 April 1982, tulis 1982-04-15"), "\(r.stdout)")
    }
}
