import ArgumentParser
import OrgFiles
import OrgModel

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check one or more chart files and list every problem found.",
        discussion: """
            Every problem is one line an editor can jump to:
              FILE:LINE:COLUMN: error: MESSAGE
              FILE:LINE:COLUMN: warning: MESSAGE
            Errors make a chart invalid; warnings (more people than seats, a rank outside the eselon's range, \
            an unknown field) are worth a look but allowed.

            Example:
              ramping validate OrgCharts/kabupaten-contoh.yaml OrgCharts/kabupaten-sragen.yaml

            Exit status: 0 every chart is valid, 1 at least one is invalid, 2 a file could not be read.
            """
    )

    @OptionGroup var common: CommonOptions

    @Argument(help: "The chart files (format: ramping/1).")
    var charts: [String]

    @Flag(name: .long, help: "Print errors only, not warnings.")
    var quiet = false

    func validate() throws {
        if charts.isEmpty { throw ValidationError("name at least one chart file, e.g. ramping validate OrgCharts/kabupaten-contoh.yaml") }
    }

    func run() throws {
        let l = common.language
        var worst: Int32 = 0
        for path in charts {
            let loaded = ChartLoader.load(path: path, options: common.loadOptions)
            for d in loaded.diagnostics where !(quiet && d.severity == .warning) { Console.out(d.rendered(l) + "\n") }
            let errors = loaded.diagnostics.errorCount, warnings = loaded.diagnostics.warningCount
            if loaded.unreadable {
                worst = 2
            } else if !loaded.isValid {
                worst = max(worst, 1)
                Console.out(CLIMessage.chartInvalid(path: path, errors: errors, warnings: warnings).text(l) + "\n")
            } else {
                Console.out(CLIMessage.chartValid(path: path, warnings: warnings).text(l) + "\n")
            }
        }
        if worst != 0 { throw ExitCode(worst) }
    }
}
