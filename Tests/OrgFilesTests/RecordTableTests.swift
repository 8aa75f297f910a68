import Testing
@testable import OrgFiles

/// The source map's packed record lists give back every record's start and field positions as they were
/// added: records without fields, lines going back (a flow mapping spread over lines), numbers past the
/// one-byte and two-byte varint limits, and a field asked of the wrong record.
@Suite struct RecordTableTests {
    @Test func everyRecordAndFieldComesBack() {
        var records: [SourceMap.Record] = []
        for i in 0..<300 {
            var marks = FieldMarks()
            // Record i has i % 4 fields; field numbers and columns cross 127 and 16,383.
            for k in 0..<(i % 4) {
                let line = 1 + i * 70 + (k == 2 ? -1 : k)       // the third field one line before the first
                marks[UInt32(k * 100 + i % 3)] = SourcePosition(line: line, column: 1 + (i * 131 + k) % 20_000)
            }
            records.append(SourceMap.Record(start: SourcePosition(line: 1 + i * 70, column: 3 + i % 5), fields: marks))
        }
        var table = RecordTable()
        for r in records { table.append(r) }
        let fitted = table.fitted()
        #expect(fitted.count == records.count)
        for (i, r) in records.enumerated() {
            #expect(fitted.start(i) == r.start)
            for e in r.fields.entries {
                #expect(fitted.field(e.field, of: i) == SourcePosition(line: Int(e.line), column: Int(e.column)), "record \(i) field \(e.field)")
            }
            // A field number the record does not have, though its neighbours may.
            #expect(fitted.field(999, of: i) == nil)
            if r.fields.entries.isEmpty { #expect(fitted.field(UInt32(i % 3), of: i) == nil) }
        }
    }
}
