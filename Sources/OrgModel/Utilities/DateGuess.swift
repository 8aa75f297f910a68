/// Reading the dates people write in place of `YYYY-MM-DD`, to offer the conversion in a message.
///
/// A chart only accepts `YYYY-MM-DD`; these spellings are never accepted silently, only proposed:
/// `15/04/1982`, `15-04-1982`, `15.04.1982` (day first, as Indonesian writes it), `1982/04/15`,
/// `15 April 1982`, `15 Apr 1982`, `15 Agustus 1982` (Indonesian or English month names, full or
/// short), and an Excel serial such as `30056` (days since 1899-12-30, what a date cell becomes when
/// its format is lost).
extension Day {
    /// The day `text` most likely means, or nil when it reads as no date.
    public static func guess(from text: String) -> Day? {
        let t = text.trimmed(of: " \t")
        guard !t.isEmpty, t.count <= 40 else { return nil }
        if t.allSatisfy({ $0.isASCII && $0.isNumber }) {
            guard let serial = Int(t), (1...110_000).contains(serial) else { return nil }
            return excelSerial(serial)
        }
        for separator: Character in ["/", "-", "."] {
            let parts = t.split(separator: separator, omittingEmptySubsequences: false)
            guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
                  let a = Int(parts[0]), let b = Int(parts[1]), let c = Int(parts[2]) else { continue }
            if parts[0].count == 4 { return Day(year: a, month: b, day: c) }
            if parts[2].count == 4 { return Day(year: c, month: b, day: a) }
            return nil
        }
        // "15 April 1982", "15 Apr 1982", "April 15, 1982".
        let words = t.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        guard words.count == 3 else { return nil }
        if let d = Int(words[0]), let m = monthNumber(words[1]), let y = Int(words[2]), words[2].count == 4 {
            return Day(year: y, month: m, day: d)
        }
        if let m = monthNumber(words[0]), let d = Int(words[1]), let y = Int(words[2]), words[2].count == 4 {
            return Day(year: y, month: m, day: d)
        }
        return nil
    }

    /// The day of an Excel serial in the 1900 date system (serial 61 is 1 March 1900; Excel's
    /// fictitious 29 February 1900, serial 60, has no day).
    public static func excelSerial(_ serial: Int) -> Day? {
        guard serial >= 1, serial != 60 else { return nil }
        let base = Day(year: 1899, month: 12, day: 30)!
        return Day(ordinal: base.ordinal + serial + (serial < 60 ? 1 : 0))
    }

    /// The day with this `ordinal` (days since 0001-01-01).
    public init?(ordinal: Int) {
        guard ordinal >= 0 else { return nil }
        var year = ordinal / 366 + 1
        while let next = Day(year: year + 1, month: 1, day: 1), next.ordinal <= ordinal { year += 1 }
        guard var day = Day(year: year, month: 1, day: 1) else { return nil }
        var month = 1
        var rest = ordinal - day.ordinal
        while month < 12, rest >= Day.daysIn(month: month, year: year) {
            rest -= Day.daysIn(month: month, year: year)
            month += 1
        }
        day = Day(year: year, month: month, day: rest + 1) ?? day
        self = day
    }

    /// 1 to 12 for an Indonesian or English month name, full or its first three letters (also
    /// "Agt", "Ags", "Sept").
    static func monthNumber(_ word: String) -> Int? {
        let w = word.lowercased().trimmed(of: ".")
        let names: [[String]] = [
            ["januari", "january", "jan"], ["februari", "february", "feb", "pebruari"], ["maret", "march", "mar"],
            ["april", "apr"], ["mei", "may"], ["juni", "june", "jun"], ["juli", "july", "jul"],
            ["agustus", "august", "agu", "agt", "ags", "aug"], ["september", "sep", "sept"],
            ["oktober", "october", "okt", "oct"], ["november", "nov", "nop", "nopember"], ["desember", "december", "des", "dec"],
        ]
        return names.firstIndex { $0.contains(w) }.map { $0 + 1 }
    }
}

extension String {
    /// Without the leading and trailing characters in `set`.
    func trimmed(of set: String) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return String(s)
    }
}
