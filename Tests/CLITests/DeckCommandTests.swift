import Foundation
import Testing
import TestSupport

/// `ramping deck` on the command line: the settings it reads and the bad input it refuses.
@Suite struct DeckCommandTests {
    @Test func refusesAnOutputThatIsNotADeck() throws {
        let r = try runRamping(["deck", "OrgCharts/kabupaten-contoh.yaml", "-o", "paparan.docx"])
        #expect(r.status != 0)
        #expect(r.stderr.contains(".pdf or .pptx"))
    }

    @Test func warnsWhenTheRecommendedScenarioIsNotGiven() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let chart = try String(contentsOfFile: repoPath("OrgCharts/kabupaten-contoh.yaml"), encoding: .utf8)
        // Settings for the deck: the presenting unit and a recommendation that is not among the scenarios.
        let edited = chart.replacingFirst("  settings:\n", with: "  settings:\n    deck_presenter: Bagian Organisasi Setda Contoh\n    deck_recommended: Skenario X\n")
        #expect(edited != chart)
        let path = folder.appendingPathComponent("contoh.yaml").path
        try edited.write(toFile: path, atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("paparan.pdf").path
        let r = try runRamping(["deck", path, "-o", out])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("Skenario X") && r.stderr.contains("deck_recommended"))
        let pdf = try String(decoding: Data(contentsOf: URL(fileURLWithPath: out)), as: UTF8.self)
        #expect(pdf.hasPrefix("%PDF-"))
        guard let pdftotext = ["/usr/bin/pdftotext", "/usr/local/bin/pdftotext"].first(where: FileManager.default.isExecutableFile) else { return }
        let text = try run(pdftotext, ["-f", "1", "-l", "1", out, "-"]).stdout
        #expect(text.contains("Bagian Organisasi Setda Contoh"))
    }
}
