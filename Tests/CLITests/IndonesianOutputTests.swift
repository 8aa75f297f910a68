import Foundation
import Testing
import TestSupport

/// What a planner reads in Indonesian holds no English word and no internal id or slug.
@Suite("Indonesian output, in the planner's words")
struct IndonesianOutputTests {
    static let tutorial = "OrgCharts/kabupaten-contoh.yaml"

    /// Words that must not reach an Indonesian reader: English, slugs of the vocabularies, ids of the
    /// tutorial's units and posts, and ISO dates where a date is written for people.
    static let forbidden = ["pool", "galat", "dialihkan menjadi", " units", " posts", "merge", "ahli-pertama", "ahli-muda",
                            "sekretariat-daerah", "jpt-pratama", "sangat-baik", "(pemda)", "setda.sekda", "dpmptsp.",
                            "2026-01-01", "kec-kota",
                            // Keys of the chart file's settings: a planner reads the table's name, not where a file keeps it.
                            "settings.", "structural_allowance", "functional_allowance", "gaji_pokok"]

    @Test("every report in Indonesian", arguments: [
        ["info"], ["analyse", "spans"], ["analyse", "gaps", "--horizon", "5"], ["analyse", "merit", "--explain"],
        ["analyse", "talent"], ["analyse", "careers"],
        ["info", "--format", "markdown"], ["analyse", "gaps", "--format", "markdown"],
    ])
    func report(_ command: [String]) throws {
        var arguments = command
        arguments.insert(Self.tutorial, at: command[0] == "analyse" ? 2 : 1)
        let r = try runRamping(arguments)
        #expect(r.status == 0, "\(r.stderr)")
        for word in Self.forbidden {
            #expect(!r.stdout.contains(word), "'\(word)' in `ramping \(arguments.joined(separator: " "))`")
        }
    }

    /// A scenario for the tutorial chart: its pengawas posts converted to functional posts.
    static let scenario = """
        format: ramping-scenario/1
        name: Penyetaraan pengawas
        steps:
          - convert:
              level: pengawas
              to: { level: fungsional, jenjang: ahli-muda, functional_kind: analis-kebijakan }

        """

    @Test("the comparison names its tables, not the file's keys", arguments: [["--format", "markdown"], []])
    func comparison(_ format: [String]) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let scenario = folder.appendingPathComponent("skenario.yaml").path
        try Self.scenario.write(toFile: scenario, atomically: true, encoding: .utf8)
        let arguments = ["compare", Self.tutorial, scenario] + format
        let r = try runRamping(arguments)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Tunjangan jabatan struktural: Perpres 26/2007."), "\(r.stdout)")
        for word in Self.forbidden {
            #expect(!r.stdout.contains(word), "'\(word)' in `ramping \(arguments.joined(separator: " "))`")
        }
    }

    @Test("the change report of simulate")
    func simulateReport() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = folder.appendingPathComponent("laporan.md").path
        let scenario = folder.appendingPathComponent("skenario.yaml").path
        try Self.scenario.write(toFile: scenario, atomically: true, encoding: .utf8)
        let r = try runRamping(["simulate", Self.tutorial, scenario, "-o", folder.appendingPathComponent("hasil.yaml").path, "--report", report])
        #expect(r.status == 0, "\(r.stderr)")
        let text = try String(contentsOfFile: report, encoding: .utf8)
        #expect(text.contains("Tunjangan jabatan struktural: Perpres 26/2007."))
        for word in Self.forbidden {
            #expect(!text.contains(word), "'\(word)' in the change report")
        }
    }

    /// A range in a message groups its digits the reader's way: 1–10.000 in Indonesian, 1–10,000 in English.
    @Test("a range in a message is written in the reader's language")
    func rangeDigits() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let chart = try String(contentsOfFile: repoPath(Self.tutorial), encoding: .utf8)
        let seats = try #require(chart.range(of: #"seats: \d+"#, options: .regularExpression))
        let path = folder.appendingPathComponent("bagan.yaml").path
        try chart.replacingCharacters(in: seats, with: "seats: 20000").write(toFile: path, atomically: true, encoding: .utf8)
        let id = try runRamping(["validate", path])
        #expect(id.status == 1)
        #expect((id.stdout + id.stderr).contains("'seats' = 20000 di luar rentang yang sah (1–10.000)"), "\(id.stderr)")
        let en = try runRamping(["validate", path, "--lang", "en"])
        #expect((en.stdout + en.stderr).contains("'seats' = 20000 is outside the valid range (1–10,000)"), "\(en.stderr)")
    }
}
