import CLibXML2
import Foundation

/// Reads an HTML table saved with an `.xls` name, as many SIMPEG systems export their lists: Excel opens it
/// as one sheet, so cells are named as Excel would show them (`FILE:SHEET!B7`), the sheet named after the file.
///
/// libxml2's HTML parser in recovery mode, never fetching anything; the table with the most rows is read,
/// `colspan` and `rowspan` filled as merged cells, `<br>` kept as a line break.
public enum HTMLTableReader {
    public static func read(_ data: Data, path: String, maxCellCharacters: Int = 32_767) throws(TableReadError) -> Sheet {
        let options = Int32(HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                            | HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOBLANKS.rawValue)
        let doc: htmlDocPtr? = data.withUnsafeBytes { raw in
            htmlReadMemory(raw.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(raw.count), "table.html", nil, options)
        }
        guard let doc else { throw TableReadError(.noHTMLTable, path: path) }
        defer { xmlFreeDoc(doc) }
        var tables: [xmlNodePtr] = []
        func collect(_ node: xmlNodePtr?) {
            var n = node
            while let cur = n {
                if cur.pointee.type == XML_ELEMENT_NODE, name(cur) == "table" { tables.append(cur) }
                collect(cur.pointee.children)
                n = cur.pointee.next
            }
        }
        collect(xmlDocGetRootElement(doc))
        func rowsOf(_ table: xmlNodePtr) -> [xmlNodePtr] {
            var out: [xmlNodePtr] = []
            func walk(_ node: xmlNodePtr?) {
                var n = node
                while let cur = n {
                    if cur.pointee.type == XML_ELEMENT_NODE {
                        let nm = name(cur)
                        if nm == "tr" { out.append(cur) } else if nm != "table" { walk(cur.pointee.children) }
                    }
                    n = cur.pointee.next
                }
            }
            walk(table.pointee.children)
            return out
        }
        guard let table = tables.max(by: { rowsOf($0).count < rowsOf($1).count }), !rowsOf(table).isEmpty else {
            throw TableReadError(.noHTMLTable, path: path)
        }
        let sheetName = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        var grid: [[CellValue]] = []
        var merged: [CellRange] = []
        // Cells a rowspan from above already occupies: (row, column).
        var occupied = Set<[Int]>()
        for (r, tr) in rowsOf(table).enumerated() {
            var row: [CellValue] = []
            var column = 0
            var cell = tr.pointee.children
            while let td = cell {
                defer { cell = td.pointee.next }
                guard td.pointee.type == XML_ELEMENT_NODE, ["td", "th"].contains(name(td)) else { continue }
                while occupied.contains([r, column]) { row.append(.empty); column += 1 }
                let text = cellText(td).trimmingCharacters(in: .whitespacesAndNewlines)
                if text.count > maxCellCharacters {
                    throw TableReadError(.cellTooLong(length: text.count, limit: maxCellCharacters), path: path,
                                         location: TableLocation(path: path, sheet: sheetName, cell: CellReference(row: r + 1, column: column + 1)))
                }
                let colspan = max(1, min(1000, attribute(td, "colspan").flatMap(Int.init) ?? 1))
                let rowspan = max(1, min(10_000, attribute(td, "rowspan").flatMap(Int.init) ?? 1))
                row.append(text.isEmpty ? .empty : .text(text))
                for _ in 1..<colspan { row.append(.empty) }
                if colspan > 1 || rowspan > 1 {
                    merged.append(CellRange(first: CellReference(row: r + 1, column: column + 1),
                                            last: CellReference(row: r + rowspan, column: column + colspan)))
                    for dr in 0..<rowspan where dr > 0 { for dc in 0..<colspan { occupied.insert([r + dr, column + dc]) } }
                }
                column += colspan
            }
            while let last = row.last, last == .empty { row.removeLast() }
            grid.append(row)
        }
        return Sheet(name: sheetName, rows: grid, merged: merged)
    }

    private static func name(_ node: xmlNodePtr) -> String {
        node.pointee.name.map { String(cString: $0).lowercased() } ?? ""
    }

    private static func attribute(_ node: xmlNodePtr, _ key: String) -> String? {
        guard let p = xmlGetProp(node, key) else { return nil }
        defer { ramping_xml_free(p) }
        return String(cString: p)
    }

    /// The text of a cell, `<br>` and block ends as line breaks, runs of spaces collapsed.
    private static func cellText(_ node: xmlNodePtr) -> String {
        var out = ""
        func walk(_ n: xmlNodePtr?) {
            var cur = n
            while let c = cur {
                if c.pointee.type == XML_TEXT_NODE || c.pointee.type == XML_CDATA_SECTION_NODE, let content = c.pointee.content {
                    var s = String(cString: content).replacingOccurrences(of: "\u{A0}", with: "\u{A0}")
                    s = s.split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\t" }).joined(separator: " ")
                    out += s
                } else if c.pointee.type == XML_ELEMENT_NODE {
                    let nm = name(c)
                    if nm == "br" { out += "\n" } else {
                        walk(c.pointee.children)
                        if nm == "p" || nm == "div" { out += "\n" }
                    }
                }
                cur = c.pointee.next
            }
        }
        walk(node.pointee.children)
        return out
    }
}
