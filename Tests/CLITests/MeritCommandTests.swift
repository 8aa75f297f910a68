import Foundation
import Testing
import TestSupport

@Suite("ramping analyse merit, talent and careers")
struct MeritCommandTests {
    let tutorial = "OrgCharts/kabupaten-contoh.yaml"

    func json(_ args: [String]) throws -> [String: Any] {
        let r = try runRamping(args + ["--format", "json", "--lang", "en"])
        #expect(r.status == 0, "\(r.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
    }

    @Test("merit places the tutorial's pool with its reasons; --explain lists every pair")
    func merit() throws {
        let o = try json(["analyse", "merit", tutorial])
        let placements = try #require(o["placements"] as? [[String: Any]])
        // Dimas Prasetyo (III/b, S1, perizinan 3) is the pool.
        #expect(placements.count == 1)
        #expect(placements.first?["person"] as? String == "198712252011011004")
        for key in ["person", "position", "score", "breakdown", "reasons"] { #expect(placements.first?[key] != nil) }
        #expect(o["unplaced_people"] != nil && o["vacant_seats"] != nil && o["total_score"] as? Int == placements.first?["score"] as? Int)
        let explained = try json(["analyse", "merit", tutorial, "--explain"])
        let candidates = try #require(explained["candidates"] as? [[String: Any]])
        #expect(candidates.contains { $0["eligible"] as? Bool == false })
        // The placed pair scores highest among the pool person's eligible pairs.
        let eligible = candidates.filter { $0["eligible"] as? Bool == true }.compactMap { $0["score"] as? Int }
        #expect(eligible.max() == placements.first?["score"] as? Int)
    }

    @Test func talentAndCareers() throws {
        let t = try json(["analyse", "talent", tutorial])
        #expect((t["succession_pool"] as? [String])?.isEmpty == false)
        let c = try json(["analyse", "careers", tutorial, "--person", "198302252008011003", "--to", "dpmptsp.kabid-pelayanan"])
        let person = try #require(c["person"] as? [String: Any])
        let route = try #require(person["route"] as? [[String: Any]])
        #expect(route.map { $0["to"] as? String } == ["dpmptsp.kabid-pelayanan"])
        #expect((c["posts"] as? [[String: Any]])?.count == 16)
    }

    @Test("wrong use exits 2")
    func wrongUse() throws {
        #expect(try runRamping(["analyse", "careers", tutorial, "--person", "000"]).status == 2)
        let badTo = try runRamping(["analyse", "careers", tutorial, "--person", "198302252008011003", "--to", "dpmptsp.kabid-pelayanann", "--lang", "en"])
        #expect(badTo.status == 2 && badTo.stderr.contains("did you mean 'dpmptsp.kabid-pelayanan'"))
        #expect(try runRamping(["analyse", "careers", tutorial, "--to", "dpmptsp.kadis"]).status == 2)
        #expect(try runRamping(["analyse", "spans", tutorial, "--explain"]).status == 2)
    }
}

@Suite("Progress on long work")
struct ProgressTests {
    @Test("shown on standard error only when it is a terminal, never on standard output")
    func progress() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let json = folder.appendingPathComponent("out.json").path, tty = folder.appendingPathComponent("tty.txt").path
        // `script` runs the command on a pseudo-terminal; standard output goes to a file.
        let command = "\(rampingExecutable) analyse careers OrgCharts/kabupaten-contoh.yaml --lang en --format json > \(json)"
        let r = try run("/usr/bin/script", ["-q", "-c", command, tty])
        #expect(r.status == 0)
        #expect(try String(contentsOfFile: tty, encoding: .utf8).contains("succession posts 0/16"))
        let out = try String(contentsOfFile: json, encoding: .utf8)
        #expect(out.hasPrefix("{\"posts\":") && !out.contains("succession posts"))
        let piped = try runRamping(["analyse", "careers", "OrgCharts/kabupaten-contoh.yaml", "--format", "json"])
        #expect(piped.stderr.isEmpty)
    }
}
