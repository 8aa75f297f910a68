import Foundation
public import OrgModel

/// One page of a diagram: a whole SVG document the size of the page, with a heading, the drawing scaled
/// to fit, and a legend strip below.
public struct DiagramPage: Sendable {
    /// The unit the page shows (its id), for file names.
    public var unit: String
    /// What the page shows, for people: the SVG `<title>` and a PDF's title.
    public var title: String
    /// What the whole set of pages shows (a PDF's title): "Peta jabatan Dinas Kesehatan — Pemerintah …, per 1 Januari 2026".
    public var chartTitle: String = ""
    public var svg: String
    /// The drawing's scale on the page, and its smallest text in points on the page.
    public var scale: Double
    public var smallestText: Double
}

/// Lays diagrams out on pages: a unit that fits is one page; one that does not is split, the same way
/// every time, into an overview (the unit's own posts and each child unit as a box with its totals)
/// and then a page per child unit, split again where needed. Boxes under one head are stacked in a
/// grid (see `DOTWriter`), so a seksi with 50 teachers' posts is a block, not a row.
///
/// Graphviz lays each candidate out; the SVG it returns gives the drawing's size and its smallest
/// text, from which the scale to the page follows. A drawing fits when that scale leaves its smallest
/// text at least `PageSpec.minimumText`.
public struct PagedDiagram: Sendable {
    public var page: PageSpec
    public var view: ExportView
    public var options: DiagramOptions
    public var language: Language
    public var depth: Int?
    public var base: OrgGraph?
    /// The chart's figures while `pages` draws: computed once for all of a chart's pages.
    var figures: ExportFigures?

    public init(page: PageSpec, view: ExportView, options: DiagramOptions = DiagramOptions(), language: Language = .indonesian,
                depth: Int? = nil, base: OrgGraph? = nil) {
        self.page = page
        self.view = view
        var o = options
        o.forPage = true
        self.options = o
        self.language = language
        self.depth = depth
        self.base = base
    }

    /// Largest enlargement of a small drawing: beyond it boxes look inflated.
    static let maximumScale = 1.6

    /// The pages of `unit` (its id; nil for the whole chart), numbered "halaman k dari n".
    /// `figures`: the chart's figures (`ExportFigures(graph)`), when the pages of many units are drawn;
    /// else they are computed once here, for all of this unit's pages.
    public func pages(_ graph: OrgGraph, unit: String? = nil, figures: ExportFigures? = nil) throws -> [DiagramPage] {
        let top = unit.flatMap { graph.unitIndex[$0] } ?? graph.rootUnit
        if unit != nil && graph.unitIndex[unit!] == nil { _ = try ExportGraph(graph, view: view, unit: unit, language: language) }
        var pager = self
        pager.figures = figures ?? ExportFigures(graph)
        var laid: [(ExportGraph, Drawing, String)] = []
        try pager.split(graph, top, into: &laid)
        return laid.enumerated().map { k, item in
            var page = compose(item.0, item.1, unit: item.2, number: k + 1, of: laid.count)
            if let first = laid.first?.0 {
                let name = graph.units[top].name
                page.chartTitle = (options.style == .perbup ? language.pick("Bagan struktur organisasi", "Organisation chart") : first.subject)
                    + " " + (top == graph.rootUnit ? first.organisationName : "\(name) — \(first.organisationName)")
                    + ", " + first.asOfText + (first.isDiff ? language.pick(" — perubahan", " — changes") : "")
            }
            return page
        }
    }

    /// The whole chart in parts, a page each: the root unit with only the child units of one part (ids, in
    /// chart order), numbered "halaman k dari n". For a units view too big for one page at the smallest
    /// text that may not be split below the root (a Perbup bagan of a whole regency on a slide).
    public func pages(_ graph: OrgGraph, parts: [[String]]) throws -> [DiagramPage] {
        let laid = try parts.map { kept -> (ExportGraph, Drawing) in
            let g = try exportGraph(graph, graph.rootUnit, overview: false).restricted(toChildren: kept)
            return (g, try draw(g))
        }
        let root = graph.units[graph.rootUnit].id
        return laid.enumerated().map { k, item in
            var page = compose(item.0, item.1, unit: root, number: k + 1, of: laid.count)
            page.chartTitle = (options.style == .perbup ? language.pick("Bagan struktur organisasi", "Organisation chart") : item.0.subject)
                + " " + item.0.organisationName + ", " + item.0.asOfText
            return page
        }
    }

    /// The laid-out drawing of one page, before it is placed.
    struct Drawing {
        var body: String
        var width: Double
        var height: Double
        var smallestFont: Double
    }

    func exportGraph(_ graph: OrgGraph, _ u: Int, overview: Bool) throws -> ExportGraph {
        let id = graph.units[u].id
        var g: ExportGraph
        if overview {
            g = view == .units ? try ExportGraph(graph, view: view, unit: id, depth: 1, language: language, figures: figures)
                               : try ExportGraph.overview(graph, view: view, unit: id, language: language, figures: figures)
        } else {
            g = try ExportGraph(graph, view: view, unit: id, depth: depth, language: language, figures: figures)
        }
        if let base { g.markDifferences(from: base) }
        return g
    }

    func split(_ graph: OrgGraph, _ u: Int, into pages: inout [(ExportGraph, Drawing, String)]) throws {
        let whole = try exportGraph(graph, u, overview: false)
        let kids = Array(graph.unitChildren[u])
        // The units view limited by --depth, or a unit without child units, stays whole.
        let canSplit = !kids.isEmpty && (view != .units || depth.map { $0 > 1 } ?? true)
        // Far more boxes than a page holds at the smallest text: split without laying the whole out.
        if !canSplit || !obviouslyTooBig(whole) {
            let drawing = try draw(whole)
            if fits(whole, drawing) || !canSplit {
                pages.append((whole, drawing, graph.units[u].id))
                return
            }
        }
        var overview = try exportGraph(graph, u, overview: true)
        overview.scopeName += language.pick(" (ringkasan)", " (overview)")
        var drawn = try draw(overview)
        if !fits(overview, drawn) && options.style == .bkn {
            var compact = self
            compact.options.compactSummaries = true
            drawn = try compact.draw(overview)
        }
        pages.append((overview, drawn, graph.units[u].id))
        // Each child on its own page; children small enough share a page, in chart order.
        var pending: [(unit: Int, drawing: Drawing)] = []
        func flush() throws {
            var k = 0
            while k < pending.count {
                // As many as their areas suggest, then fewer until the page fits.
                let area = drawingArea(whole)
                let smallest = pending[k].drawing.smallestFont
                let room = area.width * area.height * 0.45 / pow(page.minimumText / smallest, 2)
                var count = 0, used = 0.0
                while k + count < pending.count && (count == 0 || used + pending[k + count].drawing.width * pending[k + count].drawing.height <= room) {
                    used += pending[k + count].drawing.width * pending[k + count].drawing.height
                    count += 1
                }
                while count > 1 {
                    let group = pending[k..<k + count]
                    let packed = try packedGraph(graph, u, group.map(\.unit))
                    let d = try draw(packed, cluster: group.map(\.drawing))
                    if fits(packed, d) {
                        pages.append((packed, d, graph.units[group.first!.unit].id))
                        break
                    }
                    count = count * 3 / 4
                }
                if count <= 1 {
                    let c = pending[k].unit
                    pages.append((try exportGraph(graph, c, overview: false), pending[k].drawing, graph.units[c].id))
                    count = 1
                }
                k += count
            }
            pending = []
        }
        for c in kids {
            // In the units view a child without children is already whole on the overview.
            if view == .units && graph.unitChildren[c].isEmpty { continue }
            let alone = try exportGraph(graph, c, overview: false)
            let d = try draw(alone)
            if fits(alone, d) {
                pending.append((c, d))
            } else {
                try flush()
                try split(graph, c, into: &pages)
            }
        }
        try flush()
    }

    /// Children `kept` of unit `u` on one page, in `u`'s frame.
    func packedGraph(_ graph: OrgGraph, _ u: Int, _ kept: [Int]) throws -> ExportGraph {
        var g = try exportGraph(graph, u, overview: false).restricted(toChildren: kept.map { graph.units[$0].id })
        let names = kept.map { graph.units[$0].name }
        let list = names.count <= 3 ? names.joined(separator: ", ") : "\(names[0]) \(language.pick("s.d.", "to")) \(names[names.count - 1])"
        g.scopeName = "\(graph.units[u].name): \(list)"
        return g
    }

    // MARK: - Measuring

    /// More than twice the boxes that the page's drawing area holds at the smallest text allowed (a box
    /// with its share of the spacing takes about 200 × 80 points at 10-point text).
    func obviouslyTooBig(_ g: ExportGraph) -> Bool {
        let boxes = g.nodes.count { $0.kind == .position || ($0.kind == .unit && view == .units) }
        let area = drawingArea(g)
        let shrink = page.minimumText / DOTWriter.bodyFontSize
        let perBox = 200 * 80 * shrink * shrink * (options.style == .bkn ? 1.6 : 1)
        return Double(boxes) > 2 * area.width * area.height / perBox
    }

    func draw(_ g: ExportGraph, cluster sizes: [Drawing] = []) throws -> Drawing {
        var o = options
        let area = drawingArea(g)
        o.aspect = area.width / area.height
        if !sizes.isEmpty {
            o.clusterWidth = sizes.map(\.width).max()
            o.clusterHeight = sizes.map(\.height).max()
        }
        let svg = String(decoding: try Renderer.render(dot: DOTWriter.write(g, options: o), as: .svg), as: UTF8.self)
        var best = try Self.parse(svg)
        // Child units side by side came out far wider than the page: stack them in rows of the width
        // just measured, and keep what comes out larger.
        let area2 = drawingArea(g)
        let top = g.nodes.first { $0.kind == .unit && $0.container == nil }?.id
        let children = g.nodes.count { $0.kind == .unit && !$0.isSummary && $0.container != nil && $0.container == top }
        if view != .units && sizes.isEmpty && children > 1 && best.width / best.height > 1.5 * area2.width / area2.height {
            o.clusterWidth = best.width / Double(children)
            o.clusterHeight = best.height
            let other = try Self.parse(String(decoding: try Renderer.render(dot: DOTWriter.write(g, options: o), as: .svg), as: UTF8.self))
            if scale(g, other) * other.smallestFont > scale(g, best) * best.smallestFont + 1e-9 { best = other }
        }
        // The units view: a few row counts around the estimate, the one drawn largest kept.
        if view == .units && g.nodes.count > DOTWriter.wideFanOut {
            for bias in [-2, -1, 1, 2] {
                o.rowBias = bias
                let other = try Self.parse(String(decoding: try Renderer.render(dot: DOTWriter.write(g, options: o), as: .svg), as: UTF8.self))
                if scale(g, other) * other.smallestFont > scale(g, best) * best.smallestFont + 1e-9 { best = other }
            }
        }
        return best
    }

    /// The drawing's size (from the SVG's viewBox), its inner elements and its smallest font size.
    static func parse(_ svg: String) throws -> Drawing {
        guard let open = svg.range(of: "<svg"), let openEnd = svg.range(of: ">", range: open.upperBound..<svg.endIndex),
              let close = svg.range(of: "</svg>", options: .backwards) else { throw ExportError.graphvizFailed("no <svg> in Graphviz output") }
        let tag = String(svg[open.lowerBound..<openEnd.upperBound])
        let box = attribute("viewBox", in: tag)?.split(separator: " ").compactMap { Double($0) } ?? []
        guard box.count == 4 else { throw ExportError.graphvizFailed("no viewBox in Graphviz output") }
        var body = String(svg[openEnd.upperBound..<close.lowerBound])
        body = strip(body, from: "<!--", to: "-->")
        body = strip(body, from: "<title>", to: "</title>")   // Graphviz's tooltips are ids, not words
        return Drawing(body: body, width: box[2], height: box[3], smallestFont: smallestFontSize(body) ?? DOTWriter.bodyFontSize)
    }

    static func attribute(_ name: String, in tag: String) -> String? {
        guard let r = tag.range(of: " \(name)=\"") else { return nil }
        guard let end = tag.range(of: "\"", range: r.upperBound..<tag.endIndex) else { return nil }
        return String(tag[r.upperBound..<end.lowerBound])
    }

    /// Every `font-size="…"` in `svg`: the smallest.
    public static func smallestFontSize(_ svg: String) -> Double? {
        var smallest: Double?
        var rest = svg[...]
        while let r = rest.range(of: "font-size=\"") {
            let after = rest[r.upperBound...]
            guard let end = after.firstIndex(of: "\"") else { break }
            if let v = Double(after[..<end]) { smallest = min(smallest ?? v, v) }
            rest = after[end...]
        }
        return smallest
    }

    static func strip(_ text: String, from start: String, to end: String) -> String {
        var out = ""
        var rest = text[...]
        while let a = rest.range(of: start) {
            out += rest[..<a.lowerBound]
            guard let b = rest.range(of: end, range: a.upperBound..<rest.endIndex) else { rest = rest[rest.endIndex...]; break }
            rest = rest[b.upperBound...]
        }
        return out + rest
    }

    func scale(_ g: ExportGraph, _ d: Drawing) -> Double {
        let area = drawingArea(g)
        return min(area.width / max(d.width, 1), area.height / max(d.height, 1), Self.maximumScale)
    }

    func fits(_ g: ExportGraph, _ d: Drawing) -> Bool {
        scale(g, d) * d.smallestFont >= page.minimumText - 1e-9
    }

    // MARK: - The page

    var margin: Double { (min(page.width, page.height) * 0.03).rounded() }
    var titleSize: Double { page.minimumText * 2 }
    var textSize: Double { page.minimumText + 1 }

    /// Width of `text` at `size` in Helvetica, a little generous.
    static func textWidth(_ text: String, size: Double) -> Double {
        text.reduce(0) { $0 + ($1.isUppercase ? 0.68 : 0.54) } * size
    }

    /// `text` broken at spaces into lines no wider than `width` at `size`.
    static func wrap(_ text: String, size: Double, bold: Bool = false, width: Double) -> [String] {
        let factor = bold ? 1.1 : 1.0
        var lines: [String] = [], current = ""
        for word in text.split(separator: " ") {
            let candidate = current.isEmpty ? String(word) : current + " " + word
            if !current.isEmpty && textWidth(candidate, size: size) * factor > width {
                lines.append(current)
                current = String(word)
            } else {
                current = candidate
            }
        }
        if !current.isEmpty || lines.isEmpty { lines.append(current) }
        return lines
    }

    /// Room for the heading: the page's width, less the LAMPIRAN block of a Perbup bagan.
    func headingWidth(_ g: ExportGraph) -> Double {
        let block = attachmentLines(g, settings: g.settings).map { Self.textWidth($0, size: textSize) }.max().map { $0 + 24 } ?? 0
        return page.width - 2 * margin - block
    }

    func heading(_ g: ExportGraph) -> [String] {
        let l = language
        var lines: [String]
        if options.style == .perbup {
            lines = [l.pick("BAGAN STRUKTUR ORGANISASI", "ORGANISATION CHART"), g.scopeName.uppercased()]
        } else {
            var title = "\(g.subject) \(g.scopeName)"
            if g.isDiff { title += l.pick(" — perubahan", " — changes") }
            lines = [title]
        }
        return lines.flatMap { Self.wrap($0, size: titleSize, bold: true, width: headingWidth(g)) }
    }

    func subtitle(_ g: ExportGraph, number: Int, of total: Int) -> [String] {
        let l = language
        var parts: [String] = []
        if options.style != .perbup {
            if g.scopeName != g.organisationName { parts.append(g.organisationName) }
            parts.append(g.asOfText)
        }
        if total > 1 { parts.append(l.pick("halaman \(number) dari \(total)", "page \(number) of \(total)")) }
        if g.isDiff, !g.diffCounts.isEmpty { parts.append(g.diffCounts) }
        guard !parts.isEmpty else { return [] }
        return Self.wrap(parts.joined(separator: " · "), size: textSize, width: headingWidth(g))
    }

    /// The right-hand block of a Perbup bagan: "LAMPIRAN / PERATURAN BUPATI … / NOMOR … / TENTANG …".
    func attachmentLines(_ g: ExportGraph, settings: Settings) -> [String] {
        guard options.style == .perbup else { return [] }
        let p = Perbup(settings: settings, graph: g)
        return [language.pick("LAMPIRAN", "ANNEX"), p.regulation] + DOTWriter.wrap(p.subject, width: 48)
    }

    func signatureLines(_ g: ExportGraph, settings: Settings) -> [String] {
        guard options.style == .perbup else { return [] }
        let p = Perbup(settings: settings, graph: g)
        return [p.signatory + ",", "", "", p.signatoryName]
    }

    /// Legend rows: items laid left to right, wrapped to the page width.
    func legendRows(_ g: ExportGraph) -> [[(DOTWriter.LegendItem, Double)]] {
        let items = DOTWriter.legendItems(g, options)
        let available = page.width - 2 * margin
        var rows: [[(DOTWriter.LegendItem, Double)]] = [[]]
        var x = Self.textWidth(language.pick("Keterangan:", "Legend:"), size: textSize) + 8
        for item in items {
            let w = sampleWidth(item) + 4 + Self.textWidth(item.text, size: textSize) + 14
            if x + w > available && !rows[rows.count - 1].isEmpty { rows.append([]); x = 0 }
            rows[rows.count - 1].append((item, w))
            x += w
        }
        return rows.last!.isEmpty && rows.count == 1 ? [] : rows
    }

    func sampleWidth(_ item: DOTWriter.LegendItem) -> Double {
        switch item.sample {
        case .box(_, _, _, _, _, let tag): max(22, tag.map { Self.textWidth($0, size: textSize) * 1.15 + 8 } ?? 0)
        case .line: 26
        }
    }

    var lineHeight: Double { textSize * 1.4 }

    /// Where the drawing goes: below the heading, above the legend strip (and the signature block).
    func drawingArea(_ g: ExportGraph, settings: Settings? = nil) -> (x: Double, y: Double, width: Double, height: Double) {
        let headingLines = Double(heading(g).count)
        let subtitleLines = Double(max(1, subtitle(g, number: 999, of: 999).count))
        var top = margin + headingLines * titleSize * 1.2 + subtitleLines * lineHeight + 6
        if options.style == .perbup { top = max(top, margin + Double(attachmentLines(g, settings: g.settings).count) * lineHeight + 6) }
        var bottom = margin + Double(legendRows(g).count) * lineHeight + 6
        if options.style == .perbup { bottom += 4 * lineHeight }
        return (margin, top, page.width - 2 * margin, max(10, page.height - top - bottom))
    }

    func compose(_ g: ExportGraph, _ d: Drawing, unit: String, number: Int, of total: Int) -> DiagramPage {
        let l = language
        let s = scale(g, d)
        let area = drawingArea(g)
        let (w, h) = (page.width, page.height)
        let x = area.x + (area.width - d.width * s) / 2
        let y = area.y + (area.height - d.height * s) / 2
        let settings = g.settings
        var title = heading(g).joined(separator: " ") + " — " + g.organisationName + ", " + g.asOfText
        if total > 1 { title += " (" + l.pick("halaman \(number) dari \(total)", "page \(number) of \(total)") + ")" }
        if g.isDiff, !g.diffCounts.isEmpty { title += ": " + g.diffCounts }

        var svg = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n"
        svg += "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"\(n(w))pt\" height=\"\(n(h))pt\" viewBox=\"0 0 \(n(w)) \(n(h))\">\n"
        svg += "<title>\(xml(title))</title>\n"
        svg += "<rect x=\"0\" y=\"0\" width=\"\(n(w))\" height=\"\(n(h))\" fill=\"#FFFFFF\"/>\n"
        svg += "<g id=\"page-text\" font-family=\"Helvetica,Arial,sans-serif\" fill=\"#000000\">\n"
        var ty = margin
        for line in heading(g) {
            ty += titleSize
            svg += text(line, x: margin, y: ty, size: titleSize, bold: true)
            ty += titleSize * 0.2
        }
        for line in subtitle(g, number: number, of: total) {
            ty += lineHeight
            svg += text(line, x: margin, y: ty, size: textSize)
        }
        // Perbup: the LAMPIRAN block top right, the signature bottom right.
        let attachment = attachmentLines(g, settings: settings)
        let blockWidth = attachment.map { Self.textWidth($0, size: textSize) }.max() ?? 0
        for (k, line) in attachment.enumerated() {
            svg += text(line, x: w - margin - blockWidth, y: margin + textSize + Double(k) * lineHeight, size: textSize)
        }
        let signature = signatureLines(g, settings: settings)
        let signatureWidth = signature.map { Self.textWidth($0, size: textSize) * 1.1 }.max() ?? 0
        let signatureBottom = h - margin - Double(legendRows(g).count + 1) * lineHeight
        for (k, line) in signature.enumerated() where !line.isEmpty {
            svg += text(line, x: w - margin - signatureWidth, y: signatureBottom - Double(signature.count - 1 - k) * lineHeight, size: textSize, bold: k == signature.count - 1)
        }
        svg += "</g>\n"
        svg += "<g id=\"drawing\" transform=\"translate(\(n(x)) \(n(y))) scale(\(n(s, 5)))\">\n\(d.body)</g>\n"
        svg += legend(g)
        svg += "</svg>\n"
        return DiagramPage(unit: unit, title: title, svg: svg, scale: s, smallestText: s * d.smallestFont)
    }

    func legend(_ g: ExportGraph) -> String {
        let rows = legendRows(g)
        guard !rows.isEmpty else { return "" }
        var s = "<g id=\"legend\" font-family=\"Helvetica,Arial,sans-serif\">\n"
        var y = page.height - margin - Double(rows.count) * lineHeight + lineHeight * 0.75
        s += "<line x1=\"\(n(margin))\" y1=\"\(n(y - lineHeight * 0.85))\" x2=\"\(n(page.width - margin))\" y2=\"\(n(y - lineHeight * 0.85))\" stroke=\"#BFBFBF\" stroke-width=\"0.5\"/>\n"
        for (r, row) in rows.enumerated() {
            var x = margin
            if r == 0 {
                let label = language.pick("Keterangan:", "Legend:")
                s += text(label, x: x, y: y, size: textSize, bold: true)
                x += Self.textWidth(label, size: textSize) + 8
            }
            for (item, width) in row {
                let sw = sampleWidth(item)
                switch item.sample {
                case .box(let fill, let border, let colour, let dashed, let stroke, let tag):
                    let bh = textSize * 1.25
                    s += "<rect x=\"\(n(x))\" y=\"\(n(y - bh * 0.8))\" width=\"\(n(sw))\" height=\"\(n(bh))\" rx=\"2\" fill=\"\(fill)\" stroke=\"\(border)\" stroke-width=\"\(n(min(stroke, 2)))\"\(dashed ? " stroke-dasharray=\"3,2\"" : "")/>\n"
                    if let tag { s += text(tag, x: x + 4, y: y, size: textSize, bold: true, colour: colour) }
                case .line(let colour, let dash):
                    s += "<line x1=\"\(n(x))\" y1=\"\(n(y - textSize * 0.3))\" x2=\"\(n(x + sw))\" y2=\"\(n(y - textSize * 0.3))\" stroke=\"\(colour)\" stroke-width=\"1.2\"\(dash.isEmpty ? "" : " stroke-dasharray=\"\(dash)\"")/>\n"
                }
                s += text(item.text, x: x + sw + 4, y: y, size: textSize)
                x += width
            }
            y += lineHeight
        }
        return s + "</g>\n"
    }

    func text(_ t: String, x: Double, y: Double, size: Double, bold: Bool = false, colour: String? = nil) -> String {
        var attrs = "x=\"\(n(x))\" y=\"\(n(y))\" font-size=\"\(n(size))\""
        if bold { attrs += " font-weight=\"bold\"" }
        if let colour { attrs += " fill=\"\(colour)\"" }
        return "<text \(attrs)>\(xml(t))</text>\n"
    }

    func n(_ v: Double, _ decimals: Int = 2) -> String {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let r = (v * scale).rounded() / scale
        return r == r.rounded() ? String(Int(r)) : String(r)
    }

    func xml(_ t: String) -> String {
        var out = ""
        for c in t.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case _ where c.value < 0x20: break
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }
}

/// The texts around a Perbup bagan, from the chart's settings (documented in docs/orgchart-format.md).
struct Perbup {
    var regulation: String
    var subject: String
    var signatory: String
    var signatoryName: String

    init(settings: Settings, graph: ExportGraph) {
        let kota = graph.graphAttributes.contains { $0.0 == "region" && $0.1 == .string(Region.kota.rawValue) }
        let place = Perbup.placeName(graph.organisationName).uppercased()
        let head = kota ? "WALI KOTA" : "BUPATI"
        regulation = settings.perbupRegulation ?? "PERATURAN \(head) \(place) NOMOR … TAHUN …"
        subject = settings.perbupSubject ?? "TENTANG KEDUDUKAN, SUSUNAN ORGANISASI, TUGAS DAN FUNGSI, SERTA TATA KERJA PERANGKAT DAERAH"
        signatory = settings.perbupSignatory ?? "\(head) \(place)"
        signatoryName = settings.perbupSignatoryName ?? "( ........................ )"
    }

    /// "Pemerintah Kabupaten Sragen (contoh fiktif)" → "Sragen".
    static func placeName(_ organisation: String) -> String {
        var name = organisation
        if let paren = name.firstIndex(of: "(") { name = String(name[..<paren]) }
        for prefix in ["Pemerintah Kabupaten ", "Pemerintah Kota ", "Kabupaten ", "Kota "] where name.hasPrefix(prefix) {
            name = String(name.dropFirst(prefix.count))
            break
        }
        return name.trimmingCharacters(in: .whitespaces)
    }
}
