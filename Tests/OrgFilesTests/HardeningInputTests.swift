import Foundation
import Testing
import OrgFiles
import OrgModel
import TestSupport

/// Issue 9: messages at their place where the parser knows it, and the bounds of `ChartBounds`.
@Suite("Bad bytes and out-of-range values get a located message")
struct HardeningInputTests {
    func only(_ loaded: LoadedChart) -> Diagnostic? {
        #expect(loaded.diagnostics.count == 1, "\(englishDiagnostics(loaded))")
        return loaded.diagnostics.first
    }

    @Test("a control character: its line and column, named")
    func controlCharacter() throws {
        let data = Data("format: ramping/1\norganisation:\n  name: Kab\u{01}upaten\n".utf8)
        let d = try #require(only(ChartLoader.load(data: data, file: "bagan.yaml")))
        #expect(d.problem == .yamlControlCharacter(code: 1))
        #expect(d.position == SourcePosition(line: 3, column: 12))
        #expect(d.rendered(.indonesian).contains("karakter kendali U+0001"))
    }

    @Test("invalid UTF-8: the line and column of the first bad byte")
    func invalidUTF8() throws {
        let data = Data("format: ramping/1\n# catatan\nname: Caf".utf8) + Data([0xE9, 0x0A]) + Data("x: \u{E9}\n".utf8)
        let d = try #require(only(ChartLoader.load(data: data, file: "latin1.yaml")))
        #expect(d.problem == .fileNotUTF8)
        #expect(d.position == SourcePosition(line: 3, column: 10))
    }

    @Test("UTF-16, with or without a byte-order mark, is named as such", arguments: [String.Encoding.utf16, .utf16LittleEndian, .utf16BigEndian])
    func utf16(_ encoding: String.Encoding) throws {
        let data = try #require(smallChartYAML.data(using: encoding))
        let d = try #require(only(ChartLoader.load(data: data, file: "bagan.yaml")))
        #expect(d.problem == .fileUTF16)
        #expect(d.problem.text(.indonesian).hasPrefix("UTF-16: simpan sebagai UTF-8"))
        #expect(d.problem.text(.english).hasPrefix("UTF-16: save as UTF-8"))
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("skenario.yaml").path
        try #require("format: ramping-scenario/1\n".data(using: encoding)).write(to: URL(fileURLWithPath: path))
        #expect(ScenarioLoader.load(path: path).diagnostics.first?.problem == .fileUTF16)
    }

    @Test("a chart or scenario that is one value: at that value, with the right format as a hint")
    func scalarDocuments() throws {
        let chart = try #require(only(load("\nhalo\n")))
        #expect(chart.problem == .documentNotMapping(found: "halo", scenario: false))
        #expect(chart.position == SourcePosition(line: 2, column: 1))
        let scenario = ScenarioLoader.load(text: "- merge\n", file: "s.yaml")
        #expect(scenario.diagnostics.first?.problem == .documentNotMapping(found: "[ … ]", scenario: true))
        #expect(scenario.diagnostics.first?.position == SourcePosition(line: 1, column: 1))
        #expect(ScenarioLoader.load(text: "", file: "s.yaml").diagnostics.first?.problem == .scenarioEmpty)
        #expect(ScenarioLoader.load(text: "# nanti\n", file: "s.yaml").diagnostics.first?.problem == .scenarioEmpty)
    }

    @Test("bounds at their line", arguments: [
        ("seats: 2", "seats: 10001", "seats"), ("seats: 2", "seats: 9223372036854775807", "seats"),
        ("volume: 3000", "volume: 10000001", "workload.volume"), ("minutes: 15", "minutes: 525601", "workload.minutes"),
        ("as_of: 2026-01-01", "as_of: 2201-01-01", "as_of"), ("since: 2021-03-01", "since: 1899-12-31", "since"),
    ])
    func bounds(_ change: (String, String, String)) throws {
        let yaml = smallChartYAML.replacingFirst(change.0, with: change.1)
        let d = try #require(only(load(yaml)))
        guard case .outOfRange(let field, _, _) = d.problem else { Issue.record("got \(d.problem)"); return }
        #expect(field == change.2)
        #expect(d.position?.line == lineNumber(of: change.1, in: yaml))
    }

    @Test("the highest values within the bounds are accepted")
    func withinBounds() {
        let yaml = smallChartYAML.replacingFirst("seats: 2", with: "seats: 10000")
            .replacingFirst("volume: 3000, minutes: 15", with: "volume: 10000000, minutes: 525600")
            .replacingFirst("as_of: 2026-01-01", with: "as_of: 2200-12-31")
        #expect(load(yaml).isValid, "\(englishDiagnostics(load(yaml)))")
    }

    @Test("settings: hours, fit points and allowances are bounded", arguments: [
        "sensitivity_hours: [0.000001]", "effective_hours: 9000", "fit_potential: [1001, 0, 0]",
        "structural_allowance: { II.b: 1000000001 }",
    ])
    func settingBounds(_ setting: String) throws {
        let yaml = smallChartYAML.replacingFirst("as_of: 2026-01-01", with: "as_of: 2026-01-01\n  settings: { \(setting) }")
        let d = try #require(only(load(yaml)))
        guard case .outOfRange = d.problem else { Issue.record("got \(d.problem)"); return }
        #expect(d.position?.line == 7)
    }
}

@Suite("Writing files: all or nothing, mode and links kept")
struct AtomicFileTests {
    @Test("a second file that cannot be written leaves the first untouched, and no temporary file behind")
    func allOrNothing() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = folder.appendingPathComponent("bagan.yaml").path
        try Data("lama".utf8).write(to: URL(fileURLWithPath: first))
        #expect(throws: AtomicFile.WriteError.self) {
            try AtomicFile.write([(Data("baru".utf8), first), (Data("laporan".utf8), folder.appendingPathComponent("tidak-ada/l.md").path)])
        }
        #expect(try String(contentsOfFile: first, encoding: .utf8) == "lama")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["bagan.yaml"])
    }

    @Test("an empty name, a folder, and the same file twice are refused")
    func refused() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(throws: AtomicFile.WriteError.self) { try AtomicFile.write(Data(), to: "") }
        #expect(throws: AtomicFile.WriteError.self) { try AtomicFile.write(Data(), to: folder.path) }
        let path = folder.appendingPathComponent("a.md").path
        #expect(throws: AtomicFile.WriteError.self) { try AtomicFile.write([(Data("1".utf8), path), (Data("2".utf8), path)]) }
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test("the mode of an overwritten file is kept, through a chain of links")
    func modeThroughLinks() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let real = folder.appendingPathComponent("nyata.yaml").path
        try Data("lama".utf8).write(to: URL(fileURLWithPath: real))
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: real)
        let one = folder.appendingPathComponent("satu.yaml").path, two = folder.appendingPathComponent("dua.yaml").path
        try FileManager.default.createSymbolicLink(atPath: one, withDestinationPath: "nyata.yaml")
        try FileManager.default.createSymbolicLink(atPath: two, withDestinationPath: one)
        try AtomicFile.write("baru", to: two)
        #expect(try String(contentsOfFile: real, encoding: .utf8) == "baru")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: two) == one)
        #expect(try FileManager.default.attributesOfItem(atPath: real)[.posixPermissions] as? Int == 0o600)
    }
}
