import Foundation
import OrgAnalysis
import OrgModel

/// HTML built as text with every piece of data escaped: no template engine, so no place where a value from a
/// chart or an upload can reach the page unescaped.
public enum HTML {
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for c in text.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    /// A query string, each value percent-encoded.
    public static func query(_ pairs: [(String, String)]) -> String {
        pairs.map { "\($0.0)=\(percent($0.1))" }.joined(separator: "&")
    }

    public static func percent(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~/")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
    }

    /// A link (href escaped).
    public static func link(_ href: String, _ text: String, cls: String? = nil) -> String {
        "<a href=\"\(escape(href))\"\(cls.map { " class=\"\($0)\"" } ?? "")>\(escape(text))</a>"
    }

    /// A report table, sortable by clicking a column head (assets/app.js), right-aligned numbers.
    public static func table(_ t: Table, id: String? = nil, links: [Int: (Int) -> String?] = [:]) -> String {
        var h = "<section class=\"report\">"
        if !t.title.isEmpty { h += "<h3>\(escape(t.title))</h3>" }
        h += "<div class=\"scroll\"><table class=\"sortable\"\(id.map { " id=\"\($0)\"" } ?? "")><thead><tr>"
        for (i, c) in t.columns.enumerated() {
            let right = i < t.alignments.count && t.alignments[i] == .right
            h += "<th\(right ? " class=\"num\"" : "")>\(escape(c))</th>"
        }
        h += "</tr></thead><tbody>"
        for (r, row) in t.rows.enumerated() {
            h += "<tr>"
            for (i, cell) in row.enumerated() {
                let right = i < t.alignments.count && t.alignments[i] == .right
                let content = links[i].flatMap { $0(r) }.map { link($0, cell) } ?? escape(cell)
                h += "<td\(right ? " class=\"num\"" : "")>\(content)</td>"
            }
            h += "</tr>"
        }
        return h + "</tbody></table></div></section>"
    }

    /// A hidden CSRF field for a form.
    public static func csrf(_ token: String) -> String {
        "<input type=\"hidden\" name=\"csrf\" value=\"\(escape(token))\">"
    }
}
