public import OrgModel

/// A titled table of text cells: the one shape every human-readable report takes, rendered as an
/// aligned text table, CSV or Markdown.
public struct Table: Hashable, Sendable {
    public enum Alignment: Hashable, Sendable { case left, right }

    public var title: String
    public var columns: [String]
    public var alignments: [Alignment]
    public var rows: [[String]]

    public init(title: String, columns: [String], alignments: [Alignment]? = nil, rows: [[String]] = []) {
        self.title = title
        self.columns = columns
        self.alignments = alignments ?? columns.indices.map { $0 == 0 ? .left : .right }
        self.rows = rows
    }

    /// Columns padded to their widest cell, counting characters (not bytes) so Indonesian text aligns.
    public func text() -> String {
        var widths = columns.map(\.count)
        for row in rows {
            for (i, cell) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], cell.count) }
        }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { i, cell in
                let pad = String(repeating: " ", count: max(0, widths[i] - cell.count))
                return alignments[i] == .left ? cell + pad : pad + cell
            }.joined(separator: "  ").trailingSpacesRemoved()
        }
        var out = title.isEmpty ? "" : title + "\n"
        out += line(columns) + "\n"
        out += widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n"
        for row in rows { out += line(row) + "\n" }
        return out
    }

    /// RFC 4180 CSV: fields with a comma, quote or line break are quoted, quotes doubled.
    ///
    /// CSV is a machine format: numbers in it are written without grouping and with a decimal point
    /// in either language ("1164", "4.09", not "1.164" or "4,09"), so a spreadsheet or a script reads
    /// them as numbers. `language` is the one the table's cells were written in: a right-aligned cell
    /// that is exactly a number as `language` writes it ("1.164", "4,09", "Rp 5.986.260.000", "12,5%")
    /// is written back that way, and a date ("1 Januari 2026") as `2026-01-01`; headers and text stay.
    public func csv(numbersWrittenIn language: Language? = nil) -> String {
        func field(_ s: String) -> String {
            s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
                ? "\"" + s.replacingAll("\"", with: "\"\"") + "\"" : s
        }
        func cell(_ s: String, _ column: Int) -> String {
            guard let language else { return s }
            // A date people read ("31 Januari 2039") goes back to ISO 8601.
            if s.first?.isNumber == true, s.contains(" "), let day = Day.guess(from: s), language.date(day) == s { return day.description }
            guard column < alignments.count, alignments[column] == .right else { return s }
            return machineNumber(s, writtenIn: language) ?? s
        }
        var out = columns.map(field).joined(separator: ",") + "\r\n"
        for row in rows { out += row.enumerated().map { field(cell($1, $0)) }.joined(separator: ",") + "\r\n" }
        return out
    }

    /// A GitHub-flavoured Markdown table under a level-3 heading; `|` in cells escaped.
    public func markdown() -> String {
        func cell(_ s: String) -> String { s.replacingAll("|", with: "\\|").replacingAll("\n", with: " ") }
        var out = title.isEmpty ? "" : "### \(title)\n\n"
        out += "| " + columns.map(cell).joined(separator: " | ") + " |\n"
        out += "|" + alignments.map { $0 == .left ? " --- |" : " ---: |" }.joined() + "\n"
        for row in rows { out += "| " + row.map(cell).joined(separator: " | ") + " |\n" }
        return out
    }
}

extension String {
    func replacingAll(_ target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }

    func trailingSpacesRemoved() -> String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}

/// `text` as a machine reads a number ("1164", "-4.09") when it is exactly how `language` writes
/// one for people ("1.164", "-4,09", "Rp 1.164", "12,5%"); nil for anything else.
func machineNumber(_ text: String, writtenIn language: Language) -> String? {
    var body = Substring(text)
    var suffix = ""
    for prefix in ["Rp ", "−Rp "] where body.hasPrefix(prefix) {
        body = body.dropFirst(prefix.count)
        if prefix.hasPrefix("−") { body = "-" + body }
    }
    if body.hasSuffix("%") { body = body.dropLast(); suffix = "%" }
    let negative = body.hasPrefix("-")
    if negative { body = body.dropFirst() }
    let parts = body.split(separator: language.decimalSeparator, omittingEmptySubsequences: false)
    guard !body.isEmpty, parts.count <= 2 else { return nil }
    let whole = parts[0], fraction = parts.count == 2 ? parts[1] : nil
    let groups = whole.split(separator: language.groupingSeparator, omittingEmptySubsequences: false)
    guard let first = groups.first, (1...3).contains(first.count),
          groups.dropFirst().allSatisfy({ $0.count == 3 }),
          groups.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
          fraction.map({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }) ?? true,
          !(first.count > 1 && first.first == "0")
    else { return nil }
    var out = (negative ? "-" : "") + groups.joined()
    if let fraction { out += "." + fraction }
    return out + suffix
}

/// Formats a number for machines (JSON keys and the like): integers plainly, others with `decimals`
/// places and a decimal point. What people read goes through `Language.number` instead.
public func formatNumber(_ value: Double, decimals: Int = 2) -> String {
    guard value.isFinite else { return "–" }
    if value == value.rounded() && abs(value) < 1e15 { return String(Int(value)) }
    var scale = 1.0
    for _ in 0..<decimals { scale *= 10 }
    let rounded = (value * scale).rounded() / scale
    var text = String(rounded)
    if let dot = text.firstIndex(of: ".") {
        let fraction = text[text.index(after: dot)...]
        if fraction.count < decimals { text += String(repeating: "0", count: decimals - fraction.count) }
    }
    return text
}
