import Foundation

/// The deck's charts as SVG: a pyramid, columns (a histogram) and paired horizontal bars. Each has a title,
/// axis labels in the reader's language and the number on every bar. Sizes are points, the SVG as large as
/// the frame it is placed in, so its text keeps the size given here.
public enum Charts {
    public struct Series: Sendable {
        public var name: String
        public var colour: Colour
        public var values: [Int]
        public init(_ name: String, _ colour: Colour, _ values: [Int]) {
            self.name = name
            self.colour = colour
            self.values = values
        }
    }

    static let font = "font-family=\"\(DeckStyle.font), Arial, sans-serif\""
    static let labelSize = 11.0
    static let titleSize = 13.0

    /// Width of a text in points, estimated (Liberation Sans averages about 0.52 em a character).
    static func textWidth(_ s: String, _ size: Double) -> Double { Double(s.count) * size * 0.52 }

    static func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    static func n(_ v: Double) -> String { String(format: "%.1f", v) }

    static func text(_ s: String, x: Double, y: Double, size: Double = labelSize, anchor: String = "start", bold: Bool = false,
                     colour: Colour = DeckStyle.text, rotate: Bool = false) -> String {
        let transform = rotate ? " transform=\"rotate(-90 \(n(x)) \(n(y)))\"" : ""
        return "<text x=\"\(n(x))\" y=\"\(n(y))\" font-size=\"\(n(size))\" text-anchor=\"\(anchor)\"\(bold ? " font-weight=\"bold\"" : "") fill=\"#\(colour)\"\(transform)>\(escape(s))</text>"
    }

    static func document(_ width: Double, _ height: Double, title: String, body: [String]) -> String {
        var s = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(n(width))pt\" height=\"\(n(height))pt\" viewBox=\"0 0 \(n(width)) \(n(height))\" \(font)>\n"
        s += "<title>\(escape(title))</title>\n"
        s += body.joined(separator: "\n")
        return s + "\n</svg>\n"
    }

    /// Splits a label into at most two lines of about `width` points.
    static func lines(_ s: String, width: Double, size: Double) -> [String] {
        guard textWidth(s, size) > width else { return [s] }
        var first = "", rest = ""
        for word in s.split(separator: " ") {
            if rest.isEmpty && textWidth(first + " " + word, size) <= width || first.isEmpty { first += (first.isEmpty ? "" : " ") + word }
            else { rest += (rest.isEmpty ? "" : " ") + word }
        }
        let limit = Int(width / (size * 0.52))
        if rest.count > limit { rest = String(rest.prefix(max(1, limit - 1))) + "…" }
        return rest.isEmpty ? [first] : [first, rest]
    }

    /// A nice round step for an axis up to `maximum`.
    static func step(_ maximum: Int) -> Int {
        let raw = Double(max(maximum, 1)) / 5
        let magnitude = pow(10, floor(log10(raw)))
        for m in [1.0, 2, 5, 10] where raw <= m * magnitude { return max(1, Int(m * magnitude)) }
        return max(1, Int(10 * magnitude))
    }

    /// Vertical columns, one per category (a histogram of spans, retirements a year). `highlight` columns
    /// are drawn in the warning colour.
    public static func columns(title: String, categories: [String], values: [Int], xLabel: String, yLabel: String,
                               highlight: Set<Int> = [], format: (Int) -> String, width: Double, height: Double) -> Picture {
        var body: [String] = []
        body.append(text(title, x: width / 2, y: 18, size: titleSize, anchor: "middle", bold: true))
        let left = 54.0, right = 12.0, top = 40.0, bottom = 48.0
        let plotW = width - left - right, plotH = height - top - bottom
        let maximum = max(values.max() ?? 0, 1)
        let s = step(maximum)
        let top_ = ((maximum + s - 1) / s) * s
        for v in stride(from: 0, through: top_, by: s) {
            let y = top + plotH - plotH * Double(v) / Double(top_)
            body.append("<line x1=\"\(n(left))\" y1=\"\(n(y))\" x2=\"\(n(width - right))\" y2=\"\(n(y))\" stroke=\"#\(DeckStyle.rule)\" stroke-width=\"0.5\"/>")
            body.append(text(format(v), x: left - 4, y: y + 4, anchor: "end", colour: DeckStyle.muted))
        }
        let slot = plotW / Double(max(categories.count, 1))
        for (k, c) in categories.enumerated() {
            let v = k < values.count ? values[k] : 0
            let h = plotH * Double(v) / Double(top_)
            let x = left + slot * Double(k) + slot * 0.15
            let colour = highlight.contains(k) ? DeckStyle.bad : DeckStyle.accent
            body.append("<rect x=\"\(n(x))\" y=\"\(n(top + plotH - h))\" width=\"\(n(slot * 0.7))\" height=\"\(n(h))\" fill=\"#\(colour)\"/>")
            body.append(text(format(v), x: x + slot * 0.35, y: top + plotH - h - 4, anchor: "middle", bold: true))
            body.append(text(c, x: x + slot * 0.35, y: top + plotH + 15, anchor: "middle"))
        }
        body.append(text(xLabel, x: left + plotW / 2, y: height - 8, anchor: "middle", colour: DeckStyle.muted))
        body.append(text(yLabel, x: 14, y: top + plotH / 2, anchor: "middle", colour: DeckStyle.muted, rotate: true))
        return Picture(svg: document(width, height, title: title, body: body), description: title, smallestFont: labelSize, width: width, height: height)
    }

    /// A pyramid: one centred bar a row, the top of the hierarchy first.
    public static func pyramid(title: String, rows: [(label: String, value: Int)], valueLabel: String,
                               format: (Int) -> String, width: Double, height: Double) -> Picture {
        var body: [String] = []
        body.append(text(title, x: width / 2, y: 18, size: titleSize, anchor: "middle", bold: true))
        let labelW = min(170, (rows.map { textWidth($0.label, labelSize) }.max() ?? 60) + 8)
        let top = 34.0, bottom = 24.0
        let rowH = (height - top - bottom) / Double(max(rows.count, 1))
        let centre = labelW + (width - labelW) / 2
        let half = (width - labelW) / 2 - 8
        let maximum = Double(max(rows.map(\.value).max() ?? 0, 1))
        for (k, r) in rows.enumerated() {
            let y = top + rowH * Double(k)
            // A tiny bar still shows; the widest fills the plot.
            let w = r.value == 0 ? 0 : max(3, half * sqrt(Double(r.value) / maximum))
            body.append("<rect x=\"\(n(centre - w))\" y=\"\(n(y + rowH * 0.12))\" width=\"\(n(2 * w))\" height=\"\(n(rowH * 0.76))\" fill=\"#\(DeckStyle.accent)\"/>")
            let inside = 2 * w > textWidth(format(r.value), labelSize) + 8
            body.append(text(format(r.value), x: inside ? centre : centre + w + 4, y: y + rowH / 2 + 4, anchor: inside ? "middle" : "start",
                             bold: true, colour: inside ? "FFFFFF" : DeckStyle.text))
            body.append(text(r.label, x: labelW - 6, y: y + rowH / 2 + 4, anchor: "end"))
        }
        body.append(text(valueLabel, x: centre, y: height - 6, anchor: "middle", colour: DeckStyle.muted))
        return Picture(svg: document(width, height, title: title, body: body), description: title, smallestFont: labelSize, width: width, height: height)
    }

    /// Horizontal bars in pairs (need against people in post for each perangkat daerah), with a legend.
    public static func pairedBars(title: String, categories: [String], series: [Series], valueLabel: String,
                                  format: (Int) -> String, width: Double, height: Double) -> Picture {
        var body: [String] = []
        body.append(text(title, x: width / 2, y: 18, size: titleSize, anchor: "middle", bold: true))
        // Legend under the title.
        var lx = width / 2 - series.reduce(0) { $0 + textWidth($1.name, labelSize) + 30 } / 2
        for s in series {
            body.append("<rect x=\"\(n(lx))\" y=\"28\" width=\"12\" height=\"10\" fill=\"#\(s.colour)\"/>")
            body.append(text(s.name, x: lx + 16, y: 37))
            lx += textWidth(s.name, labelSize) + 30
        }
        let labelW = 190.0
        let top = 48.0, bottom = 26.0, right = 40.0
        let plotW = width - labelW - right
        let rowH = (height - top - bottom) / Double(max(categories.count, 1))
        let maximum = Double(max(series.flatMap(\.values).max() ?? 0, 1))
        let barH = rowH * 0.8 / Double(max(series.count, 1))
        for (k, c) in categories.enumerated() {
            let y = top + rowH * Double(k) + rowH * 0.1
            let label = lines(c, width: labelW - 10, size: labelSize)
            for (j, line) in label.enumerated() {
                let ly = y + rowH * 0.4 + 4 + (Double(j) - Double(label.count - 1) / 2) * (labelSize + 1)
                body.append(text(line, x: labelW - 8, y: ly, anchor: "end"))
            }
            for (j, s) in series.enumerated() {
                let v = k < s.values.count ? s.values[k] : 0
                let w = plotW * Double(v) / maximum
                let by = y + barH * Double(j)
                body.append("<rect x=\"\(n(labelW))\" y=\"\(n(by))\" width=\"\(n(w))\" height=\"\(n(barH * 0.9))\" fill=\"#\(s.colour)\"/>")
                body.append(text(format(v), x: labelW + w + 3, y: by + barH * 0.45 + 4, size: labelSize, bold: true))
            }
        }
        body.append("<line x1=\"\(n(labelW))\" y1=\"\(n(top))\" x2=\"\(n(labelW))\" y2=\"\(n(height - bottom))\" stroke=\"#\(DeckStyle.muted)\" stroke-width=\"0.75\"/>")
        body.append(text(valueLabel, x: labelW + plotW / 2, y: height - 6, anchor: "middle", colour: DeckStyle.muted))
        return Picture(svg: document(width, height, title: title, body: body), description: title, smallestFont: labelSize, width: width, height: height)
    }
}
