/// Retirement age (batas usia pensiun, BUP) and day, by the level of the post held and the kind of a
/// functional post (UU 20/2023 Ps 55; PP 11/2017 Ps 239–240).
extension Position {
    /// JPT 60; administrator, pengawas and pelaksana 58; functional: the age a law sets for the kind
    /// (guru 60, UU 14/2005 Ps 30(4); dosen 65), else ahli utama 65, ahli madya 60, other levels 58.
    /// Political posts have none. `settings.retirement_age` overrides the age of a kind.
    public func retirementAge(_ settings: Settings) -> Int? {
        switch level {
        case .politik: return nil
        case .jptPratama: return 60
        case .administrator, .pengawas, .pelaksana: return 58
        case .fungsional:
            if let kind = functionalKind, let age = settings.retirementAgeByKind[kind] ?? FunctionalKinds.rule(kind)?.retirementAge {
                return age
            }
            switch jenjang {
            case .ahliUtama: return 65
            case .ahliMadya: return 60
            default: return 58
            }
        }
    }

    /// The retirement age by the default table (no chart overrides).
    public var retirementAge: Int? { retirementAge(Settings()) }
}

extension Person {
    /// The last day in service: the end of the month in which the person reaches `age`.
    public func retirementDay(atAge age: Int) -> Day? {
        birthDate.map { $0.adding(years: age).endOfMonth }
    }
}
