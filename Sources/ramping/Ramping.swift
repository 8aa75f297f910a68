import ArgumentParser

struct Ramping: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ramping",
        abstract: "Restructure and staff a regional government (kabupaten/kota): check, analyse and draw its org chart.",
        discussion: """
            Ramping reads an OrgChart file (format: ramping/1, YAML) that describes the units, posts, \
            people, competencies and career paths of a pemda, checks it against the regulations, analyses \
            it, replays restructuring scenarios on it, and draws it for the DPRD.

            Examples:
              ramping validate OrgCharts/kabupaten-contoh.yaml
              ramping info OrgCharts/kabupaten-sragen.yaml --lang en
              ramping analyse compliance OrgCharts/kabupaten-sragen.yaml
              ramping compare OrgCharts/kabupaten-sragen.yaml OrgCharts/scenarios/*.yaml
              ramping export OrgCharts/kabupaten-sragen.yaml --format pdf --unit dpmptsp -o dpmptsp.pdf

            The file formats: docs/orgchart-format.md and docs/scenarios.md.

            Messages and reports are in Indonesian unless you pass --lang en (or set RAMPING_LANG=en).
            Exit status: 0 success, 1 the chart is invalid, 2 wrong use or a file could not be read.
            """,
        version: "0.1.0",
        subcommands: [Validate.self, Info.self, Analyse.self, Simulate.self, Compare.self, Export.self, Import.self, New.self, FormCommand.self, Rollup.self,
                      DeckCommand.self, Serve.self, User.self]
    )
}
