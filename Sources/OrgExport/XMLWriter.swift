/// A streaming XML writer into a byte buffer, writing UTF-8 the way libxml2's `xmlTextWriter` does with
/// indentation on (the same bytes: a declaration line, two spaces per level, `<a/>` for empty elements,
/// text elements on one line), at a few hundred MB/s instead of libxml2's call-per-string rate.
///
/// Escaping follows libxml2's: in text `<`, `>`, `&`, `"` and CR become references, in attribute values also
/// LF and tab; everything else, non-ASCII too, is written as it is (UTF-8). Characters XML 1.0
/// forbids (C0 controls other than tab, LF and CR, U+FFFE, U+FFFF) are removed first, since not even a
/// character reference may carry them.
///
/// Everything goes into one growing `[UInt8]`; a value that needs no escaping (nearly all of them) is found
/// by one table lookup per byte and copied whole. `GraphMLWriter` writes its `data` elements through the
/// lower-level calls below (`leafOpen`, `bytes`, `escaped`, `decimal`) without building a string per value.
/// - Complexity: O(bytes written).
public final class XMLWriter {
    // Only this writer touches its buffer, one call at a time: no run-time exclusivity check per append.
    @exclusivity(unchecked) private var out: [UInt8] = []
    private var open: [String] = []
    /// The last start tag is still open (attributes may follow).
    private var tagOpen = false
    /// The next end tag of an element with content goes on its own indented line.
    private var indentEnd = true
    private let indent: Bool

    public init(indent: Bool = true, capacity: Int = 1 << 16) {
        self.indent = indent
        out.reserveCapacity(capacity)
        raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
    }

    @inline(__always) private func raw(_ s: String) {
        out.append(contentsOf: s.utf8)
    }

    /// Bytes written as they are (markup the caller knows needs no escaping).
    @inline(__always) func bytes(_ s: StaticString) {
        s.withUTF8Buffer { out.append(contentsOf: $0) }
    }

    @inline(__always) func byte(_ b: UInt8) { out.append(b) }

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

    public func start(_ name: String) {
        closeTag(newline: true)
        open.append(name)
        writeIndent(open.count - 1)
        out.append(UInt8(ascii: "<"))
        raw(name)
        tagOpen = true
    }

    public func start(_ prefix: String, _ name: String, namespace: String? = nil) {
        start(prefix + ":" + name)
        if let namespace { attribute("xmlns:" + prefix, namespace) }
    }

    public func attribute(_ name: String, _ value: String) {
        out.append(UInt8(ascii: " "))
        raw(name)
        out.append(UInt8(ascii: "="))
        out.append(UInt8(ascii: "\""))
        escaped(value, attribute: true)
        out.append(UInt8(ascii: "\""))
    }

    /// ` name="PREFIXn"`, as `attribute(name, prefix + String(n))` writes it.
    func attribute(_ name: StaticString, _ prefix: StaticString, _ n: Int) {
        out.append(UInt8(ascii: " "))
        bytes(name)
        out.append(UInt8(ascii: "="))
        out.append(UInt8(ascii: "\""))
        bytes(prefix)
        decimal(n)
        out.append(UInt8(ascii: "\""))
    }

    public func text(_ value: String) {
        closeTag(newline: false)
        if indent { indentEnd = false }
        escaped(value, attribute: false)
    }

    public func end() {
        guard let name = open.last else { return }
        if tagOpen {
            out.append(UInt8(ascii: "/"))
            out.append(UInt8(ascii: ">"))
            tagOpen = false
        } else {
            if indent && indentEnd { writeIndent(open.count - 1) }
            out.append(UInt8(ascii: "<"))
            out.append(UInt8(ascii: "/"))
            raw(name)
            out.append(UInt8(ascii: ">"))
        }
        indentEnd = true
        if indent { out.append(UInt8(ascii: "\n")) }
        open.removeLast()
    }

    /// `<name attr...>text</name>` in one call.
    public func element(_ name: String, _ attributes: [(String, String)] = [], text value: String? = nil) {
        start(name)
        for (k, v) in attributes { attribute(k, v) }
        if let value { text(value) }
        end()
    }

    /// `<name` of a child of the open element that the caller finishes itself (its attributes, then `>`, its
    /// text and `</name>`) and closes with `leafClose()`: the same bytes as `start`, `attribute`, `text`, `end`
    /// for an element with text, without keeping its name.
    @inline(__always) func leafOpen(_ name: StaticString) {
        closeTag(newline: true)
        writeIndent(open.count)
        out.append(UInt8(ascii: "<"))
        bytes(name)
    }

    @inline(__always) func leafClose() {
        indentEnd = true
        if indent { out.append(UInt8(ascii: "\n")) }
    }

    /// Ends every open element and the document, and returns the text. Call once.
    public func finish() -> String {
        while !open.isEmpty { end() }
        if !indent { out.append(UInt8(ascii: "\n")) }
        return String(decoding: out, as: UTF8.self)
    }

    /// `n` in decimal digits, as `String(n)` writes it.
    func decimal(_ n: Int) {
        if n >= 0 && n < 10 { out.append(UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: n)); return }
        if n < 0 { out.append(UInt8(ascii: "-")) }
        var m = n.magnitude
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var k = 20
            repeat {
                k -= 1
                digits[k] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: m % 10)
                m /= 10
            } while m > 0
            out.append(contentsOf: UnsafeBufferPointer(rebasing: digits[k..<20]))
        }
    }

    /// What each byte turns into in text (1), in attribute values (2), or in both (3); 0: itself.
    private static let special: [UInt8] = {
        var t = [UInt8](repeating: 0, count: 256)
        for b in 0..<0x20 { t[b] = 3 }                  // forbidden C0 controls: dropped
        t[Int(UInt8(ascii: "\t"))] = 2
        t[Int(UInt8(ascii: "\n"))] = 2
        for c in ["<", ">", "&", "\"", "\r"] { t[Int(Character(c).asciiValue!)] = 3 }
        t[0xEF] = 3                                      // may start U+FFFE or U+FFFF
        return t
    }()

    /// Appends `s` escaped: when no byte needs anything (nearly always) in one copy; else runs of bytes
    /// that need nothing are copied at once.
    func escaped(_ s: String, attribute: Bool) {
        var s = s
        s.withUTF8 { bytes in
            let mask: UInt8 = attribute ? 2 : 1
            let n = bytes.count
            var i = 0
            Self.special.withUnsafeBufferPointer { table in
                while i < n && table[Int(bytes[i])] & mask == 0 { i &+= 1 }
                if i == n { out.append(contentsOf: bytes); return }
                var runStart = 0
                while i < n {
                    let b = bytes[i]
                    if table[Int(b)] & mask == 0 { i &+= 1; continue }
                    let replacement: StaticString?
                    var width = 1
                    switch b {
                    case UInt8(ascii: "<"): replacement = "&lt;"
                    case UInt8(ascii: ">"): replacement = "&gt;"
                    case UInt8(ascii: "&"): replacement = "&amp;"
                    case UInt8(ascii: "\""): replacement = "&quot;"
                    case UInt8(ascii: "\r"): replacement = "&#13;"
                    case UInt8(ascii: "\n"): replacement = "&#10;"
                    case UInt8(ascii: "\t"): replacement = "&#9;"
                    case 0..<0x20: replacement = ""                                    // forbidden in XML 1.0
                    case 0xEF where i + 2 < n && bytes[i + 1] == 0xBF && (bytes[i + 2] == 0xBE || bytes[i + 2] == 0xBF):
                        replacement = ""                                                 // U+FFFE, U+FFFF
                        width = 3
                    default: replacement = nil
                    }
                    if let replacement {
                        if runStart < i { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<i])) }
                        replacement.withUTF8Buffer { out.append(contentsOf: $0) }
                        i += width
                        runStart = i
                    } else {
                        i += 1
                    }
                }
                if runStart < n { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<n])) }
            }
        }
    }
}
