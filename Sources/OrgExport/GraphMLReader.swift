import CLibXML2
import Foundation

/// A GraphML document read into plain values: keys, graph data, nodes (from nested graphs too) and edges.
///
/// Security: the parser never fetches anything (`XML_PARSE_NONET`), never substitutes entities
/// (`XML_PARSE_NOENT` is not set) and never loads a DTD; a document whose DOCTYPE declares any entity is
/// refused outright, since an entity can expand without bound or name an outside file.
struct GraphMLDocument {
    struct Key {
        var domain: String
        var name: String
        var type: String
        var yFilesType: String?
    }

    struct Node {
        var id: String
        /// Data by key id, in document order.
        var data: [(key: String, value: String)]
        /// yEd's label text, when the node carries yEd graphics.
        var yEdLabel: String?
        var line: Int
        var column: Int = 1
    }

    struct Edge {
        var source: String
        var target: String
        var data: [(key: String, value: String)]
        var line: Int
        var column: Int = 1
    }

    var keys: [String: Key] = [:]
    var keyOrder: [String] = []
    var description: String?
    var graphID: String?
    /// Where the first `<graph>` starts.
    var graphLine = 1, graphColumn = 1
    var graphData: [(key: String, value: String)] = []
    var nodes: [Node] = []
    var edges: [Edge] = []
    /// Graphs after the first, which readers like NetworkX drop too.
    var extraGraphs = 0

    /// More attributes than any GraphML element needs (yEd writes a dozen); libxml2 spends time
    /// quadratic in their number, so a file with more is refused before it is parsed.
    static let maxAttributes = 256

    enum ReadError: Error, Equatable {
        case notXML(line: Int, column: Int, message: String)
        case tooManyAttributes(line: Int, column: Int, element: String)
        case entities
        case notGraphML(root: String)
        case noGraph
    }

    init(data: Data) throws {
        try Self.checkAttributeCounts(data)
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue | XML_PARSE_BIG_LINES.rawValue)
        xmlResetLastError()
        let doc: xmlDocPtr? = data.withUnsafeBytes { raw in
            xmlReadMemory(raw.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(raw.count), "import.graphml", nil, options)
        }
        guard let doc else {
            let error = xmlGetLastError()
            let message = error.flatMap { $0.pointee.message.map { String(cString: $0) } }?
                .trimmingCharacters(in: .whitespacesAndNewlines) ?? "not well-formed XML"
            // An entity the parser would not resolve is the same refusal as a declared one.
            if message.lowercased().contains("entity") { throw ReadError.entities }
            throw ReadError.notXML(line: Int(error?.pointee.line ?? 0), column: Int(error?.pointee.int2 ?? 0), message: message)
        }
        defer { xmlFreeDoc(doc) }
        if ramping_xml_declares_entities(doc) != 0 { throw ReadError.entities }
        guard let root = xmlDocGetRootElement(doc) else { throw ReadError.notGraphML(root: "") }
        guard Self.name(root) == "graphml" else { throw ReadError.notGraphML(root: Self.name(root)) }

        var graphs = 0
        columns = ColumnFinder(data)
        for child in Self.elements(root) {
            switch Self.name(child) {
            case "key":
                guard let id = Self.attribute(child, "id") else { continue }
                keys[id] = Key(domain: Self.attribute(child, "for") ?? "all", name: Self.attribute(child, "attr.name") ?? id,
                               type: Self.attribute(child, "attr.type") ?? "string",
                               yFilesType: Self.attribute(child, "yfiles.type"))
                keyOrder.append(id)
            case "desc":
                description = Self.text(child)
            case "graph":
                graphs += 1
                if graphs == 1 {
                    graphID = Self.attribute(child, "id")
                    graphLine = Int(xmlGetLineNo(child))
                    graphColumn = columns.place(of: "graph", line: &graphLine)
                    readGraph(child, top: true)
                }
            default: break
            }
        }
        extraGraphs = max(0, graphs - 1)
        if graphs == 0 { throw ReadError.noGraph }
    }

    private mutating func readGraph(_ graph: xmlNodePtr, top: Bool) {
        for child in Self.elements(graph) {
            switch Self.name(child) {
            case "data" where top:
                if let key = Self.attribute(child, "key") { graphData.append((key, Self.text(child))) }
            case "node":
                var line = Int(xmlGetLineNo(child))
                let column = columns.place(of: "node", line: &line)
                var node = Node(id: Self.attribute(child, "id") ?? "", data: [], yEdLabel: nil, line: line, column: column)
                for part in Self.elements(child) {
                    switch Self.name(part) {
                    case "data":
                        guard let key = Self.attribute(part, "key") else { continue }
                        if keys[key]?.yFilesType == "nodegraphics" {
                            node.yEdLabel = Self.firstDescendant(part, named: "NodeLabel").map(Self.text)
                        } else {
                            node.data.append((key, Self.text(part)))
                        }
                    case "graph":
                        readGraph(part, top: false)
                    default: break
                    }
                }
                nodes.append(node)
            case "edge":
                var line = Int(xmlGetLineNo(child))
                let column = columns.place(of: "edge", line: &line)
                var edge = Edge(source: Self.attribute(child, "source") ?? "", target: Self.attribute(child, "target") ?? "",
                                data: [], line: line, column: column)
                for part in Self.elements(child) where Self.name(part) == "data" {
                    if let key = Self.attribute(part, "key"), keys[key]?.yFilesType == nil { edge.data.append((key, Self.text(part))) }
                }
                edges.append(edge)
            default: break
            }
        }
    }

    private var columns = ColumnFinder(Data())

    /// Refuses an element with more than `maxAttributes` attributes, by a linear scan of the bytes
    /// (comments, CDATA, processing instructions and declarations skipped; quoted values respected).
    static func checkAttributeCounts(_ data: Data) throws {
        try data.withUnsafeBytes { (b: UnsafeRawBufferPointer) in
            let n = b.count
            var i = 0, line = 1, lineStart = 0
            func starts(_ s: StaticString) -> Bool {
                let count = s.utf8CodeUnitCount
                guard i + count <= n else { return false }
                for k in 0..<count where b[i + k] != s.utf8Start[k] { return false }
                return true
            }
            func skip(past s: StaticString) {
                let count = s.utf8CodeUnitCount
                while i < n && !starts(s) {
                    if b[i] == 0x0A { line += 1; lineStart = i + 1 }
                    i += 1
                }
                i = min(n, i + count)
            }
            while i < n {
                let c = b[i]
                if c == 0x0A { line += 1; lineStart = i + 1; i += 1; continue }
                guard c == UInt8(ascii: "<") else { i += 1; continue }
                if starts("<!--") { skip(past: "-->"); continue }
                if starts("<![CDATA[") { skip(past: "]]>"); continue }
                if starts("<?") { skip(past: "?>"); continue }
                let (tagLine, tagColumn) = (line, i - lineStart + 1)
                var nameEnd = i + 1
                while nameEnd < n, ![0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: ">"), UInt8(ascii: "/")].contains(b[nameEnd]) { nameEnd += 1 }
                let name = String(decoding: UnsafeRawBufferPointer(rebasing: b[(i + 1)..<nameEnd]), as: UTF8.self)
                var attributes = 0, depth = 0
                var quote: UInt8? = nil
                i = nameEnd
                while i < n {
                    let c = b[i]
                    if c == 0x0A { line += 1; lineStart = i + 1 }
                    if let q = quote {
                        if c == q { quote = nil }
                    } else if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") {
                        quote = c
                    } else if c == UInt8(ascii: "[") {
                        depth += 1                                  // a DOCTYPE's internal subset
                    } else if c == UInt8(ascii: "]") {
                        depth -= 1
                    } else if c == UInt8(ascii: "=") {
                        attributes += 1
                        if attributes > maxAttributes {
                            throw ReadError.tooManyAttributes(line: tagLine, column: tagColumn, element: String(name.prefix(40)))
                        }
                    } else if c == UInt8(ascii: ">") && depth <= 0 {
                        break
                    }
                    i += 1
                }
                i += 1
            }
        }
    }

    // MARK: libxml2 helpers

    static func elements(_ node: xmlNodePtr) -> [xmlNodePtr] {
        var out: [xmlNodePtr] = []
        var child = node.pointee.children
        while let c = child {
            if c.pointee.type == XML_ELEMENT_NODE { out.append(c) }
            child = c.pointee.next
        }
        return out
    }

    static func name(_ node: xmlNodePtr) -> String { node.pointee.name.map { String(cString: $0) } ?? "" }

    static func attribute(_ node: xmlNodePtr, _ name: String) -> String? {
        guard let value = xmlGetProp(node, name) else { return nil }
        defer { ramping_xml_free(value) }
        return String(cString: value)
    }

    static func text(_ node: xmlNodePtr) -> String {
        guard let value = xmlNodeGetContent(node) else { return "" }
        defer { ramping_xml_free(value) }
        return String(cString: value)
    }

    static func firstDescendant(_ node: xmlNodePtr, named name: String) -> xmlNodePtr? {
        for child in elements(node) {
            if Self.name(child) == name { return child }
            if let found = firstDescendant(child, named: name) { return found }
        }
        return nil
    }
}

/// The place of an element whose line libxml2 knows (`xmlGetLineNo`): the next `<name` on that line,
/// in document order, so several elements on one line get their own columns. Beyond line 65,535
/// libxml2 only approximates the line (from a neighbouring text node), so the lines around it are
/// searched too. Linear over the file.
struct ColumnFinder {
    private let bytes: [UInt8]
    private var lineStarts: [Int] = [0]
    /// Per element name: the line and offset after the last one found.
    private var cursor: [String: (line: Int, offset: Int)] = [:]

    init(_ data: Data) {
        bytes = Array(data)
        for (i, b) in bytes.enumerated() where b == 0x0A { lineStarts.append(i + 1) }
    }

    /// The column of the element on `line` (which is corrected where libxml2 approximated it).
    mutating func place(of name: String, line: inout Int) -> Int {
        let candidates = line < 65_535 ? [line] : [line, line - 1, line + 1, line - 2, line + 2]
        for candidate in candidates {
            if let column = column(of: name, exactlyOn: candidate) {
                line = candidate
                return column
            }
        }
        return 1
    }

    private mutating func column(of name: String, exactlyOn line: Int) -> Int? {
        guard line >= 1, line <= lineStarts.count else { return nil }
        let start = lineStarts[line - 1]
        let end = line < lineStarts.count ? lineStarts[line] : bytes.count
        var i = cursor[name].flatMap { $0.line == line ? $0.offset : nil } ?? start
        let pattern = Array(("<" + name).utf8)
        while i + pattern.count <= end {
            if bytes[i] == pattern[0], bytes[i..<(i + pattern.count)].elementsEqual(pattern) {
                let after = i + pattern.count < bytes.count ? bytes[i + pattern.count] : 0x3E
                if [0x20, 0x09, 0x0A, 0x0D, 0x3E, 0x2F].contains(after) {
                    cursor[name] = (line, i + pattern.count)
                    // Columns count characters: continuation bytes of UTF-8 are not characters.
                    return bytes[start..<i].count { $0 & 0xC0 != 0x80 } + 1
                }
            }
            i += 1
        }
        return nil
    }
}
