import Foundation
import Testing
import TestSupport

/// Options that take one of a closed set list the set in `--help` and refuse anything else with exit 2.
@Suite("Closed-set options")
struct OptionChoicesTests {
    @Test("--help lists the values of --view, --fail-on and --lang")
    func helpListsValues() throws {
        let export = try runRamping(["export", "--help"]).stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(export.contains("(values: units, positions, people; default: positions)"))
        #expect(export.contains("(values: id, en)"))
        let analyse = try runRamping(["analyse", "--help"]).stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(analyse.contains("(values: error, warning)"))
    }

    @Test("a value outside the set is a usage error (exit 2) naming the set", arguments: [
        ["export", "OrgCharts/kabupaten-contoh.yaml", "--format", "dot", "--view", "unit"],
        ["analyse", "compliance", "OrgCharts/kabupaten-contoh.yaml", "--fail-on", "errors"],
        ["info", "OrgCharts/kabupaten-contoh.yaml", "--lang", "indonesia"],
    ])
    func refused(_ arguments: [String]) throws {
        let r = try runRamping(arguments)
        #expect(r.status == 2, "\(r.stderr)")
        #expect(r.stderr.contains("Please provide one of"), "\(r.stderr)")
    }

    @Test("--fail-on belongs to analyse compliance")
    func failOnElsewhere() throws {
        #expect(try runRamping(["analyse", "spans", "OrgCharts/kabupaten-contoh.yaml", "--fail-on", "error"]).status == 2)
    }
}
