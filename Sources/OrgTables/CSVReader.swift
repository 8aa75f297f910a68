import Foundation

/// Reads a CSV or TXT table as Excel and SIMPEG/SIASN write them, into one `Sheet` whose every cell knows
/// its line and column.
///
/// Ramping has its own RFC 4180 reader rather than CSV.swift because the encoding and the delimiter must be
/// sniffed before any parsing, and the positions of cells kept: a file saved by Excel with Indonesian
/// settings is Windows-1252 with `;`, SIASN writes UTF-8 with `,`, some add a `sep=` line, and a message
/// must say `FILE:LINE:COL` even after a quoted cell that holds line breaks.
///
/// - Encoding: a UTF-8 byte order mark means UTF-8; otherwise strict UTF-8, and if that fails Windows-1252
///   (`’` is 0x92, `–` 0x96), never a silent replacement character.
/// - Delimiter: a first line `sep=X` names it; otherwise the most frequent of `;` `,` tab `|` outside
///   quotes in the first lines (title rows of `;;;;` count for `;`, as Excel pads them).
/// - Quoted cells may hold the delimiter, `""` and line breaks; an unclosed quote is an error at its line.
public enum CSVReader {
    public enum Encoding: String, Sendable { case utf8BOM = "UTF-8 (BOM)", utf8 = "UTF-8", windows1252 = "Windows-1252" }

    /// The text of a file, decoded as described above.
    public static func decode(_ data: Data) -> (String, Encoding) {
        if data.starts(with: [0xEF, 0xBB, 0xBF]) {
            return (String(decoding: data.dropFirst(3), as: UTF8.self), .utf8BOM)
        }
        if let s = String(validating: data, as: UTF8.self) { return (s, .utf8) }
        return (windows1252(data), .windows1252)
    }

    /// Windows-1252: Latin-1 with printable characters in 0x80–0x9F.
    static func windows1252(_ data: Data) -> String {
        let high: [UInt32] = [0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
                              0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
                              0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178]
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(data.count)
        for b in data {
            let v = (0x80...0x9F).contains(b) ? high[Int(b) - 0x80] : UInt32(b)
            scalars.append(Unicode.Scalar(v)!)
        }
        return String(scalars)
    }

    /// The delimiter: a `sep=` line, else the most frequent candidate in the first 30 lines outside quotes.
    static func sniffDelimiter(_ text: Substring) -> (Character, sepLine: Bool) {
        if text.hasPrefix("sep="), let c = text.dropFirst(4).first, c != "\n", c != "\r" { return (c, true) }
        var counts: [Character: Int] = [";": 0, ",": 0, "\t": 0, "|": 0]
        var inQuote = false, lines = 0
        for c in text {
            if c == "\"" { inQuote.toggle(); continue }
            if inQuote { continue }
            if c == "\n" || c == "\r\n" { lines += 1; if lines >= 30 { break } }
            if counts[c] != nil { counts[c]! += 1 }
        }
        let order: [Character] = [";", ",", "\t", "|"]
        let best = order.max { counts[$0]! < counts[$1]! || (counts[$0]! == counts[$1]! && order.firstIndex(of: $0)! > order.firstIndex(of: $1)!) }!
        return (counts[best]! > 0 ? best : ",", false)
    }

    public struct Result: Sendable {
        public var sheet: Sheet
        public var encoding: Encoding
        public var delimiter: Character
    }

    /// Parses the file's bytes. Each row is handed to `row` as it is read (for streaming use); the sheet
    /// is built only when `keepRows` is true.
    public static func read(_ data: Data, path: String, maxCellCharacters: Int = 32_767) throws(TableReadError) -> Result {
        let (text, encoding) = decode(data)
        guard !text.isEmpty else { throw TableReadError(.emptyFile, path: path) }
        var rows: [[CellValue]] = [], positions: [[TextPosition]] = []
        let delimiter = try parse(text, path: path, maxCellCharacters: maxCellCharacters) { cells, at in
            rows.append(cells.map { $0.isEmpty ? .empty : .text($0) })
            positions.append(at)
        }
        return Result(sheet: Sheet(name: nil, rows: rows, textPositions: positions), encoding: encoding, delimiter: delimiter)
    }

    /// The RFC 4180 state machine over decoded text; calls `row` with each record's cells and their positions.
    @discardableResult
    public static func parse(_ text: String, path: String, maxCellCharacters: Int = 32_767,
                             row: ([String], [TextPosition]) throws(TableReadError) -> Void) throws(TableReadError) -> Character {
        var body = Substring(text)
        let (delimiter, sepLine) = sniffDelimiter(body)
        var line = 1
        if sepLine {
            if let nl = body.firstIndex(where: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) { body = body[body.index(after: nl)...] } else { body = "" }
            line = 2
        }
        var cells: [String] = [], positions: [TextPosition] = []
        var cell = "", cellStart = TextPosition(line: line, column: 1)
        var column = 1, inQuote = false, quoteLine = line, wasQuoted = false, afterQuote = false
        func endCell() throws(TableReadError) {
            if cell.count > maxCellCharacters {
                throw TableReadError(.cellTooLong(length: cell.count, limit: maxCellCharacters), path: path,
                                     location: TableLocation(path: path, sheet: nil, cell: CellReference(row: line, column: cells.count + 1), text: cellStart))
            }
            cells.append(cell)
            positions.append(cellStart)
            cell = ""
            wasQuoted = false
            afterQuote = false
        }
        for c in body {
            if inQuote {
                if c == "\"" { inQuote = false; afterQuote = true; column += 1; continue }
                cell.append(c)
                if c == "\n" || c == "\r\n" || c == "\r" { line += 1; column = 1 } else { column += 1 }
                if cell.utf8.count > maxCellCharacters * 4 {
                    throw TableReadError(.cellTooLong(length: cell.count, limit: maxCellCharacters), path: path,
                                         location: TableLocation(path: path, sheet: nil, cell: CellReference(row: 1, column: 1), text: cellStart))
                }
                continue
            }
            if c == "\"" {
                if afterQuote { cell.append("\""); inQuote = true; afterQuote = false; column += 1; continue }   // "" inside quotes
                if cell.isEmpty && !wasQuoted { inQuote = true; wasQuoted = true; quoteLine = line; column += 1; continue }
                cell.append(c); column += 1; continue
            }
            afterQuote = false
            if c == delimiter {
                try endCell()
                column += 1
                cellStart = TextPosition(line: line, column: column)
                continue
            }
            if c == "\n" || c == "\r\n" || c == "\r" {
                try endCell()
                try row(cells, positions)
                cells = []; positions = []
                line += 1; column = 1
                cellStart = TextPosition(line: line, column: 1)
                continue
            }
            cell.append(c)
            column += 1
        }
        if inQuote {
            throw TableReadError(.unterminatedQuote(line: quoteLine), path: path,
                                 location: TableLocation(path: path, sheet: nil, cell: CellReference(row: 1, column: 1), text: TextPosition(line: quoteLine, column: 1)))
        }
        if !cell.isEmpty || !cells.isEmpty {
            try endCell()
            try row(cells, positions)
        }
        return delimiter
    }
}
