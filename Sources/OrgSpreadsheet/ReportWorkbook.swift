public import OrgAnalysis
public import OrgModel
import OrgTables

/// An analysis or a comparison as a workbook: one sheet per table, a title row over a frozen header,
/// numbers as number cells (read back from the report's own formatting), everything else as text.
public enum ReportWorkbook {
    public static func document(title: String, tables: [Table], language l: Language, created: Day?) -> SpreadsheetDocument {
        var names = SheetNames()
        let sheets = tables.map { table in
            let firstLine = (table.title.isEmpty ? title : table.title).split(separator: "\n").first.map(String.init) ?? title
            var sheet = SheetLayout(name: names.unique(firstLine.split(separator: " ").joined(separator: " ")))
            let width = max(1, table.columns.count)
            let r = sheet.append([.text(table.title.isEmpty ? title : table.title, CellStyle(bold: true, size: 12))]
                                 + Array(repeating: .empty, count: width - 1))
            sheet.merge(row: r, from: 1, to: width)
            sheet.append(table.columns.map { .text($0, .header) })
            sheet.frozenRows = 2
            for row in table.rows {
                sheet.append(row.enumerated().map { c, text in
                    let right = c < table.alignments.count && table.alignments[c] == .right
                    if let n = number(text, l) {
                        return .number(n, CellStyle(number: text.contains(l.decimalSeparator) ? .decimals(decimals(text, l)) : .general, border: true))
                    }
                    return .text(text, CellStyle(border: true, alignment: right ? .right : .general, wrap: text.count > 60))
                })
            }
            sheet.columnWidths = (0..<width).map { c in
                let longest = ([table.columns[c]] + table.rows.map { c < $0.count ? $0[c] : "" }).map(\.count).max() ?? 8
                return Double(min(60, max(6, longest + 2)))
            }
            return sheet
        }
        return SpreadsheetDocument(title: title, created: created, sheets: sheets)
    }

    /// A cell the report formatted as a number in `l` (`1.164`, `4,09`, `-3`): its value; else nil.
    /// Long digit strings (a NIP) stay text.
    static func number(_ text: String, _ l: Language) -> Double? {
        var s = Substring(text)
        var negative = false
        if s.first == "-" || s.first == "−" { negative = true; s = s.dropFirst() }
        else if s.first == "+" { s = s.dropFirst() }
        guard let first = s.first, first.isASCII, first.isNumber else { return nil }
        let parts = s.split(separator: l.decimalSeparator, omittingEmptySubsequences: false)
        guard parts.count <= 2 else { return nil }
        let groups = parts[0].split(separator: l.groupingSeparator, omittingEmptySubsequences: false)
        guard groups.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }) else { return nil }
        if groups.count > 1 {
            // Some tables print a ratio with a decimal point also in Indonesian ("1.34"): a point followed by
            // other than three digits cannot be a thousands separator.
            if groups.count == 2, parts.count == 1, l.groupingSeparator == ".", groups[1].count != 3, let d = Double(s) {
                return negative ? -d : d
            }
            guard groups[0].count <= 3, groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
        } else if groups[0].count > 15 || (groups[0].count > 1 && groups[0].first == "0") {
            return nil
        }
        if parts.count == 2 { guard !parts[1].isEmpty, parts[1].allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil } }
        let plain = groups.joined() + (parts.count == 2 ? "." + parts[1] : "")
        guard let value = Double(plain) else { return nil }
        return negative ? -value : value
    }

    static func decimals(_ text: String, _ l: Language) -> Int {
        guard let i = text.lastIndex(of: l.decimalSeparator) else { return 0 }
        return text.distance(from: text.index(after: i), to: text.endIndex)
    }
}
