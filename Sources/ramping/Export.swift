import ArgumentParser
import Foundation
import OrgExport
import OrgFiles
import OrgModel
import OrgSpreadsheet

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Export a chart as GraphML (NetworkX, Gephi), yEd GraphML, Graphviz DOT, or a drawn SVG, PDF or PNG.",
        discussion: """
            Views:
              units      the structure of perangkat daerah (units only)
              positions  the peta jabatan: every post with eselon or jenjang, class, seats filled, need, vacancies
              people     posts with their holders: every field of the chart (GraphML reads back with `ramping import`)

            Examples:
              ramping export OrgCharts/kabupaten-sragen.yaml --format svg --view units -o Exports/struktur.svg
              ramping export OrgCharts/kabupaten-sragen.yaml --format pdf --unit dpmptsp -o Exports/dpmptsp.pdf
              ramping export OrgCharts/kabupaten-contoh.yaml --format graphml --view people -o contoh.graphml
              ramping export OrgCharts/kabupaten-contoh.yaml --format yed --groups -o contoh-yed.graphml
              ramping export OrgCharts/kabupaten-sragen.yaml --format pdf --each -o Exports/peta-jabatan/
              ramping export Exports/sragen-gabung.yaml --diff OrgCharts/kabupaten-sragen.yaml --format svg --unit dinkessos -o diff.svg
              ramping export OrgCharts/kabupaten-contoh.yaml --format xlsx -o bagan.xlsx

            xlsx writes the whole chart as Ramping's own workbook (sheets Organisasi, Unit, Jabatan, Beban Kerja,
            Pegawai, Kompetensi, Jalur Karier) to edit in Excel; `ramping import bagan.xlsx` reads it back.

            Text formats (graphml, yed, dot, svg) go to standard output without -o; pdf and png need -o.
            Files are written whole or not at all. svg, pdf and png need Graphviz (apt-get install graphviz).
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case graphml, yed, dot, svg, pdf, png, xlsx }

    @OptionGroup var common: CommonOptions

    @Argument(help: "The chart file.")
    var chart: String

    @Option(help: "graphml, yed, dot, svg, pdf, png or xlsx.")
    var format: Format

    @Option(help: "What the picture shows: units, positions (the peta jabatan) or people.")
    var view: ExportView = .positions

    @Option(help: "Only this unit and what is below it (its id).")
    var unit: String?

    @Option(help: "Only this many levels of units below the top one.")
    var depth: Int?

    @Flag(help: "yed: draw units as collapsible groups holding their posts.")
    var groups = false

    @Option(help: "Mark what changed against this chart (the one before a scenario): added, abolished, moved, converted.")
    var diff: String?

    @Flag(help: "One file per perangkat daerah (each unit under the top one) into the folder given by -o.")
    var each = false

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    @Option(help: "svg, pdf, png: fit the drawing to a page, 16:9 (a 1920×1080 slide), a4, a3 or f4 (landscape; see --portrait); a unit too big for one page is split into an overview and a page per bidang.")
    var page: PageChoice?

    @Flag(help: "With --page: the page upright instead of landscape.")
    var portrait = false

    @Option(help: "Boxes: standard; bkn (peta jabatan: nama jabatan, kelas, B | K | ±); perbup (units view: the black-and-white bagan of a Perbup, A3 unless --page).")
    var style: DiagramStyle = .standard

    @Flag(help: "Holders' names in the boxes (personal data: UU 27/2022).")
    var showNames = false

    func validate() throws {
        if let depth, depth < 0 { throw ValidationError("--depth takes 0 or more levels") }
        if output == nil && (format == .pdf || format == .png || format == .xlsx) {
            throw ValidationError("--format \(format.rawValue) needs -o FILE (it is not text)")
        }
        if format == .xlsx && (each || diff != nil || unit != nil || depth != nil) {
            throw ValidationError("--format xlsx writes the whole chart as a workbook: leave out --each, --diff, --unit and --depth")
        }
        if groups && format != .yed { throw ValidationError("--groups belongs to --format yed") }
        try checkOutputPath(output, option: "-o")
        if each && output == nil { throw ValidationError("--each needs -o FOLDER: one file per perangkat daerah goes there") }
        if diff != nil && format == .yed { throw ValidationError("--diff draws dot, svg, pdf, png or graphml") }
        try validatePages()
    }

    func run() throws {
        let graph = try common.loadValid(chart)
        let l = common.language
        if format == .xlsx, let output {
            try writeWorkbook(ChartWorkbook.document(graph.chart), to: output, language: l)
            return
        }
        let exportView = view
        let base = try diff.map { try common.loadValid($0) }
        if let spec = pageSpec {
            try runPages(graph, spec: spec, view: exportView, base: base)
            return
        }
        guard each, let folder = output else {
            let exported = try scope(graph, unit: unit, view: exportView, l, base: base)
            let posts = exported.nodes.count { $0.kind == .position }
            if [.svg, .pdf, .png].contains(format) && posts > 150 {
                Console.error(.tooManyPostsForOnePicture(posts: posts), l)
            }
            let data = try render(exported, l, asOf: graph.asOf)
            try writeOutput(data, to: output, language: l)
            return
        }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            Console.error(.folderNotCreated(path: folder), l)
            throw ExitCode(2)
        }
        let top = unit.flatMap { graph.unitIndex[$0] } ?? graph.rootUnit
        if unit != nil { _ = try scope(graph, unit: unit, view: exportView, l) }   // reports an unknown unit
        let ext = format == .yed ? "graphml" : format.rawValue
        let progress = Progress()
        let figures = ExportFigures(graph)   // the chart's figures once, for every page
        for (k, u) in graph.unitChildren[top].enumerated() {
            progress.update(CLIMessage.progressPerangkatDaerah.text(l), k, graph.unitChildren[top].count)
            let id = graph.units[u].id
            let data = try render(try scope(graph, unit: id, view: exportView, l, base: base, figures: figures), l, asOf: graph.asOf)
            progress.finish()
            try writeOutput(data, to: (folder as NSString).appendingPathComponent("\(id).\(ext)"), language: l)
        }
    }

    func scope(_ graph: OrgGraph, unit: String?, view: ExportView, _ l: Language, base: OrgGraph? = nil,
               figures: ExportFigures? = nil) throws -> ExportGraph {
        do {
            var g = try ExportGraph(graph, view: view, unit: unit, depth: depth, language: l, figures: figures)
            if let base { g.markDifferences(from: base) }
            return g
        } catch let error as ExportError {
            Console.error("ramping export: \(error.text(l))")
            throw ExitCode(2)
        }
    }

    func render(_ exported: ExportGraph, _ l: Language, asOf: Day? = nil) throws -> Data {
        do {
            switch format {
            case .graphml: return Data(GraphMLWriter.write(exported).utf8)
            case .yed: return Data(GraphMLWriter.write(exported, flavour: .yEd(groups: groups)).utf8)
            case .dot: return Data(DOTWriter.write(exported, options: DiagramOptions(style: style, showNames: showNames)).utf8)
            case .xlsx: return Data()   // written whole in run()
            case .svg, .pdf, .png:
                return try Renderer.render(dot: DOTWriter.write(exported, options: DiagramOptions(style: style, showNames: showNames)), as: Renderer.Format(rawValue: format.rawValue)!, date: asOf)
            }
        } catch let error as ExportError {
            Console.error("ramping export: \(error.text(l))")
            throw ExitCode(error == .graphvizMissing ? 2 : 1)
        }
    }
}

/// Writes to `path` atomically, or to standard output; a failure is reported and exits 2.
func writeOutput(_ data: Data, to path: String?, language l: Language) throws {
    guard let path else { return Console.out(data) }
    try writeOutputs([(data, path)], language: l)
}
