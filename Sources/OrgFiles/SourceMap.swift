public import OrgModel

/// Where each record and field of a chart was written: the bridge from a `ChartIssue` (which knows
/// records and fields) to a line and column.
///
/// Kept small, since a chart of 90,000 records keeps one entry per field: a record's fields are a short
/// array of (field number, line, column), each dotted path (`competencies.pengambilan-keputusan`) spelled
/// once for the whole chart (`ReadContext.field`).
public struct SourceMap: Sendable {
    /// Positions of one record: where it starts, and where each field's value is (by dotted path).
    public struct Record: Sendable {
        public var start: SourcePosition
        var fields: PackedFieldMarks

        init(start: SourcePosition, fields: FieldMarks = FieldMarks()) {
            self.start = start
            self.fields = PackedFieldMarks(fields)
        }
    }

    /// Top-level keys (`units`, `positions`, ...).
    var document = FieldMarks()
    public var organisation: Record?
    public var records: [RecordKind: [Record]] = [:]
    /// The spelling of each field number the records use, and the number of each spelling.
    private var fieldNames: [String] = []
    private var fieldNumbers: [String: UInt32] = [:]

    public init() {}

    /// Names the field numbers of the read (`ReadContext.fieldNames`).
    mutating func setFieldNames(_ names: [String]) {
        fieldNames = names
        fieldNumbers = Dictionary(names.enumerated().map { ($1, UInt32($0)) }) { a, _ in a }
    }

    mutating func setRecords(_ list: [Record], of kind: RecordKind) { records[kind] = list }

    /// The best position for a subject's field: the field's value, else the record's start.
    public func position(of subject: Subject, field: String?) -> SourcePosition? {
        switch subject {
        case .document:
            return field.flatMap { fieldNumbers[$0] }.flatMap { document[$0] } ?? SourcePosition(line: 1, column: 1)
        case .organisation:
            return lookup(organisation, field) ?? fieldNumbers["organisation"].flatMap { document[$0] }
        case .record(let kind, let i):
            if kind == .organisation { return lookup(organisation, field) }
            guard let list = records[kind], list.indices.contains(i) else { return nil }
            return lookup(list[i], field)
        }
    }

    private func lookup(_ record: Record?, _ field: String?) -> SourcePosition? {
        guard let record else { return nil }
        guard let field else { return record.start }
        if let exact = fieldNumbers[field].flatMap({ record.fields[$0] }) { return exact }
        // `requires.competencies.x` falls back to `requires.competencies`, then `requires`.
        var path = field
        while let dot = path.lastIndex(of: ".") {
            path = String(path[..<dot])
            if let p = fieldNumbers[path].flatMap({ record.fields[$0] }) { return p }
        }
        return record.start
    }
}

/// The positions of a record's fields by field number (`ReadContext.field`): a short array searched in
/// order (a record has a dozen fields or so, where a dictionary would cost far more memory than the
/// positions themselves), twelve bytes a field.
struct FieldMarks: Sendable {
    struct Entry: Sendable {
        let field: UInt32
        let line: UInt32
        let column: UInt32
    }
    var entries: [Entry] = []

    init() {}

    subscript(field: UInt32) -> SourcePosition? {
        get {
            guard let e = entries.first(where: { $0.field == field }) else { return nil }
            return SourcePosition(line: Int(e.line), column: Int(e.column))
        }
        set {
            let i = entries.firstIndex { $0.field == field }
            guard let newValue else {
                if let i { entries.remove(at: i) }
                return
            }
            let entry = Entry(field: field, line: UInt32(clamping: newValue.line), column: UInt32(clamping: newValue.column))
            if let i { entries[i] = entry } else { entries.append(entry) }
        }
    }

    /// Adds `other`'s fields that are not here yet.
    mutating func merge(_ other: FieldMarks) {
        for e in other.entries where !entries.contains(where: { $0.field == e.field }) { entries.append(e) }
    }
}

/// A record's `FieldMarks` as kept once it is read: each field as three variable-length numbers (field
/// number, line as a difference from the previous field's, column), about four bytes a field where
/// `FieldMarks` takes twelve: the source map of a chart of 90,000 records is most of it field positions.
struct PackedFieldMarks: Sendable {
    private let bytes: [UInt8]

    init(_ marks: FieldMarks) {
        var out: [UInt8] = []
        out.reserveCapacity(marks.entries.count * 5)
        var line: UInt32 = 0
        for e in marks.entries {
            Self.append(UInt64(e.field), to: &out)
            // The line as a signed difference (zigzag: 0, -1, 1, -2, ... as 0, 1, 2, 3, ...).
            let delta = Int64(e.line) - Int64(line)
            Self.append(UInt64(bitPattern: (delta << 1) ^ (delta >> 63)), to: &out)
            Self.append(UInt64(e.column), to: &out)
            line = e.line
        }
        bytes = out.count == out.capacity ? out : Array(unsafeUninitializedCapacity: out.count) { buffer, count in
            for i in out.indices { buffer[i] = out[i] }
            count = out.count
        }
    }

    subscript(field: UInt32) -> SourcePosition? {
        var i = 0
        var line: Int64 = 0
        while i < bytes.count {
            let f = next(&i)
            let zigzag = next(&i)
            line += Int64(bitPattern: zigzag >> 1) ^ -Int64(bitPattern: zigzag & 1)
            let column = next(&i)
            if f == UInt64(field) { return SourcePosition(line: Int(line), column: Int(column)) }
        }
        return nil
    }

    private func next(_ i: inout Int) -> UInt64 {
        var value: UInt64 = 0, shift: UInt64 = 0
        while i < bytes.count {
            let b = bytes[i]
            i += 1
            value |= UInt64(b & 0x7F) << shift
            if b < 0x80 { break }
            shift += 7
        }
        return value
    }

    private static func append(_ value: UInt64, to out: inout [UInt8]) {
        var v = value
        while v >= 0x80 {
            out.append(UInt8(truncatingIfNeeded: v) | 0x80)
            v >>= 7
        }
        out.append(UInt8(v))
    }
}
