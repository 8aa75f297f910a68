public import OrgModel

/// The regulations as checks (`ramping analyse compliance`): size caps, eselon of heads and chains,
/// rank, education, retirement, missing heads, and advice on functional posts.
///
/// Each finding has a stable `rule` id, a severity (error: a breach of a regulation; warning: advice),
/// what it concerns, its legal source and a message. Rules and sources follow `domain-rules.md`.
/// - Complexity: O(units + positions + people)
public struct ComplianceAnalysis: Report {
    public enum Severity: String, Sendable { case error, warning }

    public enum Concern: Sendable, Hashable {
        case unit(String), position(String), person(String)

        var key: String {
            switch self {
            case .unit: "unit"
            case .position: "position"
            case .person: "person"
            }
        }

        var id: String {
            switch self {
            case .unit(let s), .position(let s), .person(let s): s
            }
        }
    }

    public struct Finding: Sendable, Hashable {
        public var rule: String
        public var severity: Severity
        public var concern: Concern
        public var source: String
        public var message: LocalizedText
    }

    public let findings: [Finding]

    public var errors: Int { findings.count { $0.severity == .error } }
    public var warnings: Int { findings.count { $0.severity == .warning } }

    /// The rules this analyser checks, with their sources: the documentation of `rule` ids.
    public static let rules: [(id: String, source: String, what: String)] = [
        ("size.bidang", sizeSource, "bidang per dinas/badan within the cap of its type"),
        ("size.seksi", sizeSource, "seksi per bidang of a dinas (≤ 3), per kecamatan (A 5, B 4), per kelurahan (≤ 3)"),
        ("size.subbidang", sizeSource, "subbidang per bidang of a badan (≤ 3)"),
        ("size.subbagian", sizeSource, "subbagian per sekretariat or bagian within the cap"),
        ("size.asisten", sizeSource, "asisten in the Setda (A/B 3, C 2)"),
        ("size.bagian", sizeSource, "bagian per asisten or in the Setwan"),
        ("size.inspektur-pembantu", sizeSource, "inspektur pembantu in the Inspektorat (A 5, B 4, C 3)"),
        ("size.staf-ahli", sizeSource, "staf ahli of the bupati/wali kota (≤ 3)"),
        ("eselon.head", eselonSource, "the head of each kind of unit has its eselon"),
        ("eselon.chain", eselonSource, "no subordinate has a higher eselon than its superior"),
        ("grade.chain", "kelas jabatan (default rule)", "no subordinate has a higher job class than its superior"),
        ("rank.range", "PP 13/2002; PP 100/2000 Ps 5", "the holder's rank is within the eselon's range (one step below allowed)"),
        ("education.level", "PP 11/2017", "minimum education for the level: pengawas D-III, administrator and JPT S1/D-IV"),
        ("requirement.unmet", "peta jabatan (syarat jabatan)", "the holder meets the post's own minimum rank and education"),
        ("retirement.past", "UU 20/2023 Ps 55; PP 11/2017 Ps 239", "nobody is in post past their retirement age on as_of"),
        ("head.missing", sizeSource, "units that must have a head have a head post"),
        ("head.vacant", "PP 11/2017 (pengisian jabatan)", "head posts are filled (advice: appoint or name a Plt)"),
        ("functional.coverage", "PermenPANRB 17/2021", "pengawas posts in units whose work functional posts cover (advice)"),
        ("layers.depth", "organisation design practice", "no more layers than settings.max_layers (advice)"),
    ]

    static let sizeSource = "PP 18/2016 Ps 74–93 (PP 72/2019)"
    static let eselonSource = "PP 18/2016 Ps 95 (PP 72/2019)"

    public init(_ graph: OrgGraph) {
        var out: [Finding] = []
        func add(_ rule: String, _ severity: Severity, _ concern: Concern, _ source: String, id: String, en: String) {
            out.append(Finding(rule: rule, severity: severity, concern: concern, source: source,
                               message: LocalizedText(id: id, en: en)))
        }
        let units = graph.units, positions = graph.positions
        let inRSUD = ComplianceAnalysis.subtreeFlags(graph) { $0.kind == .rsud }

        // Size caps.
        for (u, unit) in units.enumerated() {
            let children = graph.unitChildren[u]
            func count(_ kind: UnitKind, in list: ArraySlice<Int>? = nil) -> Int {
                (list ?? children).count { units[$0].kind == kind }
            }
            func check(_ rule: String, _ kind: UnitKind, _ n: Int, cap: Int, in place: Int, exception: Bool = false) {
                guard n > cap else { return }
                let name = units[place].name
                let type = units[place].type.map { ($0.rawValue) }
                let forType = type.map { (id: " untuk \(units[place].kind.rawValue) tipe \($0)", en: " for a type \($0) \(units[place].kind.rawValue)") }
                let plus = exception ? (id: " (termasuk pengecualian +2)", en: " (with the +2 exception)") : (id: "", en: "")
                add(rule, .error, .unit(units[place].id), ComplianceAnalysis.sizeSource,
                    id: "\(name) punya \(n) \(kind.rawValue), melebihi batas \(cap)\(forType?.id ?? "")\(plus.id); gabungkan atau hapus \(n - cap)",
                    en: "\(name) has \(n) \(kind.rawValue), over the cap of \(cap)\(forType?.en ?? "")\(plus.en); merge or remove \(n - cap)")
            }
            func sekretariatSubbagian(cap: Int) {
                for s in children where units[s].kind == .sekretariat {
                    check("size.subbagian", .subbagian, count(.subbagian, in: graph.unitChildren[s]), cap: cap, in: s)
                }
            }
            switch (unit.kind, unit.type) {
            case (.dinas, let t?), (.badan, let t?):
                var cap = [UnitType.a: 4, .b: 3, .c: 2][t]!
                var exception = false
                let affairs = Set(unit.affairs)
                if unit.kind == .dinas && (affairs.contains("pekerjaan-umum") || affairs.contains("pertanian")) ||
                    unit.kind == .badan && affairs.contains("keuangan") {
                    cap += 2
                    exception = true
                } else if unit.kind == .dinas && t == .c && affairs.contains("penanaman-modal") {
                    cap = 3
                    exception = true
                }
                check("size.bidang", .bidang, count(.bidang), cap: cap, in: u, exception: exception)
                let sub: UnitKind = unit.kind == .dinas ? .seksi : .subbidang
                for b in children where units[b].kind == .bidang {
                    check(sub == .seksi ? "size.seksi" : "size.subbidang", sub, count(sub, in: graph.unitChildren[b]), cap: 3, in: b)
                }
                sekretariatSubbagian(cap: t == .a ? 3 : 2)
            case (.sekretariatDaerah, let t?):
                check("size.asisten", .asisten, count(.asisten), cap: t == .c ? 2 : 3, in: u)
                for a in children where units[a].kind == .asisten {
                    check("size.bagian", .bagian, count(.bagian, in: graph.unitChildren[a]), cap: t == .a ? 4 : 3, in: a)
                    for b in graph.unitChildren[a] where units[b].kind == .bagian {
                        check("size.subbagian", .subbagian, count(.subbagian, in: graph.unitChildren[b]), cap: 3, in: b)
                    }
                }
            case (.sekretariatDPRD, let t?):
                check("size.bagian", .bagian, count(.bagian), cap: t == .a ? 4 : 3, in: u)
                for b in children where units[b].kind == .bagian {
                    check("size.subbagian", .subbagian, count(.subbagian, in: graph.unitChildren[b]), cap: t == .c ? 2 : 3, in: b)
                }
            case (.inspektorat, let t?):
                check("size.inspektur-pembantu", .inspekturPembantu, count(.inspekturPembantu), cap: [UnitType.a: 5, .b: 4, .c: 3][t]!, in: u)
                sekretariatSubbagian(cap: t == .a ? 3 : 2)
            case (.kecamatan, let t):
                check("size.seksi", .seksi, count(.seksi), cap: t == .a ? 5 : 4, in: u)
                sekretariatSubbagian(cap: 2)
            case (.kelurahan, _):
                check("size.seksi", .seksi, count(.seksi), cap: 3, in: u)
            case (.stafAhli, _):
                let n = graph.unitPositions[u].count
                if n > 3 {
                    add("size.staf-ahli", .error, .unit(unit.id), ComplianceAnalysis.sizeSource,
                        id: "ada \(n) staf ahli, melebihi batas 3", en: "there are \(n) staf ahli, over the cap of 3")
                }
            default: break
            }
        }

        // Heads: missing, vacant, and of the right eselon.
        for (u, unit) in units.enumerated() where !inRSUD[u] || unit.kind == .rsud {
            let head = graph.unitHead[u]
            if head < 0 {
                if ComplianceAnalysis.mustHaveHead(unit.kind) {
                    add("head.missing", .error, .unit(unit.id), ComplianceAnalysis.sizeSource,
                        id: "\(unit.name) tidak punya jabatan kepala; tambahkan jabatan dengan 'head: true'",
                        en: "\(unit.name) has no head post; add a post with 'head: true'")
                }
                continue
            }
            let post = positions[head]
            if post.level != .politik && graph.filled(head) == 0 {
                add("head.vacant", .warning, .position(post.id), "PP 11/2017 (pengisian jabatan)",
                    id: "\(post.title) kosong; isi melalui seleksi atau tunjuk Plt",
                    en: "\(post.title) is vacant; fill it by selection or appoint an acting head (Plt)")
            }
            guard !inRSUD[u], let expected = ComplianceAnalysis.expectedHeadEselon(graph, u) else { continue }
            if post.eselon != expected {
                let actual = post.eselon?.rawValue ?? post.level.rawValue
                add("eselon.head", .error, .position(post.id), ComplianceAnalysis.eselonSource,
                    id: "kepala \(unit.kind.rawValue) harus eselon \(expected.rawValue), tertulis \(actual)",
                    en: "the head of a \(unit.kind.rawValue) must be eselon \(expected.rawValue), not \(actual)")
            }
        }

        // Chains: eselon and job class never higher below than above.
        for (p, post) in positions.enumerated() {
            let s = graph.superior[p]
            guard s >= 0 else { continue }
            let boss = positions[s]
            if let e = post.eselon, let b = boss.eselon, e.isHigher(than: b) {
                add("eselon.chain", .error, .position(post.id), ComplianceAnalysis.eselonSource,
                    id: "eselon \(e.rawValue) lebih tinggi daripada atasannya \(boss.id) (\(b.rawValue))",
                    en: "eselon \(e.rawValue) is higher than its superior \(boss.id) (\(b.rawValue))")
            }
            if let g = post.grade, let bg = boss.grade, g > bg {
                add("grade.chain", .warning, .position(post.id), "kelas jabatan (default rule)",
                    id: "kelas jabatan \(g) melebihi atasannya \(boss.id) (\(bg))",
                    en: "job class \(g) exceeds its superior \(boss.id) (\(bg))")
            }
        }

        // People: rank, education, requirements, retirement.
        for (i, person) in graph.people.enumerated() {
            let p = graph.personPosition[i]
            guard p >= 0 else { continue }
            let post = positions[p]
            let who = "\(person.name) (\(post.id))"
            if let eselon = post.eselon, post.level.isStructural, let rank = person.rank {
                let range = eselon.rankRange
                let lowest = eselon.lowestAcceptedRank
                if rank < lowest {
                    add("rank.range", .error, .person(person.nip), "PP 13/2002; PP 100/2000 Ps 5",
                        id: "\(who): pangkat \(rank.rawValue) di bawah rentang eselon \(eselon.rawValue) (\(range.lowerBound.rawValue)–\(range.upperBound.rawValue), paling rendah \(lowest.rawValue))",
                        en: "\(who): rank \(rank.rawValue) is below the eselon \(eselon.rawValue) range (\(range.lowerBound.rawValue)–\(range.upperBound.rawValue), lowest allowed \(lowest.rawValue))")
                } else if rank > range.upperBound {
                    add("rank.range", .warning, .person(person.nip), "PP 13/2002",
                        id: "\(who): pangkat \(rank.rawValue) di atas rentang eselon \(eselon.rawValue) (\(range.lowerBound.rawValue)–\(range.upperBound.rawValue))",
                        en: "\(who): rank \(rank.rawValue) is above the eselon \(eselon.rawValue) range (\(range.lowerBound.rawValue)–\(range.upperBound.rawValue))")
                }
            }
            if let minimum = post.level.minimumEducation, let education = person.education, education < minimum {
                add("education.level", .error, .person(person.nip), "PP 11/2017",
                    id: "\(who): pendidikan \(education.rawValue) di bawah syarat minimal \(minimum.rawValue) untuk \(post.level.rawValue)",
                    en: "\(who): education \(education.rawValue) is below the \(minimum.rawValue) minimum for \(post.level.rawValue)")
            } else if let required = post.requires.education, let education = person.education, education < required {
                add("requirement.unmet", .warning, .person(person.nip), "peta jabatan (syarat jabatan)",
                    id: "\(who): pendidikan \(education.rawValue) di bawah syarat jabatan \(required.rawValue)",
                    en: "\(who): education \(education.rawValue) is below the post's requirement \(required.rawValue)")
            }
            if let required = post.requires.rank, let rank = person.rank, rank < required, !post.level.isStructural {
                add("requirement.unmet", .warning, .person(person.nip), "peta jabatan (syarat jabatan)",
                    id: "\(who): pangkat \(rank.rawValue) di bawah syarat jabatan \(required.rawValue)",
                    en: "\(who): rank \(rank.rawValue) is below the post's requirement \(required.rawValue)")
            }
            if let age = post.retirementAge, let day = person.retirementDay(atAge: age), day < graph.asOf {
                add("retirement.past", .error, .person(person.nip), "UU 20/2023 Ps 55; PP 11/2017 Ps 239",
                    id: "\(who) mencapai BUP \(age) tahun dan pensiun per \(day); berhentikan dengan hormat dan isi jabatannya",
                    en: "\(who) reached the retirement age of \(age) and retired on \(day); process the retirement and fill the post")
            }
        }

        // Advice: pengawas heads of units whose work functional posts already cover.
        for (u, unit) in units.enumerated() where [.seksi, .subbidang, .subbagian].contains(unit.kind) {
            let head = graph.unitHead[u]
            guard head >= 0, positions[head].level == .pengawas, !ComplianceAnalysis.keepsPengawas(graph, u) else { continue }
            let functional = graph.unitPositions[u].filter { positions[$0].level == .fungsional }.reduce(0) { $0 + positions[$1].seats }
            if functional > 0 {
                add("functional.coverage", .warning, .position(positions[head].id), "PermenPANRB 17/2021",
                    id: "\(unit.name) sudah dikerjakan \(functional) formasi fungsional; pertimbangkan mengalihkan \(positions[head].title) ke jabatan fungsional",
                    en: "the work of \(unit.name) is covered by \(functional) functional seats; consider converting \(positions[head].title) to a functional post")
            }
        }
        if graph.layers > graph.settings.maxLayers {
            add("layers.depth", .warning, .unit(units[graph.rootUnit].id), "organisation design practice",
                id: "rantai komando \(graph.layers) lapis, lebih dari \(graph.settings.maxLayers)",
                en: "the chain of command has \(graph.layers) layers, more than \(graph.settings.maxLayers)")
        }
        findings = out
    }

    static func subtreeFlags(_ graph: OrgGraph, _ mark: (Unit) -> Bool) -> [Bool] {
        var flags = [Bool](repeating: false, count: graph.units.count)
        for u in graph.subtree(of: graph.rootUnit) {   // preorder: parents before children
            flags[u] = mark(graph.units[u]) || (graph.unitParent[u] >= 0 && flags[graph.unitParent[u]])
        }
        return flags
    }

    static func mustHaveHead(_ kind: UnitKind) -> Bool {
        switch kind {
        case .pemda, .stafAhli, .kelompokFungsional: false
        default: true
        }
    }

    /// PP 18/2016 Ps 95: the eselon of the head of each kind of unit.
    static func expectedHeadEselon(_ graph: OrgGraph, _ u: Int) -> Eselon? {
        let unit = graph.units[u]
        let parentKind = graph.unitParent[u] >= 0 ? graph.units[graph.unitParent[u]].kind : nil
        switch unit.kind {
        case .sekretariatDaerah: return .iiA
        case .sekretariatDPRD, .inspektorat, .dinas, .badan, .asisten: return .iiB
        case .sekretariat:
            switch parentKind {
            case .kecamatan: return .iiiB
            case .kelurahan: return .ivB
            default: return .iiiA
            }
        case .inspekturPembantu, .bagian, .kecamatan: return .iiiA
        case .bidang: return .iiiB
        case .subbagian: return parentKind == .upt ? .ivB : .ivA
        case .seksi: return parentKind == .kelurahan ? .ivB : .ivA
        case .subbidang, .kelurahan: return .ivA
        case .upt: return unit.type == .b ? .ivB : .ivA
        default: return nil
        }
    }

    /// Where the Mendagri rules keep pengawas posts (domain rules, section 8).
    static func keepsPengawas(_ graph: OrgGraph, _ u: Int) -> Bool {
        var v = u
        while v >= 0 {
            let unit = graph.units[v]
            switch unit.kind {
            case .sekretariat, .kecamatan, .kelurahan, .upt, .rsud, .sekretariatDaerah: return true
            case .bagian where unit.id.contains("pbj") || unit.name.lowercased().contains("pengadaan"): return true
            default: v = graph.unitParent[v]
            }
        }
        return false
    }

    // MARK: Output

    public func json(_ language: Language) -> JSONValue {
        var byRule: [String: Int] = [:]
        for f in findings { byRule[f.rule, default: 0] += 1 }
        return .object([
            ("findings", .array(findings.map { f in
                .object([("rule", .string(f.rule)), ("severity", .string(f.severity.rawValue)),
                         (f.concern.key, .string(f.concern.id)), ("source", .string(f.source)),
                         ("message", .string(f.message.text(language)))])
            })),
            ("summary", .object([("errors", .int(errors)), ("warnings", .int(warnings)),
                                 ("by_rule", .object(byRule.sorted { $0.key < $1.key }.map { ($0.key, .int($0.value)) }))])),
        ])
    }

    func severityText(_ s: Severity, _ l: Language) -> String {
        s == .error ? l.pick("pelanggaran", "error") : l.pick("saran", "warning")
    }

    public func detailTable(_ l: Language) -> Table {
        Table(title: l.pick("Temuan kepatuhan", "Compliance findings"),
              columns: [l.pick("aturan", "rule"), l.pick("tingkat", "severity"), l.pick("objek", "concerns"), "id",
                        l.pick("dasar hukum", "source"), l.pick("pesan", "message")],
              alignments: [.left, .left, .left, .left, .left, .left],
              rows: sortedFindings.map { [$0.rule, severityText($0.severity, l), $0.concern.key, $0.concern.id, $0.source,
                                          $0.message.text(l)] })
    }

    /// Errors first, then by rule, in chart order within a rule.
    var sortedFindings: [Finding] {
        findings.enumerated().sorted { a, b in
            if a.element.severity != b.element.severity { return a.element.severity == .error }
            if a.element.rule != b.element.rule { return a.element.rule < b.element.rule }
            return a.offset < b.offset
        }.map(\.element)
    }

    public func tables(_ l: Language, limit: Int?) -> [Table] {
        var byRule: [String: (Int, Int)] = [:]
        for f in findings {
            var c = byRule[f.rule] ?? (0, 0)
            if f.severity == .error { c.0 += 1 } else { c.1 += 1 }
            byRule[f.rule] = c
        }
        let sources = Dictionary(ComplianceAnalysis.rules.map { ($0.id, $0.source) }, uniquingKeysWith: { a, _ in a })
        let summary = Table(
            title: l.pick("Kepatuhan: \(errors) pelanggaran, \(warnings) saran", "Compliance: \(errors) errors, \(warnings) warnings"),
            columns: [l.pick("aturan", "rule"), l.pick("pelanggaran", "errors"), l.pick("saran", "warnings"), l.pick("dasar hukum", "source")],
            alignments: [.left, .right, .right, .left],
            rows: byRule.sorted { $0.key < $1.key }.map { [$0.key, String($0.value.0), String($0.value.1), sources[$0.key] ?? ""] })
        return [summary, detailTable(l).limited(to: limit, l)]
    }
}
