import CLibXlsxWriter
import Foundation
import OrgFiles
import OrgModel
import OrgTables

/// Writes a `SpreadsheetDocument` as an `.xlsx` file through libxlsxwriter.
///
/// libxlsxwriter writes a private temporary file, read back as bytes, which `AtomicFile` then writes whole
/// or not at all. The creation date stored in the file is the document's
/// `created` day (a chart's `as_of`), so the same document always gives the same bytes.
public enum XLSXWriter {
    public struct WriteError: Error, Hashable, Sendable {
        public let path: String
        public let reason: String
    }

    /// The libxlsxwriter version linked in.
    public static var libraryVersion: String { String(cString: ramping_xlsxwriter_version()) }

    /// Writes the document to `path` whole or not at all, through `AtomicFile` (an overwritten file keeps
    /// its mode, a symbolic link is written through). Throws `WriteError` when libxlsxwriter refuses the
    /// document, `AtomicFile.WriteError` when the file cannot be written.
    public static func write(_ document: SpreadsheetDocument, to path: String) throws {
        try AtomicFile.write(data(document), to: path)
    }

    /// The bytes of the document as an `.xlsx` file.
    public static func data(_ document: SpreadsheetDocument) throws -> Data {
        let temporary = FileManager.default.temporaryDirectory.appendingPathComponent("ramping-\(UUID().uuidString).xlsx").path
        defer { unlink(temporary) }
        try writeFile(document, to: temporary, reportedAs: temporary)
        guard let data = FileManager.default.contents(atPath: temporary) else {
            throw WriteError(path: temporary, reason: "written file cannot be read back")
        }
        return data
    }

    // MARK: libxlsxwriter

    static func writeFile(_ document: SpreadsheetDocument, to file: String, reportedAs path: String) throws {
        guard let workbook = workbook_new(file) else {
            throw WriteError(path: path, reason: "libxlsxwriter cannot create the file")
        }
        var closed = false
        defer { if !closed { _ = workbook_close(workbook) } }
        func check(_ error: lxw_error, _ what: @autoclosure () -> String) throws {
            guard error == LXW_NO_ERROR else {
                throw WriteError(path: path, reason: "\(what()): \(String(cString: lxw_strerror(error)))")
            }
        }

        // Document properties: a fixed creation time makes the bytes reproducible.
        let title = strdup(document.title), author = strdup("Ramping")
        defer { free(title); free(author) }
        var properties = lxw_doc_properties()
        properties.title = title
        properties.author = author
        if let day = document.created { properties.created = unixTime(day) }
        try check(workbook_set_properties(workbook, &properties), "properties")

        var formats = FormatCache(workbook: workbook)
        var listSheet: [[String]] = []   // long drop-down lists, written to a hidden sheet at the end
        for layout in document.sheets {
            guard let sheet = workbook_add_worksheet(workbook, layout.name) else {
                throw WriteError(path: path, reason: "sheet name '\(layout.name)' is not allowed")
            }
            for (c, width) in layout.columnWidths.enumerated() {
                try check(worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), width, nil), "column width")
            }
            let quotedName = layout.name.contains(" ") ? "'\(layout.name)'" : layout.name
            let mergedOrigins = Set(layout.merged.map(\.first))
            let mergedCovered = Set(layout.merged.flatMap { m in
                (m.first.row...m.last.row).flatMap { r in (m.first.column...m.last.column).map { CellReference(row: r, column: $0) } }
            }).subtracting(mergedOrigins)
            for (r, row) in layout.cells.enumerated() {
                for (c, cell) in row.enumerated() {
                    let ref = CellReference(row: r + 1, column: c + 1)
                    if mergedCovered.contains(ref) { continue }
                    let format = formats.format(cell.style)
                    let row = lxw_row_t(r), col = lxw_col_t(c)
                    let where_ = { (quotedName + "!" + ref.a1) }
                    switch cell.value {
                    case .empty:
                        if cell.style != .plain { try check(worksheet_write_blank(sheet, row, col, format), where_()) }
                    case .text(let s): try check(worksheet_write_string(sheet, row, col, s, format), where_())
                    case .number(let d):
                        if let formula = cell.formula {
                            try check(worksheet_write_formula_num(sheet, row, col, formula, format, d), where_())
                        } else {
                            try check(worksheet_write_number(sheet, row, col, d, format), where_())
                        }
                    case .bool(let b): try check(worksheet_write_boolean(sheet, row, col, b ? 1 : 0, format), where_())
                    case .date(let day):
                        var dt = lxw_datetime(year: Int32(day.year), month: Int32(day.month), day: Int32(day.day), hour: 0, min: 0, sec: 0)
                        try check(worksheet_write_datetime(sheet, row, col, &dt, format), where_())
                    }
                }
            }
            for m in layout.merged {
                let origin = m.first
                let cell = layout.cells.indices.contains(origin.row - 1) && layout.cells[origin.row - 1].indices.contains(origin.column - 1)
                    ? layout.cells[origin.row - 1][origin.column - 1] : Cell.empty
                let text: String
                switch cell.value {
                case .text(let s): text = s
                case .empty: text = ""
                default: text = cell.value.text
                }
                try check(worksheet_merge_range(sheet, lxw_row_t(m.first.row - 1), lxw_col_t(m.first.column - 1),
                                                lxw_row_t(m.last.row - 1), lxw_col_t(m.last.column - 1), text,
                                                formats.format(cell.style)), "\(layout.name)!\(m.first.a1) merge")
                if case .number(let d) = cell.value {
                    try check(worksheet_write_number(sheet, lxw_row_t(m.first.row - 1), lxw_col_t(m.first.column - 1), d,
                                                     formats.format(cell.style)), "\(layout.name)!\(m.first.a1)")
                }
            }
            for v in layout.validations {
                var formula: String?
                var values: [String]?
                switch v.source {
                case .range(let f): formula = f
                case .values(let list):
                    // Excel keeps an inline list to 255 characters; a longer one goes to the hidden sheet.
                    if list.joined(separator: ",").utf8.count <= 250 && !list.contains(where: { $0.contains(",") }) {
                        values = list
                    } else {
                        listSheet.append(list)
                        let column = CellReference.columnLetters(listSheet.count)
                        formula = "=\(hiddenListSheet)!$\(column)$1:$\(column)$\(max(1, list.count))"
                    }
                }
                try addValidation(sheet, v, formula: formula, values: values, check: check)
            }
            // Excel and LibreOffice do not grow a row for wrapped text written by a program: give each row
            // with a long wrapped cell the lines it needs (about one character per width unit).
            var heights = layout.rowHeights
            for (r, row) in layout.cells.enumerated() where heights[r + 1] == nil {
                let lines = row.enumerated().map { c, cell -> Int in
                    guard cell.style.wrap, case .text(let s) = cell.value else { return 1 }
                    let width = c < layout.columnWidths.count ? layout.columnWidths[c] : 8.43
                    let usable = max(1.0, width * (cell.style.bold ? 0.9 : 1.0) - Double(cell.style.indent) * 2)
                    return max(1, Int((Double(s.count) / usable).rounded(.up)))
                }.max() ?? 1
                if lines > 1 { heights[r + 1] = Double(lines) * 15 }
            }
            for (row, height) in heights.sorted(by: { $0.key < $1.key }) {
                try check(worksheet_set_row(sheet, lxw_row_t(row - 1), height, nil), "row height")
            }
            if layout.frozenRows > 0 {
                worksheet_freeze_panes(sheet, lxw_row_t(layout.frozenRows), 0)
                // Printed, the header repeats on every page.
                _ = worksheet_repeat_rows(sheet, 0, lxw_row_t(layout.frozenRows - 1))
            }
            if layout.fitToPageWidth { worksheet_fit_to_pages(sheet, 1, 0) }
            if layout.landscape { worksheet_set_landscape(sheet) }
            worksheet_set_paper(sheet, 9)   // A4, as offices print
            if layout.hidden { worksheet_hide(sheet) }
        }
        if !listSheet.isEmpty {
            guard let sheet = workbook_add_worksheet(workbook, hiddenListSheet) else {
                throw WriteError(path: path, reason: "the list sheet cannot be added")
            }
            for (c, list) in listSheet.enumerated() {
                for (r, value) in list.enumerated() {
                    try check(worksheet_write_string(sheet, lxw_row_t(r), lxw_col_t(c), value, nil), "\(hiddenListSheet)")
                }
            }
            worksheet_hide(sheet)
        }
        closed = true
        try check(workbook_close(workbook), "closing the workbook")
    }

    /// The hidden sheet that holds drop-down lists too long to write inline.
    public static let hiddenListSheet = "Daftar"

    static func addValidation(_ sheet: UnsafeMutablePointer<lxw_worksheet>, _ v: ListValidation, formula: String?,
                              values: [String]?, check: (lxw_error, @autoclosure () -> String) throws -> Void) throws {
        var dv = lxw_data_validation()
        dv.ignore_blank = UInt8(LXW_VALIDATION_ON.rawValue)
        dv.show_error = UInt8(LXW_VALIDATION_ON.rawValue)
        dv.error_type = UInt8(LXW_VALIDATION_ERROR_TYPE_STOP.rawValue)
        let errorTitle = strdup("Nilai tidak dikenal")
        let errorMessage = strdup(v.message ?? "Pilih salah satu nilai dari daftar.")
        defer { free(errorTitle); free(errorMessage) }
        dv.error_title = errorTitle
        dv.error_message = errorMessage
        var owned: [UnsafeMutablePointer<CChar>?] = []
        defer { owned.forEach { free($0) } }
        if let formula {
            dv.validate = UInt8(LXW_VALIDATION_TYPE_LIST_FORMULA.rawValue)
            let f = strdup(formula)
            owned.append(f)
            dv.value_formula = f
        } else if let values {
            dv.validate = UInt8(LXW_VALIDATION_TYPE_LIST.rawValue)
            owned = values.map { strdup($0) }
        }
        let r = v.range
        if values != nil {
            var list = owned + [nil]
            try list.withUnsafeMutableBufferPointer { buffer in
                dv.value_list = buffer.baseAddress
                try check(worksheet_data_validation_range(sheet, lxw_row_t(r.first.row - 1), lxw_col_t(r.first.column - 1),
                                                          lxw_row_t(r.last.row - 1), lxw_col_t(r.last.column - 1), &dv), "validation")
            }
        } else {
            try check(worksheet_data_validation_range(sheet, lxw_row_t(r.first.row - 1), lxw_col_t(r.first.column - 1),
                                                      lxw_row_t(r.last.row - 1), lxw_col_t(r.last.column - 1), &dv), "validation")
        }
    }

    /// Noon UTC of the day, as seconds since 1970 (noon keeps the day the same in every time zone).
    static func unixTime(_ day: Day) -> time_t {
        let epoch = Day(year: 1970, month: 1, day: 1)!.ordinal
        return time_t((day.ordinal - epoch) * 86_400 + 12 * 3_600)
    }

    /// One libxlsxwriter format per distinct style.
    struct FormatCache {
        let workbook: UnsafeMutablePointer<lxw_workbook>
        var formats: [CellStyle: UnsafeMutablePointer<lxw_format>] = [:]

        init(workbook: UnsafeMutablePointer<lxw_workbook>) { self.workbook = workbook }

        mutating func format(_ style: CellStyle) -> UnsafeMutablePointer<lxw_format>? {
            if style == .plain { return nil }
            if let f = formats[style] { return f }
            guard let f = workbook_add_format(workbook) else { return nil }
            switch style.number {
            case .general: break
            case .text: format_set_num_format(f, "@")
            case .date: format_set_num_format(f, "dd-mm-yyyy")
            case .decimals(let n): format_set_num_format(f, n > 0 ? "0." + String(repeating: "0", count: n) : "0")
            case .signed: format_set_num_format(f, "+0;-0;0")
            case .grouped: format_set_num_format(f, "#,##0")
            }
            if style.bold { format_set_bold(f) }
            if style.italic { format_set_italic(f) }
            if style.border { format_set_border(f, UInt8(LXW_BORDER_THIN.rawValue)) }
            switch style.alignment {
            case .general: break
            case .left: format_set_align(f, UInt8(LXW_ALIGN_LEFT.rawValue))
            case .center: format_set_align(f, UInt8(LXW_ALIGN_CENTER.rawValue))
            case .right: format_set_align(f, UInt8(LXW_ALIGN_RIGHT.rawValue))
            }
            format_set_align(f, UInt8((style.alignment == .center ? LXW_ALIGN_VERTICAL_CENTER : LXW_ALIGN_VERTICAL_TOP).rawValue))
            if style.wrap { format_set_text_wrap(f) }
            if style.indent > 0 { format_set_indent(f, UInt8(min(style.indent, 15))) }
            if let size = style.size { format_set_font_size(f, size) }
            if let fill = style.fill { format_set_bg_color(f, lxw_color_t(fill)) }
            formats[style] = f
            return f
        }
    }
}
