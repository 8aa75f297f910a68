import Foundation
import Testing
import OrgFiles
import OrgModel
import TestSupport

@Suite("Files that are not charts get a clear message, not a crash")
struct FileInputTests {
    func only(_ loaded: LoadedChart) -> Diagnostic? {
        #expect(loaded.diagnostics.count == 1, "\(englishDiagnostics(loaded))")
        #expect(!loaded.isValid)
        return loaded.diagnostics.first
    }

    @Test func emptyFile() {
        #expect(only(load(""))?.problem == .fileEmpty)
        #expect(only(load("# only a comment\n\n"))?.problem == .fileEmpty)
    }

    @Test func binaryFile() {
        let data = Data([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00])   // the start of a .xlsx (zip)
        #expect(only(ChartLoader.load(data: data, file: "bagan.xlsx"))?.problem == .fileBinary)
    }

    @Test func notUTF8() {
        let data = Data("format: ramping/1\nname: Caf".utf8) + Data([0xE9, 0x0A])   // Latin-1 é
        #expect(only(ChartLoader.load(data: data, file: "latin1.yaml"))?.problem == .fileNotUTF8)
    }

    @Test func byteOrderMarkIsAccepted() {
        let data = Data([0xEF, 0xBB, 0xBF]) + Data(smallChartYAML.utf8)
        #expect(ChartLoader.load(data: data, file: "bom.yaml").isValid)
    }

    @Test func syntaxErrorAtItsLine() throws {
        let yaml = smallChartYAML.replacingFirst("type: B }", with: "type: B")
        let d = try #require(only(load(yaml)))
        guard case .yamlSyntax = d.problem else { Issue.record("got \(d.problem)"); return }
        #expect(d.position?.line != nil)
        #expect(d.rendered(.english).contains("YAML syntax error"))
    }

    @Test func tabIndentation() throws {
        let yaml = "format: ramping/1\norganisation:\n\tid: x\n"
        let d = try #require(only(load(yaml)))
        guard case .yamlSyntax = d.problem else { Issue.record("got \(d.problem)"); return }
        #expect(d.position?.line == 3)
    }

    @Test func duplicateKey() throws {
        let yaml = smallChartYAML.replacingFirst("seats: 2", with: "seats: 2\n    seats: 3")
        let d = try #require(only(load(yaml)))
        #expect(d.problem == .yamlDuplicateKey(key: "seats"))
        #expect(d.position?.line == lineNumber(of: "seats: 2", in: yaml))
    }

    @Test func severalDocuments() {
        #expect(only(load(smallChartYAML + "---\nformat: ramping/1\n"))?.problem == .yamlSeveralDocuments)
    }

    @Test func topLevelList() {
        let d = only(load("- a\n- b\n"))
        #expect(d?.problem == .documentNotMapping(found: "[ … ]", scenario: false))
        #expect(d?.position == SourcePosition(line: 1, column: 1))
    }

    @Test("an alias bomb is refused, not expanded")
    func aliasBomb() {
        // One list of 300 tasks written once (~10 KB) and named by 300 posts: 90,000 tasks to read from a
        // file of ~35 KB. (A list of lists, as YAML's "billion laughs" nests them, is refused as the wrong
        // type before it is walked, so the tasks here are a flat list.)
        let tasks = (0..<300).map { "{ task: t\($0), volume: 1, minutes: 1 }" }.joined(separator: ", ")
        var posts = ""
        for i in 0..<300 {
            posts += "  - { id: p\(i), title: P, unit: dinas.bidang, level: pelaksana, workload: \(i == 0 ? "&w [\(tasks)]" : "*w") }\n"
        }
        let yaml = smallChartYAML.replacingFirst("people:\n", with: posts + "people:\n")
        let loaded = load(yaml)
        #expect(loaded.diagnostics.contains { $0.problem == .yamlAliasExpansion },
                "\(loaded.diagnostics.filter { $0.severity == .error }.prefix(3).map { $0.rendered(.english) })")
        #expect(!loaded.isValid)
    }

    @Test func missingFileIsUnreadable() {
        let loaded = ChartLoader.load(path: "/nonexistent/bagan.yaml")
        #expect(loaded.unreadable)
        #expect(loaded.diagnostics.first?.problem == .fileNotFound(path: "/nonexistent/bagan.yaml"))
    }

    @Test func folderIsUnreadable() {
        #expect(ChartLoader.load(path: repoPath("OrgCharts")).unreadable)
    }

    @Test("a file over the size limit is refused before it is read")
    func tooLarge() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("besar.yaml").path
        try Data(smallChartYAML.utf8).write(to: URL(fileURLWithPath: path))
        let loaded = ChartLoader.load(path: path, options: LoadOptions(maxFileBytes: 100))
        guard case .fileTooLarge(let bytes, let limit) = loaded.diagnostics.first?.problem else {
            Issue.record("expected fileTooLarge, got \(englishDiagnostics(loaded))"); return
        }
        #expect(bytes == smallChartYAML.utf8.count && limit == 100)
        #expect(!loaded.unreadable)
    }

    @Test("a large generated chart loads in one piece")
    func largeChart() {
        var yaml = smallChartYAML
        var posts = ""
        for i in 0..<5_000 {
            posts += "  - { id: p\(i), title: Pelaksana \(i), unit: dinas.bidang, level: pelaksana, seats: 3 }\n"
        }
        yaml = yaml.replacingFirst("people:\n", with: posts + "people:\n")
        let loaded = load(yaml)
        #expect(loaded.isValid)
        #expect(loaded.graph?.positions.count == 5_004)
    }
}

@Suite("Only regular files are read")
struct RegularFileTests {
    @Test("a device is refused at once, not read forever", arguments: ["/dev/zero", "/dev/null"])
    func device(_ path: String) {
        let loaded = ChartLoader.load(path: path)
        #expect(loaded.unreadable)
        #expect(loaded.diagnostics.first?.message(.english).contains("not a regular file") == true)
        #expect(ScenarioLoader.load(path: path).unreadable)
    }

    @Test func folder() {
        #expect(ChartLoader.load(path: "/tmp").diagnostics.first?.message(.english).contains("it is a folder; name a file inside it") == true)
    }
}
