public import OrgModel

/// What every analysis returns: a value with one stable JSON form and tables for people.
public protocol Report: Sendable {
    /// The stable JSON form (keys named in the issues and the docs).
    func json(_ language: Language) -> JSONValue
    /// The tables a planner reads, summary first; per-row tables cut to `limit` rows when given.
    func tables(_ language: Language, limit: Int?) -> [Table]
    /// The one table a spreadsheet gets for CSV: the per-row detail.
    func detailTable(_ language: Language) -> Table
}

extension Table {
    /// The first `limit` rows, with a last row saying how many were left out.
    public func limited(to limit: Int?, _ l: Language) -> Table {
        guard let limit, rows.count > limit else { return self }
        var copy = self
        let more = rows.count - limit
        copy.rows = Array(rows.prefix(limit))
        copy.rows.append([l.pick("… \(l.integer(more)) baris lagi (--limit)", "… \(l.integer(more)) more \(more == 1 ? "row" : "rows") (--limit)")]
                         + Array(repeating: "", count: max(0, columns.count - 1)))
        return copy
    }
}

/// A median of whole numbers: the middle value, or the mean of the two middle values.
func median(_ values: [Int]) -> Double {
    guard !values.isEmpty else { return 0 }
    let sorted = values.sorted()
    let mid = sorted.count / 2
    return sorted.count % 2 == 1 ? Double(sorted[mid]) : Double(sorted[mid - 1] + sorted[mid]) / 2
}
