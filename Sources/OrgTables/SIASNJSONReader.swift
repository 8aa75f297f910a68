import Foundation

/// Reads SIASN's data-utama web service answer (`{"code":1,"data":{…}}`), a list of them, or a bare list
/// of `data` records, into one sheet: a header row of SIASN's field names (`nipBaru`, `golRuangAkhir`, …)
/// and one row per civil servant, each cell at the line of its field in the file.
public enum SIASNJSONReader {
    public static func read(_ data: Data, path: String) throws(TableReadError) -> Sheet {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data, options: [])
        } catch {
            let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)"
            throw TableReadError(.jsonMalformed(detail: detail), path: path)
        }
        var records: [[String: Any]] = []
        func take(_ value: Any) throws(TableReadError) {
            if let dict = value as? [String: Any] {
                if let inner = dict["data"] {
                    if let list = inner as? [Any] { for item in list { try take(item) } }
                    else if let d = inner as? [String: Any] { records.append(d) }
                    else { throw TableReadError(.jsonNotSIASN, path: path) }
                } else if dict["nipBaru"] != nil || dict["nip"] != nil {
                    records.append(dict)
                } else {
                    throw TableReadError(.jsonNotSIASN, path: path)
                }
            } else if let list = value as? [Any] {
                for item in list { try take(item) }
            } else {
                throw TableReadError(.jsonNotSIASN, path: path)
            }
        }
        try take(object)
        guard !records.isEmpty else { throw TableReadError(.jsonNotSIASN, path: path) }
        // Columns in the order fields first appear in the file.
        let text = String(decoding: data, as: UTF8.self)
        var keys: [String] = []
        var seen = Set<String>()
        for record in records {
            for key in record.keys.sorted(by: { (text.range(of: "\"\($0)\"")?.lowerBound ?? text.endIndex) < (text.range(of: "\"\($1)\"")?.lowerBound ?? text.endIndex) })
            where key != "code" && !(record[key] is [String: Any]) && !(record[key] is [Any]) && seen.insert(key).inserted {
                keys.append(key)
            }
        }
        // Line of each field, record by record, searching forward through the text.
        let lineStarts: [String.Index] = [text.startIndex] + text.indices.filter { text[$0] == "\n" }.map { text.index(after: $0) }
        func lineOf(_ index: String.Index) -> Int {
            var lo = 0, hi = lineStarts.count - 1
            while lo < hi { let mid = (lo + hi + 1) / 2; if lineStarts[mid] <= index { lo = mid } else { hi = mid - 1 } }
            return lo + 1
        }
        var rows: [[CellValue]] = [keys.map { .text($0) }]
        var positions: [[TextPosition]] = [keys.map { _ in TextPosition(line: 1, column: 1) }]
        var cursor = text.startIndex
        for record in records {
            var row: [CellValue] = [], at: [TextPosition] = []
            var recordEnd = cursor
            for key in keys {
                var position = TextPosition(line: lineOf(cursor), column: 1)
                if record[key] != nil, let r = text.range(of: "\"\(key)\"", range: cursor..<text.endIndex) {
                    position = TextPosition(line: lineOf(r.lowerBound), column: text.distance(from: lineStarts[lineOf(r.lowerBound) - 1], to: r.lowerBound) + 1)
                    recordEnd = max(recordEnd, r.upperBound)
                }
                at.append(position)
                switch record[key] {
                case let s as String: row.append(s.isEmpty || s == "null" ? .empty : .text(s))
                case let n as NSNumber: row.append(.text(n.stringValue))
                default: row.append(.empty)
                }
            }
            cursor = recordEnd
            rows.append(row)
            positions.append(at)
        }
        return Sheet(name: nil, rows: rows, textPositions: positions)
    }
}
