public import OrgModel

/// Where each record and field of a chart was written: the bridge from a `ChartIssue` (which knows
/// records and fields) to a line and column.
///
/// Kept small, since a chart of 90,000 records keeps one entry per field: the records of a kind are one
/// `RecordTable` (a few packed arrays for the whole list, not an array per record), each dotted path
/// (`competencies.pengambilan-keputusan`) spelled once for the whole chart (`ReadContext.field`).
public struct SourceMap: Sendable {
    /// Positions of one record as it is read: where it starts, and where each field's value is (by dotted
    /// path). A list's records are kept packed in a `RecordTable`.
    public struct Record: Sendable {
        public var start: SourcePosition
        var fields: FieldMarks

        init(start: SourcePosition, fields: FieldMarks = FieldMarks()) {
            self.start = start
            self.fields = fields
        }
    }

    /// Top-level keys (`units`, `positions`, ...).
    var document = FieldMarks()
    public var organisation: Record?
    var records: [RecordKind: RecordTable] = [:]
    /// The spelling of each field number the records use, and the number of each spelling.
    private var fieldNames: [String] = []
    private var fieldNumbers: [String: UInt32] = [:]

    public init() {}

    /// Names the field numbers of the read (`ReadContext.fieldNames`).
    mutating func setFieldNames(_ names: [String]) {
        fieldNames = names
        fieldNumbers = Dictionary(names.enumerated().map { ($1, UInt32($0)) }) { a, _ in a }
    }

    mutating func setRecords(_ table: RecordTable, of kind: RecordKind) { records[kind] = table }

    /// The best position for a subject's field: the field's value, else the record's start.
    public func position(of subject: Subject, field: String?) -> SourcePosition? {
        switch subject {
        case .document:
            return field.flatMap { fieldNumbers[$0] }.flatMap { document[$0] } ?? SourcePosition(line: 1, column: 1)
        case .organisation:
            return organisation.flatMap { o in lookup(o.start, field) { o.fields[$0] } }
                ?? fieldNumbers["organisation"].flatMap { document[$0] }
        case .record(let kind, let i):
            if kind == .organisation { return organisation.flatMap { o in lookup(o.start, field) { o.fields[$0] } } }
            guard let table = records[kind], i >= 0, i < table.count else { return nil }
            return lookup(table.start(i), field) { table.field($0, of: i) }
        }
    }

    /// A field's position in a record that starts at `start`, `find` giving a field number's position.
    private func lookup(_ start: SourcePosition, _ field: String?, _ find: (UInt32) -> SourcePosition?) -> SourcePosition {
        guard let field else { return start }
        if let exact = fieldNumbers[field].flatMap(find) { return exact }
        // `requires.competencies.x` falls back to `requires.competencies`, then `requires`.
        var path = field
        while let dot = path.lastIndex(of: ".") {
            path = String(path[..<dot])
            if let p = fieldNumbers[path].flatMap(find) { return p }
        }
        return start
    }
}

/// The records of one list (every unit, every person, ...) as kept once read: each record's start as two
/// 32-bit numbers and its fields packed one after another in one byte array (`PackedFieldMarks`), with
/// one offset a record. A few arrays for the whole list instead of one array per record: for a chart of
/// 100,000 records that drops an allocation (and its header) per record, about half the source map.
struct RecordTable: Sendable {
    /// Line and column of each record's start.
    private var starts: [UInt32] = []
    /// Where each record's fields end in `bytes` (they begin where the previous record's end).
    private var ends: [UInt32] = []
    private var bytes: [UInt8] = []

    init() {}

    var count: Int { ends.count }

    mutating func append(_ record: SourceMap.Record) {
        starts.append(UInt32(clamping: record.start.line))
        starts.append(UInt32(clamping: record.start.column))
        PackedFieldMarks.encode(record.fields, into: &bytes)
        ends.append(UInt32(bytes.count))
    }

    func start(_ i: Int) -> SourcePosition {
        SourcePosition(line: Int(starts[2 * i]), column: Int(starts[2 * i + 1]))
    }

    /// The position of field number `field` in record `i`, when the record has it.
    func field(_ field: UInt32, of i: Int) -> SourcePosition? {
        let from = i == 0 ? 0 : Int(ends[i - 1])
        return PackedFieldMarks.find(field, in: bytes, from: from, to: Int(ends[i]))
    }

    /// The same table without spare capacity (the lists grew by doubling while the chart was read).
    func fitted() -> RecordTable {
        func fit<E>(_ a: [E]) -> [E] { a.capacity > a.count + a.count / 8 ? a.withUnsafeBufferPointer { Array($0) } : a }
        var t = RecordTable()
        t.starts = fit(starts)
        t.ends = fit(ends)
        t.bytes = fit(bytes)
        return t
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

/// A record's `FieldMarks` as a `RecordTable` keeps them: each field as three variable-length numbers
/// (field number, line as a difference from the previous field's, column), about four bytes a field where
/// `FieldMarks` takes twelve: the source map of a chart of 90,000 records is most of it field positions.
enum PackedFieldMarks {
    static func encode(_ marks: FieldMarks, into out: inout [UInt8]) {
        var line: UInt32 = 0
        for e in marks.entries {
            append(UInt64(e.field), to: &out)
            // The line as a signed difference (zigzag: 0, -1, 1, -2, ... as 0, 1, 2, 3, ...).
            let delta = Int64(e.line) - Int64(line)
            append(UInt64(bitPattern: (delta << 1) ^ (delta >> 63)), to: &out)
            append(UInt64(e.column), to: &out)
            line = e.line
        }
    }

    /// The position of `field` among the marks encoded in `bytes[from..<to]`.
    static func find(_ field: UInt32, in bytes: [UInt8], from: Int, to end: Int) -> SourcePosition? {
        var i = from
        var line: Int64 = 0
        func next() -> UInt64 {
            var value: UInt64 = 0, shift: UInt64 = 0
            while i < end {
                let b = bytes[i]
                i += 1
                value |= UInt64(b & 0x7F) << shift
                if b < 0x80 { break }
                shift += 7
            }
            return value
        }
        while i < end {
            let f = next()
            let zigzag = next()
            line += Int64(bitPattern: zigzag >> 1) ^ -Int64(bitPattern: zigzag & 1)
            let column = next()
            if f == UInt64(field) { return SourcePosition(line: Int(line), column: Int(column)) }
        }
        return nil
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
