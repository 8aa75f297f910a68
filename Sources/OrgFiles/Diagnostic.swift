public import OrgModel

/// A line and column in a file, both from 1.
public struct SourcePosition: Hashable, Sendable, Comparable {
    public let line: Int
    public let column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}

/// A problem reported against a file, at a position when it has one.
///
/// Rendered as one line an editor can jump to: `FILE:LINE:COLUMN: error: MESSAGE`.
public struct Diagnostic: Hashable, Sendable {
    public var severity: ChartIssue.Severity
    public var file: String
    public var position: SourcePosition?
    /// The record the problem is in, named at the start of the message.
    public var record: RecordLabel?
    public var problem: Problem
    /// The line of a related place (the first of two duplicates).
    public var relatedLine: Int?

    public init(_ severity: ChartIssue.Severity, file: String, at position: SourcePosition?,
                record: RecordLabel? = nil, _ problem: Problem, relatedLine: Int? = nil) {
        self.severity = severity
        self.file = file
        self.position = position
        self.record = record
        self.problem = problem
        self.relatedLine = relatedLine
    }

    /// The message without the location: "unit 'dinkes': unknown value ...".
    public func message(_ language: Language) -> String {
        var text = problem.text(language)
        if let label = record?.text(language) { text = "\(label): \(text)" }
        if let relatedLine { text += language.pick(" (lihat baris \(relatedLine))", " (see line \(relatedLine))") }
        return text
    }

    /// `FILE:LINE:COLUMN: error: MESSAGE`, or `FILE: error: MESSAGE` without a position.
    public func rendered(_ language: Language) -> String {
        let place = position.map { "\(file):\($0.line):\($0.column)" } ?? file
        return "\(place): \(severity.rawValue): \(message(language))"
    }
}

extension [Diagnostic] {
    public var hasErrors: Bool { contains { $0.severity == .error } }
    public var errorCount: Int { count { $0.severity == .error } }
    public var warningCount: Int { count { $0.severity == .warning } }

    /// In file order: by file, then position (those without one first).
    public func sortedByPosition() -> [Diagnostic] {
        enumerated().sorted { a, b in
            let (x, y) = (a.element, b.element)
            if x.file != y.file { return x.file < y.file }
            switch (x.position, y.position) {
            case (nil, nil): return a.offset < b.offset
            case (nil, _): return true
            case (_, nil): return false
            case let (p?, q?): return p != q ? p < q : a.offset < b.offset
            }
        }.map(\.element)
    }
}
