public import OrgModel

/// The regulations as checks (`ramping analyse compliance`): size caps, merged affairs, eselon of heads
/// and chains, heads by additional duty, rank, education, retirement, PPPK, missing and vacant heads,
/// and advice on functional posts. The rules, their severities and articles are `ComplianceRule`.
///
/// Each finding is a typed value (`Finding.Detail`) rendered in Indonesian or English with unit names,
/// post titles and people's names, never internal ids; the JSON keeps the ids for scripts.
/// - Complexity: O(units + positions + people)
public struct ComplianceAnalysis: Report {
    public enum Severity: String, Sendable { case error, warning }

    public enum Concern: Sendable, Hashable {
        case unit(String), position(String), person(String)

        public var key: String {
            switch self {
            case .unit: "unit"
            case .position: "position"
            case .person: "person"
            }
        }

        public var id: String {
            switch self {
            case .unit(let s), .position(let s), .person(let s): s
            }
        }
    }

    /// An exception that raised a size cap.
    public enum CapException: Sendable, Hashable { case twoMoreBidang, dpmptspTypeC, mergedTypeA }

    /// What a finding says, with its data.
    public enum Detail: Sendable, Hashable {
        case tooMany(unit: String, kind: UnitKind, count: Int, cap: Int, of: UnitKind, type: UnitType?, exception: CapException?)
        case stafAhli(count: Int, cap: Int)
        case uptClassBSubbagian(unit: String, count: Int)
        case typeMissing(unit: String, kind: UnitKind, unchecked: [UnitKind])
        case typeAboveWarranted(unit: String, type: UnitType, warranted: TypologyAnalysis.Warranted)
        case tooManyAffairs(unit: String, affairs: [Affair], cap: Int)
        case severalFamilies(unit: String, affairs: [Affair])
        case unknownAffair(unit: String, spelling: String)
        case headEselon(unit: String, post: String, expected: Eselon, actual: Eselon?, level: Level)
        case additionalDutyNotAllowed(unit: String, kind: UnitKind, post: String)
        case additionalDutyWrongKind(unit: String, kind: UnitKind, post: String, functionalKind: String?, allowed: [String])
        case hospitalHeadStructural(unit: String, post: String)
        case eselonChain(post: String, eselon: Eselon, superior: String, superiorEselon: Eselon)
        case gradeChain(post: String, grade: Int, superior: String, superiorGrade: Int)
        case rankBelow(person: String, post: String, rank: Rank, eselon: Eselon)
        case rankAbove(person: String, post: String, rank: Rank, eselon: Eselon)
        case rankJenjang(person: String, post: String, rank: Rank, jenjang: Jenjang)
        case education(person: String, post: String, education: Education, minimum: Education, level: Level, jenjang: Jenjang?)
        case requiredEducation(person: String, post: String, education: Education, required: Education)
        case requiredRank(person: String, post: String, rank: Rank, required: Rank)
        case retired(person: String, post: String, age: Int, on: Day)
        case pppkManagerial(person: String, post: String, level: Level)
        case headMissing(unit: String)
        case headVacant(post: String, acting: String?)
        case actingInFilledPost(person: String, post: String)
        case functionalCoverage(unit: String, seats: Int, head: String)
        case layers(count: Int, max: Int)
    }

    public struct Finding: Sendable, Hashable {
        public var rule: ComplianceRule
        public var concern: Concern
        /// The article: the rule's, or the narrower one of the unit's type.
        public var source: String
        public var detail: Detail

        public var severity: Severity { rule.severity }
        public func text(_ l: Language) -> String { detail.text(l) }
        public var message: LocalizedText { LocalizedText(id: text(.indonesian), en: text(.english)) }
    }

    public let findings: [Finding]

    public var errors: Int { findings.count { $0.severity == .error } }
    public var warnings: Int { findings.count { $0.severity == .warning } }

    public init(_ graph: OrgGraph) {
        var out: [Finding] = []
        func add(_ rule: ComplianceRule, _ concern: Concern, _ detail: Detail, source: String? = nil) {
            out.append(Finding(rule: rule, concern: concern, source: source ?? rule.source, detail: detail))
        }
        let units = graph.units, positions = graph.positions, settings = graph.settings
        let inRSUD = ComplianceAnalysis.subtreeFlags(graph) { $0.kind == .rsud }
        func ancestors(_ u: Int) -> [Unit] {
            var list: [Unit] = []
            var v = graph.unitParent[u]
            while v >= 0 && list.count < 3 { list.append(units[v]); v = graph.unitParent[v] }
            return list
        }

        // The type each perangkat daerah warrants by its pemetaan urusan, when the chart gives the figures.
        let typology = graph.chart.typology == nil ? nil : TypologyAnalysis(graph)
        // Size caps (PP 18/2016 Ps 74–93, 102) and merged affairs (Ps 40, 48).
        for (u, unit) in units.enumerated() {
            let children = graph.unitChildren[u]
            func count(_ kind: UnitKind, in list: ArraySlice<Int>? = nil) -> Int {
                (list ?? children).count { units[$0].kind == kind }
            }
            func check(_ rule: ComplianceRule, _ kind: UnitKind, _ n: Int, cap: Int, in place: Int, source: String,
                       exception: CapException? = nil) {
                guard n > cap else { return }
                add(rule, .unit(units[place].id), .tooMany(unit: units[place].name, kind: kind, count: n, cap: cap, of: units[place].kind,
                                                           type: units[place].type, exception: exception), source: source)
            }
            func sekretariatSubbagian(cap: Int, source: String) {
                for s in children where units[s].kind == .sekretariat {
                    check(.sizeSubbagian, .subbagian, count(.subbagian, in: graph.unitChildren[s]), cap: cap, in: s, source: source)
                }
            }
            let typeIndex = unit.type.map { [UnitType.a: 0, .b: 1, .c: 2][$0]! } ?? 0
            switch (unit.kind, unit.type) {
            case (.dinas, let t?), (.satpolPP, let t?), (.badan, let t?):
                let isBadan = unit.kind == .badan
                let article = isBadan ? 85 + typeIndex : 81 + typeIndex
                var cap = [UnitType.a: 4, .b: 3, .c: 2][t]!
                var exception: CapException?
                var source = "PP 18/2016 Ps \(article)(1)"
                let merger = AffairMerger(unit.affairs)
                if merger.hasTwoExtraBidang(unit.kind) {
                    cap += 2
                    exception = .twoMoreBidang
                    source += "; Ps 89"
                } else if unit.kind == .dinas && t == .c && merger.affairs.contains(.penanamanModal) {
                    cap = 3
                    exception = .dpmptspTypeC
                    source = "PP 18/2016 Ps 39(5)"
                } else if t == .a && merger.affairs.count >= 2 {
                    // An affair added to a type A dinas or badan gives a type A with 5 bidang (Ps 40(6), 54(2)).
                    cap = 5
                    exception = .mergedTypeA
                    source = "PP 18/2016 Ps \(article)(1); Ps 40(6), 54(2)"
                }
                check(.sizeBidang, .bidang, count(.bidang), cap: cap, in: u, source: source, exception: exception)
                let sub: UnitKind = isBadan ? .subbidang : .seksi
                for b in children where units[b].kind == .bidang {
                    check(isBadan ? .sizeSubbidang : .sizeSeksi, sub, count(sub, in: graph.unitChildren[b]), cap: 3, in: b,
                          source: "PP 18/2016 Ps \(article)(3)")
                }
                sekretariatSubbagian(cap: t == .a ? 3 : 2, source: "PP 18/2016 Ps \(article)(2)")
            case (.sekretariatDaerah, let t?):
                let article = 74 + typeIndex
                check(.sizeAsisten, .asisten, count(.asisten), cap: t == .c ? 2 : 3, in: u, source: "PP 18/2016 Ps \(article)(1)")
                for a in children where units[a].kind == .asisten {
                    check(.sizeBagian, .bagian, count(.bagian, in: graph.unitChildren[a]), cap: t == .a ? 4 : 3, in: a,
                          source: "PP 18/2016 Ps \(article)(2)")
                    for b in graph.unitChildren[a] where units[b].kind == .bagian {
                        check(.sizeSubbagian, .subbagian, count(.subbagian, in: graph.unitChildren[b]), cap: 3, in: b,
                              source: "PP 18/2016 Ps \(article)(3)")
                    }
                }
            case (.sekretariatDPRD, let t?):
                check(.sizeBagian, .bagian, count(.bagian), cap: t == .a ? 4 : 3, in: u, source: "PP 18/2016 Ps 78(\(1 + 2 * typeIndex))")
                for b in children where units[b].kind == .bagian {
                    check(.sizeSubbagian, .subbagian, count(.subbagian, in: graph.unitChildren[b]), cap: t == .c ? 2 : 3, in: b,
                          source: "PP 18/2016 Ps 78(\(2 + 2 * typeIndex))")
                }
            case (.inspektorat, let t?):
                check(.sizeInspekturPembantu, .inspekturPembantu, count(.inspekturPembantu), cap: [UnitType.a: 5, .b: 4, .c: 3][t]!, in: u,
                      source: "PP 18/2016 Ps 79(\(1 + 2 * typeIndex)) (PP 72/2019)")
                sekretariatSubbagian(cap: t == .a ? 3 : 2, source: "PP 18/2016 Ps 79(\(2 + 2 * typeIndex))")
            case (.kecamatan, let t?):
                let article = t == .a ? 91 : 92
                check(.sizeSeksi, .seksi, count(.seksi), cap: t == .a ? 5 : 4, in: u, source: "PP 18/2016 Ps \(article)(1)")
                sekretariatSubbagian(cap: 2, source: "PP 18/2016 Ps \(article)(2)")
            case (.kelurahan, _):
                check(.sizeSeksi, .seksi, count(.seksi), cap: 3, in: u, source: "PP 18/2016 Ps 93")
            case (.stafAhli, _):
                // Staf ahli are counted by their seats, and only the staf ahli posts (JPT), not their support staff.
                let n = graph.unitPositions[u].filter { positions[$0].level == .jptPratama }.reduce(0) { $0 + positions[$1].seats }
                if n > 3 { add(.sizeStafAhli, .unit(unit.id), .stafAhli(count: n, cap: 3)) }
            case (.upt, .b?):
                // Ps 84(2), 88(2): pelaksana and functional posts, no subbagian; not for schools, puskesmas,
                // hospitals (Ps 84(3)), which a functional head with an additional duty marks.
                let head = graph.unitHead[u]
                let n = count(.subbagian)
                if n > 0 && !(head >= 0 && positions[head].isAdditionalDutyHead) {
                    add(.uptClassB, .unit(unit.id), .uptClassBSubbagian(unit: unit.name, count: n))
                }
            case (let kind, nil) where kind.allowedTypes.count == 3 || kind == .kecamatan:
                let unchecked: [UnitKind] = switch kind {
                case .sekretariatDaerah: [.asisten, .bagian, .subbagian]
                case .sekretariatDPRD: [.bagian, .subbagian]
                case .inspektorat: [.inspekturPembantu, .subbagian]
                case .badan: [.bidang, .subbidang, .subbagian]
                case .kecamatan: [.seksi, .subbagian, .sekretariat]
                default: [.bidang, .seksi, .subbagian]
                }
                add(.typeMissing, .unit(unit.id), .typeMissing(unit: unit.name, kind: kind, unchecked: unchecked))
            default: break
            }
            if let typology, let row = typology.row(unit.id), row.isAboveWarranted, let t = row.chartType, let w = row.warranted {
                add(.typeAboveWarranted, .unit(unit.id), .typeAboveWarranted(unit: unit.name, type: t, warranted: w))
            }
            if [.dinas, .badan, .satpolPP].contains(unit.kind) && !unit.affairs.isEmpty {
                let merger = AffairMerger(unit.affairs)
                for s in merger.unknown { add(.affairUnknown, .unit(unit.id), .unknownAffair(unit: unit.name, spelling: s)) }
                let cap = AffairMerger.cap(unit.kind)
                if merger.affairs.count > cap {
                    add(.mergerAffairs, .unit(unit.id), .tooManyAffairs(unit: unit.name, affairs: merger.affairs, cap: cap),
                        source: unit.kind == .badan ? "PP 18/2016 Ps 48(4)" : "PP 18/2016 Ps 40(5)")
                }
                if !merger.oneFamily {
                    add(.mergerFamily, .unit(unit.id), .severalFamilies(unit: unit.name, affairs: merger.affairs),
                        source: unit.kind == .badan ? "PP 18/2016 Ps 48(2)–(3)" : "PP 18/2016 Ps 40(3)–(4)")
                }
            }
        }

        // Plt (acting) per post: covering, not filling.
        var acting = [[Int]](repeating: [], count: positions.count)
        for (i, person) in graph.people.enumerated() {
            if let a = person.acting, let p = graph.positionIndex[a] { acting[p].append(i) }
        }
        for (p, list) in acting.enumerated() where !list.isEmpty && graph.filled(p) >= positions[p].seats {
            for i in list { add(.actingFilled, .person(graph.people[i].nip), .actingInFilledPost(person: graph.people[i].name, post: positions[p].title)) }
        }

        // Heads: missing, vacant, by additional duty, and of the right eselon.
        for (u, unit) in units.enumerated() where !inRSUD[u] || unit.kind == .rsud {
            let head = graph.unitHead[u]
            if head < 0 {
                if ComplianceAnalysis.mustHaveHead(unit.kind) { add(.headMissing, .unit(unit.id), .headMissing(unit: unit.name)) }
                continue
            }
            let post = positions[head]
            if post.level != .politik && graph.filled(head) == 0 {
                add(.headVacant, .position(post.id), .headVacant(post: post.title, acting: acting[head].first.map { graph.people[$0].name }))
            }
            if post.isAdditionalDutyHead {
                // Ps 95(7)–(9): schools and puskesmas (UPT) and the RSUD, each by its kind of functional post.
                let allowed: Set<String>? = switch unit.kind {
                case .rsud: FunctionalKinds.hospital
                case .upt: FunctionalKinds.education.union(FunctionalKinds.health)
                default: nil
                }
                guard let allowed else {
                    add(.additionalDuty, .position(post.id), .additionalDutyNotAllowed(unit: unit.name, kind: unit.kind, post: post.title))
                    continue
                }
                if let kind = post.functionalKind, !allowed.contains(kind) {
                    add(.additionalDuty, .position(post.id), .additionalDutyWrongKind(unit: unit.name, kind: unit.kind, post: post.title,
                                                                                      functionalKind: kind, allowed: allowed.sorted()))
                }
                continue
            }
            if unit.kind == .rsud && post.level.isStructural {
                add(.additionalDuty, .position(post.id), .hospitalHeadStructural(unit: unit.name, post: post.title), source: "PP 18/2016 Ps 95(8)")
                continue
            }
            if unit.kind == .kecamatan && unit.type == nil { continue }
            if unit.kind == .sekretariat, graph.unitParent[u] >= 0, units[graph.unitParent[u]].kind == .kecamatan,
               units[graph.unitParent[u]].type == nil { continue }
            guard !inRSUD[u], let expected = unit.kind.headEselon(type: unit.type, ancestors: ancestors(u)) else { continue }
            if post.eselon != expected {
                add(.eselonHead, .position(post.id), .headEselon(unit: unit.name, post: post.title, expected: expected, actual: post.eselon, level: post.level),
                    source: UnitKind.headEselonSource(expected))
            }
        }

        // Chains: eselon never higher below than above; job class of non-functional posts likewise.
        for (p, post) in positions.enumerated() {
            let s = graph.superior[p]
            guard s >= 0 else { continue }
            let boss = positions[s]
            if let e = post.eselon, let b = boss.eselon, post.level.isStructural, boss.level.isStructural, e.isHigher(than: b) {
                add(.eselonChain, .position(post.id), .eselonChain(post: post.title, eselon: e, superior: boss.title, superiorEselon: b))
            }
            if post.level != .fungsional, let g = post.grade, let bg = boss.grade, g > bg {
                add(.gradeChain, .position(post.id), .gradeChain(post: post.title, grade: g, superior: boss.title, superiorGrade: bg))
            }
        }

        // People: rank, education, requirements, retirement, PPPK.
        for (i, person) in graph.people.enumerated() {
            let p = graph.personPosition[i]
            guard p >= 0 else { continue }
            let post = positions[p]
            let who = person.nip
            if let eselon = post.eselon, post.level.isStructural, let rank = person.rank {
                if rank < eselon.lowestAcceptedRank {
                    add(.rankRange, .person(who), .rankBelow(person: person.name, post: post.title, rank: rank, eselon: eselon))
                } else if rank > eselon.rankRange.upperBound {
                    add(.rankAboveRange, .person(who), .rankAbove(person: person.name, post: post.title, rank: rank, eselon: eselon))
                }
            }
            if post.level == .fungsional, let jenjang = post.jenjang, let rank = person.rank, rank < jenjang.rankRange.lowerBound {
                add(.rankJenjang, .person(who), .rankJenjang(person: person.name, post: post.title, rank: rank, jenjang: jenjang))
            }
            if let minimum = post.minimumEducation(settings), let education = person.education, education < minimum {
                let source: String = switch post.level {
                case .pengawas: "PP 11/2017 Ps 54(3) huruf b"
                case .administrator: "PP 11/2017 Ps 54(1) huruf b"
                case .jptPratama: "PP 11/2017 Ps 107"
                default: post.jenjang?.isKeahlian == true ? "syarat jabatan fungsional keahlian: S1/D-IV" : "syarat jabatan (nilai bawaan)"
                }
                add(.educationLevel, .person(who), .education(person: person.name, post: post.title, education: education, minimum: minimum,
                                                              level: post.level, jenjang: post.jenjang), source: source)
            } else if let required = post.requires.education, let education = person.education, education < required {
                add(.requirementUnmet, .person(who), .requiredEducation(person: person.name, post: post.title, education: education, required: required))
            }
            if let required = post.requires.rank, let rank = person.rank, rank < required, !post.level.isStructural {
                add(.requirementUnmet, .person(who), .requiredRank(person: person.name, post: post.title, rank: rank, required: required))
            }
            if let age = post.retirementAge(settings), let day = person.retirementDay(atAge: age), day < graph.asOf {
                add(.retirementPast, .person(who), .retired(person: person.name, post: post.title, age: age, on: day))
            }
            if person.isPPPK && (post.level == .administrator || post.level == .pengawas) {
                add(.pppkManagerial, .person(who), .pppkManagerial(person: person.name, post: post.title, level: post.level))
            }
        }

        // Advice: pengawas heads of units whose work functional posts already cover.
        for (u, unit) in units.enumerated() where [.seksi, .subbidang, .subbagian].contains(unit.kind) {
            let head = graph.unitHead[u]
            guard head >= 0, positions[head].level == .pengawas, !graph.keepsPengawas(u) else { continue }
            let functional = graph.unitPositions[u].filter { positions[$0].level == .fungsional }.reduce(0) { $0 + positions[$1].seats }
            if functional > 0 {
                add(.functionalCoverage, .position(positions[head].id), .functionalCoverage(unit: unit.name, seats: functional, head: positions[head].title))
            }
        }
        if graph.layers > settings.maxLayers {
            add(.layersDepth, .unit(units[graph.rootUnit].id), .layers(count: graph.layers, max: settings.maxLayers))
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

    // MARK: Output

    public func json(_ language: Language) -> JSONValue {
        var byRule: [String: Int] = [:]
        for f in findings { byRule[f.rule.id, default: 0] += 1 }
        return .object([
            ("findings", .array(findings.map { f in
                .object([("rule", .string(f.rule.id)), ("severity", .string(f.severity.rawValue)),
                         (f.concern.key, .string(f.concern.id)), ("source", .string(f.source)),
                         ("message", .string(f.text(language)))])
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
              columns: [l.pick("aturan", "rule"), l.pick("tingkat", "severity"), l.pick("dasar hukum", "source"), l.pick("temuan", "finding")],
              alignments: [.left, .left, .left, .left],
              rows: sortedFindings.map { [$0.rule.summary(l), severityText($0.severity, l), $0.source, $0.text(l)] })
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
        var byRule: [ComplianceRule: (Int, Int)] = [:]
        for f in findings {
            var c = byRule[f.rule] ?? (0, 0)
            if f.severity == .error { c.0 += 1 } else { c.1 += 1 }
            byRule[f.rule] = c
        }
        let summary = Table(
            title: l.pick("Kepatuhan: \(l.integer(errors)) pelanggaran, \(l.integer(warnings)) saran",
                          "Compliance: \(l.integer(errors)) errors, \(l.integer(warnings)) warnings"),
            columns: [l.pick("aturan", "rule"), l.pick("pelanggaran", "errors"), l.pick("saran", "warnings"), l.pick("dasar hukum", "source")],
            alignments: [.left, .right, .right, .left],
            rows: byRule.sorted { $0.key < $1.key }.map { [$0.key.summary(l), l.integer($0.value.0), l.integer($0.value.1), $0.key.source] })
        return [summary, detailTable(l).limited(to: limit, l)]
    }
}

extension OrgGraph {
    /// Whether a pengawas post in unit `u` stays after simplification (Mendagri letter 800/2603/OTDA,
    /// domain rules section 8): in the sekretariat of a dinas, badan or Inspektorat; every pengawas in the
    /// Setwan; in a kecamatan, kelurahan, UPT or RSUD; in the Setda only the Kasubbag Tata Usaha and the
    /// procurement (PBJ) units.
    public func keepsPengawas(_ u: Int) -> Bool {
        var v = u
        while v >= 0 {
            let unit = units[v]
            switch unit.kind {
            case .sekretariat, .sekretariatDPRD, .kecamatan, .kelurahan, .upt, .rsud: return true
            case .sekretariatDaerah: return false
            default:
                let name = unit.name.lowercased()
                if name.contains("tata usaha") || name.contains("pengadaan") || unit.id.split(separator: ".").contains("pbj") { return true }
                v = unitParent[v]
            }
        }
        return false
    }
}

extension ComplianceAnalysis.Detail {
    /// The finding in the planner's words.
    public func text(_ l: Language) -> String {
        func typeText(_ kind: UnitKind, _ type: UnitType?) -> String {
            guard let type else { return "" }
            return l.pick(" untuk \(kind.label(l)) tipe \(type.rawValue)", " for a type \(type.rawValue) \(kind.label(l))")
        }
        func affairs(_ list: [Affair]) -> String { list.map(\.name).joined(separator: "; ") }
        switch self {
        case .tooMany(let unit, let kind, let count, let cap, let of, let type, let exception):
            let plus: String = switch exception {
            case .twoMoreBidang: l.pick(" (termasuk tambahan 2 bidang)", " (with the 2 extra bidang)")
            case .dpmptspTypeC: l.pick(" (DPMPTSP tipe C)", " (DPMPTSP of type C)")
            case .mergedTypeA: l.pick(" (gabungan urusan tipe A: 5 bidang)", " (a type A of merged affairs: 5 bidang)")
            case nil: ""
            }
            return l.pick("\(unit) punya \(count) \(kind.label(l)), melebihi batas \(cap)\(typeText(of, type))\(plus); gabungkan atau hapus \(count - cap)",
                          "\(unit) has \(count) \(kind.label(l)), over the cap of \(cap)\(typeText(of, type))\(plus); merge or remove \(count - cap)")
        case .stafAhli(let count, let cap):
            return l.pick("ada \(count) staf ahli, melebihi batas \(cap); kurangi formasi staf ahli",
                          "there are \(count) staf ahli, over the cap of \(cap); reduce the staf ahli seats")
        case .uptClassBSubbagian(let unit, let count):
            return l.pick("\(unit) adalah UPT kelas B tetapi punya \(count) subbagian; UPT kelas B hanya berisi pelaksana dan kelompok jabatan fungsional",
                          "\(unit) is a class B UPT but has \(count) subbagian; a class B UPT has only pelaksana and functional posts")
        case .typeAboveWarranted(let unit, let type, let warranted):
            return l.pick("\(unit) bertipe \(type.rawValue), padahal menurut pemetaan urusan hanya layak \(warranted.label(l)); turunkan tipenya atau periksa nilai indikatornya",
                          "\(unit) is type \(type.rawValue), but its mapping of affairs warrants only \(warranted.label(l)); lower its type or check its indicator values")
        case .typeMissing(let unit, let kind, let unchecked):
            let list = unchecked.map { $0.label(l) }.joined(separator: ", ")
            return l.pick("\(unit) (\(kind.label(l))) tanpa tipe; batas jumlah \(list) dan eselon yang bergantung pada tipe tidak diperiksa; tulis 'type: A', 'B' atau 'C'",
                          "\(unit) (\(kind.label(l))) has no type; the caps on \(list) and the eselons that depend on the type were not checked; write 'type: A', 'B' or 'C'")
        case .tooManyAffairs(let unit, let list, let cap):
            return l.pick("\(unit) menggabungkan \(list.count) urusan (\(affairs(list))), lebih dari \(cap); pisahkan sebagian ke perangkat daerah lain",
                          "\(unit) merges \(list.count) affairs (\(affairs(list))), more than \(cap); move some to another perangkat daerah")
        case .severalFamilies(let unit, let list):
            return l.pick("\(unit) menggabungkan urusan dari rumpun berbeda (\(affairs(list))); gabungkan hanya urusan satu rumpun",
                          "\(unit) merges affairs of different families (\(affairs(list))); merge only affairs of one family")
        case .unknownAffair(let unit, let spelling):
            return l.pick("\(unit): urusan \"\(spelling)\" tidak dikenal; tulis nama urusan menurut UU 23/2014 (misalnya pekerjaan-umum, kesehatan)",
                          "\(unit): affair \"\(spelling)\" is unknown; name it as UU 23/2014 does (e.g. pekerjaan-umum, kesehatan)")
        case .headEselon(let unit, let post, let expected, let actual, let level):
            let written = actual.map { l.pick("eselon \($0.rawValue)", "eselon \($0.rawValue)") } ?? level.label(l)
            return l.pick("\(post) (kepala \(unit)) harus eselon \(expected.rawValue), tertulis \(written)",
                          "\(post) (head of \(unit)) must be eselon \(expected.rawValue), not \(written)")
        case .additionalDutyNotAllowed(let unit, let kind, let post):
            return l.pick("\(post) memimpin \(unit) sebagai tugas tambahan jabatan fungsional, padahal kepala \(kind.label(l)) adalah jabatan struktural; jadikan jabatan struktural",
                          "\(post) heads \(unit) as an additional duty of a functional post, but the head of a \(kind.label(l)) is a structural post; make it structural")
        case .additionalDutyWrongKind(let unit, _, let post, let functionalKind, let allowed):
            let kind = functionalKind.map(FunctionalKinds.name) ?? "?"
            return l.pick("\(post) (\(kind)) memimpin \(unit); kepala sekolah, puskesmas atau RSUD dijabat \(allowed.map(FunctionalKinds.name).joined(separator: ", "))",
                          "\(post) (\(kind)) heads \(unit); a school, puskesmas or RSUD is headed by \(allowed.map(FunctionalKinds.name).joined(separator: ", "))")
        case .hospitalHeadStructural(let unit, let post):
            return l.pick("\(post) memimpin \(unit) sebagai jabatan struktural; direktur RSUD dijabat dokter atau dokter gigi fungsional dengan tugas tambahan",
                          "\(post) heads \(unit) as a structural post; the RSUD is headed by a functional doctor or dentist with an additional duty")
        case .eselonChain(let post, let eselon, let superior, let superiorEselon):
            return l.pick("\(post) eselon \(eselon.rawValue) lebih tinggi daripada atasannya \(superior) (\(superiorEselon.rawValue))",
                          "\(post) at eselon \(eselon.rawValue) is higher than its superior \(superior) (\(superiorEselon.rawValue))")
        case .gradeChain(let post, let grade, let superior, let superiorGrade):
            return l.pick("\(post): kelas jabatan \(grade) melebihi atasannya \(superior) (\(superiorGrade))",
                          "\(post): job class \(grade) exceeds its superior \(superior) (\(superiorGrade))")
        case .rankBelow(let person, let post, let rank, let eselon):
            let r = eselon.rankRange
            return l.pick("\(person) (\(post)): pangkat \(rank.rawValue) di bawah rentang eselon \(eselon.rawValue) (\(r.lowerBound.rawValue)–\(r.upperBound.rawValue), paling rendah \(eselon.lowestAcceptedRank.rawValue))",
                          "\(person) (\(post)): rank \(rank.rawValue) is below the eselon \(eselon.rawValue) range (\(r.lowerBound.rawValue)–\(r.upperBound.rawValue), lowest allowed \(eselon.lowestAcceptedRank.rawValue))")
        case .rankAbove(let person, let post, let rank, let eselon):
            let r = eselon.rankRange
            return l.pick("\(person) (\(post)): pangkat \(rank.rawValue) di atas rentang eselon \(eselon.rawValue) (\(r.lowerBound.rawValue)–\(r.upperBound.rawValue))",
                          "\(person) (\(post)): rank \(rank.rawValue) is above the eselon \(eselon.rawValue) range (\(r.lowerBound.rawValue)–\(r.upperBound.rawValue))")
        case .rankJenjang(let person, let post, let rank, let jenjang):
            let r = jenjang.rankRange
            return l.pick("\(person) (\(post)): pangkat \(rank.rawValue) di bawah rentang jenjang \(jenjang.label) (\(r.lowerBound.rawValue)–\(r.upperBound.rawValue))",
                          "\(person) (\(post)): rank \(rank.rawValue) is below the \(jenjang.label) range (\(r.lowerBound.rawValue)–\(r.upperBound.rawValue))")
        case .education(let person, let post, let education, let minimum, let level, let jenjang):
            let what = jenjang.map { "\(level.label(l)) \($0.label)" } ?? level.label(l)
            return l.pick("\(person) (\(post)): pendidikan \(education.rawValue) di bawah syarat minimal \(minimum.rawValue) untuk jabatan \(what)",
                          "\(person) (\(post)): education \(education.rawValue) is below the \(minimum.rawValue) minimum for a \(what) post")
        case .requiredEducation(let person, let post, let education, let required):
            return l.pick("\(person) (\(post)): pendidikan \(education.rawValue) di bawah syarat jabatan \(required.rawValue)",
                          "\(person) (\(post)): education \(education.rawValue) is below the post's requirement \(required.rawValue)")
        case .requiredRank(let person, let post, let rank, let required):
            return l.pick("\(person) (\(post)): pangkat \(rank.rawValue) di bawah syarat jabatan \(required.rawValue)",
                          "\(person) (\(post)): rank \(rank.rawValue) is below the post's requirement \(required.rawValue)")
        case .retired(let person, let post, let age, let day):
            return l.pick("\(person) (\(post)) mencapai BUP \(age) tahun dan pensiun per \(l.date(day)); berhentikan dengan hormat dan isi jabatannya",
                          "\(person) (\(post)) reached the retirement age of \(age) and retired on \(l.date(day)); process the retirement and fill the post")
        case .pppkManagerial(let person, let post, let level):
            return l.pick("\(person) (\(post)) berstatus PPPK pada jabatan \(level.label(l)); jabatan ini mensyaratkan PNS kecuali dalam hal yang ditentukan undang-undang",
                          "\(person) (\(post)) is a PPPK in a \(level.label(l)) post; the post requires a PNS except where the law allows")
        case .headMissing(let unit):
            return l.pick("\(unit) tidak punya jabatan kepala; tambahkan jabatan dengan 'head: true'",
                          "\(unit) has no head post; add a post with 'head: true'")
        case .headVacant(let post, let acting):
            if let acting {
                return l.pick("\(post) kosong dan dijabat Plt \(acting); isi secara definitif melalui seleksi",
                              "\(post) is vacant and covered by \(acting) as Plt; fill it by selection")
            }
            return l.pick("\(post) kosong; isi melalui seleksi atau tunjuk Plt",
                          "\(post) is vacant; fill it by selection or appoint an acting head (Plt)")
        case .actingInFilledPost(let person, let post):
            return l.pick("\(person) ditulis sebagai Plt \(post), padahal jabatan itu terisi; hapus 'acting'",
                          "\(person) is written as Plt of \(post), but the post is filled; remove 'acting'")
        case .functionalCoverage(let unit, let seats, let head):
            return l.pick("\(unit) sudah dikerjakan \(seats) formasi fungsional; pertimbangkan penyetaraan \(head) ke jabatan fungsional",
                          "the work of \(unit) is covered by \(seats) functional seats; consider converting \(head) to a functional post")
        case .layers(let count, let max):
            return l.pick("rantai komando \(count) lapis, lebih dari \(max)", "the chain of command has \(count) layers, more than \(max)")
        }
    }
}
