import Foundation
public import OrgModel
import ZIPFoundation

/// Reads an Excel workbook (.xlsx, Office Open XML) into a `Workbook`: every sheet by name, shared and inline
/// strings, numbers, booleans, date cells (a number whose number format in `styles.xml` is a date) and
/// merged ranges. Formulas give their cached value, as Excel saved it.
///
/// The zip is opened with ZIPFoundation and each XML part read with libxml2's streaming reader. A hostile
/// file is refused with a message, never a crash or unbounded memory: each part's unpacked size is checked
/// against `Limits` from the zip directory before extraction and counted again while it unpacks (a zip
/// bomb lies in its directory); a DOCTYPE or entity is refused; a sheet's rows, empty rows, columns and
/// each cell's length are bounded (Excel itself stops a cell at 32,767 characters).
public struct XLSXReader: Sendable {
    public struct Limits: Sendable {
        /// The most one XML part may unpack to.
        public var partBytes: Int = 256 << 20
        /// The most all parts read together may unpack to.
        public var totalBytes: Int = 512 << 20
        /// Excel's own row limit.
        public var rows: Int = 1_048_576
        /// Empty rows (explicit or skipped over) a sheet may hold before it is refused.
        public var emptyRows: Int = 100_000
        /// Excel's own column limit (XFD).
        public var columns: Int = 16_384
        /// Excel's own limit on the characters of one cell.
        public var cellCharacters: Int = 32_767

        public init() {}
    }

    public var limits: Limits

    public init(limits: Limits = Limits()) { self.limits = limits }

    /// Reads the workbook at `url`; `path` is how messages name the file.
    public func read(url: URL, path: String) throws(TableReadError) -> Workbook {
        let archive: Archive
        do {
            archive = try Archive(url: url, accessMode: .read)
        } catch {
            throw TableReadError(.notAZip(detail: "\(error)"), path: path)
        }
        return try read(archive, path: path)
    }

    /// Reads a workbook from bytes (an upload, a test, or a file already in memory).
    ///
    /// ZIPFoundation's in-memory archive traps on a damaged zip whose directory points past the end of the
    /// bytes ("Range requires lowerBound <= upperBound", found by `make fuzz`:
    /// Fuzz/xlsx/crashes/zip-directory-past-the-end.xlsx); its file-backed archive reports the same bytes as
    /// unreadable. So the bytes are read through a temporary file only this user can read (personal data).
    public func read(data: Data, path: String) throws(TableReadError) -> Workbook {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("ramping-\(UUID().uuidString).xlsx")
        guard FileManager.default.createFile(atPath: url.path, contents: data, attributes: [.posixPermissions: 0o600]) else {
            throw TableReadError(.notAZip(detail: "cannot write a temporary copy in \(FileManager.default.temporaryDirectory.path)"), path: path)
        }
        defer { try? FileManager.default.removeItem(at: url) }
        return try read(url: url, path: path)
    }

    private func read(_ archive: Archive, path: String) throws(TableReadError) -> Workbook {
        let parts = PartReader(archive: archive, path: path, limits: limits)
        let workbookPart = try parts.officeDocument()
        let book = try parts.workbook(workbookPart)
        let sharedStrings = try book.sharedStrings.map { p throws(TableReadError) in try parts.sharedStrings(p) } ?? []
        let styles = try book.styles.map { p throws(TableReadError) in try parts.dateStyles(p) } ?? []
        guard !book.sheets.isEmpty else { throw TableReadError(.noSheets, path: path) }
        var sheets: [Sheet] = []
        for (name, part) in book.sheets {
            sheets.append(try parts.sheet(part, name: name, sharedStrings: sharedStrings, dateStyles: styles,
                                          date1904: book.date1904))
        }
        return Workbook(path: path, sheets: sheets)
    }
}

/// Reads the parts of one archive, keeping count of what has been unpacked.
private final class PartReader {
    let archive: Archive
    let path: String
    let limits: XLSXReader.Limits
    var unpacked = 0

    init(archive: Archive, path: String, limits: XLSXReader.Limits) {
        self.archive = archive
        self.path = path
        self.limits = limits
    }

    struct Limit: Error { let total: Bool }

    /// A part's bytes, refused before extraction when the directory says it is too large and during
    /// extraction when it grows past the limit anyway.
    func data(_ name: String, required: Bool = true) throws(TableReadError) -> Data? {
        let key = name.hasPrefix("/") ? String(name.dropFirst()) : name
        guard let entry = archive[key] else {
            if required { throw TableReadError(.missingPart(name: key), path: path) }
            return nil
        }
        let declared = Int(clamping: entry.uncompressedSize)
        if declared > limits.partBytes { throw TableReadError(.partTooLarge(part: key, limit: limits.partBytes), path: path) }
        if unpacked + declared > limits.totalBytes { throw TableReadError(.workbookTooLarge(limit: limits.totalBytes), path: path) }
        var out = Data()
        out.reserveCapacity(min(declared, 64 << 20))
        let (partLimit, room) = (limits.partBytes, limits.totalBytes - unpacked)
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                out.append(chunk)
                if out.count > partLimit { throw Limit(total: false) }
                if out.count > room { throw Limit(total: true) }
            }
        } catch let limit as Limit {
            throw TableReadError(limit.total ? .workbookTooLarge(limit: limits.totalBytes)
                                             : .partTooLarge(part: key, limit: limits.partBytes), path: path)
        } catch {
            throw TableReadError(.notAZip(detail: "\(key): \(error)"), path: path)
        }
        unpacked += out.count
        return out
    }

    /// Runs a streaming walk over a part, turning libxml2's failures and any DOCTYPE into messages.
    func walk<T>(_ name: String, _ body: (XMLPull) throws -> T) throws(TableReadError) -> T {
        guard let bytes = try data(name) else { throw TableReadError(.missingPart(name: name), path: path) }
        do {
            return try XMLPull.walk(bytes, name: name, body)
        } catch let e as TableReadError {
            throw e
        } catch XMLPull.Failure.malformed(let line, let message) {
            if message.lowercased().contains("entity") { throw TableReadError(.xmlEntities(part: name), path: path) }
            throw TableReadError(.xmlMalformed(part: name, line: line, detail: message), path: path)
        } catch {
            throw TableReadError(.xmlMalformed(part: name, line: 0, detail: "\(error)"), path: path)
        }
    }

    private func refuseDoctype(_ x: XMLPull, _ kind: XMLPull.Kind, _ part: String) throws {
        if kind == .doctype || kind == .entityReference { throw TableReadError(.xmlEntities(part: part), path: path) }
    }

    /// The workbook part named by the package relationships (`xl/workbook.xml` as Excel writes it).
    func officeDocument() throws(TableReadError) -> String {
        guard archive["_rels/.rels"] != nil else {
            if archive["xl/workbook.xml"] != nil { return "xl/workbook.xml" }
            throw TableReadError(.missingPart(name: "xl/workbook.xml"), path: path)
        }
        let rels = try relationships("_rels/.rels", base: "")
        return rels.first { $0.type.hasSuffix("/officeDocument") }?.target ?? "xl/workbook.xml"
    }

    struct Relationship { var id: String, type: String, target: String }

    /// The relationships in a `.rels` part, targets resolved against `base` (the folder of the source part).
    func relationships(_ part: String, base: String) throws(TableReadError) -> [Relationship] {
        try walk(part) { x in
            var out: [Relationship] = []
            while let kind = try x.next() {
                try refuseDoctype(x, kind, part)
                guard kind == .element, x.isNamed("Relationship") else { continue }
                guard let id = x.attribute("Id"), var target = x.attribute("Target") else { continue }
                if x.attribute("TargetMode") == "External" { continue }
                target = target.hasPrefix("/") ? String(target.dropFirst()) : Self.resolve(target, base: base)
                out.append(Relationship(id: id, type: x.attribute("Type") ?? "", target: target))
            }
            return out
        }
    }

    static func resolve(_ target: String, base: String) -> String {
        var parts = base.split(separator: "/").map(String.init)
        for piece in target.split(separator: "/") {
            if piece == ".." { _ = parts.popLast() } else if piece != "." { parts.append(String(piece)) }
        }
        return parts.joined(separator: "/")
    }

    struct Book {
        var sheets: [(String, String)] = []
        var sharedStrings: String?
        var styles: String?
        var date1904 = false
    }

    func workbook(_ part: String) throws(TableReadError) -> Book {
        let folder = part.split(separator: "/").dropLast().joined(separator: "/")
        let relsPart = (folder.isEmpty ? "" : folder + "/") + "_rels/" + (part.split(separator: "/").last.map(String.init) ?? "") + ".rels"
        let rels = archive[relsPart] != nil ? try relationships(relsPart, base: folder) : []
        var book = Book()
        var declared: [(String, String)] = []
        try walk(part) { x in
            while let kind = try x.next() {
                try refuseDoctype(x, kind, part)
                guard kind == .element else { continue }
                if x.isNamed("sheet"), let name = x.attribute("name") {
                    let rid = x.attribute(local: "id", namespace: "http://schemas.openxmlformats.org/officeDocument/2006/relationships")
                        ?? x.attribute("r:id") ?? ""
                    declared.append((name, rid))
                } else if x.isNamed("workbookPr") {
                    let v = x.attribute("date1904")
                    book.date1904 = v == "1" || v == "true"
                }
            }
        }
        let byID = Dictionary(rels.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for (i, (name, rid)) in declared.enumerated() {
            if let r = byID[rid] {
                // Chart sheets and macro sheets hold no table.
                guard r.type.hasSuffix("/worksheet") else { continue }
                book.sheets.append((name, r.target))
            } else if archive["\(folder)/worksheets/sheet\(i + 1).xml"] != nil {
                book.sheets.append((name, "\(folder)/worksheets/sheet\(i + 1).xml"))
            }
        }
        book.sharedStrings = rels.first { $0.type.hasSuffix("/sharedStrings") }?.target
            ?? (archive["\(folder)/sharedStrings.xml"] != nil ? "\(folder)/sharedStrings.xml" : nil)
        book.styles = rels.first { $0.type.hasSuffix("/styles") }?.target
            ?? (archive["\(folder)/styles.xml"] != nil ? "\(folder)/styles.xml" : nil)
        return book
    }

    /// The shared string table: `<si>` with plain `<t>` or rich-text runs `<r><t>`; phonetic runs
    /// (`<rPh>`) are not part of the text.
    func sharedStrings(_ part: String) throws(TableReadError) -> [String] {
        let limit = limits.cellCharacters
        let path = self.path
        return try walk(part) { x in
            var out: [String] = []
            var current = "", inSI = false, inT = false, phoneticDepth = 0
            func nextNode() throws -> XMLPull.Kind? {
                do {
                    return try x.next()
                } catch XMLPull.Failure.malformed(_, let message) where XMLPull.isHugeText(message) {
                    throw TableReadError(.cellTooLong(length: 10_000_000, limit: limit), path: path)
                }
            }
            while let kind = try nextNode() {
                try refuseDoctype(x, kind, part)
                switch kind {
                case .element:
                    if x.isNamed("si") { inSI = !x.isEmptyElement; current = ""; if x.isEmptyElement { out.append("") } }
                    else if x.isNamed("rPh") { if !x.isEmptyElement { phoneticDepth += 1 } }
                    else if x.isNamed("t") { inT = !x.isEmptyElement }
                case .endElement:
                    if x.isNamed("si") { out.append(current); inSI = false }
                    else if x.isNamed("rPh") { phoneticDepth -= 1 }
                    else if x.isNamed("t") { inT = false }
                case .text:
                    guard inSI, inT, phoneticDepth == 0 else { continue }
                    let length = x.valueLength
                    if length > limit * 4 || current.utf8.count + length > limit * 4 {
                        throw TableReadError(.cellTooLong(length: current.utf8.count + length, limit: limit), path: path)
                    }
                    current += x.value
                    if current.count > limit {
                        throw TableReadError(.cellTooLong(length: current.count, limit: limit), path: path)
                    }
                default: break
                }
            }
            return out
        }
    }

    /// The cell styles (`cellXfs` indexes) whose number format shows a date.
    func dateStyles(_ part: String) throws(TableReadError) -> [Bool] {
        try walk(part) { x in
            var custom: [Int: String] = [:]
            var styles: [Bool] = []
            var inCellXfs = false
            while let kind = try x.next() {
                try refuseDoctype(x, kind, part)
                switch kind {
                case .element:
                    if x.isNamed("numFmt"), let id = x.attribute("numFmtId").flatMap(Int.init) {
                        custom[id] = x.attribute("formatCode") ?? ""
                    } else if x.isNamed("cellXfs") {
                        inCellXfs = !x.isEmptyElement
                    } else if inCellXfs, x.isNamed("xf") {
                        let id = x.attribute("numFmtId").flatMap(Int.init) ?? 0
                        styles.append(custom[id].map(NumberFormat.isDate) ?? NumberFormat.isBuiltInDate(id))
                    }
                case .endElement:
                    if x.isNamed("cellXfs") { inCellXfs = false }
                default: break
                }
            }
            return styles
        }
    }

    // swiftlint:disable:next function_body_length cyclomatic_complexity
    func sheet(_ part: String, name: String, sharedStrings: [String], dateStyles: [Bool],
                        date1904: Bool) throws(TableReadError) -> Sheet {
        let limits = self.limits, path = self.path
        func at(_ row: Int, _ column: Int) -> TableLocation {
            TableLocation(path: path, sheet: name, cell: CellReference(row: max(row, 1), column: max(column, 1)))
        }
        return try walk(part) { x in
            var rows: [[CellValue]] = []
            var merged: [CellRange] = []
            var emptyRows = 0
            var rowNumber = 0, rowHasData = false
            var currentRow: [CellValue] = []
            // The cell being read.
            var column = 0, type = "n", style = 0, value = "", inValue = false, inInline = false, inPhonetic = false
            func commitRow() throws {
                // Trailing empty rows are never stored; a gap before a row with data is stored as empty rows.
                guard rowHasData else { return }
                if rowNumber > limits.rows { throw TableReadError(.tooManyRows(sheet: name, limit: limits.rows), path: path) }
                while rows.count < rowNumber - 1 { rows.append([]) }
                while let last = currentRow.last, last == .empty { currentRow.removeLast() }
                rows.append(currentRow)
            }
            func countEmpty(_ n: Int) throws {
                emptyRows += n
                if emptyRows > limits.emptyRows {
                    throw TableReadError(.tooManyEmptyRows(sheet: name, limit: limits.emptyRows), path: path, location: at(rowNumber, 1))
                }
            }
            func nextNode() throws -> XMLPull.Kind? {
                do {
                    return try x.next()
                } catch XMLPull.Failure.malformed(_, let message) where XMLPull.isHugeText(message) {
                    throw TableReadError(.cellTooLong(length: 10_000_000, limit: limits.cellCharacters), path: path,
                                         location: at(rowNumber, column))
                }
            }
            while let kind = try nextNode() {
                try refuseDoctype(x, kind, part)
                switch kind {
                case .element:
                    if x.isNamed("c") {
                        column += 1
                        if let r = x.attribute("r"), let ref = CellReference(a1: r) { column = ref.column }
                        if column > limits.columns {
                            throw TableReadError(.tooManyColumns(sheet: name, limit: limits.columns), path: path)
                        }
                        type = x.attribute("t") ?? "n"
                        style = x.attribute("s").flatMap(Int.init) ?? 0
                        value = ""
                        if x.isEmptyElement { /* a styled empty cell */ }
                    } else if x.isNamed("v") {
                        inValue = !x.isEmptyElement
                    } else if x.isNamed("is") {
                        inInline = !x.isEmptyElement
                    } else if x.isNamed("rPh") {
                        inPhonetic = !x.isEmptyElement
                    } else if x.isNamed("t") {
                        inValue = inInline && !inPhonetic && !x.isEmptyElement
                    } else if x.isNamed("row") {
                        let previous = rowNumber
                        rowNumber = x.attribute("r").flatMap(Int.init) ?? (rowNumber + 1)
                        if rowNumber <= previous { rowNumber = previous + 1 }
                        if rowNumber > limits.rows { throw TableReadError(.tooManyRows(sheet: name, limit: limits.rows), path: path) }
                        // Rows skipped over since the last row with data count as empty.
                        let lastStored = rows.count
                        if rowNumber - lastStored - 1 > limits.emptyRows {
                            throw TableReadError(.tooManyEmptyRows(sheet: name, limit: limits.emptyRows), path: path, location: at(rowNumber, 1))
                        }
                        currentRow = []
                        rowHasData = false
                        column = 0
                        if x.isEmptyElement { try countEmpty(1) }
                    } else if x.isNamed("mergeCell"), let ref = x.attribute("ref") {
                        let ends = ref.split(separator: ":")
                        if let a = ends.first.flatMap({ CellReference(a1: String($0)) }) {
                            let b = ends.count > 1 ? CellReference(a1: String(ends[1])) ?? a : a
                            merged.append(CellRange(first: a, last: b))
                        }
                    }
                case .text:
                    guard inValue else { continue }
                    let length = x.valueLength
                    if length > limits.cellCharacters * 4 || value.utf8.count + length > limits.cellCharacters * 4 {
                        throw TableReadError(.cellTooLong(length: value.utf8.count + length, limit: limits.cellCharacters), path: path,
                                             location: at(rowNumber, column))
                    }
                    value += x.value
                    if value.count > limits.cellCharacters {
                        throw TableReadError(.cellTooLong(length: value.count, limit: limits.cellCharacters), path: path,
                                             location: at(rowNumber, column))
                    }
                case .endElement:
                    if x.isNamed("v") || x.isNamed("t") {
                        inValue = false
                    } else if x.isNamed("is") {
                        inInline = false
                    } else if x.isNamed("rPh") {
                        inPhonetic = false
                    } else if x.isNamed("c") {
                        let cell = Self.cell(type: type, raw: value, style: style, sharedStrings: sharedStrings,
                                             dateStyles: dateStyles, date1904: date1904)
                        if cell == .empty { continue }
                        if case .text(let s) = cell, s.count > limits.cellCharacters {
                            throw TableReadError(.cellTooLong(length: s.count, limit: limits.cellCharacters), path: path,
                                                 location: at(rowNumber, column))
                        }
                        while currentRow.count < column - 1 { currentRow.append(.empty) }
                        if currentRow.count == column - 1 { currentRow.append(cell) } else { currentRow[column - 1] = cell }
                        if !cell.isEmpty { rowHasData = true }
                    } else if x.isNamed("row") {
                        if rowHasData { try commitRow() } else { try countEmpty(1) }
                    }
                default: break
                }
            }
            return Sheet(name: name, rows: rows, merged: merged)
        }
    }

    static func cell(type: String, raw: String, style: Int, sharedStrings: [String], dateStyles: [Bool],
                     date1904: Bool) -> CellValue {
        switch type {
        case "s":
            guard let i = Int(raw.trimmingCharacters(in: .whitespaces)), i >= 0, i < sharedStrings.count else { return .empty }
            let s = sharedStrings[i]
            return s.isEmpty ? .empty : .text(s)
        case "inlineStr", "str":
            return raw.isEmpty ? .empty : .text(raw)
        case "b":
            return .bool(raw == "1" || raw == "true")
        case "e":
            return raw.isEmpty ? .empty : .text(raw)
        case "d":
            // ISO 8601 date cells (strict OOXML): keep the day.
            return Day(iso: raw.prefix(10)).map(CellValue.date) ?? .text(raw)
        default:
            guard !raw.isEmpty else { return .empty }
            guard let number = Double(raw.trimmingCharacters(in: .whitespaces)) else { return .text(raw) }
            if style >= 0, style < dateStyles.count, dateStyles[style],
               let day = ExcelDate.day(serial: number, date1904: date1904) {
                return .date(day)
            }
            return .number(number)
        }
    }
}

extension CellReference {
    /// Parses `B7` (absolute `$B$7` too); nil for anything else.
    public init?(a1: String) {
        var column = 0, row = 0, seenDigit = false
        for c in a1.utf8 {
            switch c {
            case UInt8(ascii: "$"): continue
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                if seenDigit { return nil }
                column = column * 26 + Int(c - UInt8(ascii: "A")) + 1
            case UInt8(ascii: "a")...UInt8(ascii: "z"):
                if seenDigit { return nil }
                column = column * 26 + Int(c - UInt8(ascii: "a")) + 1
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                seenDigit = true
                row = row * 10 + Int(c - UInt8(ascii: "0"))
                if row > 100_000_000 { return nil }
            default: return nil
            }
            if column > 100_000 { return nil }
        }
        guard column > 0, row > 0 else { return nil }
        self.init(row: row, column: column)
    }
}

/// Which number formats show a date.
enum NumberFormat {
    /// Excel's built-in date and time formats (ECMA-376 §18.8.30), and the East Asian ones.
    static func isBuiltInDate(_ id: Int) -> Bool {
        (14...22).contains(id) || (27...36).contains(id) || (45...47).contains(id) || (50...58).contains(id)
    }

    /// A custom format code shows a date when, outside quoted text, escapes and `[…]` sections, it has a day,
    /// month or year token (`dd-mm-yyyy`, `d mmmm yyyy`, `[$-421]dd mmmm yyyy`); `mm` beside `h` or `s` is minutes.
    static func isDate(_ code: String) -> Bool {
        var plain = "", inQuote = false, inBracket = false, escape = false
        for c in code {
            if escape { escape = false; continue }
            if inQuote { if c == "\"" { inQuote = false }; continue }
            if inBracket { if c == "]" { inBracket = false }; continue }
            switch c {
            case "\"": inQuote = true
            case "[": inBracket = true
            case "\\", "_", "*": escape = true
            default: plain.append(c)
            }
        }
        // Only the first section (positive numbers) matters.
        let first = plain.split(separator: ";", omittingEmptySubsequences: false).first.map(String.init) ?? plain
        let lower = first.lowercased()
        if lower.contains("d") || lower.contains("y") { return true }
        if lower.contains("m") && !lower.contains("h") && !lower.contains("s") { return true }
        return false
    }
}

/// Excel's serial day numbers: 1 is 1900-01-01, with Lotus's 29 February 1900 that never was; so from
/// 1 March 1900 on, day 0 is 1899-12-30. The 1904 system (old Mac workbooks) counts from 1904-01-01.
public enum ExcelDate {
    public static func day(serial: Double, date1904: Bool = false) -> Day? {
        guard serial.isFinite, serial >= 1, serial < 2_958_466 else { return nil }
        var whole = Int(serial.rounded(.down))
        if date1904 { whole += 1462 } else if whole < 61 { whole += 1 }   // before the phantom 1900-02-29
        return Day(ordinal: Day(year: 1899, month: 12, day: 30)!.ordinal + whole)
    }

    /// The serial of a day in the 1900 system (from 1900-03-01 on, where the two calendars agree).
    public static func serial(_ day: Day) -> Int {
        day.ordinal - Day(year: 1899, month: 12, day: 30)!.ordinal
    }
}
