public import OrgModel
public import OrgTables

/// A workbook to write: its sheets as rows of typed cells, with how they look (formats, merged cells,
/// widths, frozen header rows, drop-down lists).
///
/// Everything Ramping writes as Excel is built as a `SpreadsheetDocument` first, so that tests can read
/// the values back (`tables`) without a file, and `XLSXWriter` is the one place that speaks libxlsxwriter.
public struct SpreadsheetDocument: Hashable, Sendable {
    /// The document title (File ▸ Properties).
    public var title: String
    /// The creation date stored in the file: the chart's `as_of`, so the same chart gives the same bytes.
    public var created: Day?
    public var sheets: [SheetLayout]

    public init(title: String, created: Day?, sheets: [SheetLayout]) {
        self.title = title
        self.created = created
        self.sheets = sheets
    }

    /// The cell values as a reader would give them back, sheet by sheet (hidden sheets included).
    public func workbook(path: String) -> Workbook {
        Workbook(path: path, sheets: sheets.map(\.table))
    }
}

/// One sheet: rows of cells, 1-based as Excel counts them (`cells[0]` is row 1).
public struct SheetLayout: Hashable, Sendable {
    public var name: String
    public var cells: [[Cell]]
    public var merged: [CellRange]
    /// Column widths in Excel's character units, from column A; missing columns keep Excel's default.
    public var columnWidths: [Double]
    /// Rows kept in view while scrolling (the title and header rows).
    public var frozenRows: Int
    public var validations: [ListValidation]
    public var hidden: Bool
    public var landscape: Bool
    /// Printed one page wide (a form); false for a wide data sheet, which prints across pages instead.
    public var fitToPageWidth = true
    /// Heights in points of particular rows (1-based), for header rows whose labels wrap.
    public var rowHeights: [Int: Double] = [:]

    public init(name: String, cells: [[Cell]] = [], merged: [CellRange] = [], columnWidths: [Double] = [],
                frozenRows: Int = 0, validations: [ListValidation] = [], hidden: Bool = false, landscape: Bool = false) {
        self.name = name
        self.cells = cells
        self.merged = merged
        self.columnWidths = columnWidths
        self.frozenRows = frozenRows
        self.validations = validations
        self.hidden = hidden
        self.landscape = landscape
    }

    /// The values alone, as `OrgTables` models a read sheet.
    public var table: Sheet {
        Sheet(name: name, rows: cells.map { $0.map(\.value) }, merged: merged)
    }

    /// Appends a row; returns its 1-based number.
    @discardableResult
    public mutating func append(_ row: [Cell]) -> Int {
        cells.append(row)
        return cells.count
    }

    /// Merges columns `from...to` of a 1-based row.
    public mutating func merge(row: Int, from: Int, to: Int) {
        guard to > from else { return }
        merged.append(CellRange(first: CellReference(row: row, column: from), last: CellReference(row: row, column: to)))
    }
}

/// A cell: its value and how it looks.
public struct Cell: Hashable, Sendable {
    /// The value; for a formula, the value it computes to (stored in the file, so a reader that does not
    /// calculate still sees it).
    public var value: CellValue
    public var style: CellStyle
    /// An Excel formula (`=D9*E9/F9`), so that the planner's edits recalculate.
    public var formula: String?

    public init(_ value: CellValue, _ style: CellStyle = .plain, formula: String? = nil) {
        self.value = value
        self.style = style
        self.formula = formula
    }

    public static let empty = Cell(.empty)

    public static func text(_ s: String, _ style: CellStyle = .plain) -> Cell { Cell(s.isEmpty ? .empty : .text(s), style) }
    public static func number(_ d: Double, _ style: CellStyle = .plain) -> Cell { Cell(.number(d), style) }
    public static func int(_ i: Int, _ style: CellStyle = .plain) -> Cell { Cell(.number(Double(i)), style) }
    public static func date(_ d: Day?, _ style: CellStyle = .date) -> Cell { Cell(d.map(CellValue.date) ?? .empty, style) }
}

/// How a cell looks. Equal styles share one Excel format.
public struct CellStyle: Hashable, Sendable {
    /// How the value is shown.
    public enum NumberFormat: Hashable, Sendable {
        case general
        /// Text, also when typed: Excel then never turns an 18-digit NIP into `1,97608E+17`.
        case text
        /// `dd-mm-yyyy`, as Indonesian forms write dates.
        case date
        /// A fixed number of decimals (`0.0000` for the staff need of an ABK worksheet).
        case decimals(Int)
        /// A whole number with thousands grouped as the reader's Excel groups them (`75.000` in Indonesian).
        case grouped
        /// A signed whole number: `+2`, `-1`, `0` (the ± column of a peta jabatan).
        case signed
    }

    public enum Alignment: Hashable, Sendable { case general, left, center, right }

    public var number: NumberFormat = .general
    public var bold = false
    public var italic = false
    public var border = false
    public var alignment: Alignment = .general
    public var wrap = false
    /// Indentation steps (a post under its unit's head in a peta jabatan).
    public var indent = 0
    /// Font size in points; nil keeps the default (11).
    public var size: Double?
    /// Background colour, 0xRRGGBB.
    public var fill: UInt32?

    public init(number: NumberFormat = .general, bold: Bool = false, italic: Bool = false, border: Bool = false,
                alignment: Alignment = .general, wrap: Bool = false, size: Double? = nil, fill: UInt32? = nil) {
        self.number = number
        self.bold = bold
        self.italic = italic
        self.border = border
        self.alignment = alignment
        self.wrap = wrap
        self.size = size
        self.fill = fill
    }

    public static let plain = CellStyle()
    /// A form's title line: bold, larger, centred over the table.
    public static let title = CellStyle(bold: true, alignment: .center, size: 12)
    /// A line under the title (the unit, the date).
    public static let subtitle = CellStyle(alignment: .center)
    /// A column header: bold, boxed, centred, wrapped, grey.
    public static let header = CellStyle(bold: true, border: true, alignment: .center, wrap: true, fill: 0xD9D9D9)
    /// The row of column numbers under a form's header (1, 2, 3 …).
    public static let columnNumber = CellStyle(italic: true, border: true, alignment: .center, size: 9)
    /// A boxed cell of a form's table.
    public static let boxed = CellStyle(border: true)
    public static let boxedWrap = CellStyle(border: true, wrap: true)
    public static let boxedCenter = CellStyle(border: true, alignment: .center)
    /// A boxed text cell (a NIP, a code).
    public static let boxedText = CellStyle(number: .text, border: true, alignment: .center)
    public static let boxedDate = CellStyle(number: .date, border: true, alignment: .center)
    /// A text cell of a data sheet (NIP, ids).
    public static let text = CellStyle(number: .text)
    public static let date = CellStyle(number: .date)
    /// A section row of a form (a unit's name over its posts).
    public static let section = CellStyle(bold: true, border: true, fill: 0xF2F2F2)
    /// A total row (JUMLAH, TOTAL, PEMBULATAN).
    public static let total = CellStyle(bold: true, border: true)

    public func with(_ change: (inout CellStyle) -> Void) -> CellStyle {
        var copy = self
        change(&copy)
        return copy
    }
}

/// A drop-down list on a range of cells: the vocabulary a planner picks from.
public struct ListValidation: Hashable, Sendable {
    public enum Source: Hashable, Sendable {
        /// The allowed values themselves.
        case values([String])
        /// A range holding them, as an Excel formula (`=Unit!$A$2:$A$1000`).
        case range(String)
    }

    public var range: CellRange
    public var source: Source
    /// What Excel says when a value is not in the list.
    public var message: String?

    public init(range: CellRange, source: Source, message: String? = nil) {
        self.range = range
        self.source = source
        self.message = message
    }
}
