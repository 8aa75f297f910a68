public import OrgModel

/// Where each record and field of a chart was written: the bridge from a `ChartIssue` (which knows
/// records and fields) to a line and column.
public struct SourceMap: Sendable {
    /// Positions of one record: where it starts, and where each field's value is (by dotted path).
    public struct Record: Sendable {
        public var start: SourcePosition
        public var fields: [String: SourcePosition] = [:]
    }

    /// Top-level keys (`units`, `positions`, ...).
    public var document: [String: SourcePosition] = [:]
    public var organisation: Record?
    public var records: [RecordKind: [Record]] = [:]

    public init() {}

    /// The best position for a subject's field: the field's value, else the record's start.
    public func position(of subject: Subject, field: String?) -> SourcePosition? {
        switch subject {
        case .document:
            return field.flatMap { document[$0] } ?? SourcePosition(line: 1, column: 1)
        case .organisation:
            return lookup(organisation, field) ?? document["organisation"]
        case .record(let kind, let i):
            if kind == .organisation { return lookup(organisation, field) }
            guard let list = records[kind], list.indices.contains(i) else { return nil }
            return lookup(list[i], field)
        }
    }

    private func lookup(_ record: Record?, _ field: String?) -> SourcePosition? {
        guard let record else { return nil }
        guard let field else { return record.start }
        if let exact = record.fields[field] { return exact }
        // `requires.competencies.x` falls back to `requires.competencies`, then `requires`.
        var path = field
        while let dot = path.lastIndex(of: ".") {
            path = String(path[..<dot])
            if let p = record.fields[path] { return p }
        }
        return record.start
    }
}
