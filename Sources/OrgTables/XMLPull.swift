import CLibXML2
import Foundation

/// libxml2's streaming reader (xmlTextReader) over bytes already in memory: one node at a time, no tree.
///
/// Safety: `XML_PARSE_NONET` (nothing fetched), never `NOENT` or `DTDLOAD`, so no entity is expanded and
/// no outside file read; a DOCTYPE node is refused by the caller through `isDoctype`.
final class XMLPull {
    enum Failure: Error {
        case malformed(line: Int, message: String)
    }

    private let reader: xmlTextReaderPtr

    enum Kind { case element, endElement, text, doctype, entityReference, other }

    private init(_ reader: xmlTextReaderPtr) { self.reader = reader }
    deinit { xmlFreeTextReader(reader) }

    /// Runs `body` with a reader over `data`; the bytes stay alive for the whole walk.
    static func walk<T>(_ data: Data, name: String, _ body: (XMLPull) throws -> T) throws -> T {
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
                            | XML_PARSE_NOBLANKS.rawValue)
        return try data.withUnsafeBytes { raw in
            xmlResetLastError()
            guard let r = xmlReaderForMemory(raw.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(raw.count),
                                             name, nil, options) else {
                throw Failure.malformed(line: 0, message: "cannot start the XML reader")
            }
            // Errors are read through xmlGetLastError, never printed on standard error.
            xmlTextReaderSetErrorHandler(r, { _, _, _, _ in }, nil)
            return try body(XMLPull(r))
        }
    }

    /// libxml2 stops at a text node of 10,000,000 bytes: the caller reports it as an overlong cell.
    static func isHugeText(_ message: String) -> Bool { message.contains("huge text node") }

    /// The next node, or nil at the end of the document.
    func next() throws -> Kind? {
        let status = xmlTextReaderRead(reader)
        if status == 0 { return nil }
        if status < 0 {
            let error = xmlGetLastError()
            let message = error.flatMap { $0.pointee.message.map { String(cString: $0) } }?
                .trimmingCharacters(in: .whitespacesAndNewlines) ?? "not well-formed XML"
            throw Failure.malformed(line: Int(error?.pointee.line ?? 0), message: message)
        }
        switch xmlTextReaderNodeType(reader) {
        case 1: return .element
        case 15: return .endElement
        case 3, 4, 13, 14: return .text
        case 10: return .doctype
        case 5: return .entityReference
        default: return .other
        }
    }

    /// The local name (without prefix) of the current node.
    var name: String {
        guard let p = xmlTextReaderConstLocalName(reader) else { return "" }
        return String(cString: p)
    }

    /// Compares the local name without making a String.
    func isNamed(_ s: StaticString) -> Bool {
        guard let p = xmlTextReaderConstLocalName(reader) else { return false }
        return strcmp(UnsafeRawPointer(p).assumingMemoryBound(to: CChar.self),
                      UnsafeRawPointer(s.utf8Start).assumingMemoryBound(to: CChar.self)) == 0
    }

    var isEmptyElement: Bool { xmlTextReaderIsEmptyElement(reader) == 1 }
    var depth: Int { Int(xmlTextReaderDepth(reader)) }
    var line: Int { Int(xmlTextReaderGetParserLineNumber(reader)) }

    /// The text of a text node.
    var value: String {
        guard let p = xmlTextReaderConstValue(reader) else { return "" }
        return String(cString: p)
    }

    /// The length in bytes of a text node's value, without copying it.
    var valueLength: Int {
        guard let p = xmlTextReaderConstValue(reader) else { return 0 }
        return strlen(UnsafeRawPointer(p).assumingMemoryBound(to: CChar.self))
    }

    /// An attribute by its qualified name (`r`, `r:id`).
    func attribute(_ name: String) -> String? {
        guard let p = xmlTextReaderGetAttribute(reader, name) else { return nil }
        defer { ramping_xml_free(p) }
        return String(cString: p)
    }

    /// An attribute by local name in any namespace (relationship ids: `r:id` with any prefix).
    func attribute(local: String, namespace: String) -> String? {
        guard let p = xmlTextReaderGetAttributeNs(reader, local, namespace) else { return nil }
        defer { ramping_xml_free(p) }
        return String(cString: p)
    }
}
