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
    }

    struct Edge {
        var source: String
        var target: String
        var data: [(key: String, value: String)]
        var line: Int
    }

    var keys: [String: Key] = [:]
    var keyOrder: [String] = []
    var description: String?
    var graphID: String?
    var graphData: [(key: String, value: String)] = []
    var nodes: [Node] = []
    var edges: [Edge] = []
    /// Graphs after the first, which readers like NetworkX drop too.
    var extraGraphs = 0

    enum ReadError: Error, Equatable {
        case notXML(line: Int, message: String)
        case entities
        case notGraphML(root: String)
        case noGraph
    }

    init(data: Data) throws {
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
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
            throw ReadError.notXML(line: Int(error?.pointee.line ?? 0), message: message)
        }
        defer { xmlFreeDoc(doc) }
        if ramping_xml_declares_entities(doc) != 0 { throw ReadError.entities }
        guard let root = xmlDocGetRootElement(doc) else { throw ReadError.notGraphML(root: "") }
        guard Self.name(root) == "graphml" else { throw ReadError.notGraphML(root: Self.name(root)) }

        var graphs = 0
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
                var node = Node(id: Self.attribute(child, "id") ?? "", data: [], yEdLabel: nil, line: Int(xmlGetLineNo(child)))
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
                var edge = Edge(source: Self.attribute(child, "source") ?? "", target: Self.attribute(child, "target") ?? "",
                                data: [], line: Int(xmlGetLineNo(child)))
                for part in Self.elements(child) where Self.name(part) == "data" {
                    if let key = Self.attribute(part, "key"), keys[key]?.yFilesType == nil { edge.data.append((key, Self.text(part))) }
                }
                edges.append(edge)
            default: break
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
