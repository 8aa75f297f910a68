import Foundation
import Testing
import TestSupport

@Suite("ramping analyse")
struct AnalyseCommandTests {
    let tutorial = "OrgCharts/kabupaten-contoh.yaml"

    func json(_ args: [String]) throws -> [String: Any] {
        let r = try runRamping(args + ["--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
    }

    @Test("spans: the tutorial's figures")
    func spans() throws {
        let o = try json(["analyse", "spans", tutorial])
        let summary = try #require(o["summary"] as? [String: Any])
        #expect(summary["layers"] as? Int == 5)
        let positions = try #require(o["positions"] as? [[String: Any]])
        // The verifikator seksi head manages one post of 6 seats.
        let kasi = try #require(positions.first { $0["id"] as? String == "dpmptsp.kasi-perizinan-usaha" })
        #expect(kasi["direct_report_seats"] as? Int == 6)
        #expect(kasi["flag"] as? String == "ok")
        for key in ["id", "layer", "direct_reports", "direct_report_seats", "direct_report_people", "flag"] {
            #expect(positions.allSatisfy { $0[key] != nil }, "missing \(key)")
        }
    }

    @Test("gaps: the verifikator post, 9,000 × 40 + 240 × 30 minutes")
    func gaps() throws {
        let o = try json(["analyse", "gaps", tutorial, "--horizon", "3", "--sensitivity"])
        let positions = try #require(o["positions"] as? [[String: Any]])
        let verif = try #require(positions.first { $0["id"] as? String == "dpmptsp.verifikator" })
        // 367,200 min = 6,120 h → 4.896 → 5; 3 people.
        #expect(verif["load_hours"] as? Double == 6120)
        #expect(verif["need"] as? Int == 5 && verif["filled"] as? Int == 3 && verif["gap"] as? Int == -2)
        #expect(o["retirements"] != nil && o["projection"] != nil)
        #expect((o["summary"] as? [String: Any])?["need_at"] != nil)
    }

    @Test func complianceFailOn() throws {
        // The small chart has one warning (the kepala dinas post is vacant) and no error.
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("bagan.yaml").path
        try Data(smallChartYAML.utf8).write(to: URL(fileURLWithPath: path))
        let ok = try runRamping(["analyse", "compliance", path, "--fail-on", "error"])
        #expect(ok.status == 0, "\(ok.stdout)")
        #expect(try runRamping(["analyse", "compliance", path, "--fail-on", "warning"]).status == 1)
        #expect(try runRamping(["analyse", "compliance", path]).status == 0)
        // The tutorial's lurah holds SMA, below the D-III minimum for a pengawas post.
        let tutorialRun = try runRamping(["analyse", "compliance", tutorial, "--fail-on", "error", "--format", "json"])
        #expect(tutorialRun.status == 1 && tutorialRun.stdout.contains(#""rule":"education.level""#))
        let strict = try runRamping(["analyse", "compliance", "OrgCharts/kabupaten-sragen.yaml", "--fail-on", "error"])
        #expect(strict.status == 1)
        // Indonesian tables name the rule in words and the unit by its name, never by internal ids.
        #expect(strict.stdout.contains("Dinas Perhubungan punya 3 Bidang") && !strict.stdout.contains("size.bidang") && !strict.stdout.contains("dishub"))
    }

    @Test("every format; CSV is the per-row table")
    func formats() throws {
        for name in ["spans", "gaps", "compliance"] {
            for format in ["table", "markdown", "csv"] {
                let r = try runRamping(["analyse", name, tutorial, "--format", format])
                #expect(r.status == 0 && !r.stdout.isEmpty, "\(name) \(format): \(r.stderr)")
            }
        }
        let csv = try runRamping(["analyse", "gaps", tutorial, "--format", "csv", "--lang", "en"])
        let lines = csv.stdout.split(separator: "\r\n")
        #expect(lines.first == "title,unit,load (hours),need,filled,gap,EJ,grade")
        // A machine format: numbers with a decimal point, no grouping.
        #expect(lines.contains { $0.hasPrefix("Verifikator Perizinan,Seksi Perizinan Berusaha,6120,5,3,-2,1.63,") }, "\(lines)")
        #expect(lines.count == 23)   // header + 22 non-political posts
        let idCSV = try runRamping(["analyse", "gaps", tutorial, "--format", "csv"]).stdout
        #expect(idCSV.contains("Verifikator Perizinan,Seksi Perizinan Berusaha,6120,5,3,-2,1.63,A"), "\(idCSV)")
        let md = try runRamping(["analyse", "spans", tutorial, "--format", "markdown"])
        #expect(md.stdout.contains("| --- |"))
    }

    @Test("wrong use exits 2")
    func wrongUse() throws {
        #expect(try runRamping(["analyse", "payroll", tutorial]).status == 2)
        #expect(try runRamping(["analyse", "spans", tutorial, "--horizon", "5"]).status == 2)
        #expect(try runRamping(["analyse", "gaps", tutorial, "--horizon", "0"]).status == 2)
        #expect(try runRamping(["analyse", "spans"]).status == 2)
    }

    @Test func limitCutsLongTables() throws {
        let r = try runRamping(["analyse", "spans", "OrgCharts/kabupaten-sragen.yaml", "--limit", "3", "--lang", "en"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("more rows (--limit)"))
    }
}
