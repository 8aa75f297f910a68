import Foundation
import Testing
import TestSupport

@Suite("ramping simulate, compare and export --diff")
struct SimulateCommandTests {
    let sample = "OrgCharts/kabupaten-sragen.yaml"
    let merger = "OrgCharts/scenarios/penggabungan-dinas.yaml"

    @Test("simulate writes the chart and the report; replaying gives byte-identical files")
    func replay() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var outputs: [Data] = []
        for k in 0..<2 {
            let chart = folder.appendingPathComponent("baru\(k).yaml").path, report = folder.appendingPathComponent("laporan\(k).md").path
            let r = try runRamping(["simulate", sample, merger, "-o", chart, "--report", report])
            #expect(r.status == 0, "\(r.stderr)")
            #expect(!r.stderr.contains("written for"))
            outputs.append(try Data(contentsOf: URL(fileURLWithPath: chart)) + Data(contentsOf: URL(fileURLWithPath: report)))
        }
        #expect(outputs[0] == outputs[1])
        let chart = folder.appendingPathComponent("baru0.yaml").path
        #expect(try runRamping(["validate", chart]).status == 0)
        let report = try String(contentsOfFile: folder.appendingPathComponent("laporan0.md").path, encoding: .utf8)
        #expect(report.contains("## Langkah") && report.contains("Tidak ada pegawai yang hilang") && report.contains("Beban kerja terjaga"))
        #expect(report.contains("Dinas Kesehatan dan Dinas Sosial digabung menjadi Dinas Kesehatan dan Sosial"))
    }

    @Test("a step that cannot apply: its line, exit 1, and nothing written")
    func failingStep() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let scenario = folder.appendingPathComponent("salah.yaml").path
        try Data("""
            format: ramping-scenario/1
            name: Salah
            steps:
              - rename: { unit: dinkes, name: Dinas Kesehatan Baru }
              - merge: { units: [dinkes, kec-sragen.seksi-1], into: { id: x, name: X, kind: dinas } }

            """.utf8).write(to: URL(fileURLWithPath: scenario))
        let out = folder.appendingPathComponent("baru.yaml").path
        let r = try runRamping(["simulate", sample, scenario, "-o", out, "--lang", "en"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("\(scenario):5:5: error: step 2 (merge units): the merged units have different parents"), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out))
        // A scenario file with a broken step is refused before anything runs.
        try Data("format: ramping-scenario/1\nsteps:\n  - abolsh: { unit: dinkes }\n".utf8).write(to: URL(fileURLWithPath: scenario))
        let bad = try runRamping(["simulate", sample, scenario, "-o", out, "--lang", "en"])
        #expect(bad.status == 1 && bad.stderr.contains(":3:5: error:") && bad.stderr.contains("did you mean 'abolish'"))
        #expect(try runRamping(["simulate", sample, "tidak-ada.yaml"]).status == 2)
        // A scenario written for the full sample, replayed on the tutorial: warned, and its unknown ids fail.
        let other = try runRamping(["simulate", "OrgCharts/kabupaten-contoh.yaml", merger, "--lang", "en"])
        #expect(other.stderr.contains("this scenario was written for ../kabupaten-sragen.yaml"))
        #expect(other.status == 1 && other.stderr.contains("step 1 (merge units): merge.units: unit 'dinkes' is not in the chart"))
    }

    @Test("compare: one column per scenario, the figures as JSON")
    func compare() throws {
        let r = try runRamping(["compare", sample, "OrgCharts/scenarios/penyederhanaan-birokrasi.yaml", merger, "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let o = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let columns = try #require(o["columns"] as? [[String: Any]])
        #expect(columns.map { $0["name"] as? String } == ["kondisi awal", "Penyederhanaan birokrasi", "Penggabungan dinas"])
        let figures = columns.compactMap { $0["figures"] as? [String: Any] }
        #expect(figures[0]["units.dinas"] as? Int == 21 && figures[2]["units.dinas"] as? Int == 17)
        #expect((figures[1]["saving"] as? Int ?? 0) > 0)
        #expect(figures[1]["posts.eselon.IV.a"] as? Int ?? 999 < figures[0]["posts.eselon.IV.a"] as? Int ?? 0)
        let csv = try runRamping(["compare", sample, merger, "--format", "csv", "--lang", "en"])
        #expect(csv.stdout.hasPrefix("measure,baseline,Penggabungan dinas\r\n"))
    }

    @Test("export --diff marks what a scenario changed, with a legend")
    func diff() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let chart = folder.appendingPathComponent("baru.yaml").path
        #expect(try runRamping(["simulate", sample, merger, "-o", chart]).status == 0)
        let dot = try runRamping(["export", chart, "--diff", sample, "--format", "dot", "--view", "units", "--depth", "1", "--lang", "en"])
        #expect(dot.status == 0)
        #expect(dot.stdout.contains("\"unit:dinkessos\"") && dot.stdout.contains("color=\"#00B050\""))   // added
        #expect(dot.stdout.contains("Dinas Sosial") && dot.stdout.contains("ABOLISHED"))               // a ghost
        #expect(dot.stdout.contains("label=\"ABOLISHED: abolished\""))   // the legend
        let graphml = try runRamping(["export", chart, "--diff", sample, "--format", "graphml", "--unit", "dinkessos"])
        #expect(graphml.stdout.contains("<data key=\"n_diff\">moved</data>"))
        // The heads of the merged bidang are ghosts inside the bidang they were merged into.
        let sosial = try runRamping(["export", chart, "--diff", sample, "--format", "dot", "--unit", "dinkessos.sosial", "--lang", "en"])
        for ghost in ["post:dinsos.rehsos.kabid", "post:dinsos.dayasos.kabid", "post:dinsos.dayasos.seksi-1.kepala"] {
            #expect(sosial.stdout.contains("\"\(ghost)\" [label=") && sosial.stdout.contains("ABOLISHED"), "\(ghost)")
        }
        // Five ghosts, each tagged in words (colour is not the only signal), and one legend entry.
        #expect(sosial.stdout.split(separator: "\n").count { $0.trimmingCharacters(in: .whitespaces).hasPrefix("\"post:") && $0.contains("label=\"ABOLISHED\\n") } == 5)
        #expect(sosial.stdout.components(separatedBy: "ABOLISHED").count - 1 == 6)
        let svg = folder.appendingPathComponent("diff.svg").path
        #expect(try runRamping(["export", chart, "--diff", sample, "--format", "svg", "--unit", "dinkessos.sosial", "-o", svg]).status == 0)
    }
}
