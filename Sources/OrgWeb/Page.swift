import OrgModel

/// The frame of every page: the document, the top bar (workspace, language switch, sign-out).
enum Page {
    static func document(title: String, body: String, _ l: Language) -> String {
        """
        <!DOCTYPE html>
        <html lang="\(l.rawValue)"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(HTML.escape(title)) — Ramping</title><link rel="stylesheet" href="/assets/app.css"></head>
        <body>\(body)<script src="/assets/app.js"></script></body></html>
        """
    }

    static func header(_ c: Workbench.Context) -> String {
        let l = c.l
        let back = c.request.path + (c.request.query.isEmpty ? "" : "?" + HTML.query(c.request.query))
        let other: Language = l == .indonesian ? .english : .indonesian
        var h = "<header class=\"top\"><a class=\"brand\" href=\"/\">Ramping</a><nav>"
        h += "<a href=\"/\">\(l.pick("Folder kerja", "Workspace"))</a>"
        h += "</nav>"
        if let user = c.session.user {
            h += "<span>\(HTML.escape(user)) (\(c.session.role == .editor ? "editor" : l.pick("pembaca", "viewer")))</span>"
        }
        h += "<form method=\"post\" action=\"/lang\">\(HTML.csrf(c.csrf))<input type=\"hidden\" name=\"to\" value=\"\(other.rawValue)\"><input type=\"hidden\" name=\"back\" value=\"\(HTML.escape(back))\"><button type=\"submit\" id=\"lang\">\(other == .english ? "English" : "Bahasa Indonesia")</button></form>"
        h += "<form method=\"post\" action=\"/logout\">\(HTML.csrf(c.csrf))<button type=\"submit\">\(l.pick("Keluar", "Sign out"))</button></form>"
        return h + "</header>"
    }

    /// A row of figures.
    static func cards(_ items: [(String, String)]) -> String {
        "<div class=\"cards\">" + items.map { "<div class=\"card\"><b>\(HTML.escape($0.0))</b><span>\(HTML.escape($0.1))</span></div>" }.joined() + "</div>"
    }
}
