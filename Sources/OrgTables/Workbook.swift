public import OrgModel

/// Tables as planners keep them: the sheets of a workbook, or the one table of a CSV file.
///
/// The readers (xlsx, CSV, HTML-as-.xls, SIASN JSON) produce a `Workbook`; the importers read staff lists,
/// structures and ABK forms from it; the xlsx writer writes `Workbook`-shaped forms back. Every cell keeps
/// where it came from, so that a message can say `FILE:SHEET!CELL` (a workbook) or `FILE:LINE:COL` (text).
public struct Workbook: Hashable, Sendable {
    /// The file the tables were read from, as the planner named it.
    public var path: String
    public var sheets: [Sheet]

    public init(path: String, sheets: [Sheet]) {
        self.path = path
        self.sheets = sheets
    }
}

/// One sheet (or the single table of a text file): rows of cells, 1-based as a spreadsheet counts them.
public struct Sheet: Hashable, Sendable {
    /// The sheet's name; nil for a CSV file, which has no sheets.
    public var name: String?
    /// Rows in order; `rows[r][c]` is the cell at row r + 1, column c + 1. Short rows end in empty cells.
    public var rows: [[CellValue]]
    /// For text files, the line and column each row's cells start at (`lines[r][c]`); empty for workbooks.
    public var textPositions: [[TextPosition]]
    /// Merged ranges (a two-row header's group label spans its sub-columns).
    public var merged: [CellRange]

    public init(name: String?, rows: [[CellValue]], textPositions: [[TextPosition]] = [], merged: [CellRange] = []) {
        self.name = name
        self.rows = rows
        self.textPositions = textPositions
        self.merged = merged
    }

    /// The cell at a 1-based row and column, empty outside the table.
    public subscript(row: Int, column: Int) -> CellValue {
        guard row >= 1, row <= rows.count, column >= 1, column <= rows[row - 1].count else { return .empty }
        return rows[row - 1][column - 1]
    }
}

/// What a cell holds, typed as the file typed it: xlsx gives numbers, dates and text; CSV gives text.
public enum CellValue: Hashable, Sendable {
    case empty
    case text(String)
    case number(Double)
    /// A date cell (an xlsx number with a date format), or a date a reader recognised.
    case date(Day)
    case bool(Bool)

    /// The cell as text, as it would show (numbers without a trailing `.0`).
    public var text: String {
        switch self {
        case .empty: ""
        case .text(let s): s
        case .number(let d):
            if d == d.rounded(), abs(d) < 1e15, let i = Int(exactly: d) { String(i) } else { String(d) }
        case .date(let day): day.description
        case .bool(let b): b ? "TRUE" : "FALSE"
        }
    }

    public var isEmpty: Bool {
        switch self {
        case .empty: true
        case .text(let s): s.allSatisfy(\.isWhitespace)
        default: false
        }
    }
}

/// A cell's place in a sheet, 1-based; `a1` spells it as Excel does (`C7`).
public struct CellReference: Hashable, Sendable, Comparable {
    public var row: Int
    public var column: Int

    public init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }

    /// The column's letters: 1 → A, 26 → Z, 27 → AA.
    public static func columnLetters(_ column: Int) -> String {
        var n = max(1, column), letters: [Character] = []
        while n > 0 {
            let r = (n - 1) % 26
            letters.append(Character(UnicodeScalar(UInt8(65 + r))))
            n = (n - 1) / 26
        }
        return String(letters.reversed())
    }

    public var a1: String { CellReference.columnLetters(column) + String(row) }

    public static func < (l: CellReference, r: CellReference) -> Bool { (l.row, l.column) < (r.row, r.column) }
}

/// A rectangle of cells, as a merge or a validation covers them.
public struct CellRange: Hashable, Sendable {
    public var first: CellReference
    public var last: CellReference

    public init(first: CellReference, last: CellReference) {
        self.first = first
        self.last = last
    }

    public func contains(_ c: CellReference) -> Bool {
        (first.row...last.row).contains(c.row) && (first.column...last.column).contains(c.column)
    }
}

/// A line and column in a text file, 1-based.
public struct TextPosition: Hashable, Sendable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
}

/// Where in a planner's file a value stands: printed as `FILE:SHEET!CELL` or `FILE:LINE:COL`, as an
/// editor or a spreadsheet user finds it.
public struct TableLocation: Hashable, Sendable, CustomStringConvertible {
    public var path: String
    public var sheet: String?
    public var cell: CellReference
    public var text: TextPosition?

    public init(path: String, sheet: String?, cell: CellReference, text: TextPosition? = nil) {
        self.path = path
        self.sheet = sheet
        self.cell = cell
        self.text = text
    }

    public var description: String {
        if let text { return "\(path):\(text.line):\(text.column)" }
        let quotedSheet = sheet.map { $0.contains(" ") ? "'\($0)'" : $0 } ?? ""
        return "\(path):\(quotedSheet)!\(cell.a1)"
    }
}

extension Sheet {
    /// Where the cell at a 1-based row and column stands in `path`.
    public func location(path: String, row: Int, column: Int) -> TableLocation {
        let text: TextPosition? = row >= 1 && row <= textPositions.count && column >= 1 && column <= textPositions[row - 1].count
            ? textPositions[row - 1][column - 1] : nil
        return TableLocation(path: path, sheet: name, cell: CellReference(row: row, column: column), text: text)
    }
}
