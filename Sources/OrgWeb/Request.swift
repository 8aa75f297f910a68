import Foundation

/// A request as the workbench sees it, independent of the server underneath (tests build these directly).
public struct WebRequest: Sendable {
    public var method: String
    public var path: String
    public var query: [(String, String)]
    /// Header names in lowercase.
    public var headers: [String: String]
    public var body: Data

    public init(method: String, path: String, query: [(String, String)] = [], headers: [String: String] = [:], body: Data = Data()) {
        self.method = method
        self.path = path
        self.query = query
        self.headers = headers
        self.body = body
    }

    /// Parses `path?a=1&b=2`.
    public init(method: String, target: String, headers: [String: String] = [:], body: Data = Data()) {
        let parts = target.split(separator: "?", maxSplits: 1).map(String.init)
        self.init(method: method, path: parts.first ?? "/", query: parts.count > 1 ? Form.decode(parts[1]) : [],
                  headers: headers, body: body)
    }

    public func q(_ name: String) -> String? { query.first { $0.0 == name }?.1 }

    public var cookies: [String: String] {
        var out: [String: String] = [:]
        for pair in (headers["cookie"] ?? "").split(separator: ";") {
            let kv = pair.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if kv.count == 2, out[kv[0]] == nil { out[kv[0]] = kv[1] }
        }
        return out
    }

    /// The fields of a form (urlencoded or multipart), and the files of a multipart form.
    public var form: Form { Form(self) }
}

/// A sent form: `application/x-www-form-urlencoded` or `multipart/form-data`.
public struct Form: Sendable {
    public var fields: [(String, String)] = []
    public var files: [(field: String, name: String, data: Data)] = []

    init(_ request: WebRequest) {
        let type = request.headers["content-type"] ?? ""
        if type.hasPrefix("multipart/form-data"), let b = type.range(of: "boundary=") {
            var boundary = String(type[b.upperBound...])
            if let semi = boundary.firstIndex(of: ";") { boundary = String(boundary[..<semi]) }
            boundary = boundary.trimmingCharacters(in: CharacterSet(charactersIn: "\" "))
            parseMultipart(request.body, boundary: boundary)
        } else if type.hasPrefix("application/x-www-form-urlencoded") {
            fields = Form.decode(String(decoding: request.body, as: UTF8.self))
        }
    }

    public func value(_ name: String) -> String? { fields.first { $0.0 == name }?.1 }
    public func values(_ name: String) -> [String] { fields.filter { $0.0 == name }.map(\.1) }

    static func decode(_ text: String) -> [(String, String)] {
        text.split(separator: "&").compactMap { pair in
            let kv = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map {
                String($0).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? ""
            }
            return kv.isEmpty || kv[0].isEmpty ? nil : (kv[0], kv.count > 1 ? kv[1] : "")
        }
    }

    mutating func parseMultipart(_ body: Data, boundary: String) {
        guard !boundary.isEmpty else { return }
        let delimiter = Data(("--" + boundary).utf8)
        let headerEnd = Data("\r\n\r\n".utf8)
        var start = body.range(of: delimiter)?.upperBound
        while let s = start, s < body.endIndex {
            guard let next = body.range(of: delimiter, in: s..<body.endIndex) else { break }
            var part = body[s..<next.lowerBound]
            start = next.upperBound
            // Each part: CRLF, headers, CRLF CRLF, content, CRLF.
            if part.starts(with: Data("\r\n".utf8)) { part = part.dropFirst(2) }
            guard let h = part.range(of: headerEnd) else { continue }
            let head = String(decoding: part[part.startIndex..<h.lowerBound], as: UTF8.self)
            var content = part[h.upperBound...]
            if content.suffix(2) == Data("\r\n".utf8) { content = content.dropLast(2) }
            guard let disposition = head.split(separator: "\r\n").first(where: { $0.lowercased().hasPrefix("content-disposition") }) else { continue }
            let name = Self.parameter("name", in: String(disposition))
            if let file = Self.parameter("filename", in: String(disposition)) {
                files.append((name ?? "", file, Data(content)))
            } else if let name {
                fields.append((name, String(decoding: content, as: UTF8.self)))
            }
        }
    }

    static func parameter(_ key: String, in header: String) -> String? {
        for piece in header.split(separator: ";") {
            let kv = piece.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if kv.count == 2, kv[0].lowercased() == key { return kv[1].trimmingCharacters(in: CharacterSet(charactersIn: "\"")) }
        }
        return nil
    }
}

/// A response: status, headers, body.
public struct WebResponse: Sendable {
    public var status: Int
    public var headers: [(String, String)]
    public var body: Data

    public init(status: Int = 200, headers: [(String, String)] = [], body: Data = Data()) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    public static func html(_ text: String, status: Int = 200) -> WebResponse {
        WebResponse(status: status, headers: [("Content-Type", "text/html; charset=utf-8")], body: Data(text.utf8))
    }

    public static func redirect(_ location: String, cookies: [String] = []) -> WebResponse {
        WebResponse(status: 303, headers: [("Location", location)] + cookies.map { ("Set-Cookie", $0) })
    }

    /// A file to save (Content-Disposition: attachment), with a file name the browser offers.
    public static func download(_ data: Data, type: String, name: String) -> WebResponse {
        let safe = String(name.map { $0.isASCII && ($0.isLetter || $0.isNumber || "-_.".contains($0)) ? $0 : "-" })
        return WebResponse(headers: [("Content-Type", type), ("Content-Disposition", "attachment; filename=\"\(safe)\"")], body: data)
    }

    public func header(_ name: String) -> String? { headers.first { $0.0.lowercased() == name.lowercased() }?.1 }
    public var text: String { String(decoding: body, as: UTF8.self) }
}

/// A handler that cannot go on answers with a page at once (`Result<_, WebResponse>`).
extension WebResponse: Error {}
