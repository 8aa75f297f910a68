import Foundation
import Testing
import TestSupport

/// Issue 9, section 1: each input that once crashed a command or lost data, run through the real binary.
@Suite("No crash on any input, no lost or half-written file")
struct HardeningTests {
    /// A fresh folder holding `bagan.yaml` (the small chart with `change` applied); the caller removes it.
    func folder(_ change: (String) -> String = { $0 }) throws -> (URL, String) {
        let folder = try temporaryFolder()
        let path = folder.appendingPathComponent("bagan.yaml").path
        try Data(change(smallChartYAML).utf8).write(to: URL(fileURLWithPath: path))
        return (folder, path)
    }

    static let scenario = "format: ramping-scenario/1\nname: Uji\nsteps:\n  - set: { position: staf, seats: 3 }\n"

    /// Every command that reads a chart, as the issue lists them.
    static let commands: [[String]] = [["info"], ["analyse", "spans"], ["analyse", "merit"], ["analyse", "merit", "--include-holders"],
                                       ["analyse", "gaps", "--sensitivity"], ["analyse", "careers"], ["analyse", "compliance"],
                                       ["analyse", "talent"], ["export", "--format", "dot"], ["export", "--format", "graphml"]]

    @Test("values that once validated and then crashed are refused at their line; no command stops on a signal",
          arguments: [("seats: 2", "seats: 9223372036854775807"), ("seats: 2", "seats: 4294967296"), ("seats: 2", "seats: 10001"),
                      ("volume: 3000", "volume: 1e30"), ("minutes: 15", "minutes: 1e30"), ("as_of: 2026-01-01", "as_of: 9999-12-31"),
                      ("born: 1982-04-15", "born: 1899-12-31"), ("as_of: 2026-01-01", "as_of: 2026-01-01\n  settings: { sensitivity_hours: [1e-300] }"),
                      ("as_of: 2026-01-01", "as_of: 2026-01-01\n  settings: { fit_performance: [9223372036854775807, 0, 0, 0, 0] }"),
                      ("as_of: 2026-01-01", "as_of: 2026-01-01\n  settings: { structural_allowance: { II.b: 9223372036854775807 } }")])
    func refusedAtTheirLine(_ change: (String, String)) throws {
        let (folder, path) = try folder { $0.replacingFirst(change.0, with: change.1) }
        defer { try? FileManager.default.removeItem(at: folder) }
        let yaml = try String(contentsOfFile: path, encoding: .utf8)
        let changedLine = String(change.1.split(separator: "\n").last!)
        let line = try #require(lineNumber(of: changedLine.trimmingCharacters(in: .whitespaces), in: yaml))
        let v = try runRamping(["validate", path, "--lang", "en"])
        #expect(v.status == 1, "\(v.stdout)\(v.stderr)")
        #expect(v.stdout.contains("\(path):\(line):"), "\(v.stdout)")
        #expect(v.stdout.contains("outside the valid range"), "\(v.stdout)")
        for command in Self.commands {
            let r = try runRamping(command + [path])
            #expect(r.status == 1, "\(command): \(r.status) \(r.stderr)")
        }
    }

    @Test("a chart at every bound passes every command: sums cannot overflow, merit allocates nothing per seat")
    func everyBound() throws {
        let (folder, path) = try folder { yaml in
            yaml.replacingFirst("seats: 2", with: "seats: 10000")
                .replacingFirst("volume: 3000, minutes: 15", with: "volume: 10000000, minutes: 525600")
                .replacingFirst("as_of: 2026-01-01", with: """
                    as_of: 2200-12-31
                      settings: { effective_hours: 1, sensitivity_hours: [1, 8784], structural_allowance: { II.b: 1000000000, III.b: 1000000000 },
                                  fit_performance: [1000, 1000, -1000, -1000, -1000], fit_potential: [1000, 1000, -1000], fit_rank_year: 1000,
                                  fit_rank_years_max: 40, fit_career_path: 1000, fit_competency_met: 1000, fit_competency_surplus: 1000 }
                    """)
                .replacingFirst("198204152006042003", with: "190001012006042003").replacingFirst("born: 1982-04-15", with: "born: 1900-01-01")
                .replacingFirst("since: 2021-03-01", with: "since: 1900-01-01")
                .replacingFirst("career_paths:", with: """
                      - { nip: "220012312006042003", name: Calon Uji, rank: II/c, education: SMA, born: 2200-12-31, performance: sangat-baik, potential: tinggi }
                    career_paths:
                    """)
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        let v = try runRamping(["validate", path])
        #expect(v.status == 0, "\(v.stdout)")
        for command in Self.commands {
            let r = try runRamping(command + [path])
            #expect(r.status == 0, "\(command): \(r.status) \(r.stderr)")
        }
        let scenario = folder.appendingPathComponent("skenario.yaml").path
        try Data("format: ramping-scenario/1\nname: Uji\nsteps:\n  - set: { position: staf, seats: 10000 }\n  - place: { include_holders: true }\n".utf8)
            .write(to: URL(fileURLWithPath: scenario))
        let s = try runRamping(["simulate", path, scenario, "-o", folder.appendingPathComponent("hasil.yaml").path])
        #expect(s.status == 0, "\(s.stderr)")
        #expect(try runRamping(["compare", path, scenario]).status == 0)
        // 10,000 seats, Dewi holds one, the candidate takes one: 9,998 stay vacant, counted, not allocated.
        let merit = try runRamping(["analyse", "merit", path, "--format", "json"])
        #expect(merit.stdout.contains("{\"position\":\"staf\",\"seats\":9998}"), "\(merit.stdout.prefix(600))")
    }

    @Test("a scenario setting seats beyond the bound is refused at its line")
    func scenarioSeats() throws {
        let (folder, path) = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let scenario = folder.appendingPathComponent("skenario.yaml").path
        try Data("format: ramping-scenario/1\nname: Uji\nsteps:\n  - set: { position: staf, seats: 9223372036854775807 }\n".utf8)
            .write(to: URL(fileURLWithPath: scenario))
        let r = try runRamping(["simulate", path, scenario, "--lang", "en"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("\(scenario):4:"), "\(r.stderr)")
    }

    // MARK: Standard output

    @Test("a failed write to standard output: one line, exit 2, no backtrace",
          arguments: [("> /dev/full", "No space left on device"), (">&-", "Bad file descriptor")])
    func failedStandardOutput(_ redirect: (String, String)) throws {
        for (language, text) in [("id", "tidak dapat menulis ke keluaran standar: "), ("en", "cannot write standard output: ")] {
            let r = try run("/bin/sh", ["-c", "exec \"$0\" info OrgCharts/kabupaten-contoh.yaml --lang \(language) \(redirect.0)", rampingExecutable])
            #expect(r.status == 2, "\(r.stderr)")
            #expect(r.stderr == text + redirect.1 + "\n", "\(r.stderr)")
        }
        let help = try run("/bin/sh", ["-c", "exec \"$0\" --help \(redirect.0)", rampingExecutable])
        #expect(help.status == 2)
        #expect(help.stderr.hasPrefix("tidak dapat menulis ke keluaran standar"), "\(help.stderr)")
    }

    // MARK: Writing files

    @Test("simulate -o OUT --report R with an unwritable R leaves OUT as it was, and no temporary file")
    func allOrNothing() throws {
        let (folder, path) = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let scenario = folder.appendingPathComponent("skenario.yaml").path
        try Data(Self.scenario.utf8).write(to: URL(fileURLWithPath: scenario))
        let out = folder.appendingPathComponent("hasil.yaml").path
        try Data("isi lama\n".utf8).write(to: URL(fileURLWithPath: out))
        let r = try runRamping(["simulate", path, scenario, "-o", out, "--report", folder.appendingPathComponent("tidak-ada/laporan.md").path])
        #expect(r.status == 2)
        #expect(r.stderr.contains("laporan.md tidak dapat ditulis: folder \(folder.path)/tidak-ada tidak ada; tidak ada berkas yang diubah"), "\(r.stderr)")
        #expect(try String(contentsOfFile: out, encoding: .utf8) == "isi lama\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tmp") }.isEmpty)
    }

    @Test("overwriting keeps the file's mode: 0600 stays 0600; a new file gets 0666 less the umask")
    func modeKept() throws {
        let (folder, path) = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let scenario = folder.appendingPathComponent("skenario.yaml").path
        try Data(Self.scenario.utf8).write(to: URL(fileURLWithPath: scenario))
        let out = folder.appendingPathComponent("hasil.yaml").path
        try Data("lama\n".utf8).write(to: URL(fileURLWithPath: out))
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: out)
        #expect(try runRamping(["simulate", path, scenario, "-o", out]).status == 0)
        #expect(try FileManager.default.attributesOfItem(atPath: out)[.posixPermissions] as? Int == 0o600)
        #expect(try String(contentsOfFile: out, encoding: .utf8).contains("seats: 3"))
        let fresh = folder.appendingPathComponent("baru.yaml").path
        let r = try run("/bin/sh", ["-c", "umask 027 && exec \"$0\" simulate \"$1\" \"$2\" -o \"$3\"", rampingExecutable, path, scenario, fresh])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try FileManager.default.attributesOfItem(atPath: fresh)[.posixPermissions] as? Int == 0o640)
    }

    @Test("-o through a symbolic link writes the file it points to; the link stays a link")
    func throughLink() throws {
        let (folder, path) = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let scenario = folder.appendingPathComponent("skenario.yaml").path
        try Data(Self.scenario.utf8).write(to: URL(fileURLWithPath: scenario))
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("arsip"), withIntermediateDirectories: true)
        let real = folder.appendingPathComponent("arsip/nyata.yaml").path
        try Data("lama\n".utf8).write(to: URL(fileURLWithPath: real))
        let link = folder.appendingPathComponent("tautan.yaml").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "arsip/nyata.yaml")
        #expect(try runRamping(["simulate", path, scenario, "-o", link]).status == 0)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "arsip/nyata.yaml")
        #expect(try String(contentsOfFile: real, encoding: .utf8).contains("seats: 3"))
    }

    @Test("an empty -o or --report is wrong use", arguments: [["simulate", "C", "S", "-o", ""], ["simulate", "C", "S", "--report", ""],
                                                              ["export", "C", "--format", "dot", "-o", ""], ["import", "G", "-o", ""]])
    func emptyOutput(_ arguments: [String]) throws {
        let r = try runRamping(arguments.map { ["C": "OrgCharts/kabupaten-contoh.yaml", "S": "OrgCharts/scenarios/pelayanan-terpadu.yaml",
                                                 "G": "Exports/kabupaten-contoh.graphml"][$0] ?? $0 })
        #expect(r.status == 2)
        #expect(r.stderr.contains("it is empty"), "\(r.stderr)")
    }

    @Test("SIGTERM or SIGINT during a write removes the hidden temporary files", arguments: [SIGTERM, SIGINT])
    func interrupted(_ signal: Int32) throws {
        let (folder, path) = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let scenario = folder.appendingPathComponent("skenario.yaml").path
        try Data(Self.scenario.utf8).write(to: URL(fileURLWithPath: scenario))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: rampingExecutable)
        process.arguments = ["simulate", path, scenario, "-o", folder.appendingPathComponent("hasil.yaml").path,
                             "--report", folder.appendingPathComponent("laporan.md").path]
        process.environment = ProcessInfo.processInfo.environment.merging(["RAMPING_TEST_HOLD_WRITE": "30"]) { $1 }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        func temporaries() throws -> [String] {
            try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(".") && $0.hasSuffix(".tmp") }
        }
        var waited = 0
        while try temporaries().count < 2 && waited < 600 && process.isRunning {
            Thread.sleep(forTimeInterval: 0.05)
            waited += 1
        }
        #expect(try temporaries().count == 2, "the write never got under way")
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(process.terminationStatus == signal)
        #expect(try temporaries().isEmpty)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("hasil.yaml").path))
    }

    // MARK: Reading files

    @Test("a chart through a symbolic link, and /dev/stdin redirected from a file, are read")
    func linksAndStandardInput() throws {
        let (folder, path) = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let link = folder.appendingPathComponent("tautan.yaml").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "bagan.yaml")
        let r = try runRamping(["validate", link])
        #expect(r.status == 0, "\(r.stdout)")
        let stdin = try run("/bin/sh", ["-c", "exec \"$0\" validate /dev/stdin < \"$1\"", rampingExecutable, path])
        #expect(stdin.status == 0, "\(stdin.stdout)\(stdin.stderr)")
        let dangling = folder.appendingPathComponent("putus.yaml").path
        try FileManager.default.createSymbolicLink(atPath: dangling, withDestinationPath: "tidak-ada.yaml")
        let d = try runRamping(["validate", dangling, "--lang", "en"])
        #expect(d.status == 2)
        #expect(d.stdout.contains("points to a file that does not exist"), "\(d.stdout)")
        let pipe = try run("/bin/sh", ["-c", "cat \"$1\" | exec \"$0\" validate /dev/stdin --lang en", rampingExecutable, path])
        #expect(pipe.status == 2)
        #expect(pipe.stdout.contains("not a regular file"), "\(pipe.stdout)")
    }

    @Test("--max-file-size beyond what the platform can count is wrong use")
    func maxFileSize() throws {
        let r = try runRamping(["validate", "OrgCharts/kabupaten-contoh.yaml", "--max-file-size", String(Int.max >> 20 + 1)])
        #expect(r.status == 2)
        #expect(r.stderr.contains("--max-file-size"))
        #expect(try runRamping(["validate", "OrgCharts/kabupaten-contoh.yaml", "--max-file-size", String(Int.max >> 20)]).status == 0)
    }

    // MARK: Located messages

    @Test("a scenario that is a scalar, or empty, gets the scenario format as a hint")
    func scenarioShapes() throws {
        let (folder, path) = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let scenario = folder.appendingPathComponent("skenario.yaml").path
        try Data("\n\nhalo\n".utf8).write(to: URL(fileURLWithPath: scenario))
        let scalar = try runRamping(["simulate", path, scenario])
        #expect(scalar.status == 1)
        #expect(scalar.stderr.contains("\(scenario):3:1: error: berkas hanya berisi 'halo', bukan skenario"), "\(scalar.stderr)")
        #expect(scalar.stderr.contains("format: ramping-scenario/1"))
        try Data("# kosong\n".utf8).write(to: URL(fileURLWithPath: scenario))
        let empty = try runRamping(["simulate", path, scenario])
        #expect(empty.status == 1)
        #expect(empty.stderr.contains("berkas skenario kosong"), "\(empty.stderr)")
        #expect(empty.stderr.contains("ramping-scenario/1"))
        #expect(!empty.stderr.contains("ramping/1'"))
    }
}
