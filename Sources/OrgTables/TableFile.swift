import Foundation

/// Any table file a planner has, recognised by its content, never its name (spec §1.1): `PK` → xlsx;
/// `D0 CF 11 E0` → a real Excel 97–2003 workbook (refused with "save as .xlsx"); a leading `<` → an HTML
/// table saved as .xls; a leading `{` or `[` → SIASN JSON; anything else → CSV/TXT.
public enum TableFile {
    public enum Kind: String, Sendable { case xlsx, biff, html, json, csv }

    public static func sniff(_ data: Data) -> Kind {
        let bytes = data.prefix(4096)
        if bytes.starts(with: [0x50, 0x4B]) { return .xlsx }
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) { return .biff }
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        let first = body.first { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }
        switch first {
        case UInt8(ascii: "<"): return .html
        case UInt8(ascii: "{"), UInt8(ascii: "["): return .json
        default: return .csv
        }
    }

    /// Reads any table file's bytes into a workbook; `path` names it in messages.
    public static func read(_ data: Data, path: String, xlsxLimits: XLSXReader.Limits = .init()) throws(TableReadError) -> Workbook {
        guard !data.isEmpty else { throw TableReadError(.emptyFile, path: path) }
        switch sniff(data) {
        case .xlsx: return try XLSXReader(limits: xlsxLimits).read(data: data, path: path)
        case .biff: throw TableReadError(.biffWorkbook, path: path)
        case .html: return Workbook(path: path, sheets: [try HTMLTableReader.read(data, path: path)])
        case .json: return Workbook(path: path, sheets: [try SIASNJSONReader.read(data, path: path)])
        case .csv: return Workbook(path: path, sheets: [try CSVReader.read(data, path: path).sheet])
        }
    }
}
