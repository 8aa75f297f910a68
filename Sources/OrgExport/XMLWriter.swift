import CLibXML2

/// A streaming XML writer over libxml2's `xmlTextWriter`, writing UTF-8 into memory.
///
/// Text and attribute values are escaped by libxml2; characters XML 1.0 forbids (C0 controls other
/// than tab, LF and CR, U+FFFE, U+FFFF) are removed first, since not even a character reference may
/// carry them.
public final class XMLWriter {
    private let buffer: xmlBufferPtr
    private let writer: xmlTextWriterPtr

    public init(indent: Bool = true) {
        buffer = xmlBufferCreate()
        writer = xmlNewTextWriterMemory(buffer, 0)
        if indent {
            xmlTextWriterSetIndent(writer, 1)
            xmlTextWriterSetIndentString(writer, "  ")
        }
        xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil)
    }

    deinit {
        xmlBufferFree(buffer)
    }

    public func start(_ name: String) { xmlTextWriterStartElement(writer, name) }

    public func start(_ prefix: String, _ name: String, namespace: String? = nil) {
        xmlTextWriterStartElementNS(writer, prefix, name, namespace)
    }

    public func attribute(_ name: String, _ value: String) { xmlTextWriterWriteAttribute(writer, name, XMLWriter.clean(value)) }

    public func text(_ value: String) { xmlTextWriterWriteString(writer, XMLWriter.clean(value)) }

    public func end() { xmlTextWriterEndElement(writer) }

    /// `<name attr...>text</name>` in one call.
    public func element(_ name: String, _ attributes: [(String, String)] = [], text value: String? = nil) {
        start(name)
        for (k, v) in attributes { attribute(k, v) }
        if let value { text(value) }
        end()
    }

    /// Ends every open element and the document, and returns the text. Call once.
    public func finish() -> String {
        xmlTextWriterEndDocument(writer)
        xmlFreeTextWriter(writer)   // flushes into the buffer
        guard let content = xmlBufferContent(buffer) else { return "" }
        return String(cString: content)
    }

    /// The text without the characters XML 1.0 cannot hold.
    static func clean(_ s: String) -> String {
        guard s.unicodeScalars.contains(where: isForbidden) else { return s }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: s.unicodeScalars.filter { !isForbidden($0) })
        return String(out)
    }

    static func isForbidden(_ c: Unicode.Scalar) -> Bool {
        (c.value < 0x20 && c != "\t" && c != "\n" && c != "\r") || c.value == 0xFFFE || c.value == 0xFFFF
    }
}
