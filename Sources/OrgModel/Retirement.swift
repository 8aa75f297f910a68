/// Retirement age (batas usia pensiun, BUP) and day, by the level of the post held (UU 20/2023 Ps 55;
/// PP 11/2017 Ps 239).
extension Position {
    /// JPT 60; administrator, pengawas and pelaksana 58; functional ahli utama 65, ahli madya 60, other
    /// functional levels 58. Political posts have none.
    public var retirementAge: Int? {
        switch level {
        case .politik: nil
        case .jptPratama: 60
        case .administrator, .pengawas, .pelaksana: 58
        case .fungsional:
            switch jenjang {
            case .ahliUtama: 65
            case .ahliMadya: 60
            default: 58
            }
        }
    }
}

extension Person {
    /// The last day in service: the end of the month in which the person reaches `age`.
    public func retirementDay(atAge age: Int) -> Day? {
        birthDate.map { $0.adding(years: age).endOfMonth }
    }
}
