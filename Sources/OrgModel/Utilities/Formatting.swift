/// Numbers, money and dates as a reader of each language expects them.
///
/// Indonesian writes a decimal comma and groups thousands with dots ("4,09", "5.986.260.000",
/// "1 Januari 2026"); English writes "4.09", "5,986,260,000", "1 January 2026". Every report, message
/// and picture people read formats through these, so the two never mix on one page.
extension Language {
    /// The decimal separator: a comma in Indonesian, a point in English.
    public var decimalSeparator: Character { self == .indonesian ? "," : "." }
    /// The thousands separator: a point in Indonesian, a comma in English.
    public var groupingSeparator: Character { self == .indonesian ? "." : "," }

    /// A whole number with thousands grouped: `1.164` (id), `1,164` (en).
    ///
    ///     Language.indonesian.integer(5_986_260_000)  // "5.986.260.000"
    public func integer(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var out = ""
        out.reserveCapacity(digits.count + digits.count / 3 + 1)
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(groupingSeparator) }
            out.append(c)
        }
        return value < 0 ? "-" + out : out
    }

    /// A number: whole values without decimals, others with `decimals` places (trailing zeros kept, so
    /// a column lines up): `4,09` (id), `4.09` (en). Not finite: "–".
    public func number(_ value: Double, decimals: Int = 2) -> String {
        guard value.isFinite else { return "–" }
        var scale = 1.0
        for _ in 0..<max(0, decimals) { scale *= 10 }
        let scaled = (value * scale).rounded()
        // Past about 9e15 a Double holds no fraction worth printing; keep the conversion total.
        guard abs(scaled) < 9e15 else { return integer(Int(exactly: value.rounded()) ?? (value < 0 ? Int.min : Int.max)) }
        let whole = Int(scaled)
        let unit = Int(scale)
        if whole % unit == 0 { return integer(whole / unit) }
        let sign = whole < 0 ? "-" : ""
        let magnitude = whole.magnitude
        let fraction = String(magnitude % UInt(unit))
        let padded = String(repeating: "0", count: decimals - fraction.count) + fraction
        return sign + integer(Int(magnitude / UInt(unit))) + String(decimalSeparator) + padded
    }

    /// A sum of rupiah: `Rp 1.198.800.000` (id), `Rp 1,198,800,000` (en).
    public func rupiah(_ value: Int) -> String {
        value < 0 ? "−Rp " + integer(-value) : "Rp " + integer(value)
    }

    /// A percentage with one decimal: `12,5%` (id), `12.5%` (en).
    public func percent(_ fraction: Double, decimals: Int = 1) -> String {
        number(fraction * 100, decimals: decimals) + "%"
    }

    /// The name of a month, 1 to 12.
    public func monthName(_ month: Int) -> String {
        let id = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
                  "Oktober", "November", "Desember"]
        let en = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                  "October", "November", "December"]
        guard (1...12).contains(month) else { return String(month) }
        return pick(id[month - 1], en[month - 1])
    }

    /// A date as people write it: `1 Januari 2026` (id), `1 January 2026` (en).
    public func date(_ day: Day) -> String {
        "\(day.day) \(monthName(day.month)) \(day.year)"
    }
}
