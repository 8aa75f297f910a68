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
                            "2026-01-01", "kec-kota"]

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
}
