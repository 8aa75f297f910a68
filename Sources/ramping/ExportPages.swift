import ArgumentParser
import Foundation
import OrgExport
import OrgModel

/// `--page`: 16:9, a4, a3 or f4.
enum PageChoice: String, ExpressibleByArgument, CaseIterable {
    case slide = "16:9", a4, a3, f4
}

extension DiagramStyle: ExpressibleByArgument {}

/// Page-fitted pictures (`export --page`): one file per page, or one PDF of every page.
///
/// - One unit (or the whole chart): a PDF holds all its pages; SVG and PNG write `NAME.svg` for the
///   first page and `NAME-2.svg`, `NAME-3.svg`, … for the next.
/// - `--each -o FOLDER`: a numbered set, one page a file: `001-setda.svg`, `002-setda.asisten-1.svg`, …
/// - `--each --format pdf -o NAME.pdf`: the whole set as one PDF (a book with every perangkat daerah).
extension Export {
    var pageSpec: PageSpec? {
        guard [.svg, .pdf, .png].contains(format) else { return nil }
        if let page { return PageSpec(PageSpec.Size(rawValue: page.rawValue)!, portrait: portrait) }
        return style == .perbup ? PageSpec(.a3, portrait: portrait) : nil
    }

    func validatePages() throws {
        if page != nil && ![.svg, .pdf, .png].contains(format) { throw ValidationError("--page belongs to the pictures: --format svg, pdf or png") }
        if portrait && page == nil && style != .perbup { throw ValidationError("--portrait goes with --page") }
        if style == .perbup && view != .units { throw ValidationError("--style perbup draws the units view: add --view units") }
        if style == .perbup && [.graphml, .yed].contains(format) { throw ValidationError("--style belongs to dot, svg, pdf and png") }
    }

    func runPages(_ graph: OrgGraph, spec: PageSpec, view: ExportView, base: OrgGraph?) throws {
        let l = common.language
        let pager = PagedDiagram(page: spec, view: view, options: DiagramOptions(style: style, showNames: showNames),
                                 language: l, depth: depth, base: base)
        let renderFormat = Renderer.Format(rawValue: format.rawValue)!
        do {
            guard each else {
                let pages = try pager.pages(graph, unit: unit)
                try write(pages, format: renderFormat, graph: graph, pager: pager)
                return
            }
            let top = unit.flatMap { graph.unitIndex[$0] } ?? graph.rootUnit
            if let unit, graph.unitIndex[unit] == nil { _ = try pager.pages(graph, unit: unit) }   // reports an unknown unit
            let units = Array(graph.unitChildren[top])
            let sets = try pagesInParallel(units.map { graph.units[$0].id }, graph: graph, pager: pager)
            let all = sets.flatMap { $0 }
            if let output, format == .pdf, output.lowercased().hasSuffix(".pdf") {
                let subject: String
                switch view {
                case .units: subject = l.pick("Struktur organisasi", "Organisation structure")
                case .positions: subject = l.pick("Peta jabatan", "Position map")
                case .people: subject = l.pick("Jabatan dan pemangku", "Posts and holders")
                }
                let title = l.pick("\(subject) setiap perangkat daerah — ", "\(subject) of every perangkat daerah — ") + graph.chart.organisation.name + ", " + l.pick("per ", "as of ") + l.date(graph.asOf)
                let data = try Renderer.render(pages: all, as: .pdf, title: title, date: graph.asOf)
                try writeOutput(data[0], to: output, language: l)
                return
            }
            guard let folder = output else { throw ExitCode(2) }
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                Console.error(l.pick("folder \(folder) tidak dapat dibuat", "folder \(folder) cannot be created"))
                throw ExitCode(2)
            }
            let progress = Progress()
            let digits = max(3, String(all.count).count)
            for (k, page) in all.enumerated() {
                progress.update(l.pick("halaman", "page"), k, all.count)
                let data = try Renderer.render(pages: [page], as: renderFormat, title: page.title, date: graph.asOf)
                progress.finish()
                let number = String(repeating: "0", count: digits - String(k + 1).count) + String(k + 1)
                try writeOutput(data[0], to: (folder as NSString).appendingPathComponent("\(number)-\(page.unit).\(format.rawValue)"), language: l)
            }
        } catch let error as ExportError {
            Console.error("ramping export: \(error.text(l))")
            throw ExitCode(error == .graphvizMissing || error == .rsvgMissing ? 2 : 1)
        }
    }

    /// The pages of each unit, laid out two at a time (Graphviz runs as a separate process).
    func pagesInParallel(_ units: [String], graph: OrgGraph, pager: PagedDiagram) throws -> [[DiagramPage]] {
        final class Results: @unchecked Sendable {
            var sets: [[DiagramPage]?]
            var error: Error?
            let lock = NSLock()
            init(_ n: Int) { sets = Array(repeating: nil, count: n) }
        }
        let results = Results(units.count)
        let figures = ExportFigures(graph)   // the chart's figures once, for every unit's pages
        let workers = max(1, min(2, ProcessInfo.processInfo.activeProcessorCount))
        DispatchQueue.concurrentPerform(iterations: workers) { w in
            for k in stride(from: w, to: units.count, by: workers) {
                do {
                    let pages = try pager.pages(graph, unit: units[k], figures: figures)
                    results.lock.withLock { results.sets[k] = pages }
                } catch {
                    results.lock.withLock { results.error = results.error ?? error }
                }
            }
        }
        if let error = results.error { throw error }
        return results.sets.map { $0 ?? [] }
    }

    func write(_ pages: [DiagramPage], format renderFormat: Renderer.Format, graph: OrgGraph, pager: PagedDiagram) throws {
        let l = common.language
        if renderFormat == .pdf {
            let data = try Renderer.render(pages: pages, as: .pdf, title: pages.first?.chartTitle ?? "", date: graph.asOf)
            try writeOutput(data[0], to: output, language: l)
            return
        }
        let files = try Renderer.render(pages: pages, as: renderFormat, title: "", date: graph.asOf)
        guard let output else {
            guard files.count == 1 else {
                Console.error(l.pick("ramping export: \(files.count) halaman; tulis ke berkas dengan -o NAMA.\(format.rawValue) (halaman berikutnya NAMA-2.\(format.rawValue), …) atau --format pdf",
                                     "ramping export: \(files.count) pages; write them to files with -o NAME.\(format.rawValue) (the next pages NAME-2.\(format.rawValue), …) or --format pdf"))
                throw ExitCode(2)
            }
            try writeOutput(files[0], to: nil, language: l)
            return
        }
        let ext = (output as NSString).pathExtension
        let stem = ext.isEmpty ? output : String(output.dropLast(ext.count + 1))
        for (k, data) in files.enumerated() {
            try writeOutput(data, to: k == 0 ? output : "\(stem)-\(k + 1)\(ext.isEmpty ? "" : "." + ext)", language: l)
        }
    }
}
