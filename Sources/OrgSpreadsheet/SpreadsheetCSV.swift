import OrgModel
import OrgTables

/// CSV for Excel with Indonesian regional settings: `;` between cells, UTF-8 with a byte-order mark (so
/// Excel reads the accents), CRLF line ends, decimal commas, dates `dd-mm-yyyy`, and long digit strings
/// (NIPs) written `="198302252008011003"` so that Excel keeps them as text instead of `1,98302E+17`.
public enum SpreadsheetCSV {
    public static func indonesian(_ document: SpreadsheetDocument) -> String {
        "\u{FEFF}" + document.sheets.filter { !$0.hidden }.map(indonesian(_:)).joined(separator: "\r\n")
    }

    static func indonesian(_ sheet: SheetLayout) -> String {
        var out = ""
        for row in sheet.cells {
            out += row.map { field($0) }.joined(separator: ";") + "\r\n"
        }
        return out
    }

    static func field(_ cell: Cell) -> String {
        switch cell.value {
        case .empty: return ""
        case .bool(let b): return b ? "BENAR" : "SALAH"
        case .date(let d): return pad(d.day) + "-" + pad(d.month) + "-" + String(d.year)
        case .number(let x):
            var decimals = 0
            if case .decimals(let n) = cell.style.number { decimals = n }
            let text = x == x.rounded() && decimals == 0 && abs(x) < 1e15
                ? String(Int(x)) : Language.indonesian.number(x, decimals: decimals == 0 ? 4 : decimals).replacingOccurrences(of: ".", with: "")
            if case .signed = cell.style.number, x > 0 { return "+" + text }
            return text
        case .text(let text):
            // An indented cell (a post under its unit's head) keeps its indent as leading spaces, as peta
            // jabatan CSV files write the tree.
            let s = String(repeating: " ", count: 3 * cell.style.indent) + text
            // Digits Excel would read as a number and spoil: a NIP, a code with leading zeros.
            if s.count >= 12 && s.allSatisfy({ $0.isASCII && $0.isNumber }) || (s.count > 1 && s.first == "0" && s.allSatisfy(\.isNumber)) {
                return "=\"\(s)\""
            }
            if s.contains(where: { $0 == ";" || $0 == "\"" || $0 == "\n" || $0 == "\r" }) || s.first == "=" || s.first == "+" || s.first == "-" && s.count > 1 && !s.dropFirst().allSatisfy(\.isNumber) {
                return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            }
            return s
        }
    }

    static func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }
}
