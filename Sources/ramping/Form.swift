import ArgumentParser
import Foundation
import OrgModel
import OrgSpreadsheet

extension OrgSpreadsheet.Form: ExpressibleByArgument {}

struct FormCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "form",
        abstract: "Write the forms planners file, as Excel workbooks: peta jabatan, rekap ABK, ABK per jabatan, DUK.",
        discussion: """
            peta-jabatan  No (1, 1.1 …) | Nama Jabatan | Jenis Jabatan | Kelas Jabatan | B | K | +/-: B people in
                          post, K the formasi, B − K with + on a surplus; JUMLAH per unit and in total
            rekap-abk     rekapitulasi ABK per perangkat daerah: people in post, the need from ABK, kelebihan /
                          kekurangan, a section row per unit, TOTAL
            abk           the ABK worksheet of a post: tasks, volume, minutes, WKE, need to 4 decimals, JUMLAH,
                          PEMBULATAN (one sheet per post with workload under --unit, or --position ID)
            duk           daftar urut kepangkatan of the PNS: golongan highest first, then TMT golongan, then age

            Without --unit, peta-jabatan and rekap-abk write a summary sheet (Rekap) and one sheet per perangkat
            daerah. Forms are in Indonesian, as they are filed. -o FILE.csv writes CSV for Indonesian Excel
            instead (';', UTF-8 with BOM, decimal commas, NIPs kept as text); sheets follow one another.

            Examples:
              ramping form peta-jabatan OrgCharts/kabupaten-contoh.yaml -o peta-jabatan.xlsx
              ramping form peta-jabatan OrgCharts/kabupaten-sragen.yaml --unit dpmptsp -o peta-dpmptsp.xlsx
              ramping form rekap-abk OrgCharts/kabupaten-sragen.yaml -o rekap-abk.xlsx
              ramping form abk OrgCharts/kabupaten-contoh.yaml --unit bkpsdm -o abk-bkpsdm.xlsx
              ramping form duk OrgCharts/kabupaten-contoh.yaml -o duk.xlsx
              ramping form duk OrgCharts/kabupaten-contoh.yaml -o duk.csv
            """
    )

    @OptionGroup var common: CommonOptions

    @Argument(help: "peta-jabatan, rekap-abk, abk or duk.")
    var form: OrgSpreadsheet.Form

    @Argument(help: "The chart file.")
    var chart: String

    @Option(help: "Only this unit and what is below it (its code or its exact name).")
    var unit: String?

    @Option(help: "abk: only this post (its code).")
    var position: String?

    @Option(name: .shortAndLong, help: "The file to write: .xlsx, or .csv for Indonesian Excel.")
    var output: String

    var isCSV: Bool { output.lowercased().hasSuffix(".csv") }

    func validate() throws {
        if !isCSV && !output.lowercased().hasSuffix(".xlsx") {
            throw ValidationError("-o takes a file ending in .xlsx (or .csv), not '\(output)'")
        }
        if position != nil && form != .abk { throw ValidationError("--position belongs to 'ramping form abk'") }
        if position != nil && unit != nil { throw ValidationError("give --position or --unit, not both") }
    }

    func run() throws {
        let l = common.language
        let graph = try common.loadValid(chart)
        var scope = FormScope()
        if let unit {
            guard let u = graph.unitIndex[unit] ?? graph.units.firstIndex(where: { $0.name.lowercased() == unit.lowercased() }) else {
                let hint = closestSpelling(to: unit, among: graph.units.map(\.id)).map { l.pick(" (maksudnya '\($0)'?)", " (did you mean '\($0)'?)") } ?? ""
                Console.error(l.pick("--unit: unit '\(unit)' tidak ada\(hint)", "--unit: unit '\(unit)' does not exist\(hint)"))
                throw ExitCode(2)
            }
            scope.unit = u
        }
        if let position {
            guard let p = graph.positionIndex[position] else {
                let hint = closestSpelling(to: position, among: graph.positions.map(\.id)).map { l.pick(" (maksudnya '\($0)'?)", " (did you mean '\($0)'?)") } ?? ""
                Console.error(l.pick("--position: jabatan '\(position)' tidak ada\(hint)", "--position: post '\(position)' does not exist\(hint)"))
                throw ExitCode(2)
            }
            if graph.positions[p].workload.isEmpty {
                Console.error(l.pick("--position: jabatan '\(graph.positions[p].title)' belum punya data beban kerja (workload)",
                                     "--position: post '\(graph.positions[p].title)' has no workload data"))
                throw ExitCode(1)
            }
            scope.position = p
        }
        let document = Forms.document(form, graph, scope: scope)
        if form == .abk && document.sheets.isEmpty {
            Console.error(l.pick("tidak ada jabatan dengan data beban kerja (workload) di sini; tidak ada yang ditulis",
                                 "no post here has workload data; nothing was written"))
            throw ExitCode(1)
        }
        if isCSV {
            try writeOutput(Data(SpreadsheetCSV.indonesian(document).utf8), to: output, language: l)
        } else {
            try writeWorkbook(document, to: output, language: l)
        }
    }
}
