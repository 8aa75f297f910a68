public import OrgModel

extension Comparison {
    /// One figure (ukuran) of the comparison: a row of its table, with its name in each language and its
    /// key in the JSON output. One case per figure, so a report or a slide asks for `.netSaving`, never
    /// for a string that may be misspelt.
    public enum Figure: Hashable, Sendable {
        /// Units of one kind (unit dinas, unit bidang, …).
        case units(UnitKind)
        /// Structural posts at one eselon.
        case posts(Eselon)
        /// Seats (formasi) of functional posts.
        case functionalSeats
        /// Seats (formasi) of pelaksana posts.
        case pelaksanaSeats
        /// Layers of the chain of command (lapisan).
        case layers
        case meanSpan, medianSpan
        /// Managers below the narrow span (atasan rentang sempit).
        case narrowManagers
        /// Managers above the wide span (atasan rentang lebar).
        case wideManagers
        /// Staff needed by the workload (kebutuhan pegawai, ABK).
        case need
        /// People in post (pegawai menjabat, bezetting).
        case filled
        case shortage, surplus
        case complianceErrors, complianceWarnings
        /// People without a post (pegawai tanpa jabatan).
        case pool
        /// Structural allowance of filled structural seats a year (Rp).
        case allowance
        /// Gross saving in structural allowance against the first column (Rp).
        case saving
        /// Holders of converted posts (pemangku jabatan yang disetarakan).
        case converted
        /// Converted holders whose kind has no functional allowance table.
        case convertedUncosted
        /// Functional allowance of the converted holders that have a table, a year (Rp).
        case functionalCosted
        /// Functional allowance of all converted holders a year (Rp); not costed when one has no table.
        case functionalConverted
        /// Gross saving less the functional allowance of converted holders (Rp).
        case netSaving
        /// Belanja pegawai of the people in post, by component, a year (Rp).
        case baseSalaryCost, structuralCost, functionalCost, tppCost, totalCost
        /// Change in belanja pegawai against the first column (Rp).
        case netCost
        /// Perangkat daerah typed above what the mapping of affairs warrants.
        case typologyAbove
        /// Perangkat daerah the mapping cannot score yet.
        case typologyUnscored
        /// Recruitment over five years (kebutuhan formasi).
        case formasiRecruit
        /// Of the recruitment, PPPK.
        case formasiPPPK

        /// The table's rows in order: unit kinds some chart has, every eselon, then the fixed figures;
        /// the typology rows only when a chart carries a typology.
        public static func rows(kinds: [UnitKind], typed: Bool) -> [Figure] {
            kinds.map(Figure.units) + Eselon.allCases.map(Figure.posts)
                + [.functionalSeats, .pelaksanaSeats, .layers, .meanSpan, .medianSpan, .narrowManagers, .wideManagers,
                   .need, .filled, .shortage, .surplus, .complianceErrors, .complianceWarnings, .pool,
                   .allowance, .saving, .converted, .convertedUncosted, .functionalCosted, .functionalConverted, .netSaving,
                   .baseSalaryCost, .structuralCost, .functionalCost, .tppCost, .totalCost, .netCost]
                + (typed ? [.typologyAbove, .typologyUnscored] : [])
                + [.formasiRecruit, .formasiPPPK]
        }

        /// The key of the figure in `--format json` (stable: scripts read it).
        public var key: String {
            switch self {
            case .units(let kind): "units.\(kind.rawValue)"
            case .posts(let eselon): "posts.eselon.\(eselon.rawValue)"
            case .functionalSeats: "seats.fungsional"
            case .pelaksanaSeats: "seats.pelaksana"
            case .layers: "layers"
            case .meanSpan: "span.mean"
            case .medianSpan: "span.median"
            case .narrowManagers: "span.narrow"
            case .wideManagers: "span.wide"
            case .need: "need"
            case .filled: "filled"
            case .shortage: "shortage"
            case .surplus: "surplus"
            case .complianceErrors: "compliance.errors"
            case .complianceWarnings: "compliance.warnings"
            case .pool: "pool"
            case .allowance: "allowance"
            case .saving: "saving"
            case .converted: "converted"
            case .convertedUncosted: "converted.uncosted"
            case .functionalCosted: "functional.costed"
            case .functionalConverted: "functional.converted"
            case .netSaving: "saving.net"
            case .baseSalaryCost: "cost.gaji_pokok"
            case .structuralCost: "cost.structural"
            case .functionalCost: "cost.functional"
            case .tppCost: "cost.tpp"
            case .totalCost: "cost.total"
            case .netCost: "cost.net"
            case .typologyAbove: "typology.above"
            case .typologyUnscored: "typology.unscored"
            case .formasiRecruit: "formasi.recruit"
            case .formasiPPPK: "formasi.pppk"
            }
        }

        /// The row's name for people: "tunjangan struktural per tahun (Rp)", "structural allowance a year (Rp)".
        public func label(_ l: Language) -> String {
            switch self {
            case .units(let kind): l.pick("unit \(kind.label(.indonesian))", "units: \(kind.label(.english))")
            case .posts(let eselon): l.pick("jabatan eselon \(eselon.rawValue)", "posts at eselon \(eselon.rawValue)")
            case .functionalSeats: l.pick("formasi fungsional", "functional seats")
            case .pelaksanaSeats: l.pick("formasi pelaksana", "pelaksana seats")
            case .layers: l.pick("lapisan", "layers")
            case .meanSpan: l.pick("rata-rata rentang kendali", "mean span")
            case .medianSpan: l.pick("median rentang kendali", "median span")
            case .narrowManagers: l.pick("atasan rentang sempit", "narrow managers")
            case .wideManagers: l.pick("atasan rentang lebar", "wide managers")
            case .need: l.pick("kebutuhan pegawai (ABK)", "staff needed (ABK)")
            case .filled: l.pick("pegawai menjabat", "people in post")
            case .shortage: l.pick("kekurangan", "shortage")
            case .surplus: l.pick("kelebihan", "surplus")
            case .complianceErrors: l.pick("pelanggaran kepatuhan", "compliance errors")
            case .complianceWarnings: l.pick("saran kepatuhan", "compliance warnings")
            case .pool: l.pick("pegawai tanpa jabatan", "people without a post")
            case .allowance: l.pick("tunjangan struktural per tahun (Rp)", "structural allowance a year (Rp)")
            case .saving: l.pick("penghematan bruto tunjangan struktural (Rp)", "gross saving in structural allowance (Rp)")
            case .converted: l.pick("pemangku jabatan yang disetarakan", "holders of converted posts")
            case .convertedUncosted: l.pick("di antaranya tanpa tabel tunjangan fungsional", "of whom without a functional allowance table")
            case .functionalCosted: l.pick("tunjangan fungsional yang ada tabelnya per tahun (Rp)", "functional allowance with a table a year (Rp)")
            case .functionalConverted: l.pick("tunjangan fungsional pemangku jabatan disetarakan per tahun (Rp)", "functional allowance of converted holders a year (Rp)")
            case .netSaving: l.pick("penghematan neto (Rp)", "net saving (Rp)")
            case .baseSalaryCost: l.pick("gaji pokok per tahun (Rp)", "base salary a year (Rp)")
            case .structuralCost: l.pick("tunjangan struktural pemangku per tahun (Rp)", "structural allowance of holders a year (Rp)")
            case .functionalCost: l.pick("tunjangan fungsional per tahun (Rp)", "functional allowance a year (Rp)")
            case .tppCost: l.pick("TPP per tahun (Rp)", "TPP a year (Rp)")
            case .totalCost: l.pick("belanja pegawai bruto per tahun (Rp)", "gross personnel spending a year (Rp)")
            case .netCost: l.pick("perubahan neto belanja pegawai (Rp)", "net change in personnel spending (Rp)")
            case .typologyAbove: l.pick("perangkat daerah bertipe di atas hasil pemetaan", "perangkat daerah above their warranted type")
            case .typologyUnscored: l.pick("perangkat daerah belum dapat dinilai", "perangkat daerah not yet scored")
            case .formasiRecruit: l.pick("kebutuhan formasi 5 tahun", "recruitment over 5 years")
            case .formasiPPPK: l.pick("di antaranya PPPK", "of which PPPK")
            }
        }

        /// A sum of rupiah, shown whole.
        public var isMoney: Bool {
            switch self {
            case .allowance, .saving, .functionalCosted, .functionalConverted, .netSaving,
                 .baseSalaryCost, .structuralCost, .functionalCost, .tppCost, .totalCost, .netCost: true
            default: false
            }
        }

        /// Kept in the table when zero in every column: no saving is itself the answer.
        var shownWhenZero: Bool { self == .saving || self == .netSaving || self == .netCost }
    }
}
