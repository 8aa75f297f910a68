import Foundation
import Testing
import TestSupport

@Suite("The ramping command")
struct CommandLineTests {
    let tutorial = "OrgCharts/kabupaten-contoh.yaml"

    func writeChart(_ yaml: String) throws -> (URL, String) {
        let folder = try temporaryFolder()
        let path = folder.appendingPathComponent("bagan.yaml").path
        try Data(yaml.utf8).write(to: URL(fileURLWithPath: path))
        return (folder, path)
    }

    @Test func validChartExitsZero() throws {
        let r = try runRamping(["validate", tutorial])
        #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
        #expect(r.stdout.contains("\(tutorial): sah, 0 peringatan"))
    }

    @Test("an invalid chart exits 1 and lists each problem as FILE:LINE:COLUMN")
    func invalidChartExitsOne() throws {
        let yaml = smallChartYAML.replacingFirst("seats: 2", with: "seats: 0")
            .replacingFirst("kind: bidang,", with: "kind: bidnag,")
        let (folder, path) = try writeChart(yaml)
        defer { try? FileManager.default.removeItem(at: folder) }
        let r = try runRamping(["validate", path, "--lang", "en"])
        #expect(r.status == 1)
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.filter { $0.contains(": error: ") }.count == 2, "\(r.stdout)")
        #expect(lines.contains { $0.hasPrefix("\(path):\(lineNumber(of: "seats: 0", in: yaml)!):") })
        #expect(r.stdout.contains("INVALID, 2 errors"))
    }

    @Test func unreadableFileExitsTwo() throws {
        let r = try runRamping(["validate", "OrgCharts/tidak-ada.yaml"])
        #expect(r.status == 2)
        #expect(r.stdout.contains("tidak ada"))
    }

    @Test("wrong use exits 2 with a message")
    func wrongUseExitsTwo() throws {
        #expect(try runRamping(["validate"]).status == 2)
        #expect(try runRamping(["frobnicate"]).status == 2)
        let badLang = try runRamping(["info", tutorial, "--lang", "fr"])
        #expect(badLang.status == 2)
        #expect(badLang.stderr.contains("--lang"))
        #expect(try runRamping(["info", tutorial, "--format", "xml"]).status == 2)
    }

    // The whole text of every --help is a golden file (GoldenTests); this checks that its examples are real.
    @Test("--help gives every command examples of itself, on files that exist",
          arguments: [[], ["validate"], ["info"], ["analyse"], ["simulate"], ["compare"], ["export"], ["import"]])
    func help(_ command: [String]) throws {
        let r = try runRamping(command + ["--help"], environment: ["COLUMNS": "200"])
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        let start = try #require(lines.firstIndex { $0 == "Example:" || $0 == "Examples:" }, "no examples in \(r.stdout)")
        let examples = lines[(start + 1)...].prefix { !$0.isEmpty }.filter { $0.hasPrefix("ramping ") }
        #expect(!examples.isEmpty)
        let commands = ["validate", "info", "analyse", "simulate", "compare", "export", "import"]
        for example in examples {
            let words = example.split(separator: " ").map(String.init)
            #expect(command.isEmpty ? commands.contains(words[1]) : words[1] == command[0], "\(example)")
            for (k, path) in words.enumerated() where path.hasPrefix("OrgCharts/") && !path.contains("*") && words[k - 1] != "-o" {
                #expect(FileManager.default.fileExists(atPath: repoPath(path)), "\(example): \(path) does not exist")
            }
        }
    }

    @Test func validatesSeveralFilesAndReportsTheWorst() throws {
        let (folder, path) = try writeChart(smallChartYAML.replacingFirst("type: B }", with: "type: D }"))
        defer { try? FileManager.default.removeItem(at: folder) }
        let r = try runRamping(["validate", tutorial, path])
        #expect(r.status == 1)
        #expect(r.stdout.contains("\(tutorial): sah"))
        #expect(r.stdout.contains("\(path): TIDAK SAH"))
    }

    @Test func infoJSON() throws {
        let r = try runRamping(["info", tutorial, "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(json["positions"] as? Int == 24)
        #expect(json["seats"] as? Int == 37)
        #expect(json["vacant_seats"] as? Int == 14)
        #expect(json["pool"] as? Int == 1)
        #expect(json["layers"] as? Int == 5)
        #expect(json["root_position"] as? String == "bupati")
    }

    @Test func infoSpeaksEnglishOnRequest() throws {
        let id = try runRamping(["info", tutorial])
        #expect(id.stdout.contains("Formasi kosong"))
        let en = try runRamping(["info", tutorial, "--lang", "en"])
        #expect(en.stdout.contains("Vacant seats"))
        let env = try runRamping(["info", tutorial], environment: ["RAMPING_LANG": "en"])
        #expect(env.stdout.contains("Vacant seats"))
    }

    @Test("info on an invalid chart prints its errors on standard error and exits 1")
    func infoOnInvalidChart() throws {
        let (folder, path) = try writeChart(smallChartYAML.replacingFirst("type: B }", with: "type: D }"))
        defer { try? FileManager.default.removeItem(at: folder) }
        let r = try runRamping(["info", path])
        #expect(r.status == 1)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains(": error: "))
    }

    @Test("validate never changes the file it reads")
    func readOnly() throws {
        let yaml = smallChartYAML.replacingFirst("seats: 2", with: "seats: 0")
        let (folder, path) = try writeChart(yaml)
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try runRamping(["validate", path])
        #expect(try String(contentsOfFile: path, encoding: .utf8) == yaml)
    }
}

