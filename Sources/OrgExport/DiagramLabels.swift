import OrgModel

/// The words a planner reads on a diagram for the chart's vocabularies: "Sekretariat Daerah", "Ahli
/// Pertama", "Administrator", never the file's slug (`sekretariat-daerah`, `ahli-pertama`). The words
/// come from the vocabularies' own `label(_:)`; only what a diagram says differently lives here.
enum DiagramLabel {
    /// The name of a unit kind: "Sekretariat Daerah", "Dinas", "Kelompok Jabatan Fungsional".
    static func unitKind(_ kind: UnitKind, _ l: Language) -> String { kind.label(l) }

    /// A unit kind as it heads a group of several: "Dinas", "Kecamatan", "UPT".
    static func unitKindGroup(_ kind: UnitKind, _ l: Language) -> String { kind.label(l) }

    /// "Ahli Pertama", "Terampil".
    static func jenjang(_ j: Jenjang, _ l: Language) -> String { j.label(l) }

    /// "JPT Pratama", "Administrator", "Pelaksana"; a political post is "Jabatan politik" in a legend.
    static func level(_ level: Level, _ l: Language) -> String {
        level == .politik ? l.pick("Jabatan politik", "Political post") : level.label(l)
    }

    /// "Tipe A" / "Type A".
    static func type(_ t: UnitType, _ l: Language) -> String { l.pick("Tipe \(t.rawValue)", "Type \(t.rawValue)") }

    /// The date a chart describes, for a title: "per 1 Januari 2026" / "as of 1 January 2026".
    static func asOf(_ day: Day, _ l: Language) -> String { l.pick("per ", "as of ") + l.date(day) }
}
