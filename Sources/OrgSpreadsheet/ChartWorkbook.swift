import Foundation
public import OrgModel
public import OrgTables

/// Ramping's own workbook (buku kerja bagan): the whole chart as sheets a planner edits in Excel, and back.
///
/// Sheets: Organisasi (one entry a row, settings included), Unit, Jabatan, Beban Kerja (one task a row),
/// Pegawai, Kompetensi, Jalur Karier. Headers are Indonesian and sit in row 1 (frozen); vocabulary columns
/// carry drop-down lists; NIPs and codes are text cells, dates real date cells shown `dd-mm-yyyy`.
/// `document(_:)` then `chart(from:)` gives back an equal chart.
public enum ChartWorkbook {
    public static let organisationSheet = "Organisasi"
    public static let unitSheet = "Unit"
    public static let positionSheet = "Jabatan"
    public static let workloadSheet = "Beban Kerja"
    public static let personSheet = "Pegawai"
    public static let competencySheet = "Kompetensi"
    public static let careerSheet = "Jalur Karier"
    public static let sheetNames = [organisationSheet, unitSheet, positionSheet, workloadSheet, personSheet,
                                    competencySheet, careerSheet]

    /// Rows below the data that still offer the drop-down lists, for the planner's new rows.
    static let spareRows = 1000

    // MARK: Columns

    struct Column {
        let header: String
        let width: Double
        var vocabulary: [String]? = nil
        /// A drop-down of the codes in another sheet's first column.
        var codesOf: String? = nil
    }

    enum U { static let id = "Kode Unit", name = "Nama Unit", kind = "Jenis Unit", parent = "Unit Induk", type = "Tipe", affairs = "Urusan Pemerintahan" }
    enum P {
        static let id = "Kode Jabatan", title = "Nama Jabatan", unit = "Kode Unit", head = "Kepala Unit", level = "Jenis Jabatan"
        static let eselon = "Eselon", jenjang = "Jenjang", kind = "Jenis Jabatan Fungsional", grade = "Kelas Jabatan", seats = "Formasi", reportsTo = "Atasan Langsung"
        static let dotted = "Garis Koordinasi", rank = "Pangkat Minimal", education = "Pendidikan Minimal", competencies = "Kompetensi Dipersyaratkan"
    }
    enum W { static let position = "Kode Jabatan", title = "Nama Jabatan (keterangan)", task = "Uraian Tugas", volume = "Jumlah Beban Kerja (setahun)", minutes = "Waktu Penyelesaian (menit)" }
    enum E {
        static let nip = "NIP", name = "Nama", position = "Kode Jabatan", acting = "Plt Jabatan", since = "TMT Jabatan", rank = "Golongan", rankSince = "TMT Golongan"
        static let education = "Pendidikan", born = "Tanggal Lahir", gender = "Jenis Kelamin", status = "Status", competencies = "Kompetensi"
        static let performance = "Predikat Kinerja", potential = "Potensi"
    }
    enum C { static let id = "Kode Kompetensi", name = "Nama Kompetensi", kind = "Jenis" }
    enum K { static let from = "Dari Jabatan", to = "Ke Jabatan", minYears = "Masa Minimal (tahun)" }
    static let yes = "ya", no = "tidak"

    static let unitColumns = [
        Column(header: U.id, width: 28), Column(header: U.name, width: 48),
        Column(header: U.kind, width: 20, vocabulary: UnitKind.allSpellings),
        Column(header: U.parent, width: 28, codesOf: unitSheet),
        Column(header: U.type, width: 6, vocabulary: UnitType.allSpellings), Column(header: U.affairs, width: 40),
    ]
    static let positionColumns = [
        Column(header: P.id, width: 30), Column(header: P.title, width: 44), Column(header: P.unit, width: 28, codesOf: unitSheet),
        Column(header: P.head, width: 8, vocabulary: [yes, no]), Column(header: P.level, width: 15, vocabulary: Level.allSpellings),
        Column(header: P.eselon, width: 8, vocabulary: Eselon.allSpellings), Column(header: P.jenjang, width: 14, vocabulary: Jenjang.allSpellings),
        Column(header: P.grade, width: 8), Column(header: P.seats, width: 9), Column(header: P.reportsTo, width: 28, codesOf: positionSheet),
        Column(header: P.dotted, width: 28), Column(header: P.rank, width: 10, vocabulary: Rank.allSpellings),
        Column(header: P.education, width: 11, vocabulary: Education.allSpellings), Column(header: P.competencies, width: 36),
        Column(header: P.kind, width: 20),
    ]
    static let workloadColumns = [
        Column(header: W.position, width: 30, codesOf: positionSheet), Column(header: W.title, width: 36),
        Column(header: W.task, width: 60), Column(header: W.volume, width: 14), Column(header: W.minutes, width: 14),
    ]
    static let personColumns = [
        Column(header: E.nip, width: 21), Column(header: E.name, width: 36), Column(header: E.position, width: 30, codesOf: positionSheet),
        Column(header: E.since, width: 12), Column(header: E.rank, width: 9, vocabulary: Rank.allSpellings),
        Column(header: E.rankSince, width: 12), Column(header: E.education, width: 10, vocabulary: Education.allSpellings),
        Column(header: E.born, width: 12), Column(header: E.gender, width: 8, vocabulary: Gender.allSpellings),
        Column(header: E.status, width: 8, vocabulary: EmploymentStatus.allSpellings), Column(header: E.competencies, width: 36),
        Column(header: E.performance, width: 16, vocabulary: Performance.allSpellings),
        Column(header: E.potential, width: 10, vocabulary: Potential.allSpellings),
        Column(header: E.acting, width: 30),
    ]
    static let competencyColumns = [
        Column(header: C.id, width: 24), Column(header: C.name, width: 40), Column(header: C.kind, width: 16, vocabulary: CompetencyKind.allSpellings),
    ]
    static let careerColumns = [
        Column(header: K.from, width: 30, codesOf: positionSheet), Column(header: K.to, width: 30, codesOf: positionSheet),
        Column(header: K.minYears, width: 12),
    ]

    // MARK: Chart → workbook

    /// The chart as a workbook.
    public static func document(_ chart: OrgChart) -> SpreadsheetDocument {
        let o = chart.organisation
        let title = "Bagan \(o.name)"
        var sheets = [organisationLayout(o)]
        addPlanRows(&sheets[0], chart)
        let positionTitles = Dictionary(chart.positions.map { ($0.id, $0.title) }, uniquingKeysWith: { a, _ in a })
        sheets.append(table(unitSheet, unitColumns, chart.units.map { u in
            [.text(u.id, .text), .text(u.name), .text(u.kind.rawValue), .text(u.parent ?? "", .text),
             .text(u.type?.rawValue ?? ""), .text(u.affairs.joined(separator: "; "))]
        }))
        sheets.append(table(positionSheet, positionColumns, chart.positions.map { p in
            [.text(p.id, .text), .text(p.title), .text(p.unit, .text), .text(p.head ? yes : ""), .text(p.level.rawValue),
             .text(p.eselon?.rawValue ?? ""), .text(p.jenjang?.rawValue ?? ""), p.grade.map { Cell.int($0) } ?? .empty,
             .int(p.seats), .text(p.reportsTo ?? "", .text), .text(p.dotted.joined(separator: "; "), .text),
             .text(p.requires.rank?.rawValue ?? ""), .text(p.requires.education?.rawValue ?? ""),
             .text(levels(p.requires.competencies)), .text(p.functionalKind ?? "", .text)]
        }))
        sheets.append(table(workloadSheet, workloadColumns, chart.positions.flatMap { p in
            p.workload.map { t in
                [.text(p.id, .text), .text(positionTitles[p.id] ?? ""), .text(t.task), .number(t.volume), .number(t.minutes)]
            }
        }))
        sheets.append(table(personSheet, personColumns, chart.people.map { e in
            [.text(e.nip, .text), .text(e.name), .text(e.position ?? "", .text), .date(e.since), .text(e.rank?.rawValue ?? ""),
             .date(e.rankSince), .text(e.education?.rawValue ?? ""), .date(e.born), .text(e.gender?.rawValue ?? ""),
             .text(e.status?.rawValue ?? ""), .text(levels(e.competencies)), .text(e.performance?.rawValue ?? ""),
             .text(e.potential?.rawValue ?? ""), .text(e.acting ?? "", .text)]
        }))
        sheets.append(table(competencySheet, competencyColumns, chart.competencies.map { c in
            [.text(c.id, .text), .text(c.name), .text(c.kind.rawValue)]
        }))
        sheets.append(table(careerSheet, careerColumns, chart.careerPaths.map { c in
            [.text(c.from, .text), .text(c.to, .text), c.minYears.map { Cell.number($0) } ?? .empty]
        }))
        return SpreadsheetDocument(title: title, created: o.asOf, sheets: sheets)
    }

    /// An empty workbook to start a chart from: every sheet and header, the drop-down lists, and the
    /// organisation's entries to fill in.
    public static func template(asOf: Day) -> SpreadsheetDocument {
        let o = Organisation(id: "", name: "", region: .kabupaten, asOf: asOf)
        var doc = document(OrgChart(organisation: o))
        doc.title = "Bagan baru"
        return doc
    }

    static func levels(_ list: [CompetencyLevel]) -> String {
        list.map { "\($0.competency): \($0.level)" }.joined(separator: "; ")
    }

    static func table(_ name: String, _ columns: [Column], _ rows: [[Cell]]) -> SheetLayout {
        var sheet = SheetLayout(name: name, columnWidths: columns.map(\.width), frozenRows: 1, landscape: true)
        sheet.fitToPageWidth = false
        sheet.append(columns.map { Cell.text($0.header, .header) })
        for row in rows { sheet.append(row) }
        let last = max(rows.count + 1, 1) + spareRows
        for (c, column) in columns.enumerated() {
            let range = CellRange(first: CellReference(row: 2, column: c + 1), last: CellReference(row: last, column: c + 1))
            if let vocabulary = column.vocabulary {
                sheet.validations.append(ListValidation(range: range, source: .values(vocabulary)))
            } else if let target = column.codesOf {
                sheet.validations.append(ListValidation(range: range, source: .range("='\(target)'!$A$2:$A$\(last)"),
                                                        message: "Pilih kode yang ada di lembar \(target)."))
            }
        }
        return sheet
    }

    // MARK: The Organisasi sheet: one entry a row

    enum O {
        static let label = "Isian", value = "Nilai", note = "Keterangan"
        static let id = "Kode", name = "Nama Pemerintah Daerah", region = "Jenis Daerah", province = "Provinsi"
        static let geo = "Faktor Kesulitan Geografis", asOf = "Keadaan per Tanggal"
    }

    /// A setting as one row: its label (the file's key, so the docs find it), its cell, and how it reads back.
    struct SettingRow {
        let key: String
        let note: String
        let cell: (Settings) -> Cell
        let read: (inout Settings, CellValue) -> Bool
    }

    static var settingRows: [SettingRow] {
        var rows = [
            SettingRow(key: "effective_hours", note: "Jam kerja efektif setahun (WKE)", cell: { .number($0.effectiveHours) },
                       read: { s, v in guard let d = number(v) else { return false }; s.effectiveHours = d; return true }),
            SettingRow(key: "sensitivity_hours", note: "Jam kerja efektif untuk uji kepekaan, dipisah ';'",
                       cell: { .text($0.sensitivityHours.map(plain).joined(separator: "; ")) },
                       read: { s, v in guard let l = numbers(v) else { return false }; s.sensitivityHours = l; return true }),
            SettingRow(key: "ej_grades", note: "Batas bawah predikat efektivitas A, B, C, D, dipisah ';'",
                       cell: { .text($0.effectivenessGrades.map(plain).joined(separator: "; ")) },
                       read: { s, v in guard let l = numbers(v) else { return false }; s.effectivenessGrades = l; return true }),
            SettingRow(key: "need_rounding", note: "Pembulatan kebutuhan pegawai: half-up, up, down",
                       cell: { .text($0.needRounding.rawValue) },
                       read: { s, v in guard let r = Settings.NeedRounding(rawValue: v.text.trimmed) else { return false }; s.needRounding = r; return true }),
        ]
        for setting in Settings.integerSettings {
            rows.append(SettingRow(key: setting.key, note: "Bilangan bulat", cell: { .int($0[keyPath: setting.path]) },
                                   read: { s, v in guard let i = whole(v) else { return false }; s[keyPath: setting.path] = i; return true }))
        }
        for setting in Settings.integerListSettings {
            rows.append(SettingRow(key: setting.key, note: "\(setting.count) bilangan bulat, dipisah ';'",
                                   cell: { .text($0[keyPath: setting.path].map(String.init).joined(separator: "; ")) },
                                   read: { s, v in
                                       guard let l = numbers(v), l.allSatisfy({ $0 == $0.rounded() }) else { return false }
                                       s[keyPath: setting.path] = l.map { Int($0) }; return true }))
        }
        for e in Eselon.allCases {
            rows.append(SettingRow(key: "structural_allowance \(e.rawValue)", note: "Tunjangan struktural sebulan (Rp) eselon \(e.rawValue); kosong = Perpres 26/2007",
                                   cell: { s in s.structuralAllowance[e].map { Cell.int($0) } ?? .empty },
                                   read: { s, v in
                                       if v.isEmpty { s.structuralAllowance[e] = nil; return true }
                                       guard let i = whole(v) else { return false }
                                       s.structuralAllowance[e] = i; return true }))
        }
        return rows
    }

    static func organisationLayout(_ o: Organisation) -> SheetLayout {
        var sheet = SheetLayout(name: organisationSheet, columnWidths: [30, 44, 60], frozenRows: 1)
        sheet.append([.text(O.label, .header), .text(O.value, .header), .text(O.note, .header)])
        sheet.append([.text(O.id), .text(o.id, .text), .text("Kode singkat, huruf kecil dan tanda '-', mis. kab-sragen")])
        sheet.append([.text(O.name), .text(o.name), .text("")])
        let regionRow = sheet.append([.text(O.region), .text(o.region.rawValue), .text("kabupaten atau kota")])
        sheet.append([.text(O.province), .text(o.province ?? ""), .text("")])
        sheet.append([.text(O.geo), o.geoFactor.map { Cell.number($0) } ?? .empty, .text("PP 18/2016; kosong bila tidak dipakai")])
        sheet.append([.text(O.asOf), .date(o.asOf), .text("Hari yang digambarkan bagan (dd-mm-yyyy)")])
        sheet.validations.append(ListValidation(range: CellRange(first: CellReference(row: regionRow, column: 2), last: CellReference(row: regionRow, column: 2)),
                                                source: .values(Region.allSpellings)))
        for row in settingRows {
            let r = sheet.append([.text(row.key), row.cell(o.settings), .text(row.note)])
            if row.key == "need_rounding" {
                sheet.validations.append(ListValidation(range: CellRange(first: CellReference(row: r, column: 2), last: CellReference(row: r, column: 2)),
                                                        source: .values(Settings.NeedRounding.allSpellings)))
            }
        }
        return sheet
    }

    // MARK: Workbook → chart

    /// Whether a workbook is Ramping's own (its Organisasi, Unit and Jabatan sheets are there).
    public static func isChartWorkbook(_ workbook: Workbook) -> Bool {
        let names = Set(workbook.sheets.compactMap(\.name))
        guard names.isSuperset(of: [organisationSheet, unitSheet, positionSheet]),
              let positions = workbook.sheets.first(where: { $0.name == positionSheet }) else { return false }
        return positions.rows.first?.contains(where: { $0.text.trimmed == P.id }) ?? false
    }

    /// Reads a chart back from its workbook; every problem is located at its cell. Checks the shape and
    /// the references between sheets; the rules of the chart (`ramping validate`) are checked by the caller.
    public static func chart(from workbook: Workbook) -> Result<OrgChart, WorkbookProblems> {
        let problems = Problems(path: workbook.path)
        // Sheets that could not be read: references into them are not reported again.
        var unreadable: Set<String> = []
        func sheet(_ name: String) -> Sheet? {
            unreadable.insert(name)
            if let s = workbook.sheets.first(where: { $0.name == name }) { return s }
            problems.add(TableLocation(path: workbook.path, sheet: name, cell: CellReference(row: 1, column: 1)), .missingSheet(name: name))
            return nil
        }
        guard let orgSheet = sheet(organisationSheet) else { return .failure(WorkbookProblems(problems: problems.list)) }
        let organisation = readOrganisation(orgSheet, problems)

        var competencies: [Competency] = []
        var units: [OrgModel.Unit] = []
        var positions: [Position] = []
        var people: [Person] = []
        var careers: [CareerPath] = []
        // Where each code was defined, and each reference made: (row reader, header, id, target sheet).
        var references: [(Rows.Row, String, String, String)] = []
        var codes: [String: Set<String>] = [unitSheet: [], positionSheet: [], competencySheet: []]
        func define(_ row: Rows.Row, _ header: String, _ id: String?, in sheetName: String) {
            guard let id else { return }
            if codes[sheetName]!.contains(id) { problems.add(row.location(header), .duplicate(header: header, id: id)) }
            codes[sheetName]!.insert(id)
        }

        if let s = sheet(competencySheet), let rows = Rows(s, competencyColumns, problems) {
            unreadable.remove(competencySheet)
            for r in rows.rows {
                let id = r.string(C.id, required: true)
                define(r, C.id, id, in: competencySheet)
                if let id, let name = r.string(C.name, required: true), let kind: CompetencyKind = r.vocabulary(C.kind, required: true) {
                    competencies.append(Competency(id: id, name: name, kind: kind))
                }
            }
        }
        if let s = sheet(unitSheet), let rows = Rows(s, unitColumns, problems) {
            unreadable.remove(unitSheet)
            for r in rows.rows {
                let id = r.string(U.id, required: true)
                define(r, U.id, id, in: unitSheet)
                let parent = r.string(U.parent)
                if let parent { references.append((r, U.parent, parent, unitSheet)) }
                if let id, let name = r.string(U.name, required: true), let kind: UnitKind = r.vocabulary(U.kind, required: true) {
                    let type: UnitType? = r.vocabulary(U.type)
                    units.append(OrgModel.Unit(id: id, name: name, kind: kind, parent: parent, type: type, affairs: r.list(U.affairs)))
                }
            }
        }
        if let s = sheet(positionSheet), let rows = Rows(s, positionColumns, problems) {
            unreadable.remove(positionSheet)
            for r in rows.rows {
                let id = r.string(P.id, required: true)
                define(r, P.id, id, in: positionSheet)
                let unit = r.string(P.unit, required: true)
                if let unit { references.append((r, P.unit, unit, unitSheet)) }
                let reportsTo = r.string(P.reportsTo)
                if let reportsTo { references.append((r, P.reportsTo, reportsTo, positionSheet)) }
                let dotted = r.list(P.dotted)
                for d in dotted { references.append((r, P.dotted, d, positionSheet)) }
                let head = r.vocabularyText(P.head, allowed: [yes, no, "y", "t", "1", "0", "true", "false", "benar", "salah"])
                let requiredLevels = r.levels(P.competencies)
                for l in requiredLevels { references.append((r, P.competencies, l.competency, competencySheet)) }
                guard let id, let title = r.string(P.title, required: true), let unit,
                      let level: Level = r.vocabulary(P.level, required: true) else { continue }
                let seats = r.whole(P.seats) ?? 1
                positions.append(Position(
                    id: id, title: title, unit: unit, head: head.map { ["ya", "y", "1", "true", "benar"].contains($0) } ?? false,
                    level: level, eselon: r.vocabulary(P.eselon), jenjang: r.vocabulary(P.jenjang), grade: r.whole(P.grade),
                    seats: seats, requires: Requirements(rank: r.vocabulary(P.rank), education: r.vocabulary(P.education),
                                                         competencies: requiredLevels),
                    dotted: dotted, reportsTo: reportsTo, functionalKind: r.string(P.kind)))
            }
        }
        let positionIndex = Dictionary(positions.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        if let s = sheet(workloadSheet), let rows = Rows(s, workloadColumns, problems) {
            unreadable.remove(workloadSheet)
            for r in rows.rows {
                let post = r.string(W.position, required: true)
                let task = r.string(W.task, required: true)
                let volume = r.number(W.volume, required: true), minutes = r.number(W.minutes, required: true)
                guard let post else { continue }
                guard let p = positionIndex[post] else {
                    if codes[positionSheet]!.contains(post) == false {
                        problems.add(r.location(W.position), .unknownReference(header: W.position, id: post, sheet: positionSheet))
                    }
                    continue
                }
                if let task, let volume, let minutes {
                    positions[p].workload.append(WorkloadTask(task: task, volume: volume, minutes: minutes))
                }
            }
        }
        if let s = sheet(personSheet), let rows = Rows(s, personColumns, problems) {
            unreadable.remove(personSheet)
            for r in rows.rows {
                let nip = r.nip(E.nip)
                let post = r.string(E.position)
                if let post { references.append((r, E.position, post, positionSheet)) }
                let held = r.levels(E.competencies)
                for l in held { references.append((r, E.competencies, l.competency, competencySheet)) }
                guard let nip, let name = r.string(E.name, required: true) else { continue }
                people.append(Person(nip: nip, name: name, position: post, since: r.day(E.since), rank: r.vocabulary(E.rank),
                                     rankSince: r.day(E.rankSince), education: r.vocabulary(E.education), born: r.day(E.born),
                                     gender: r.vocabulary(E.gender), status: r.vocabulary(E.status), competencies: held,
                                     performance: r.vocabulary(E.performance), potential: r.vocabulary(E.potential), acting: r.string(E.acting)))
            }
        }
        if let s = sheet(careerSheet), let rows = Rows(s, careerColumns, problems) {
            unreadable.remove(careerSheet)
            for r in rows.rows {
                let from = r.string(K.from, required: true), to = r.string(K.to, required: true)
                if let from { references.append((r, K.from, from, positionSheet)) }
                if let to { references.append((r, K.to, to, positionSheet)) }
                let years = r.number(K.minYears)
                if let from, let to { careers.append(CareerPath(from: from, to: to, minYears: years)) }
            }
        }
        for (row, header, id, target) in references where !unreadable.contains(target) && !(codes[target]?.contains(id) ?? true) {
            problems.add(row.location(header), .unknownReference(header: header, id: id, sheet: target))
        }
        guard problems.list.isEmpty, let organisation else { return .failure(WorkbookProblems(problems: problems.list)) }
        var chart = OrgChart(organisation: organisation, competencies: competencies, units: units, positions: positions,
                             people: people, careerPaths: careers)
        readPlanRows(orgSheet, into: &chart)
        return .success(chart)
    }

    // MARK: Typology and cost rows (issue 14)

    /// Row labels of the Organisasi sheet for the APBD, the cost settings and the pemetaan figures
    /// (`typology:`): `tipologi TABLE.INDICATOR`, or `tipologi penduduk` / `tipologi luas_wilayah`.
    enum Plan {
        static let apbd = "APBD (Rp)", tpp = "tpp", baseSalary = "gaji_pokok", ceiling = "belanja_pegawai_ceiling", pppk = "pppk_share"
        static let typology = "tipologi "
        /// After `tipologi `: a kecamatan's figure, `kecamatan.UNIT.INDICATOR`.
        static let kecamatan = "kecamatan."
        static func isPlanLabel(_ label: String) -> Bool {
            [apbd, tpp, baseSalary, ceiling, pppk].contains(label) || label.hasPrefix(typology)
        }
    }

    static func addPlanRows(_ sheet: inout SheetLayout, _ chart: OrgChart) {
        let o = chart.organisation, s = o.settings
        sheet.append([.text(Plan.apbd), o.apbd.map { Cell.number($0) } ?? .empty, .text("APBD setahun; dasar batas belanja pegawai (UU 1/2022 Ps 146)")])
        sheet.append([.text(Plan.tpp), .text(s.tpp.keys.sorted().map { "\($0)=\(s.tpp[$0]!)" }.joined(separator: "; ")),
                      .text("TPP sebulan per kelas jabatan, mis. 5=4100000; 14=9950000 (Perkada)")])
        sheet.append([.text(Plan.baseSalary), .text(Rank.allCases.compactMap { r in s.baseSalary[r].map { "\(r.rawValue)=\($0.lowerBound)-\($0.upperBound)" } }.joined(separator: "; ")),
                      .text("Gaji pokok per golongan, langkah pertama-terakhir; kosong = PP 5/2024")])
        sheet.append([.text(Plan.ceiling), .number(s.personnelSpendingCeiling), .text("Batas porsi belanja pegawai dalam APBD")])
        sheet.append([.text(Plan.pppk), .number(s.pppkShare), .text("Porsi PPPK dalam formasi pelaksana dan fungsional")])
        guard let t = chart.typology else { return }
        if let p = t.population { sheet.append([.text(Plan.typology + "penduduk"), .number(p), .text("Pemetaan urusan: jumlah penduduk")]) }
        if let a = t.area { sheet.append([.text(Plan.typology + "luas_wilayah"), .number(a), .text("Pemetaan urusan: luas wilayah (km²)")]) }
        for table in TypologyTables.technical {
            for i in table.indicators {
                guard let v = t.indicators[table.id]?[i.id] else { continue }
                sheet.append([.text(Plan.typology + "\(table.id).\(i.id)"), .number(v), .text(i.name)])
            }
        }
        // Lampiran IV.B.H per kecamatan: `tipologi kecamatan.UNIT.INDICATOR`.
        for unit in chart.units where t.kecamatan[unit.id] != nil {
            for i in TypologyTables.kecamatan.indicators {
                guard let v = t.kecamatan[unit.id]?[i.id] else { continue }
                sheet.append([.text(Plan.typology + "\(Plan.kecamatan)\(unit.id).\(i.id)"), .number(v), .text("\(unit.name): \(i.name)")])
            }
        }
    }

    static func readPlanRows(_ sheet: Sheet, into chart: inout OrgChart) {
        var typology = TypologyInput(), anyTypology = false
        for r in 2...max(2, sheet.rows.count) {
            let label = sheet[r, 1].text.trimmed, v = sheet[r, 2]
            guard Plan.isPlanLabel(label), !v.isEmpty else { continue }
            let text = v.text.trimmed
            switch label {
            case Plan.apbd: chart.organisation.apbd = number(v)
            case Plan.ceiling: if let d = number(v) { chart.organisation.settings.personnelSpendingCeiling = d }
            case Plan.pppk: if let d = number(v) { chart.organisation.settings.pppkShare = d }
            case Plan.tpp:
                for pair in text.split(separator: ";") {
                    let kv = pair.split(separator: "=").map { $0.trimmingCharacters(in: .whitespaces) }
                    if kv.count == 2, let g = Int(kv[0]), let a = Int(kv[1]) { chart.organisation.settings.tpp[g] = a }
                }
            case Plan.baseSalary:
                for pair in text.split(separator: ";") {
                    let kv = pair.split(separator: "=").map { $0.trimmingCharacters(in: .whitespaces) }
                    let ends = kv.count == 2 ? kv[1].split(separator: "-").compactMap { Int($0) } : []
                    if let rank = kv.first.flatMap(Rank.init(rawValue:)), ends.count == 2, ends[0] <= ends[1] {
                        chart.organisation.settings.baseSalary[rank] = ends[0]...ends[1]
                    }
                }
            default:
                guard let d = number(v) else { continue }
                let key = String(label.dropFirst(Plan.typology.count))
                anyTypology = true
                if key == "penduduk" { typology.population = d; continue }
                if key == "luas_wilayah" { typology.area = d; continue }
                if key.hasPrefix(Plan.kecamatan), let dot = key.lastIndex(of: "."), dot > key.index(key.startIndex, offsetBy: Plan.kecamatan.count) {
                    let unit = String(key[key.index(key.startIndex, offsetBy: Plan.kecamatan.count)..<dot])
                    typology.kecamatan[unit, default: [:]][String(key[key.index(after: dot)...])] = d
                    continue
                }
                let parts = key.split(separator: ".", maxSplits: 1).map(String.init)
                if parts.count == 2 { typology.indicators[parts[0], default: [:]][parts[1]] = d }
            }
        }
        if anyTypology { chart.typology = typology }
    }

    /// The row a record of the chart read from `workbook` came from (its code's cell), for the chart's own
    /// checks to point at: `bagan.xlsx:Jabatan!A7`.
    public static func location(of record: RecordLabel, in workbook: Workbook) -> TableLocation? {
        guard let kind = record.kind else { return nil }
        let (sheetName, header): (String, String)
        switch kind {
        case .organisation: (sheetName, header) = (organisationSheet, O.value)
        case .competency: (sheetName, header) = (competencySheet, C.id)
        case .unit: (sheetName, header) = (unitSheet, U.id)
        case .position: (sheetName, header) = (positionSheet, P.id)
        case .person: (sheetName, header) = (personSheet, E.nip)
        case .careerPath: (sheetName, header) = (careerSheet, K.from)
        }
        guard let sheet = workbook.sheets.first(where: { $0.name == sheetName }),
              let column = sheet.rows.first?.firstIndex(where: { $0.text.trimmed == header }).map({ $0 + 1 }) else { return nil }
        if kind == .organisation { return sheet.location(path: workbook.path, row: 2, column: column) }
        guard let id = record.id, let row = sheet.rows.indices.dropFirst().first(where: { sheet[$0 + 1, column].text.trimmed == id }) else {
            return nil
        }
        return sheet.location(path: workbook.path, row: row + 1, column: column)
    }

    static func readOrganisation(_ sheet: Sheet, _ problems: Problems) -> Organisation? {
        var values: [String: (CellValue, Int)] = [:]
        let known = Set([O.id, O.name, O.region, O.province, O.geo, O.asOf] + settingRows.map(\.key))
        for r in 2...max(2, sheet.rows.count) {
            let label = sheet[r, 1].text.trimmed
            guard !label.isEmpty else { continue }
            guard known.contains(label) || Plan.isPlanLabel(label) else {
                problems.add(sheet.location(path: problems.path, row: r, column: 1), .unknownSetting(label: label))
                continue
            }
            values[label] = (sheet[r, 2], r)
        }
        func at(_ label: String) -> TableLocation {
            sheet.location(path: problems.path, row: values[label]?.1 ?? 1, column: values[label] == nil ? 1 : 2)
        }
        func text(_ label: String) -> String? {
            let t = values[label]?.0.text.trimmed ?? ""
            return t.isEmpty ? nil : t
        }
        let id = text(O.id), name = text(O.name)
        if id == nil { problems.add(at(O.id), .required(header: O.id)) }
        if name == nil { problems.add(at(O.name), .required(header: O.name)) }
        var region: Region?
        if let t = text(O.region) {
            region = Region(rawValue: t.lowercased())
            if region == nil { problems.add(at(O.region), .unknownValue(header: O.region, value: t, allowed: Region.allSpellings)) }
        } else { problems.add(at(O.region), .required(header: O.region)) }
        var geo: Double?
        if let v = values[O.geo]?.0, !v.isEmpty {
            geo = number(v)
            if geo == nil { problems.add(at(O.geo), .notANumber(header: O.geo, value: v.text)) }
        }
        var asOf: Day?
        if let v = values[O.asOf]?.0, !v.isEmpty {
            asOf = day(v)
            if asOf == nil { problems.add(at(O.asOf), .notADate(header: O.asOf, value: v.text)) }
        } else { problems.add(at(O.asOf), .required(header: O.asOf)) }
        var settings = Settings()
        for row in settingRows {
            guard let (v, _) = values[row.key] else { continue }
            if v.isEmpty && !row.key.hasPrefix("structural_allowance") { continue }
            if !row.read(&settings, v) { problems.add(at(row.key), .notANumber(header: row.key, value: v.text)) }
        }
        guard let id, let name, let region, let asOf else { return nil }
        return Organisation(id: id, name: name, region: region, province: text(O.province), geoFactor: geo, asOf: asOf, settings: settings)
    }

    // MARK: Reading cells

    final class Problems {
        let path: String
        var list: [WorkbookProblem] = []
        init(path: String) { self.path = path }
        func add(_ at: TableLocation, _ message: WorkbookMessage) { list.append(WorkbookProblem(at, message)) }
    }

    /// A sheet's data rows, with its columns found by their header in row 1 (any order).
    struct Rows {
        struct Row {
            let sheet: Sheet
            let row: Int
            let columns: [String: Int]
            let problems: Problems

            func location(_ header: String) -> TableLocation {
                sheet.location(path: problems.path, row: row, column: columns[header] ?? 1)
            }

            func cell(_ header: String) -> CellValue { columns[header].map { sheet[row, $0] } ?? .empty }

            func string(_ header: String, required: Bool = false) -> String? {
                let value = cell(header)
                let t: String
                if case .text(let s) = value { t = s.trimmed } else { t = value.text }
                if t.isEmpty {
                    if required { problems.add(location(header), .required(header: header)) }
                    return nil
                }
                return t
            }

            func list(_ header: String) -> [String] {
                (string(header) ?? "").split(separator: ";").map { String($0).trimmed }.filter { !$0.isEmpty }
            }

            func vocabularyText(_ header: String, allowed: [String]) -> String? {
                guard let t = string(header)?.lowercased() else { return nil }
                if allowed.contains(t) { return t }
                problems.add(location(header), .unknownValue(header: header, value: t, allowed: allowed))
                return nil
            }

            func vocabulary<T: Vocabulary>(_ header: String, required: Bool = false) -> T? {
                guard let t = string(header, required: required) else { return nil }
                if let v = T(rawValue: t) { return v }
                if let v = T.allCases.first(where: { $0.rawValue.lowercased() == t.lowercased() }) { return v }
                problems.add(location(header), .unknownValue(header: header, value: t, allowed: T.allSpellings))
                return nil
            }

            func number(_ header: String, required: Bool = false) -> Double? {
                let v = cell(header)
                if v.isEmpty {
                    if required { problems.add(location(header), .required(header: header)) }
                    return nil
                }
                if let d = ChartWorkbook.number(v) { return d }
                problems.add(location(header), .notANumber(header: header, value: v.text))
                return nil
            }

            func whole(_ header: String) -> Int? {
                let v = cell(header)
                guard !v.isEmpty else { return nil }
                if let i = ChartWorkbook.whole(v) { return i }
                problems.add(location(header), .notAWholeNumber(header: header, value: v.text))
                return nil
            }

            func day(_ header: String) -> Day? {
                let v = cell(header)
                guard !v.isEmpty else { return nil }
                if let d = ChartWorkbook.day(v) { return d }
                problems.add(location(header), .notADate(header: header, value: v.text))
                return nil
            }

            func nip(_ header: String) -> String? {
                let v = cell(header)
                if case .number(let d) = v {
                    problems.add(location(header), .nipDamaged(value: d >= 1e15 ? String(format: "%.5E", d) : v.text))
                    return nil
                }
                return string(header, required: true)
            }

            func levels(_ header: String) -> [CompetencyLevel] {
                var out: [CompetencyLevel] = []
                for part in list(header) {
                    let pieces = part.split(separator: ":", maxSplits: 1).map { String($0).trimmed }
                    guard pieces.count == 2, !pieces[0].isEmpty, let level = Int(pieces[1]) else {
                        problems.add(location(header), .badLevels(header: header, value: part))
                        return out
                    }
                    out.append(CompetencyLevel(pieces[0], level))
                }
                return out
            }
        }

        let rows: [Row]

        init?(_ sheet: Sheet, _ expected: [Column], _ problems: Problems) {
            var columns: [String: Int] = [:]
            for (c, cell) in (sheet.rows.first ?? []).enumerated() {
                let header = cell.text.trimmed
                if let column = expected.first(where: { $0.header.lowercased() == header.lowercased() }) {
                    columns[column.header] = c + 1
                }
            }
            var missing = false
            for column in expected where columns[column.header] == nil && column.header != W.title {
                problems.add(TableLocation(path: problems.path, sheet: sheet.name, cell: CellReference(row: 1, column: 1)),
                             .missingColumn(header: column.header))
                missing = true
            }
            if missing { return nil }
            rows = sheet.rows.indices.dropFirst().compactMap { r in
                sheet.rows[r].contains(where: { !$0.isEmpty }) ? Row(sheet: sheet, row: r + 1, columns: columns, problems: problems) : nil
            }
        }
    }

    static func plain(_ d: Double) -> String {
        if d == d.rounded(), abs(d) < 1e15 { return String(Int(d)) }
        return String(d)
    }

    /// A number cell, or text written with a decimal point or an Indonesian decimal comma.
    static func number(_ v: CellValue) -> Double? {
        switch v {
        case .number(let d): return d
        case .text(let s):
            var t = s.trimmed
            if t.contains(",") && !t.contains(".") { t = t.replacingOccurrences(of: ",", with: ".") }
            return Double(t)
        default: return nil
        }
    }

    static func whole(_ v: CellValue) -> Int? {
        guard let d = number(v), d == d.rounded(), abs(d) < 1e15 else { return nil }
        return Int(d)
    }

    static func numbers(_ v: CellValue) -> [Double]? {
        if case .number(let d) = v { return [d] }
        let parts = v.text.split(separator: ";").map { String($0).trimmed }.filter { !$0.isEmpty }
        let values = parts.compactMap { number(.text($0)) }
        return values.count == parts.count && !values.isEmpty ? values : nil
    }

    /// A date cell, an Excel serial, or text `dd-mm-yyyy`, `dd/mm/yyyy` or `yyyy-mm-dd` (day first always).
    static func day(_ v: CellValue) -> Day? {
        switch v {
        case .date(let d): return d
        case .number(let serial):
            guard serial == serial.rounded(), (1...2_958_465).contains(serial) else { return nil }
            return Day.excelSerial(Int(serial))
        case .text(let s):
            let t = s.trimmed
            if let d = Day(iso: t) { return d }
            let parts = t.split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == "." })
            guard parts.count == 3, parts[2].count == 4, let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2]) else { return nil }
            return Day(year: y, month: m, day: d)
        default: return nil
        }
    }
}

extension String {
    /// Without leading and trailing white space (NBSP too, which Excel users paste); cheap when there is none,
    /// as in nearly every cell.
    var trimmed: String {
        guard let first = first, let last = last, first.isWhitespace || last.isWhitespace else { return self }
        guard let start = firstIndex(where: { !$0.isWhitespace }), let end = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(self[start...end])
    }
}
