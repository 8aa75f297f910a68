/// A streaming XML writer into a byte buffer, writing UTF-8 the way libxml2's `xmlTextWriter` does with
/// indentation on (the same bytes: a declaration line, two spaces per level, `<a/>` for empty elements,
/// text elements on one line), at a few hundred MB/s instead of libxml2's call-per-string rate.
///
/// Escaping follows libxml2's: in text `<`, `>`, `&`, `"` and CR become references, in attribute values also
/// LF and tab; everything else, non-ASCII too, is written as it is (UTF-8). Characters XML 1.0
/// forbids (C0 controls other than tab, LF and CR, U+FFFE, U+FFFF) are removed first, since not even a
/// character reference may carry them.
/// - Complexity: O(bytes written).
final class XMLWriter {
    // Only this writer touches its buffer, one call at a time: no run-time exclusivity check per append.
    @exclusivity(unchecked) private var out: [UInt8] = []
    private var open: [String] = []
    /// The last start tag is still open (attributes may follow).
    private var tagOpen = false
    /// The next end tag of an element with content goes on its own indented line.
    private var indentEnd = true
    private let indent: Bool

    init(indent: Bool = true) {
        self.indent = indent
        out.reserveCapacity(1 << 16)
        raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
    }

    private func raw(_ s: String) {
        var s = s
        s.withUTF8 { out.append(contentsOf: $0) }
    }

    private func writeIndent(_ depth: Int) {
        guard indent, depth > 0 else { return }
        out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * depth))
    }

    private func closeTag(newline: Bool) {
        guard tagOpen else { return }
        out.append(UInt8(ascii: ">"))
        if newline && indent { out.append(UInt8(ascii: "\n")) }
        tagOpen = false
    }

    func start(_ name: String) {
        closeTag(newline: true)
        open.append(name)
        writeIndent(open.count - 1)
        out.append(UInt8(ascii: "<"))
        raw(name)
        tagOpen = true
    }

    func start(_ prefix: String, _ name: String, namespace: String? = nil) {
        start(prefix + ":" + name)
        if let namespace { attribute("xmlns:" + prefix, namespace) }
    }

    func attribute(_ name: String, _ value: String) {
        out.append(UInt8(ascii: " "))
        raw(name)
        out.append(contentsOf: [UInt8(ascii: "="), UInt8(ascii: "\"")])
        escape(value, attribute: true)
        out.append(UInt8(ascii: "\""))
    }

    func text(_ value: String) {
        closeTag(newline: false)
        if indent { indentEnd = false }
        escape(value, attribute: false)
    }

    func end() {
        guard let name = open.last else { return }
        if tagOpen {
            out.append(contentsOf: [UInt8(ascii: "/"), UInt8(ascii: ">")])
            tagOpen = false
        } else {
            if indent && indentEnd { writeIndent(open.count - 1) }
            out.append(contentsOf: [UInt8(ascii: "<"), UInt8(ascii: "/")])
            raw(name)
            out.append(UInt8(ascii: ">"))
        }
        indentEnd = true
        if indent { out.append(UInt8(ascii: "\n")) }
        open.removeLast()
    }

    /// `<name attr...>text</name>` in one call.
    func element(_ name: String, _ attributes: [(String, String)] = [], text value: String? = nil) {
        start(name)
        for (k, v) in attributes { attribute(k, v) }
        if let value { text(value) }
        end()
    }

    /// Ends every open element and the document, and returns the text. Call once.
    func finish() -> String {
        while !open.isEmpty { end() }
        if !indent { out.append(UInt8(ascii: "\n")) }
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends `s` escaped; runs of bytes that need nothing are copied at once.
    private func escape(_ s: String, attribute: Bool) {
        var s = s
        s.withUTF8 { bytes in
            var runStart = 0, i = 0
            let n = bytes.count
            func flush() { if runStart < i { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<i])) } }
            while i < n {
                let b = bytes[i]
                let replacement: StaticString?
                var width = 1
                switch b {
                case UInt8(ascii: "<"): replacement = "&lt;"
                case UInt8(ascii: ">"): replacement = "&gt;"
                case UInt8(ascii: "&"): replacement = "&amp;"
                case UInt8(ascii: "\""): replacement = "&quot;"
                case UInt8(ascii: "\r"): replacement = "&#13;"
                case UInt8(ascii: "\n"): replacement = attribute ? "&#10;" : nil
                case UInt8(ascii: "\t"): replacement = attribute ? "&#9;" : nil
                case 0..<0x20: replacement = ""                                    // forbidden in XML 1.0
                case 0xEF where i + 2 < n && bytes[i + 1] == 0xBF && (bytes[i + 2] == 0xBE || bytes[i + 2] == 0xBF):
                    replacement = ""                                                 // U+FFFE, U+FFFF
                    width = 3
                default: replacement = nil
                }
                if let replacement {
                    flush()
                    replacement.withUTF8Buffer { out.append(contentsOf: $0) }
                    i += width
                    runStart = i
                } else {
                    i += 1
                }
            }
            flush()
        }
    }
}
