/// Appends `s` as a double-quoted string with JSON escapes (`\"`, `\\`, `\n`, `\r`, `\t`, `\u00XX` for
/// other control characters). The result is also a YAML double-quoted scalar, which is why the chart
/// writer and the JSON writer share it; `escapeDelete` escapes U+007F too, which YAML must not carry raw.
public func appendQuoted(_ s: String, to out: inout String, escapeDelete: Bool = false) {
    out += "\""
    for scalar in s.unicodeScalars {
        switch scalar {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case "\n": out += "\\n"
        case "\r": out += "\\r"
        case "\t": out += "\\t"
        case _ where scalar.value < 0x20 || (escapeDelete && scalar.value == 0x7F):
            let hex = String(scalar.value, radix: 16)
            out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        default: out.unicodeScalars.append(scalar)
        }
    }
    out += "\""
}
