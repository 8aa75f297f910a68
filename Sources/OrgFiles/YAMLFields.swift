import OrgModel

/// Collects the diagnostics of one read, and guards against YAML aliases that expand without bound.
final class ReadContext {
    let file: String
    var diagnostics: [Diagnostic] = []
    /// How many nodes the reader may still visit: the file's byte count. Every real node takes at least
    /// a byte of text, so only aliases (`*name`) can exceed it.
    private var budget: Int
    private(set) var exhausted = false

    /// The source text, for the few checks that need to see what was written (let go once read). When the
    /// file is read in chunks, it is read again only if such a check comes up (a rare warning).
    private var storedText: String?
    private var textSource: (() -> String)?
    var text: String {
        if let storedText { return storedText }
        let read = textSource?() ?? ""
        storedText = read
        return read
    }
    private var lineStarts: [String.Index]?

    init(file: String, text: String, bytes: Int) {
        self.file = file
        self.storedText = text
        self.budget = max(bytes, 1024)
    }

    /// A read whose text, when a check needs it, comes from `text` (the file read again).
    init(file: String, bytes: Int, text: @escaping () -> String) {
        self.file = file
        self.textSource = text
        self.budget = max(bytes, 1024)
    }

    /// Lets the text go (the records are read): the graph is resolved without it in memory.
    func releaseText() {
        storedText = ""
        textSource = nil
        lineStarts = nil
        ids = []
        levelLists = []
    }

    /// The competency lists read so far (`intern(_:)` for `[CompetencyLevel]`).
    private var levelLists: Set<[CompetencyLevel]> = []

    /// The same list as `levels`, sharing the storage of an equal list read before: many people and posts
    /// carry the same few competencies at the same levels.
    func intern(_ levels: [CompetencyLevel]) -> [CompetencyLevel] {
        guard !levels.isEmpty else { return levels }
        return levelLists.insert(levels).memberAfterInsert
    }

    /// The ids read so far (`intern`).
    private var ids: Set<String> = []

    /// The same text as `id`, sharing the storage of an equal text read before: a post's unit, a person's
    /// position and a competency's id are each written thousands of times (and a post's title or a unit's
    /// name hundreds), and a text of more than 15 bytes is a heap allocation of its own (shorter ones are
    /// stored inline and left as they are).
    func intern(_ id: String) -> String {
        guard id.utf8.count > 15 else { return id }
        return ids.insert(id).memberAfterInsert
    }

    /// Whether `key`, written at `mark`, is followed by a colon: false for `{ name: Budi, S.E. }`,
    /// where the comma made `S.E.` a key of its own.
    func hasColon(after key: String, at mark: Mark) -> Bool {
        if lineStarts == nil {
            var starts = [text.startIndex]
            var i = text.startIndex
            while let newline = text[i...].firstIndex(of: "\n") {
                i = text.index(after: newline)
                starts.append(i)
            }
            lineStarts = starts
        }
        guard let starts = lineStarts, mark.line - 1 < starts.count else { return true }
        let line = text[starts[mark.line - 1]...].prefix { $0 != "\n" }
        let scalars = line.unicodeScalars
        guard let start = scalars.index(scalars.startIndex, offsetBy: mark.column - 1, limitedBy: scalars.endIndex),
              let end = scalars.index(start, offsetBy: key.unicodeScalars.count, limitedBy: scalars.endIndex)
        else { return true }
        let rest = scalars[end...].drop { $0 == " " }
        return rest.first == ":" || rest.first == nil
    }

    /// The dotted field paths met in this read (`name`, `requires.education`,
    /// `competencies.pengambilan-keputusan`), numbered: a record's source positions name their fields by
    /// number, so that 90,000 records do not each keep their own copy of the spelling.
    private(set) var fieldNames: [String] = []
    private var fieldNumbers: [String: [String: UInt32]] = [:]

    /// The number of the field `prefix + name`.
    func field(_ prefix: String, _ name: String) -> UInt32 {
        if prefix.isEmpty, let known = topFieldNumbers[name] { return known }
        if !prefix.isEmpty, let known = fieldNumbers[prefix]?[name] { return known }
        let number = UInt32(fieldNames.count)
        fieldNames.append(prefix + name)
        if prefix.isEmpty { topFieldNumbers[name] = number } else { fieldNumbers[prefix, default: [:]][name] = number }
        return number
    }
    private var topFieldNumbers: [String: UInt32] = [:]

    func add(_ severity: ChartIssue.Severity, _ mark: Mark?, _ record: RecordLabel?, _ problem: Problem) {
        add(severity, at: mark.map(SourcePosition.init), record, problem)
    }

    func add(_ severity: ChartIssue.Severity, at position: SourcePosition?, _ record: RecordLabel?, _ problem: Problem) {
        diagnostics.append(Diagnostic(severity, file: file, at: position, record: record, problem))
    }

    /// Counts `n` visited nodes; false (and one error) once the budget is spent.
    func visit(_ n: Int = 1, at mark: Mark?) -> Bool {
        if exhausted { return false }
        budget -= n
        if budget < 0 {
            exhausted = true
            add(.error, mark, nil, .yamlAliasExpansion)
            return false
        }
        return true
    }
}

/// The fields of one YAML mapping, read by name with type checks that report, never throw.
///
/// Unknown keys are warnings with a "did you mean"; every value read records its position in
/// `marks`, under `prefix + key`, so later checks can point at it.
struct YAMLFields {
    let mapping: Node.Mapping
    let context: ReadContext
    var record: RecordLabel?
    let prefix: String
    private(set) var values = FieldValues()
    var marks = FieldMarks()
    /// Set when a required field is missing or a value is unusable: the record is incomplete.
    var failed = false
    /// Warnings about keys, held until the record's id is known so that they can name it.
    private var pending: [(Mark?, Problem)] = []

    init(_ mapping: Node.Mapping, known: [String], context: ReadContext, record: RecordLabel?, prefix: String = "") {
        self.mapping = mapping
        self.context = context
        self.record = record
        self.prefix = prefix
        values.reserveCapacity(mapping.count)
        marks.entries.reserveCapacity(mapping.count)
        for (key, value) in mapping {
            guard let name = key.scalar?.string else {
                pending.append((key.mark, .unknownField(field: "?", suggestion: nil)))
                continue
            }
            if known.contains(where: { same($0, name) }) {
                values.set(name, value)
                if let mark = value.mark { marks[context.field(prefix, name)] = SourcePosition(mark) }
            } else if value.isNull, let mark = key.mark, !context.hasColon(after: name, at: mark) {
                // `{ name: Drs. Budi, M.Si }`: the comma split the value, and 'M.Si' became a key.
                pending.append((key.mark, .commaInFlowValue(fragment: name)))
            } else {
                pending.append((key.mark, .unknownField(field: prefix + name, suggestion: closestSpelling(to: name, among: known))))
            }
        }
        if record != nil { reportPending() }
    }

    /// Reports the warnings about keys, naming the record as it is known now.
    mutating func reportPending() {
        for (mark, problem) in pending { context.add(.warning, mark, record, problem) }
        pending.removeAll()
    }

    var start: SourcePosition { mapping.mark.map(SourcePosition.init) ?? SourcePosition(line: 1, column: 1) }

    mutating func fail(_ key: String, _ node: Node?, _ problem: Problem, severity: ChartIssue.Severity = .error) {
        if severity == .error { failed = true }
        context.add(severity, node?.mark ?? mapping.mark, record, problem)
    }

    /// The node of `key`, or nil when absent or null; reports a missing required field.
    mutating func node(_ key: String, required: Bool) -> Node? {
        if let node = values[key], !node.isNull { return node }
        if required { fail(key, nil, .missingField(field: prefix + key)) }
        return nil
    }

    /// A scalar's text.
    mutating func scalar(_ key: String, required: Bool, expected: Problem.ValueKind = .text) -> String? {
        guard let node = node(key, required: required) else { return nil }
        guard let scalar = node.scalar else {
            fail(key, node, .wrongType(field: prefix + key, expected: expected, found: describe(node)))
            return nil
        }
        return scalar.string
    }

    mutating func text(_ key: String, required: Bool = false) -> String? {
        guard let s = scalar(key, required: required) else { return nil }
        if s.trimmingWhitespace().isEmpty {
            if required { fail(key, values[key], .missingField(field: prefix + key)) }
            return nil
        }
        return s
    }

    /// An id: letters, digits, `-`, `.`, `_`.
    mutating func slug(_ key: String, required: Bool = false) -> String? {
        guard let s = scalar(key, required: required) else { return nil }
        guard isSlug(s) else {
            fail(key, values[key], .invalidSlug(field: prefix + key, value: s))
            return nil
        }
        return context.intern(s)
    }

    mutating func vocabulary<V: Vocabulary>(_ key: String, _ type: V.Type = V.self, required: Bool = false) -> V? {
        guard let s = scalar(key, required: required) else { return nil }
        if let v = V(rawValue: s) { return v }
        // Right but for case ("sma", "Dinas"): accepted, and said so.
        if let v = V.caseInsensitiveMatch(String(s.trimmingWhitespace())) {
            fail(key, values[key], .vocabularyCase(field: prefix + key, value: s, spelling: v.rawValue), severity: .warning)
            return v
        }
        // A spelling the domain knows ("D3", "IIb", "SLTA", "Perempuan") before the nearest by letters.
        fail(key, values[key], .unknownValue(field: prefix + key, value: s, allowed: V.allSpellings, suggestion: suggestion(for: s, in: V.self)))
        return nil
    }

    mutating func bool(_ key: String) -> Bool? {
        guard let s = scalar(key, required: false, expected: .boolean) else { return nil }
        switch s.lowercased() {
        case "true", "yes", "ya": return true
        case "false", "no", "tidak": return false
        default:
            fail(key, values[key], .wrongType(field: prefix + key, expected: .boolean, found: s))
            return nil
        }
    }

    mutating func number(_ key: String, required: Bool = false, range: ClosedRange<Double>, rangeText: AllowedRange? = nil) -> Double? {
        guard let s = scalar(key, required: required, expected: .number) else { return nil }
        guard let v = parseNumber(s) else {
            fail(key, values[key], .wrongType(field: prefix + key, expected: .number, found: s))
            return nil
        }
        guard range.contains(v) else {
            fail(key, values[key], .outOfRange(field: prefix + key, value: s, allowed: rangeText ?? .numbers(range)))
            return nil
        }
        return v
    }

    mutating func int(_ key: String, required: Bool = false, range: ClosedRange<Int>, rangeText: AllowedRange? = nil) -> Int? {
        guard let s = scalar(key, required: required, expected: .wholeNumber) else { return nil }
        guard let v = Int(s.replacingUnderscores()) else {
            fail(key, values[key], .wrongType(field: prefix + key, expected: .wholeNumber, found: s))
            return nil
        }
        guard range.contains(v) else {
            let text = rangeText ?? (range.upperBound == Int.max ? .atLeast(range.lowerBound) : .integers(range))
            fail(key, values[key], .outOfRange(field: prefix + key, value: s, allowed: text))
            return nil
        }
        return v
    }

    mutating func date(_ key: String, required: Bool = false) -> Day? {
        guard let s = scalar(key, required: required, expected: .date) else { return nil }
        guard let d = Day(iso: s) else {
            if let meant = Day.guess(from: s) {
                fail(key, values[key], .dateNotISO(field: prefix + key, value: s, meant: meant))
                return nil
            }
            fail(key, values[key], .invalidDate(field: prefix + key, value: s))
            return nil
        }
        guard Day.chartRange.contains(d) else {
            fail(key, values[key], .outOfRange(field: prefix + key, value: s, allowed: ChartBounds.datesText))
            return nil
        }
        return d
    }

    /// A list; a single scalar is taken as a list of one.
    mutating func list(_ key: String, required: Bool = false) -> [Node]? {
        guard let node = node(key, required: required) else { return nil }
        if let seq = node.sequence { return Array(seq) }
        if node.scalar != nil { return [node] }
        fail(key, node, .wrongType(field: prefix + key, expected: .list, found: describe(node)))
        return nil
    }

    mutating func mapping(_ key: String) -> Node.Mapping? {
        guard let node = node(key, required: false) else { return nil }
        if let m = node.mapping { return m }
        fail(key, node, .wrongType(field: prefix + key, expected: .mapping, found: describe(node)))
        return nil
    }
}

/// A mapping's known fields by name: a short array searched in order (a record has a dozen fields).
struct FieldValues {
    private var entries: [(name: String, node: Node)] = []

    subscript(name: String) -> Node? { entries.first { same($0.name, name) }?.node }

    mutating func reserveCapacity(_ n: Int) { entries.reserveCapacity(n) }

    /// Sets `name`'s value; a later key with the same spelling (but another YAML type) replaces it.
    mutating func set(_ name: String, _ node: Node) {
        if let i = entries.firstIndex(where: { same($0.name, name) }) { entries[i].node = node } else { entries.append((name, node)) }
    }
}

/// Whether two keys are spelled the same: lengths first, since most keys compared differ in length (and
/// comparing two different short strings otherwise takes the standard library's slow path).
@inline(__always)
func same(_ a: String, _ b: String) -> Bool { a.utf8.count == b.utf8.count && a == b }

/// A short description of a node for "found ..." in messages.
func describe(_ node: Node) -> String {
    switch node {
    case .scalar(let s): return s.string.count > 40 ? String(s.string.prefix(40)) + "…" : s.string
    case .mapping: return "{ … }"
    case .sequence: return "[ … ]"
    }
}

func isSlug(_ s: String) -> Bool {
    // By bytes: an ASCII letter or digit, '-', '.', '_' (every byte of a non-ASCII character is ≥ 0x80, so refused).
    !s.isEmpty && s.utf8.allSatisfy { c in
        (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || (c >= 0x30 && c <= 0x39) || c == 0x2D || c == 0x2E || c == 0x5F
    }
}

func parseNumber(_ s: String) -> Double? {
    let t = s.replacingUnderscores()
    guard let v = Double(t), v.isFinite else { return nil }
    return v
}

extension String {
    func replacingUnderscores() -> String { filter { $0 != "_" } }

    func trimmingWhitespace() -> Substring {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return Substring(scalars[first...last])
    }
}
