extension Int {
    /// `value` rounded toward zero, saturating at `Int.min`/`Int.max` (0 for NaN): a conversion that
    /// cannot stop the program, for figures computed from a chart's measures.
    public init(saturating value: Double) {
        if value.isNaN { self = 0 }
        else if value >= 9.223372036854775e18 { self = .max }
        else if value <= -9.223372036854775e18 { self = .min }
        else { self = Int(value) }
    }
}
