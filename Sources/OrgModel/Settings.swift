/// Every analyser default that a region may override in `organisation.settings`.
///
/// The defaults follow `domain-rules.md`; values marked (default) there were not confirmed against a
/// regulation's text and are settings for exactly that reason.
public struct Settings: Hashable, Sendable {
    /// ABK effective working hours a year (WKE); PermenPANRB 1/2020 uses 1,250.
    public var effectiveHours: Double = 1250
    /// The working-hour figures the sensitivity analysis compares (other regulations use 1,200 and 1,300).
    public var sensitivityHours: [Double] = [1200, 1250, 1300]
    /// A manager with fewer direct-report seats than this is narrow.
    public var spanNarrow: Int = 3
    /// A manager with more direct-report seats than this is wide.
    public var spanWide: Int = 15
    /// More layers than this in the chain of command is a warning sign.
    public var maxLayers: Int = 8
    /// Lower bounds of the effectiveness grades A, B, C, D (EJ above the first is A, at least the second
    /// B, ...; below the last E). PermenPANRB 1/2020 practice: 1.00, 0.90, 0.70, 0.50 (default).
    public var effectivenessGrades: [Double] = [1.0, 0.9, 0.7, 0.5]
    /// How staff need (workload ÷ effective hours) becomes whole people (default half up).
    public var needRounding: NeedRounding = .halfUp

    /// Rounding of staff need to whole people.
    public enum NeedRounding: String, Vocabulary {
        case halfUp = "half-up", up, down
        public static let vocabularyName = "need rounding"
    }

    public init() {}

    /// The names of the settings as the file spells them, for messages and documentation.
    public static let keys = ["effective_hours", "sensitivity_hours", "span_narrow", "span_wide", "max_layers",
                              "ej_grades", "need_rounding"]
}
