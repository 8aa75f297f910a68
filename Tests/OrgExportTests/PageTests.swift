import Foundation
import Testing
import OrgExport
import OrgFiles
import OrgModel
import TestSupport

/// What a page-sized SVG measures: its size, its smallest text as shown on a 1920 × 1080 screen, and
/// whether anything is drawn outside it.
struct PageMeasure {
    var width: Double
    var height: Double
    var title: String
    /// Smallest text in pixels when the page is shown as large as fits on 1920 × 1080.
    var smallestPixels: Double
    /// The drawing's box on the page (from Graphviz's background polygon), and the page's own text.
    var drawingBox: (minX: Double, minY: Double, maxX: Double, maxY: Double)
    var textInside: Bool

    init(_ svg: String) throws {
        func number(_ pattern: String, _ text: String) throws -> [Double] {
            let regex = try NSRegularExpression(pattern: pattern)
            guard let m = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) else { throw MeasureError.missing(pattern) }
            return (1..<m.numberOfRanges).map { Double(text[Range(m.range(at: $0), in: text)!])! }
        }
        let size = try number(#"viewBox="0 0 ([\d.]+) ([\d.]+)""#, svg)
        (width, height) = (size[0], size[1])
        title = try NSRegularExpression(pattern: "<title>([^<]*)</title>").firstMatch(in: svg, range: NSRange(svg.startIndex..., in: svg))
            .map { String(svg[Range($0.range(at: 1), in: svg)!]) } ?? ""
        let transform = try number(#"<g id="drawing" transform="translate\(([-\d.]+) ([-\d.]+)\) scale\(([\d.]+)\)">"#, svg)
        let (tx, ty, s) = (transform[0], transform[1], transform[2])
        let start = svg.range(of: "<g id=\"drawing\"")!.lowerBound
        let end = svg.range(of: "<g id=\"legend\"")?.lowerBound ?? svg.endIndex
        let drawing = String(svg[start..<end]), rest = String(svg[..<start]) + String(svg[end...])
        let fonts = { (text: String) in
            try NSRegularExpression(pattern: #"font-size="([\d.]+)""#).matches(in: text, range: NSRange(text.startIndex..., in: text))
                .map { Double(text[Range($0.range(at: 1), in: text)!])! }
        }
        let pixels = min(1920 / width, 1080 / height)
        let smallest = min((try fonts(drawing).min() ?? .infinity) * s, try fonts(rest).min() ?? .infinity)
        smallestPixels = smallest * pixels
        // Graphviz: <g id="graph0" ... translate(a b)> then the background polygon covering the drawing.
        let inner = try number(#"id="graph0"[^>]*translate\(([-\d.]+) ([-\d.]+)\)"#, drawing)
        let points = try NSRegularExpression(pattern: #"<polygon fill="[^"]*" stroke="[^"]*" points="([^"]*)""#)
            .firstMatch(in: drawing, range: NSRange(drawing.startIndex..., in: drawing))
            .map { String(drawing[Range($0.range(at: 1), in: drawing)!]) } ?? ""
        let xy = points.split(separator: " ").map { $0.split(separator: ",").compactMap { Double($0) } }.filter { $0.count == 2 }
        let xs = xy.map { tx + ($0[0] + inner[0]) * s }, ys = xy.map { ty + ($0[1] + inner[1]) * s }
        drawingBox = (xs.min() ?? -1, ys.min() ?? -1, xs.max() ?? .infinity, ys.max() ?? .infinity)
        // The page's own text starts inside and, at a generous 0.7 em a letter, ends inside.
        let texts = try NSRegularExpression(pattern: #"<text x="([-\d.]+)" y="([-\d.]+)" font-size="([\d.]+)"[^>]*>([^<]*)</text>"#)
            .matches(in: rest, range: NSRange(rest.startIndex..., in: rest))
        let (pageWidth, pageHeight) = (size[0], size[1])
        textInside = texts.allSatisfy { m in
            let g = (1...4).map { String(rest[Range(m.range(at: $0), in: rest)!]) }
            let (x, y, size) = (Double(g[0])!, Double(g[1])!, Double(g[2])!)
            return x >= 0 && y - size >= 0 && y <= pageHeight && x + Double(g[3].count) * size * 0.55 <= pageWidth
        }
    }

    var drawingInside: Bool {
        drawingBox.minX >= -0.5 && drawingBox.minY >= -0.5 && drawingBox.maxX <= width + 0.5 && drawingBox.maxY <= height + 0.5
    }

    enum MeasureError: Error { case missing(String) }
}

@Suite("Diagrams on pages")
struct PageTests {
    static let sample = "OrgCharts/kabupaten-sragen.yaml"

    @Test("every peta jabatan page of the full sample fits a 16:9 page with text of at least 14 px at 1920×1080")
    func everyPetaJabatanPageFits() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("peta").path
        let r = try runRamping(["export", Self.sample, "--format", "svg", "--each", "--view", "positions", "--page", "16:9", "-o", out])
        #expect(r.status == 0, "\(r.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
        // At least one page per perangkat daerah, numbered in order.
        let graph = sampleGraph(Self.sample)
        #expect(files.count >= graph.unitChildren[graph.rootUnit].count)
        #expect(files.first?.hasPrefix("001-") == true)
        var small: [String] = []
        for file in files {
            let svg = try String(contentsOfFile: (out as NSString).appendingPathComponent(file), encoding: .utf8)
            let m = try PageMeasure(svg)
            #expect(m.width == 960 && m.height == 540, "\(file)")
            if m.smallestPixels < 14 { small.append("\(file): \(m.smallestPixels) px") }
            #expect(m.drawingInside, "\(file): \(m.drawingBox)")
            #expect(m.textInside, "\(file)")
            #expect(m.title.hasPrefix("Peta jabatan ") && m.title.contains("per 1 Januari 2026"), "\(file): \(m.title)")
        }
        #expect(small.isEmpty, "\(small)")
    }

    @Test("a big dinas is split: an overview with its bidang as boxes carrying totals, then pages of its parts")
    func bigDinasSplits() throws {
        let graph = sampleGraph(Self.sample)
        let pager = PagedDiagram(page: PageSpec(.slide), view: .positions)
        let pages = try pager.pages(graph, unit: "dinkes")
        #expect(pages.count > 2)
        #expect(pages[0].title.contains("(ringkasan)"))
        #expect(pages[0].svg.contains("Bidang Kesehatan") && pages[0].svg.contains("B 7 · K 9 · kurang 2"))
        #expect(pages.dropFirst().allSatisfy { !$0.title.contains("ringkasan") })
        // Every post of the dinas is on some page after the overview.
        let posts = graph.positions.indices.filter { graph.topLevelUnit(of: graph.positionUnit[$0]) == graph.unitIndex["dinkes"]! }
        let text = pages.map(\.svg).joined()
        let missing = posts.filter { !text.contains(String(graph.positions[$0].title.prefix(12))) }
        #expect(missing.isEmpty, "\(missing.map { graph.positions[$0].title })")
        // The same input gives the same pages.
        #expect(try pager.pages(graph, unit: "dinkes").map(\.svg) == pages.map(\.svg))
        // In BKN boxes too, every page keeps 14 px text (its overview falls back to plain unit boxes).
        let bkn = try PagedDiagram(page: PageSpec(.slide), view: .positions, options: DiagramOptions(style: .bkn)).pages(graph, unit: "dinkes")
        for page in bkn { #expect(try PageMeasure(page.svg).smallestPixels >= 14, "\(page.title)") }
        #expect(bkn.dropFirst().first?.svg.contains(">B</text>") == true)
    }

    @Test("page sizes: A4, A3 and F4 landscape and portrait, text at least 9 pt")
    func paperSizes() throws {
        let graph = sampleGraph(sampleCharts[0])
        for size in [PageSpec.Size.a4, .a3, .f4] {
            for portrait in [false, true] {
                let spec = PageSpec(size, portrait: portrait)
                let pages = try PagedDiagram(page: spec, view: .positions).pages(graph, unit: "dpmptsp")
                for page in pages {
                    let m = try PageMeasure(page.svg)
                    #expect(abs(m.width - spec.width) < 0.01 && abs(m.height - spec.height) < 0.01)
                    #expect((m.width > m.height) != portrait)
                    #expect(page.smallestText >= 9 - 1e-9, "\(size) \(portrait): \(page.smallestText)")
                    #expect(m.drawingInside)
                }
            }
        }
    }

    @Test("PNG pages are 1920×1080 and a PDF holds every page with the chart's title")
    func pngAndPDF() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let png = folder.appendingPathComponent("p.png").path
        let r = try runRamping(["export", sampleCharts[0], "--format", "png", "--page", "16:9", "--unit", "dpmptsp", "-o", png])
        #expect(r.status == 0, "\(r.stderr)")
        let data = try Data(contentsOf: URL(fileURLWithPath: png))
        func be32(_ at: Int) -> Int { data[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
        #expect(be32(16) == 1920 && be32(20) == 1080)
        let pdf = folder.appendingPathComponent("p.pdf").path
        #expect(try runRamping(["export", Self.sample, "--format", "pdf", "--page", "a4", "--unit", "dinkes", "-o", pdf]).status == 0)
        let info = try run("/usr/bin/pdfinfo", [pdf])
        #expect(info.status == 0, "\(info.stderr)")
        #expect(info.stdout.contains("Peta jabatan Dinas Kesehatan — Pemerintah Kabupaten Sragen (contoh fiktif), per 1 Januari 2026\n"), "\(info.stdout)")
        #expect(info.stdout.contains("841.89 x 595.28 pts"), "\(info.stdout)")
        let pageCount = info.stdout.split(separator: "\n").first { $0.hasPrefix("Pages:") }.flatMap { Int($0.split(separator: " ").last ?? "") } ?? 0
        #expect(pageCount > 2)
        // The same chart gives the same PDF.
        let again = folder.appendingPathComponent("q.pdf").path
        #expect(try runRamping(["export", Self.sample, "--format", "pdf", "--page", "a4", "--unit", "dinkes", "-o", again]).status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: again)) == Data(contentsOf: URL(fileURLWithPath: pdf)))
        // Rendered by poppler at 1920 wide, the first page is 1920 × 1357 (A4's aspect).
        let prefix = folder.appendingPathComponent("pp").path
        #expect(try run("/usr/bin/pdftoppm", ["-png", "-f", "1", "-l", "1", "-scale-to-x", "1920", "-scale-to-y", "-1", pdf, prefix]).status == 0)
        let rendered = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix("pp") }
        #expect(rendered.count == 1)
    }

    @Test("--each --format pdf -o NAME.pdf writes one book of every page")
    func book() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pdf = folder.appendingPathComponent("buku.pdf").path
        let r = try runRamping(["export", sampleCharts[0], "--format", "pdf", "--each", "--page", "16:9", "-o", pdf])
        #expect(r.status == 0, "\(r.stderr)")
        let info = try run("/usr/bin/pdfinfo", [pdf])
        let pageCount = info.stdout.split(separator: "\n").first { $0.hasPrefix("Pages:") }.flatMap { Int($0.split(separator: " ").last ?? "") } ?? 0
        #expect(pageCount >= 3)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["buku.pdf"])
    }

    @Test("wrong use of --page and --style exits 2")
    func wrongUse() throws {
        #expect(try runRamping(["export", sampleCharts[0], "--format", "dot", "--page", "a4"]).status == 2)
        #expect(try runRamping(["export", sampleCharts[0], "--format", "svg", "--page", "a5"]).status == 2)
        #expect(try runRamping(["export", sampleCharts[0], "--format", "svg", "--portrait"]).status == 2)
        #expect(try runRamping(["export", sampleCharts[0], "--format", "svg", "--style", "perbup", "--view", "positions"]).status == 2)
        // Several pages cannot go to standard output as one SVG.
        let r = try runRamping(["export", Self.sample, "--format", "svg", "--page", "16:9", "--unit", "dinkes", "--lang", "en"])
        #expect(r.status == 2 && r.stderr.contains("pages"))
    }
}

@Suite("Diagram boxes and labels")
struct DiagramStyleTests {
    @Test("labels are words, not slugs: no unit kind in brackets, jenjang spelled out, the date in Indonesian")
    func labels() throws {
        let graph = sampleGraph("OrgCharts/kabupaten-sragen.yaml")
        let g = try ExportGraph(graph, view: .positions, unit: "dinkes")
        #expect(g.title.hasSuffix("(per 1 Januari 2026)"))
        let labels = g.nodes.flatMap(\.label)
        #expect(!labels.contains { $0.contains("(dinas") || $0.contains("tipe A)") || $0.contains("ahli-pertama") || $0.contains("2026-01-01") })
        #expect(labels.contains { $0.contains("Ahli Pertama") })
        let setda = try ExportGraph(graph, view: .units, unit: "setda", depth: 0)
        #expect(Array(setda.nodes[0].label.prefix(2)) == ["Sekretariat Daerah", "Tipe A"])
        let en = try ExportGraph(graph, view: .positions, unit: "dinkes", language: .english)
        #expect(en.title.hasSuffix("(as of 1 January 2026)"))
    }

    @Test("the BKN box: nama jabatan, kelas, and B | K | ± with the balance coloured")
    func bkn() throws {
        let graph = sampleGraph("OrgCharts/kabupaten-sragen.yaml")
        let g = try ExportGraph(graph, view: .positions, unit: "dinkes")
        let dot = DOTWriter.write(g, options: DiagramOptions(style: .bkn))
        let nodes = g.nodes.filter { $0.kind == .position }
        func value(_ n: ExportGraph.Node, _ key: String) -> Int? {
            for (k, v) in n.attributes where k == key { if case .int(let i) = v { return i } }
            return nil
        }
        let short = try #require(nodes.first { (value($0, "filled") ?? 0) < (value($0, "need") ?? 0) })
        let surplus = try #require(nodes.first { (value($0, "filled") ?? 0) > (value($0, "need") ?? 0) })
        for (n, colour) in [(short, DOTWriter.balanceFill(-1)), (surplus, DOTWriter.balanceFill(1))] {
            let line = try #require(dot.split(separator: "\n").first { $0.contains("\"\(n.id)\" [label=<") })
            #expect(line.contains("<TD BGCOLOR=\"#F2F2F2\">B</TD><TD BGCOLOR=\"#F2F2F2\">K</TD><TD BGCOLOR=\"#F2F2F2\">±</TD>"))
            let b = value(n, "filled")!, k = value(n, "need")!
            #expect(line.contains("<TD BGCOLOR=\"\(colour)\"><B>\(b > k ? "+" : "−")\(abs(b - k))</B></TD>"), "\(line)")
            #expect(line.contains("Kelas "))
        }
        #expect(DOTWriter.balanceFill(1) != DOTWriter.balanceFill(-1) && DOTWriter.balanceFill(0) == "#FFFFFF")
        // Names only when asked.
        let holder = try #require(nodes.first { !$0.holders.isEmpty })
        #expect(!dot.contains(holder.holders[0]))
        #expect(DOTWriter.write(g, options: DiagramOptions(style: .bkn, showNames: true)).contains(holder.holders[0]))
    }

    static let perbupYAML = smallChartYAML.replacingOccurrences(of: "  as_of: 2026-01-01\n", with: """
          as_of: 2026-01-01
          settings: { perbup_regulation: "PERATURAN BUPATI UJI NOMOR 7 TAHUN 2026", perbup_signatory: "BUPATI UJI", perbup_signatory_name: "DRS. ANTON" }

        """)

    @Test("the Perbup bagan: black and white, capitals, bupati and wakil, the DPRD on a dashed line, the LAMPIRAN block from settings")
    func perbup() throws {
        let loaded = load(Self.perbupYAML)
        let graph = try #require(loaded.graph, "\(englishDiagnostics(loaded))")
        #expect(graph.settings.perbupRegulation == "PERATURAN BUPATI UJI NOMOR 7 TAHUN 2026")
        let g = try ExportGraph(graph, view: .units)
        let dot = DOTWriter.write(g, options: DiagramOptions(style: .perbup, forPage: true))
        #expect(dot.contains("[label=\"BUPATI\"") && dot.contains("\"perbup:wakil\" [label=\"WAKIL BUPATI\""))
        #expect(dot.contains("\"perbup:dprd\" -> \"unit:pemda\" [style=dashed"))
        #expect(dot.contains("\"DINAS UJI\""))
        let colours = Set(dot.matches(of: /#[0-9A-F]{6}/).map { String($0.output) })
        #expect(colours.isSubset(of: ["#000000", "#FFFFFF"]), "\(colours)")
        let page = try #require(try PagedDiagram(page: PageSpec(.a4), view: .units, options: DiagramOptions(style: .perbup)).pages(graph).first)
        for text in ["LAMPIRAN", "PERATURAN BUPATI UJI NOMOR 7 TAHUN 2026", "BUPATI UJI,", "DRS. ANTON", "BAGAN STRUKTUR ORGANISASI"] {
            #expect(page.svg.contains(text), "\(text)")
        }
        // A perangkat daerah's bagan has its Kelompok Jabatan Fungsional box.
        let dinas = DOTWriter.write(try ExportGraph(graph, view: .units, unit: "dinas"), options: DiagramOptions(style: .perbup, forPage: true))
        #expect(dinas.contains("KELOMPOK JABATAN FUNGSIONAL"))
        // The settings survive a write and a read.
        let written = ChartWriter.yaml(graph.chart)
        #expect(load(written).graph?.settings.perbupSignatoryName == "DRS. ANTON")
    }
}
