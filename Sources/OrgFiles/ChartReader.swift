import OrgModel

/// Reads the YAML of an OrgChart file into an `OrgChart`, checking every field's type, vocabulary,
/// range and date, and recording where each record and field was written.
///
/// A record whose own fields are broken is still kept (with stand-in values) so that references to it
/// resolve; `incomplete` lists such records, and cross-record checks on them wait until they are fixed.
struct ChartReader {
    let context: ReadContext
    var map = SourceMap()
    var incomplete: Set<Subject> = []
    var asOfMissing = false

    init(context: ReadContext) { self.context = context }

    static let topKeys = ["format", "organisation", "competencies", "units", "positions", "people", "career_paths", "typology"]

    mutating func read(_ root: Node) -> OrgChart? {
        guard let top = root.mapping else {
            context.add(.error, root.mark, nil, .wrongType(field: "format", expected: .mapping, found: describe(root)))
            return nil
        }
        var doc = YAMLFields(top, known: Self.topKeys, context: context, record: nil)
        doc.reportPending()
        map.document = doc.marks
        if let format = doc.scalar("format", required: false) {
            if format != OrgChart.format { doc.fail("format", doc.values["format"], .formatUnsupported(found: format)) }
        } else if doc.values["format"] == nil {
            context.add(.error, at: SourcePosition(line: 1, column: 1), nil, .formatMissing)
        }

        var organisation = Organisation(id: "", name: "", region: .kabupaten, asOf: Day(year: 1970, month: 1, day: 1)!)
        if let node = doc.node("organisation", required: true) {
            if let m = node.mapping {
                organisation = readOrganisation(m)
            } else {
                doc.fail("organisation", node, .wrongType(field: "organisation", expected: .mapping, found: describe(node)))
                asOfMissing = true
            }
        } else {
            asOfMissing = true
        }
        var chart = OrgChart(organisation: organisation)
        chart.competencies = readList(&doc, "competencies", kind: .competency, streamed: take(&streamedCompetencies), read: readCompetency)
        chart.units = readList(&doc, "units", kind: .unit, streamed: take(&streamedUnits), read: readUnit)
        chart.positions = readList(&doc, "positions", kind: .position, streamed: take(&streamedPositions), read: readPosition)
        chart.people = readList(&doc, "people", kind: .person, streamed: take(&streamedPeople), read: readPerson)
        chart.careerPaths = readList(&doc, "career_paths", kind: .careerPath, streamed: take(&streamedCareerPaths), read: readCareerPath)
        if let node = doc.node("typology", required: false) {
            let kecamatan = chart.units.filter { $0.kind == .kecamatan }.map(\.id)
            if let m = node.mapping { chart.typology = readTypology(m, kecamatan: kecamatan) }
            else if let name = node.scalar?.string { chart.typology = readTypologyFile(name, at: node, kecamatan: kecamatan) }
            else { doc.fail("typology", node, .wrongType(field: "typology", expected: .mapping, found: describe(node))) }
        }
        return chart
    }

    /// The lists read record by record as the parser meets them (`YAMLTree.singleRoot(_:streaming:item:)`).
    static let streamedKeys: Set<String> = ["competencies", "units", "positions", "people", "career_paths"]
    var streamedCompetencies: RecordList<Competency>?
    var streamedUnits: RecordList<OrgModel.Unit>?
    var streamedPositions: RecordList<Position>?
    var streamedPeople: RecordList<Person>?
    var streamedCareerPaths: RecordList<CareerPath>?

    /// A streamed list, moved out (so that its arrays are not copied when they are changed).
    private func take<T>(_ list: inout RecordList<T>?) -> RecordList<T>? {
        defer { list = nil }
        return list
    }

    /// Reads one item of a streamed list.
    mutating func stream(_ key: String, _ node: Node) {
        func add<T>(_ list: inout RecordList<T>?, _ read: (Node.Mapping) -> (T, SourceMap.Record, Bool)?) {
            if list == nil { list = RecordList() }
            list!.add(node, key: key, context: context, read: read)
        }
        // The record readers need only the context: a fresh reader, so that no copy of the lists is made.
        let r = ChartReader(context: context)
        switch key {
        case "competencies": add(&streamedCompetencies, r.readCompetency)
        case "units": add(&streamedUnits, r.readUnit)
        case "positions": add(&streamedPositions, r.readPosition)
        case "people": add(&streamedPeople, r.readPerson)
        case "career_paths": add(&streamedCareerPaths, r.readCareerPath)
        default: break
        }
    }

    /// Reads a section that is a list of mappings, one record each; records without a usable id are dropped.
    /// `streamed` holds the records when they were read as the parser met them.
    mutating func readList<T>(_ doc: inout YAMLFields, _ key: String, kind: RecordKind, streamed: consuming RecordList<T>?,
                              read: (Node.Mapping) -> (T, SourceMap.Record, Bool)?) -> [T] {
        guard let nodes = doc.list(key) else { return [] }
        var list = (consume streamed) ?? RecordList()
        for node in nodes { list.add(node, key: key, context: context, read: read) }
        for i in list.incomplete { incomplete.insert(.record(kind, i)) }
        map.setRecords(list.records.fitted(), of: kind)
        return fitted(list.items)
    }

    /// The same elements without spare capacity: a list grown by doubling holds up to twice what it needs,
    /// and the chart keeps its lists for as long as it lives.
    private func fitted<E>(_ a: [E]) -> [E] {
        guard a.capacity > a.count + a.count / 8 else { return a }
        return a.withUnsafeBufferPointer { Array($0) }
    }

    mutating func readOrganisation(_ m: Node.Mapping) -> Organisation {
        let label = RecordLabel(.organisation, nil)
        var f = YAMLFields(m, known: ["id", "name", "region", "province", "geo_factor", "as_of", "apbd", "settings"],
                           context: context, record: label, prefix: "")
        let id = f.slug("id", required: true) ?? ""
        let name = f.text("name", required: true) ?? ""
        let region = f.vocabulary("region", Region.self, required: true) ?? .kabupaten
        let province = f.text("province")
        let geo = f.number("geo_factor", range: 1.0...1.5, rangeText: "1.0–1.5")
        let asOf = f.date("as_of", required: true)
        if asOf == nil { asOfMissing = true }
        let apbd = f.number("apbd", range: 1...1e16, rangeText: "1–10.000.000.000.000.000")
        var settings = Settings()
        if let s = f.mapping("settings") { settings = readSettings(s, into: &f) }
        map.organisation = SourceMap.Record(start: f.start, fields: f.marks)
        if f.failed { incomplete.insert(.organisation) }
        var organisation = Organisation(id: id, name: name, region: region, province: province, geoFactor: geo,
                                        asOf: asOf ?? Day(year: 1970, month: 1, day: 1)!, settings: settings)
        organisation.apbd = apbd
        return organisation
    }

    mutating func readSettings(_ m: Node.Mapping, into parent: inout YAMLFields) -> Settings {
        var f = YAMLFields(m, known: Settings.keys, context: context, record: RecordLabel(.organisation, nil),
                           prefix: "settings.")
        var s = Settings()
        if let v = f.number("effective_hours", range: ChartBounds.effectiveHours, rangeText: ChartBounds.text(ChartBounds.effectiveHours)) {
            s.effectiveHours = v
        }
        if let list = f.list("sensitivity_hours") {
            var hours: [Double] = []
            for node in list {
                if let text = node.scalar?.string, let v = parseNumber(text) {
                    if ChartBounds.effectiveHours.contains(v) { hours.append(v) } else {
                        f.fail("sensitivity_hours", node, .outOfRange(field: "settings.sensitivity_hours", value: text,
                                                                      allowed: ChartBounds.text(ChartBounds.effectiveHours)))
                    }
                } else {
                    f.fail("sensitivity_hours", node, .wrongType(field: "settings.sensitivity_hours", expected: .number,
                                                                 found: describe(node)))
                }
            }
            if !hours.isEmpty { s.sensitivityHours = hours }
        }
        for setting in Settings.integerSettings {
            if let v = f.int(setting.key, range: setting.range) { s[keyPath: setting.path] = v }
        }
        for setting in Settings.integerListSettings {
            guard let list = f.list(setting.key) else { continue }
            let values = list.compactMap { $0.scalar?.string }.compactMap { Int($0) }.filter(ChartBounds.fitPoints.contains)
            if values.count == setting.count && list.count == setting.count {
                s[keyPath: setting.path] = values
            } else {
                f.fail(setting.key, f.values[setting.key], .outOfRange(field: "settings.\(setting.key)", value: describe(f.values[setting.key]!),
                                                                     allowed: "\(setting.count) whole numbers \(ChartBounds.text(ChartBounds.fitPoints))"))
            }
        }
        for setting in Settings.textSettings {
            if let v = f.text(setting.key) { s[keyPath: setting.path] = v }
        }
        if s.spanWide < s.spanNarrow {
            f.fail("span_wide", f.values["span_wide"], .outOfRange(field: "settings.span_wide", value: String(s.spanWide),
                                                                  allowed: "≥ span_narrow \(s.spanNarrow)"))
        }
        if let list = f.list("ej_grades") {
            let grades = list.compactMap { $0.scalar?.string }.compactMap(parseNumber)
            if grades.count == 4, grades == grades.sorted(by: >), grades.allSatisfy({ $0 > 0 }) {
                s.effectivenessGrades = grades
            } else {
                f.fail("ej_grades", f.values["ej_grades"], .outOfRange(field: "settings.ej_grades", value: describe(f.values["ej_grades"]!),
                                                                      allowed: "4 decreasing numbers, e.g. [1.0, 0.9, 0.7, 0.5]"))
            }
        }
        if let v = f.vocabulary("need_rounding", Settings.NeedRounding.self) { s.needRounding = v }
        if let table = f.mapping("structural_allowance") {
            for (key, value) in table {
                let k = key.scalar?.string ?? "?"
                guard let e = Eselon(rawValue: k) else {
                    f.fail("structural_allowance", key, .unknownValue(field: "settings.structural_allowance", value: k, allowed: Eselon.allSpellings,
                                                                    suggestion: suggestion(for: k, in: Eselon.self)))
                    continue
                }
                guard let amount = value.scalar.flatMap({ Int($0.string.replacingUnderscores()) }), amount >= 0 else {
                    f.fail("structural_allowance", value, .wrongType(field: "settings.structural_allowance.\(k)", expected: .wholeNumber, found: describe(value)))
                    continue
                }
                guard ChartBounds.structuralAllowance.contains(amount) else {
                    f.fail("structural_allowance", value, .outOfRange(field: "settings.structural_allowance.\(k)", value: describe(value),
                                                                      allowed: ChartBounds.text(ChartBounds.structuralAllowance)))
                    continue
                }
                s.structuralAllowance[e] = amount
            }
        }
        if let v = f.vocabulary("pelaksana_education", Education.self) { s.pelaksanaEducation = v }
        if let table = f.mapping("retirement_age") {
            for (key, value) in table {
                let k = key.scalar?.string ?? "?"
                guard let age = value.scalar.flatMap({ Int($0.string) }), (40...70).contains(age) else {
                    f.fail("retirement_age", value, .outOfRange(field: "settings.retirement_age.\(k)", value: describe(value), allowed: "40–70"))
                    continue
                }
                s.retirementAgeByKind[k] = age
            }
        }
        if let table = f.mapping("functional_allowance") {
            for (key, value) in table {
                let k = key.scalar?.string ?? "?"
                guard let levels = value.mapping else {
                    f.fail("functional_allowance", value, .wrongType(field: "settings.functional_allowance.\(k)", expected: .mapping, found: describe(value)))
                    continue
                }
                for (jkey, amountNode) in levels {
                    let j = jkey.scalar?.string ?? "?"
                    guard let jenjang = Jenjang(rawValue: j) else {
                        f.fail("functional_allowance", jkey, .unknownValue(field: "settings.functional_allowance.\(k)", value: j, allowed: Jenjang.allSpellings, suggestion: nil))
                        continue
                    }
                    guard let amount = amountNode.scalar.flatMap({ Int($0.string.replacingUnderscores()) }), amount >= 0 else {
                        f.fail("functional_allowance", amountNode, .wrongType(field: "settings.functional_allowance.\(k).\(j)", expected: .wholeNumber, found: describe(amountNode)))
                        continue
                    }
                    guard ChartBounds.structuralAllowance.contains(amount) else {
                        f.fail("functional_allowance", amountNode, .outOfRange(field: "settings.functional_allowance.\(k).\(j)", value: describe(amountNode),
                                                                              allowed: ChartBounds.text(ChartBounds.structuralAllowance)))
                        continue
                    }
                    s.functionalAllowance[k, default: [:]][jenjang] = amount
                }
            }
        }
        readCostSettings(&f, into: &s)
        parent.marks.merge(f.marks)
        if f.failed { parent.failed = true }
        return s
    }

    /// The cost and formasi settings (domain rules, sections 11–12): TPP by kelas jabatan, gaji pokok by
    /// golongan, the belanja pegawai ceiling and the PPPK share of recruitment.
    func readCostSettings(_ f: inout YAMLFields, into s: inout Settings) {
        if let v = f.number("belanja_pegawai_ceiling", range: 0.01...1, rangeText: "0,01–1") { s.personnelSpendingCeiling = v }
        if let v = f.number("pppk_share", range: 0...1, rangeText: "0–1") { s.pppkShare = v }
        func amount(_ node: Node) -> Int? {
            node.scalar.flatMap { Int($0.string.replacingUnderscores()) }.flatMap { (0...1_000_000_000).contains($0) ? $0 : nil }
        }
        if let table = f.mapping("tpp") {
            for (key, value) in table {
                let k = key.scalar?.string ?? "?"
                guard let grade = Int(k), (1...17).contains(grade) else {
                    f.fail("tpp", key, .outOfRange(field: "settings.tpp", value: k, allowed: "kelas jabatan 1–17"))
                    continue
                }
                guard let v = amount(value) else {
                    f.fail("tpp", value, .wrongType(field: "settings.tpp.\(k)", expected: .wholeNumber, found: describe(value)))
                    continue
                }
                s.tpp[grade] = v
            }
        }
        if let table = f.mapping("gaji_pokok") {
            for (key, value) in table {
                let k = key.scalar?.string ?? "?"
                guard let rank = Rank(rawValue: k) else {
                    f.fail("gaji_pokok", key, .unknownValue(field: "settings.gaji_pokok", value: k, allowed: Rank.allSpellings,
                                                           suggestion: closestSpelling(to: k, among: Rank.allSpellings)))
                    continue
                }
                let values = value.sequence.map { $0.compactMap(amount) } ?? []
                guard values.count == 2, values[0] > 0, values[0] <= values[1] else {
                    f.fail("gaji_pokok", value, .outOfRange(field: "settings.gaji_pokok.\(k)", value: describe(value),
                                                           allowed: "[first step, last step] in Rp, e.g. [2785700, 4575200]"))
                    continue
                }
                s.baseSalary[rank] = values[0]...values[1]
            }
        }
    }

    /// The pemetaan urusan figures: `population`, `area` and, per affair of the PP 18/2016 Lampiran, its
    /// indicators' values (`affairs: { pendidikan: { anak_usia_sekolah: 120000, ... } }`), and per kecamatan
    /// of the chart (`kecamatan`, its unit id) the Lampiran IV.B.H figures.
    mutating func readTypology(_ m: Node.Mapping, kecamatan: [String]) -> TypologyInput {
        var f = YAMLFields(m, known: ["population", "area", "affairs", "kecamatan"], context: context, record: nil, prefix: "typology.")
        f.reportPending()
        var input = TypologyInput()
        input.population = f.number("population", range: 0...2e9, rangeText: "0–2.000.000.000")
        input.area = f.number("area", range: 0...1e7, rangeText: "0–10.000.000 km²")
        if let units = f.mapping("kecamatan") { input.kecamatan = readKecamatanFigures(units, kecamatan: kecamatan) }
        guard let affairs = f.mapping("affairs") else { return input }
        for (key, value) in affairs {
            let k = key.scalar?.string ?? "?"
            guard let table = TypologyTables.table(k) else {
                context.add(.error, key.mark, nil, .unknownValue(field: "typology.affairs", value: k, allowed: TypologyTables.keys,
                                                                 suggestion: closestSpelling(to: k, among: TypologyTables.keys)))
                continue
            }
            for (i, v) in readIndicators(value, field: "typology.affairs.\(k)", ids: table.indicators.map(\.id)) {
                input.indicators[table.id, default: [:]][i] = v
            }
        }
        return input
    }

    /// `typology.kecamatan: { kec-sragen: { luas_wilayah: 27.1, desa_kelurahan: 12, penduduk: 77000 } }`:
    /// each key a kecamatan unit of the chart, each value the indicators of Lampiran IV.B.H.
    func readKecamatanFigures(_ units: Node.Mapping, kecamatan: [String]) -> [String: [String: Double]] {
        var out: [String: [String: Double]] = [:]
        let ids = TypologyTables.kecamatan.indicators.map(\.id)
        for (key, value) in units {
            let k = key.scalar?.string ?? "?"
            guard kecamatan.contains(k) else {
                context.add(.error, key.mark, nil, .unknownValue(field: "typology.kecamatan", value: k, allowed: kecamatan,
                                                                 suggestion: closestSpelling(to: k, among: kecamatan)))
                continue
            }
            for (i, v) in readIndicators(value, field: "typology.kecamatan.\(k)", ids: ids) { out[k, default: [:]][i] = v }
        }
        return out
    }

    /// One entry's indicator figures (`{ luas_wilayah: 27.1, desa_kelurahan: 12 }`), in file order: each key
    /// one of `ids`, each value a number ≥ 0. Anything else is reported under `field` and left out.
    func readIndicators(_ value: Node, field: String, ids: [String]) -> [(id: String, value: Double)] {
        guard let values = value.mapping else {
            context.add(.error, value.mark, nil, .wrongType(field: field, expected: .mapping, found: describe(value)))
            return []
        }
        var out: [(id: String, value: Double)] = []
        for (ikey, inode) in values {
            let i = ikey.scalar?.string ?? "?"
            guard ids.contains(i) else {
                context.add(.error, ikey.mark, nil, .unknownValue(field: field, value: i, allowed: ids, suggestion: closestSpelling(to: i, among: ids)))
                continue
            }
            guard let text = inode.scalar?.string, let v = parseNumber(text), v >= 0 else {
                context.add(.error, inode.mark, nil, .wrongType(field: "\(field).\(i)", expected: .number, found: describe(inode)))
                continue
            }
            out.append((i, v))
        }
        return out
    }

    func readCompetency(_ m: Node.Mapping) -> (Competency, SourceMap.Record, Bool)? {
        var f = YAMLFields(m, known: ["id", "name", "kind"], context: context, record: nil)
        guard let id = f.slug("id", required: true) else { f.reportPending(); return nil }
        f = f.relabelled(RecordLabel(.competency, id))
        let name = f.text("name", required: true) ?? id
        let kind = f.vocabulary("kind", CompetencyKind.self, required: true) ?? .technical
        return (Competency(id: id, name: name, kind: kind), SourceMap.Record(start: f.start, fields: f.marks), !f.failed)
    }

    func readUnit(_ m: Node.Mapping) -> (Unit, SourceMap.Record, Bool)? {
        var f = YAMLFields(m, known: ["id", "name", "kind", "parent", "type", "affairs"], context: context, record: nil)
        guard let id = f.slug("id", required: true) else { f.reportPending(); return nil }
        f = f.relabelled(RecordLabel(.unit, id))
        let name = context.intern(f.text("name", required: true) ?? id)
        let kind = f.vocabulary("kind", UnitKind.self, required: true) ?? .bidang
        let parent = f.slug("parent")
        let type = f.vocabulary("type", UnitType.self)
        var affairs: [String] = []
        for node in f.list("affairs") ?? [] {
            if let s = node.scalar?.string { affairs.append(s) } else {
                f.fail("affairs", node, .wrongType(field: "affairs", expected: .text, found: describe(node)))
            }
        }
        let unit = Unit(id: id, name: name, kind: kind, parent: parent, type: type, affairs: affairs)
        return (unit, SourceMap.Record(start: f.start, fields: f.marks), !f.failed)
    }

    static let positionKeys = ["id", "title", "unit", "head", "level", "eselon", "jenjang", "grade", "seats", "requires",
                               "workload", "dotted", "reports_to", "functional_kind"]

    func readPosition(_ m: Node.Mapping) -> (Position, SourceMap.Record, Bool)? {
        var f = YAMLFields(m, known: Self.positionKeys, context: context, record: nil)
        guard let id = f.slug("id", required: true) else { f.reportPending(); return nil }
        f = f.relabelled(RecordLabel(.position, id))
        var post = Position(id: id, title: context.intern(f.text("title", required: true) ?? id), unit: f.slug("unit", required: true) ?? "",
                            level: .pelaksana)
        post.head = f.bool("head") ?? false
        post.level = f.vocabulary("level", Level.self, required: true) ?? .pelaksana
        post.eselon = f.vocabulary("eselon", Eselon.self)
        post.jenjang = f.vocabulary("jenjang", Jenjang.self)
        post.functionalKind = f.slug("functional_kind")
        post.grade = f.int("grade", range: 1...17)
        post.seats = f.int("seats", range: ChartBounds.seats) ?? 1
        post.reportsTo = f.slug("reports_to")
        for node in f.list("dotted") ?? [] {
            if let s = node.scalar?.string, isSlug(s) { post.dotted.append(s) } else {
                f.fail("dotted", node, .invalidSlug(field: "dotted", value: describe(node)))
            }
        }
        if let r = f.mapping("requires") {
            var g = YAMLFields(r, known: ["rank", "education", "competencies"], context: context, record: f.record,
                               prefix: "requires.")
            post.requires.rank = g.vocabulary("rank", Rank.self)
            post.requires.education = g.vocabulary("education", Education.self)
            if let c = g.mapping("competencies") { post.requires.competencies = readLevels(c, prefix: "requires.competencies.", into: &g) }
            f.marks.merge(g.marks)
            if g.failed { f.failed = true }
        }
        for node in f.list("workload") ?? [] {
            guard context.visit(at: node.mark) else { break }
            guard let t = node.mapping else {
                f.fail("workload", node, .wrongType(field: "workload", expected: .listOfMappings, found: describe(node)))
                continue
            }
            var g = YAMLFields(t, known: ["task", "volume", "minutes"], context: context, record: f.record, prefix: "workload.")
            let task = context.intern(g.text("task", required: true) ?? "")
            let volume = g.number("volume", required: true, range: ChartBounds.workloadVolume,
                                  rangeText: ChartBounds.text(ChartBounds.workloadVolume))
            let minutes = g.number("minutes", required: true, range: ChartBounds.workloadMinutes,
                                   rangeText: ChartBounds.text(ChartBounds.workloadMinutes))
            if g.failed { f.failed = true }
            post.workload.append(WorkloadTask(task: task, volume: volume ?? 0, minutes: minutes ?? 0))
        }
        return (post, SourceMap.Record(start: f.start, fields: f.marks), !f.failed)
    }

    /// `{ competency-id: level }` with levels 1–5.
    func readLevels(_ m: Node.Mapping, prefix: String, into parent: inout YAMLFields) -> [CompetencyLevel] {
        var levels: [CompetencyLevel] = []
        levels.reserveCapacity(m.count)
        for (key, value) in m {
            guard let id = key.scalar?.string else { continue }
            if let mark = value.mark { parent.marks[context.field(prefix, id)] = SourcePosition(mark) }
            let field = prefix + id
            guard let text = value.scalar?.string, let level = Int(text) else {
                parent.fail(field, value, .wrongType(field: field, expected: .wholeNumber, found: describe(value)))
                continue
            }
            guard (1...5).contains(level) else {
                parent.fail(field, value, .outOfRange(field: field, value: text, allowed: "1–5"))
                continue
            }
            levels.append(CompetencyLevel(context.intern(id), level))
        }
        return context.intern(levels)
    }

    static let personKeys = ["nip", "name", "position", "since", "rank", "rank_since", "education", "born", "gender",
                             "status", "competencies", "performance", "potential", "acting"]

    func readPerson(_ m: Node.Mapping) -> (Person, SourceMap.Record, Bool)? {
        var f = YAMLFields(m, known: Self.personKeys, context: context, record: nil)
        guard let nip = f.scalar("nip", required: true) else { f.reportPending(); return nil }
        f = f.relabelled(RecordLabel(.person, nip))
        if let node = f.values["nip"]?.scalar, node.style == .plain, f.values["nip"]?.tag != Tag(.str) {
            f.fail("nip", f.values["nip"], .nipUnquoted(nip: nip), severity: .warning)
        }
        var person = Person(nip: nip, name: f.text("name", required: true) ?? nip)
        person.position = f.slug("position")
        person.since = f.date("since")
        person.acting = f.slug("acting")
        person.rank = f.vocabulary("rank", Rank.self)
        person.rankSince = f.date("rank_since")
        person.education = f.vocabulary("education", Education.self)
        person.born = f.date("born")
        person.gender = f.vocabulary("gender", Gender.self)
        person.status = f.vocabulary("status", EmploymentStatus.self)
        if let c = f.mapping("competencies") { person.competencies = readLevels(c, prefix: "competencies.", into: &f) }
        person.performance = f.vocabulary("performance", Performance.self)
        person.potential = f.vocabulary("potential", Potential.self)
        return (person, SourceMap.Record(start: f.start, fields: f.marks), !f.failed)
    }

    func readCareerPath(_ m: Node.Mapping) -> (CareerPath, SourceMap.Record, Bool)? {
        var f = YAMLFields(m, known: ["from", "to", "min_years"], context: context, record: RecordLabel(.careerPath, nil))
        let from = f.slug("from", required: true)
        let to = f.slug("to", required: true)
        let years = f.number("min_years", range: 0...60, rangeText: "0–60")
        guard let from, let to else { return nil }
        return (CareerPath(from: from, to: to, minYears: years), SourceMap.Record(start: f.start, fields: f.marks), !f.failed)
    }
}

/// The records of one list, as they are read.
struct RecordList<T> {
    var items: [T] = []
    var records = RecordTable()
    /// Indexes of records kept with stand-in values.
    var incomplete: [Int] = []
    /// Set once the alias budget is spent: later items are not read.
    var stopped = false

    mutating func add(_ node: Node, key: String, context: ReadContext, read: (Node.Mapping) -> (T, SourceMap.Record, Bool)?) {
        guard !stopped else { return }
        guard context.visit(at: node.mark) else { stopped = true; return }
        guard let m = node.mapping else {
            context.add(.error, node.mark, nil, .wrongType(field: key, expected: .listOfMappings, found: describe(node)))
            return
        }
        if let (value, record, complete) = read(m) {
            if !complete { incomplete.append(items.count) }
            items.append(value)
            records.append(record)
        }
    }
}

extension YAMLFields {
    /// The same fields, with messages naming the record (once its id is known).
    func relabelled(_ label: RecordLabel) -> YAMLFields {
        var copy = self
        copy.record = label
        copy.reportPending()
        return copy
    }
}
