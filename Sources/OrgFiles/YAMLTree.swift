internal import CYAML
import OrgModel

// A small YAML reader over libyaml's event stream (`yaml_parser_parse`): it pulls events and builds a compact
// tree of positioned values for the field readers (`YAMLFields`). Tags are recognised by hand, without regular
// expressions: Ramping needs to know a plain scalar's YAML 1.1 type only to tell a null, a quoted NIP from an
// unquoted one, and two keys apart. Errors carry libyaml's own wording and position, as Yams (which wraps the
// same library) reported them, so every diagnostic of the loader keeps its place.

/// A position in the text: line and column from 1, the column counted in Unicode scalars (libyaml's count).
struct Mark: Sendable, Equatable {
    private let l: Int32, c: Int32
    var line: Int { Int(l) }
    var column: Int { Int(c) }
    init(line: Int, column: Int) {
        l = Int32(truncatingIfNeeded: line)
        c = Int32(truncatingIfNeeded: column)
    }
    init(_ mark: yaml_mark_t) { self.init(line: mark.line + 1, column: mark.column + 1) }
}

/// A value's YAML type, resolved as YAML 1.1's core schema does (the rules Yams' default resolver used).
struct Tag: Sendable, Equatable {
    enum Name: Sendable, Equatable { case str, null, bool, int, float, timestamp, merge, value, seq, map, other }
    let name: Name
    init(_ name: Name) { self.name = name }
}

/// One value of the document, with where it starts.
enum Node: Sendable {
    case scalar(Scalar)
    case mapping(Mapping)
    case sequence(Sequence)

    struct Scalar: Sendable {
        enum Style: UInt8, Sendable { case any, plain, singleQuoted, doubleQuoted, literal, folded }
        /// How the tag was given: none (resolve the plain text), a known tag, or some other tag.
        enum Given: UInt8, Sendable { case implicit, str, null, bool, int, float, timestamp, nonSpecific, other }
        let string: String
        let style: Style
        let given: Given
        let position: Mark

        var mark: Mark? { position }
        var tag: Tag {
            switch given {
            case .implicit: return Tag(resolvePlain(string))
            case .str, .nonSpecific: return Tag(.str)
            case .null: return Tag(.null)
            case .bool: return Tag(.bool)
            case .int: return Tag(.int)
            case .float: return Tag(.float)
            case .timestamp: return Tag(.timestamp)
            case .other: return Tag(.other)
            }
        }
    }

    struct Mapping: Sendable, RandomAccessCollection {
        typealias Element = (key: Node, value: Node)
        let pairs: [Element]
        let position: Mark
        var mark: Mark? { position }
        var startIndex: Int { pairs.startIndex }
        var endIndex: Int { pairs.endIndex }
        subscript(i: Int) -> Element { pairs[i] }
    }

    struct Sequence: Sendable, RandomAccessCollection {
        let nodes: [Node]
        let position: Mark
        var mark: Mark? { position }
        var startIndex: Int { nodes.startIndex }
        var endIndex: Int { nodes.endIndex }
        subscript(i: Int) -> Node { nodes[i] }
    }

    var scalar: Scalar? { if case .scalar(let s) = self { s } else { nil } }
    var mapping: Mapping? { if case .mapping(let m) = self { m } else { nil } }
    var sequence: Sequence? { if case .sequence(let s) = self { s } else { nil } }
    var mark: Mark? {
        switch self {
        case .scalar(let s): s.position
        case .mapping(let m): m.position
        case .sequence(let s): s.position
        }
    }
    var tag: Tag {
        switch self {
        case .scalar(let s): s.tag
        case .mapping: Tag(.map)
        case .sequence: Tag(.seq)
        }
    }
    /// A null: `~`, `null`, an empty plain value, or `!!null` (decided without resolving other types).
    var isNull: Bool {
        guard case .scalar(let s) = self else { return false }
        switch s.given {
        case .null: return true
        case .implicit:
            switch s.string.utf8.count {
            case 0: return true
            case 1: return s.string == "~"
            case 4: return s.string == "null" || s.string == "Null" || s.string == "NULL"
            default: return false
            }
        default: return false
        }
    }
}

/// Why a YAML text could not be read into a tree: the problem and where.
struct YAMLFailure: Error {
    let problem: Problem
    let position: SourcePosition?
}

/// Reads YAML text that holds at most one document.
enum YAMLTree {
    /// The single document of `text`.
    static func singleRoot(_ text: String) -> Result<Node?, YAMLFailure> {
        var text = text
        return text.withUTF8 { singleRoot(UnsafeRawBufferPointer($0)) }
    }

    /// The single document of `text`, with the big lists read as they stream by: when the root is a mapping
    /// and the value of a key in `streamed` is a sequence (without an anchor), each of its items is built,
    /// handed to `item(key, node)` and dropped, and the returned tree holds an empty sequence at the key's
    /// place. Only one record's nodes are held at a time, so memory follows the model, not the text.
    static func singleRoot(_ text: String, streaming streamed: Set<String>, item: (String, Node) -> Void) -> Result<Node?, YAMLFailure> {
        var text = text
        return text.withUTF8 { singleRoot(UnsafeRawBufferPointer($0), streaming: streamed, item: item) }
    }

    /// The single document's root (nil for an empty stream), or the first error, as the loader reports it.
    static func singleRoot(_ bytes: UnsafeRawBufferPointer, streaming streamed: Set<String> = [],
                           item: (String, Node) -> Void = { _, _ in }) -> Result<Node?, YAMLFailure> {
        var builder = Builder()
        yaml_parser_initialize(&builder.parser)
        defer { yaml_parser_delete(&builder.parser) }
        yaml_parser_set_encoding(&builder.parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(&builder.parser, bytes.baseAddress?.assumingMemoryBound(to: UInt8.self), bytes.count)
        builder.bytes = bytes
        return builder.root(streaming: streamed, item: item)
    }

    /// The single document read from `input` a chunk at a time (so that the text is never whole in memory),
    /// with `streamed` lists handed to `item` as in `singleRoot(_:streaming:item:)`.
    ///
    /// A reader error (invalid UTF-8, a control character, a failed read) has no byte offset to place it by
    /// here: callers that must place such errors read the whole text again (`ChartLoader`), which is also
    /// what they do for every other failure, so that a file with errors is reported exactly as before.
    static func singleRoot(reading input: ChunkedInput, streaming streamed: Set<String> = [],
                           item: (String, Node) -> Void = { _, _ in }) -> Result<Node?, YAMLFailure> {
        var builder = Builder()
        yaml_parser_initialize(&builder.parser)
        defer { yaml_parser_delete(&builder.parser) }
        yaml_parser_set_encoding(&builder.parser, YAML_UTF8_ENCODING)
        let data = Unmanaged.passUnretained(input).toOpaque()
        yaml_parser_set_input(&builder.parser, { data, buffer, size, read in
            guard let data, let buffer, let read else { return 0 }
            let input = Unmanaged<ChunkedInput>.fromOpaque(data).takeUnretainedValue()
            guard let n = input.next(into: buffer, count: size) else { return 0 }
            read.pointee = n
            return 1
        }, data)
        return withExtendedLifetime(input) { builder.root(streaming: streamed, item: item) }
    }

    /// Bytes handed to libyaml in chunks. A UTF-8 byte-order mark at the start is dropped, as the text path
    /// drops it; a second one, or a failed read, stops the parse (`failed`).
    final class ChunkedInput {
        /// Reads at most `count` bytes into the buffer: how many (0 at the end), or nil when reading failed.
        private let source: (UnsafeMutablePointer<UInt8>, Int) -> Int?
        /// The most bytes handed over at once (small in tests, to cross chunk boundaries everywhere).
        private let chunk: Int
        /// Bytes read from the source, the byte-order mark included.
        private(set) var total = 0
        private(set) var failed = false
        /// The first bytes, held back while looking for byte-order marks.
        private var head: [UInt8]? = nil

        init(chunk: Int = 1 << 16, source: @escaping (UnsafeMutablePointer<UInt8>, Int) -> Int?) {
            self.chunk = max(1, chunk)
            self.source = source
        }

        /// Up to `count` bytes into `buffer`; nil stops the parse.
        func next(into buffer: UnsafeMutablePointer<UInt8>, count: Int) -> Int? {
            if head == nil {
                // Up to six bytes, to see one byte-order mark and whether another follows.
                var first: [UInt8] = []
                var byte: UInt8 = 0
                while first.count < 6 {
                    guard let n = readSource(&byte, 1) else { return nil }
                    if n == 0 { break }
                    first.append(byte)
                }
                let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
                if first.starts(with: bom) {
                    first.removeFirst(3)
                    if first.starts(with: bom) { failed = true; return nil }
                }
                head = first
            }
            if let pending = head, !pending.isEmpty {
                let n = min(count, pending.count, chunk)
                for i in 0..<n { buffer[i] = pending[i] }
                head = Array(pending.dropFirst(n))
                return n
            }
            return readSource(buffer, min(count, chunk))
        }

        private func readSource(_ buffer: UnsafeMutablePointer<UInt8>, _ count: Int) -> Int? {
            guard !failed, let n = source(buffer, count) else { failed = true; return nil }
            total += n
            return n
        }
    }
}

extension YAMLTree.Builder {
    /// Reads the stream's single document (the input is set).
    mutating func root(streaming streamed: Set<String>, item: (String, Node) -> Void) -> Result<Node?, YAMLFailure> {
        do {
            try next() // stream start
            guard try next() != YAML_STREAM_END_EVENT else { return .success(nil) }
            try next() // the root's first event
            let root = streamed.isEmpty ? try self.node() : try self.streamedRoot(streamed, item: item)
            try next() // document end
            if try next() != YAML_STREAM_END_EVENT {
                return .failure(YAMLFailure(problem: .yamlSeveralDocuments, position: SourcePosition(self.start)))
            }
            return .success(root)
        } catch let failure as YAMLFailure {
            return .failure(failure)
        } catch {
            return .failure(YAMLFailure(problem: .yamlSyntax(detail: String(describing: error)), position: nil))
        }
    }
}

extension YAMLTree {
    /// Pulls events and builds nodes; one event is current at a time.
    fileprivate struct Builder {
        var parser = yaml_parser_t()
        var event = yaml_event_t()
        var bytes = UnsafeRawBufferPointer(start: nil, count: 0)
        var anchors: [String: Node] = [:]
        /// The current event's type and start.
        var type = YAML_NO_EVENT
        var start = Mark(line: 1, column: 1)

        /// Moves to the next event, and returns its type.
        @discardableResult
        mutating func next() throws -> yaml_event_type_t {
            if type != YAML_NO_EVENT { yaml_event_delete(&event) }
            type = YAML_NO_EVENT
            guard yaml_parser_parse(&parser, &event) == 1 else { throw failure() }
            type = event.type
            start = Mark(event.start_mark)
            return type
        }

        /// The node whose first event is current; on return, its last event is current.
        mutating func node() throws -> Node {
            switch type {
            case YAML_SCALAR_EVENT:
                let s = event.data.scalar
                let string = String(decoding: UnsafeBufferPointer(start: s.value, count: s.length), as: UTF8.self)
                let given: Node.Scalar.Given = s.quoted_implicit == 1 ? .str : Self.given(s.tag)
                let style = Node.Scalar.Style(rawValue: UInt8(truncatingIfNeeded: s.style.rawValue)) ?? .any
                let node = Node.scalar(Node.Scalar(string: string, style: style, given: given, position: start))
                if let anchor = Self.string(s.anchor) { anchors[anchor] = node }
                return node
            case YAML_ALIAS_EVENT:
                let name = Self.string(event.data.alias.anchor) ?? ""
                guard let node = anchors[name] else {
                    throw YAMLFailure(problem: .yamlSyntax(detail: "found undefined alias"), position: SourcePosition(start))
                }
                return node
            case YAML_SEQUENCE_START_EVENT:
                let anchor = Self.string(event.data.sequence_start.anchor), at = start
                var nodes: [Node] = []
                nodes.reserveCapacity(4)
                while try next() != YAML_SEQUENCE_END_EVENT { nodes.append(try node()) }
                let node = Node.sequence(Node.Sequence(nodes: nodes, position: at))
                if let anchor { anchors[anchor] = node }
                return node
            case YAML_MAPPING_START_EVENT:
                let anchor = Self.string(event.data.mapping_start.anchor), at = start
                var pairs: [Node.Mapping.Element] = []
                pairs.reserveCapacity(8)
                while try next() != YAML_MAPPING_END_EVENT {
                    let key = try node()
                    try next()
                    pairs.append((key, try node()))
                }
                try checkDuplicates(pairs)
                let node = Node.mapping(Node.Mapping(pairs: pairs, position: at))
                if let anchor { anchors[anchor] = node }
                return node
            default:
                throw YAMLFailure(problem: .yamlSyntax(detail: "unexpected event \(type.rawValue)"), position: SourcePosition(start))
            }
        }

        /// The root, as `node()` builds it, but with the sequences under the keys in `streamed` passed item by
        /// item to `item` instead of kept.
        mutating func streamedRoot(_ streamed: Set<String>, item: (String, Node) -> Void) throws -> Node {
            guard type == YAML_MAPPING_START_EVENT, event.data.mapping_start.anchor == nil else { return try node() }
            let at = start
            var pairs: [Node.Mapping.Element] = []
            while try next() != YAML_MAPPING_END_EVENT {
                let key = try node()
                try next()
                if let name = key.scalar?.string, streamed.contains(name),
                   type == YAML_SEQUENCE_START_EVENT, event.data.sequence_start.anchor == nil {
                    let listAt = start
                    while try next() != YAML_SEQUENCE_END_EVENT { item(name, try node()) }
                    pairs.append((key, .sequence(Node.Sequence(nodes: [], position: listAt))))
                } else {
                    pairs.append((key, try node()))
                }
            }
            try checkDuplicates(pairs)
            return .mapping(Node.Mapping(pairs: pairs, position: at))
        }

        /// Two keys with the same text and type: reported at the first written of the alphabetically first.
        func checkDuplicates(_ pairs: [Node.Mapping.Element]) throws {
            guard pairs.count > 1 else { return }
            if pairs.count <= 24 {
                // A record's few keys: compared pairwise by bytes, the type resolved only for equal spellings.
                var duplicated: [Int] = []
                for i in 1..<pairs.count {
                    guard let s = pair(pairs, i) else { continue }
                    for j in 0..<i {
                        guard let t = pair(pairs, j), t.string == s.string, t.tag.name == s.tag.name else { continue }
                        // `j` is the first written with this identity only if no earlier key matches it.
                        if !duplicated.contains(j) { duplicated.append(j) }
                        break
                    }
                }
                if !duplicated.isEmpty { throw duplicateFailure(pairs, duplicated) }
                return
            }
            var seen: [KeyIdentity: Int] = [:]
            seen.reserveCapacity(pairs.count)
            var duplicated: [Int] = []
            for (i, pair) in pairs.enumerated() {
                guard let s = pair.key.scalar else { continue }
                let id = KeyIdentity(string: s.string, tag: s.tag.name)
                if let first = seen[id] {
                    if !duplicated.contains(first) { duplicated.append(first) }
                } else {
                    seen[id] = i
                }
            }
            guard !duplicated.isEmpty else { return }
            throw duplicateFailure(pairs, duplicated)
        }

        private func pair(_ pairs: [Node.Mapping.Element], _ i: Int) -> Node.Scalar? { pairs[i].key.scalar }

        /// Reported at the first written of the alphabetically first duplicated key.
        private func duplicateFailure(_ pairs: [Node.Mapping.Element], _ duplicated: [Int]) -> YAMLFailure {
            let keys = duplicated.map { pairs[$0].key.scalar! }.sorted { $0.string < $1.string }
            return YAMLFailure(problem: .yamlDuplicateKey(key: keys.map(\.string).joined(separator: ", ")),
                               position: SourcePosition(keys[0].position))
        }

        struct KeyIdentity: Hashable {
            let string: String
            let tag: Tag.Name
        }

        /// libyaml's error, worded and placed as before.
        func failure() -> YAMLFailure {
            let problem = parser.problem.map { String(cString: $0) } ?? "unknown error"
            switch parser.error {
            case YAML_READER_ERROR:
                let at = Self.position(ofByte: parser.problem_offset, in: bytes)
                if problem.contains("control characters"), parser.problem_value >= 0 {
                    return YAMLFailure(problem: .yamlControlCharacter(code: Int(parser.problem_value)), position: at)
                }
                return YAMLFailure(problem: .yamlSyntax(detail: problem), position: at)
            case YAML_SCANNER_ERROR, YAML_PARSER_ERROR:
                var detail = problem
                if let context = parser.context {
                    let text = String(cString: context)
                    if !text.isEmpty { detail = "\(problem) (\(text))" }
                }
                return YAMLFailure(problem: .yamlSyntax(detail: detail), position: SourcePosition(Mark(parser.problem_mark)))
            case YAML_MEMORY_ERROR:
                return YAMLFailure(problem: .yamlSyntax(detail: "out of memory"), position: nil)
            default:
                return YAMLFailure(problem: .yamlSyntax(detail: problem), position: nil)
            }
        }

        /// Line and column (in Unicode scalars) of a byte offset; a CRLF counts as one line break.
        static func position(ofByte offset: Int, in bytes: UnsafeRawBufferPointer) -> SourcePosition? {
            guard offset >= 0 else { return nil }
            var line = 1, column = 1
            for b in bytes.prefix(offset) {
                if b == 0x0A { line += 1; column = 1 } else if b & 0xC0 != 0x80, b != 0x0D { column += 1 }
            }
            return SourcePosition(line: line, column: column)
        }

        static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
            guard let pointer else { return nil }
            return String(cString: pointer)
        }

        static func given(_ tag: UnsafeMutablePointer<yaml_char_t>?) -> Node.Scalar.Given {
            guard let tag else { return .implicit }
            switch String(cString: tag) {
            case "": return .implicit
            case "!": return .nonSpecific
            case "tag:yaml.org,2002:str": return .str
            case "tag:yaml.org,2002:null": return .null
            case "tag:yaml.org,2002:bool": return .bool
            case "tag:yaml.org,2002:int": return .int
            case "tag:yaml.org,2002:float": return .float
            case "tag:yaml.org,2002:timestamp": return .timestamp
            default: return .other
            }
        }
    }
}

extension SourcePosition {
    init(_ mark: Mark) { self.init(line: mark.line, column: mark.column) }
}

// MARK: - Plain scalars' types, by hand (YAML 1.1, as Yams' default resolver had them)

/// The type of an untagged plain scalar: bool, int, float, null, timestamp, merge (`<<`), value (`=`) or str,
/// tried in that order.
func resolvePlain(_ s: String) -> Tag.Name {
    let utf8 = s.utf8
    if utf8.isEmpty { return .null }
    // Everything but a string starts with one of a few characters: most names and ids leave here.
    let f = utf8.first!
    let digit = f >= 0x30 && f <= 0x39
    guard digit || "yYnNtTfFoO~+-.<=".utf8.contains(f) else { return .str }
    if utf8.count <= 5 {
        switch s {
        case "yes", "Yes", "YES", "no", "No", "NO", "true", "True", "TRUE", "false", "False", "FALSE",
             "on", "On", "ON", "off", "Off", "OFF": return .bool
        case "~", "null", "Null", "NULL": return .null
        case "<<": return .merge
        case "=": return .value
        default: break
        }
    }
    return PlainNumber(Array(utf8)).kind
}

/// Recognises YAML 1.1's int, float and timestamp spellings in bytes.
private struct PlainNumber {
    let b: [UInt8]
    init(_ b: [UInt8]) { self.b = b }

    var kind: Tag.Name {
        if isInt { return .int }
        if isFloat { return .float }
        if isTimestamp { return .timestamp }
        return .str
    }

    static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
    static let underscore = UInt8(ascii: "_")

    /// Index after an optional sign.
    var afterSign: Int { b.first == UInt8(ascii: "-") || b.first == UInt8(ascii: "+") ? 1 : 0 }

    func all(from i: Int, _ test: (UInt8) -> Bool) -> Bool { i < b.count && b[i...].allSatisfy(test) }

    var isInt: Bool {
        let i = afterSign
        guard i < b.count else { return false }
        let rest = b[i...]
        // 0b…, 0x…, 0o… / 0…, 0, [1-9][0-9_]*, sexagesimal [1-9][0-9_]*(:[0-5]?[0-9])+
        if rest.starts(with: "0b".utf8) { return all(from: i + 2) { $0 == 0x30 || $0 == 0x31 || $0 == Self.underscore } }
        if rest.starts(with: "0x".utf8) {
            return all(from: i + 2) { Self.isDigit($0) || (0x61...0x66).contains($0) || (0x41...0x46).contains($0) || $0 == Self.underscore }
        }
        if rest.starts(with: "0o".utf8) { return all(from: i + 2) { (0x30...0x37).contains($0) || $0 == Self.underscore } }
        if rest.first == 0x30 {
            return rest.count == 1 || all(from: i + 1) { (0x30...0x37).contains($0) || $0 == Self.underscore }
        }
        guard let first = rest.first, (0x31...0x39).contains(first) else { return false }
        if all(from: i) { Self.isDigit($0) || $0 == Self.underscore } { return true }
        return isSexagesimal(from: i, fraction: false)
    }

    /// `[1-9][0-9_]*(:[0-5]?[0-9])+`, with a `.[0-9_]*` tail when `fraction` (the float form starts with any digit).
    func isSexagesimal(from start: Int, fraction: Bool) -> Bool {
        var i = start
        while i < b.count, Self.isDigit(b[i]) || b[i] == Self.underscore { i += 1 }
        guard i > start else { return false }
        var groups = 0
        while i < b.count, b[i] == UInt8(ascii: ":") {
            i += 1
            var n = 0
            while i < b.count, Self.isDigit(b[i]), n < 2 { i += 1; n += 1 }
            guard n > 0 else { return false }
            if n == 2, b[i - 2] > UInt8(ascii: "5") { return false }
            groups += 1
        }
        guard groups > 0 else { return false }
        if fraction {
            guard i < b.count, b[i] == UInt8(ascii: ".") else { return false }
            i += 1
            while i < b.count, Self.isDigit(b[i]) || b[i] == Self.underscore { i += 1 }
        }
        return i == b.count
    }

    var isFloat: Bool {
        let s = String(decoding: b, as: UTF8.self)
        switch s {
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF", ".nan", ".NaN", ".NAN": return true
        default: break
        }
        var i = afterSign
        // [0-9][0-9_]*(\.[0-9_]*)?([eE][-+]?[0-9]+)?
        if i < b.count, Self.isDigit(b[i]) {
            let start = i
            while i < b.count, Self.isDigit(b[i]) || b[i] == Self.underscore { i += 1 }
            if i < b.count, b[i] == UInt8(ascii: ".") {
                i += 1
                while i < b.count, Self.isDigit(b[i]) || b[i] == Self.underscore { i += 1 }
            }
            if i < b.count, b[i] == UInt8(ascii: "e") || b[i] == UInt8(ascii: "E") {
                i += 1
                if i < b.count, b[i] == UInt8(ascii: "-") || b[i] == UInt8(ascii: "+") { i += 1 }
                let digits = i
                while i < b.count, Self.isDigit(b[i]) { i += 1 }
                if i == digits { return isSexagesimal(from: start, fraction: true) }
            }
            if i == b.count { return true }
            return isSexagesimal(from: start, fraction: true)
        }
        // \.[0-9_]+([eE][-+][0-9]+)? (no sign)
        i = 0
        guard b.first == UInt8(ascii: "."), b.count > 1 else { return false }
        i = 1
        let digits = i
        while i < b.count, Self.isDigit(b[i]) || b[i] == Self.underscore { i += 1 }
        guard i > digits else { return false }
        if i == b.count { return true }
        guard b[i] == UInt8(ascii: "e") || b[i] == UInt8(ascii: "E") else { return false }
        i += 1
        guard i < b.count, b[i] == UInt8(ascii: "-") || b[i] == UInt8(ascii: "+") else { return false }
        i += 1
        let exp = i
        while i < b.count, Self.isDigit(b[i]) { i += 1 }
        return i > exp && i == b.count
    }

    /// `YYYY-MM-DD`, or `YYYY-M-D` followed by a time (`T` or spaces, `h:mm:ss`, fraction, zone).
    var isTimestamp: Bool {
        func digits(_ i: inout Int, min: Int, max: Int) -> Bool {
            var n = 0
            while i < b.count, n < max, Self.isDigit(b[i]) { i += 1; n += 1 }
            return n >= min
        }
        func char(_ i: inout Int, _ c: Character) -> Bool {
            guard i < b.count, b[i] == c.asciiValue! else { return false }
            i += 1
            return true
        }
        var i = 0
        guard digits(&i, min: 4, max: 4), char(&i, "-") else { return false }
        let afterYear = i
        if digits(&i, min: 2, max: 2), char(&i, "-"), digits(&i, min: 2, max: 2), i == b.count { return true }
        i = afterYear
        guard digits(&i, min: 1, max: 2), char(&i, "-"), digits(&i, min: 1, max: 2) else { return false }
        if i < b.count, b[i] == UInt8(ascii: "T") || b[i] == UInt8(ascii: "t") {
            i += 1
        } else {
            let s = i
            while i < b.count, b[i] == 0x20 || b[i] == 0x09 { i += 1 }
            guard i > s else { return false }
        }
        guard digits(&i, min: 1, max: 2), char(&i, ":"), digits(&i, min: 2, max: 2), char(&i, ":"), digits(&i, min: 2, max: 2) else { return false }
        if i < b.count, b[i] == UInt8(ascii: ".") { i += 1; while i < b.count, Self.isDigit(b[i]) { i += 1 } }
        while i < b.count, b[i] == 0x20 || b[i] == 0x09 { i += 1 }
        if i == b.count { return true }
        if b[i] == UInt8(ascii: "Z") { return i + 1 == b.count }
        guard b[i] == UInt8(ascii: "-") || b[i] == UInt8(ascii: "+") else { return false }
        i += 1
        guard digits(&i, min: 1, max: 2) else { return false }
        if i < b.count { guard char(&i, ":"), digits(&i, min: 2, max: 2) else { return false } }
        return i == b.count
    }
}
