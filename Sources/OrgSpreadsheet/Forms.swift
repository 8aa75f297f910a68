import Foundation
public import OrgModel
public import OrgAnalysis
import OrgTables

/// The forms planners file and forward (hr-data-formats.md §6), in Indonesian as they are filed: title rows,
/// a header, a row of column numbers, the table, and its totals.
///
/// - peta jabatan: No (1, 1.1 …) | Nama Jabatan | Jenis Jabatan | Kelas Jabatan | B | K | +/-
/// - rekap ABK (rekapitulasi analisis beban kerja) per perangkat daerah
/// - ABK per jabatan: the workload worksheet of one post
/// - DUK (daftar urut kepangkatan)
public enum Form: String, CaseIterable, Sendable {
    case petaJabatan = "peta-jabatan"
    case rekapABK = "rekap-abk"
    case abk
    case duk
}

/// What a form covers: the whole chart, or one unit and what is below it; for ABK also one post.
public struct FormScope: Sendable {
    public var unit: Int?
    public var position: Int?

    public init(unit: Int? = nil, position: Int? = nil) {
        self.unit = unit
        self.position = position
    }
}

public enum Forms {
    /// The form as a workbook. Without a unit, the peta jabatan and the rekap ABK have a summary sheet
    /// (one row per perangkat daerah, with the total) and one sheet per perangkat daerah.
    public static func document(_ form: Form, _ graph: OrgGraph, scope: FormScope = FormScope()) -> SpreadsheetDocument {
        let org = graph.chart.organisation
        let sheets: [SheetLayout]
        switch form {
        case .petaJabatan:
            sheets = perUnit(graph, scope, summaryTitle: "REKAPITULASI PETA JABATAN",
                             summaryHeaders: ["NO", "PERANGKAT DAERAH", "JUMLAH PEGAWAI YANG ADA (B)", "JUMLAH KEBUTUHAN (K)", "KEKURANGAN / KELEBIHAN (+/-)"],
                             figures: { u in petaFigures(graph, u) }, sheet: { petaJabatan(graph, $0) })
        case .rekapABK:
            let gaps = GapAnalysis(graph)
            sheets = perUnit(graph, scope, summaryTitle: "REKAPITULASI ANALISIS BEBAN KERJA (ABK)",
                             summaryHeaders: ["NO", "PERANGKAT DAERAH", "JUMLAH PEMANGKU JABATAN", "HASIL ABK", "KELEBIHAN / KEKURANGAN"],
                             figures: { u in (gaps.units[u].figures.filled, gaps.units[u].figures.need) },
                             sheet: { rekapABK(graph, gaps, $0) })
        case .abk:
            let posts: [Int]
            if let p = scope.position {
                posts = [p]
            } else {
                let units = graph.subtree(of: scope.unit ?? graph.rootUnit)
                posts = units.flatMap { graph.unitPositions[$0] }.filter { !graph.positions[$0].workload.isEmpty }
            }
            var names = SheetNames()
            sheets = posts.map { abk(graph, $0, name: names.unique(graph.positions[$0].title)) }
        case .duk:
            sheets = [duk(graph, scope.unit)]
        }
        let titles: [Form: String] = [.petaJabatan: "Peta Jabatan", .rekapABK: "Rekapitulasi ABK", .abk: "Analisis Beban Kerja",
                                      .duk: "Daftar Urut Kepangkatan"]
        return SpreadsheetDocument(title: "\(titles[form]!) \(org.name)", created: org.asOf, sheets: sheets)
    }

    // MARK: Shared layout

    static func asOfLine(_ graph: OrgGraph) -> String {
        "KEADAAN \(Language.indonesian.date(graph.asOf).uppercased())"
    }

    /// Title rows merged over the table's width, then an empty row.
    static func titles(_ lines: [String], width: Int, into sheet: inout SheetLayout) {
        for (i, line) in lines.enumerated() {
            let r = sheet.append([.text(line, i == 0 ? .title : .subtitle)] + Array(repeating: .empty, count: width - 1))
            sheet.merge(row: r, from: 1, to: width)
        }
        sheet.append([])
    }

    /// The header row and the row of column numbers (1, 2, 3 … or a formula such as `7 = (4 x 5) / 6`).
    static func header(_ headers: [String], numbers: [String]? = nil, into sheet: inout SheetLayout) {
        let r = sheet.append(headers.map { .text($0, .header) })
        sheet.rowHeights[r] = headers.contains(where: { $0.count > 12 }) ? 45 : 20
        let labels = numbers ?? headers.indices.map { String($0 + 1) }
        sheet.append(labels.map { .text($0, .columnNumber) })
        sheet.frozenRows = sheet.cells.count
    }

    static let boxedInt = CellStyle.boxedCenter
    static let signed = CellStyle(number: .signed, border: true, alignment: .center)
    static let totalInt = CellStyle(bold: true, border: true, alignment: .center)
    static let totalSigned = CellStyle(number: .signed, bold: true, border: true, alignment: .center)

    /// The words a peta jabatan uses for a level.
    static func levelName(_ level: Level) -> String {
        switch level {
        case .politik: "Pejabat Negara"
        case .jptPratama: "JPT Pratama"
        case .administrator: "Administrator"
        case .pengawas: "Pengawas"
        case .pelaksana: "Pelaksana"
        case .fungsional: "JF"
        }
    }

    /// Without a unit: a summary sheet and one sheet per perangkat daerah; with one: that unit's sheet.
    static func perUnit(_ graph: OrgGraph, _ scope: FormScope, summaryTitle: String, summaryHeaders: [String],
                       figures: (Int) -> (b: Int, k: Int), sheet: (Int) -> SheetLayout) -> [SheetLayout] {
        if let u = scope.unit, u != graph.rootUnit { return [sheet(u)] }
        let top = graph.unitChildren[graph.rootUnit]
        var summary = SheetLayout(name: "Rekap", columnWidths: [6, 60, 16, 16, 18])
        titles([summaryTitle, graph.chart.organisation.name.uppercased(), asOfLine(graph)], width: 5, into: &summary)
        header(summaryHeaders, into: &summary)
        var totalB = 0, totalK = 0
        for (i, u) in top.enumerated() {
            let (b, k) = figures(u)
            totalB += b
            totalK += k
            summary.append([.int(i + 1, boxedInt), .text(graph.units[u].name, .boxedWrap), .int(b, boxedInt), .int(k, boxedInt),
                            .int(b - k, signed)])
        }
        // Posts of the pemda itself (the bupati, the staf ahli placed at the root) are counted in the total too.
        let (rootB, rootK) = figures(graph.rootUnit)
        if rootB != totalB || rootK != totalK {
            summary.append([.int(top.count + 1, boxedInt), .text(graph.units[graph.rootUnit].name + " (langsung)", .boxedWrap),
                            .int(rootB - totalB, boxedInt), .int(rootK - totalK, boxedInt), .int((rootB - totalB) - (rootK - totalK), signed)])
        }
        summary.append([.text("", .total), .text("JUMLAH", .total), .int(rootB, totalInt), .int(rootK, totalInt), .int(rootB - rootK, totalSigned)])
        var out = [summary]
        var names = SheetNames()
        names.taken.insert("rekap")
        for u in top {
            var s = sheet(u)
            s.name = names.unique(unitSheetName(graph.units[u].name))
            out.append(s)
        }
        return out
    }

    // MARK: Peta jabatan

    /// B (people in post) and K (formasi) of a unit's subtree.
    static func petaFigures(_ graph: OrgGraph, _ unit: Int) -> (b: Int, k: Int) {
        var b = 0, k = 0
        for u in graph.subtree(of: unit) {
            for p in graph.unitPositions[u] {
                b += graph.filled(p)
                k += graph.positions[p].seats
            }
        }
        return (b, k)
    }

    /// The peta jabatan of one unit: the head of each unit numbered by the tree (1, 1.1, 1.1.2), the other
    /// posts indented under it; B people in post, K the formasi, +/- = B − K (`+` on a surplus); JUMLAH.
    public static func petaJabatan(_ graph: OrgGraph, _ unit: Int) -> SheetLayout {
        var sheet = SheetLayout(name: "Peta Jabatan", columnWidths: [8, 62, 15, 9, 8, 8, 10])
        titles(["PETA JABATAN", graph.units[unit].name.uppercased(), asOfLine(graph)], width: 7, into: &sheet)
        header(["No", "Nama Jabatan", "Jenis Jabatan", "Kelas Jabatan", "B", "K", "+/-"], into: &sheet)
        var totalB = 0, totalK = 0
        func post(_ p: Int, number: String, depth: Int) {
            let position = graph.positions[p]
            let b = graph.filled(p), k = position.seats
            totalB += b
            totalK += k
            let nameStyle = CellStyle.boxedWrap.with { $0.indent = depth; $0.bold = position.head }
            sheet.append([.text(number, .boxedCenter), .text(position.title, nameStyle), .text(levelName(position.level), .boxedCenter),
                          position.grade.map { Cell.int($0, boxedInt) } ?? .text("", .boxed), .int(b, boxedInt), .int(k, boxedInt),
                          .int(b - k, signed)])
        }
        func walk(_ u: Int, number: String, depth: Int) {
            let head = graph.unitHead[u]
            if head >= 0 {
                post(head, number: number, depth: depth)
            } else {
                sheet.append([.text(number, .section), .text(graph.units[u].name, .section)] + Array(repeating: Cell.text("", .section), count: 5))
            }
            for p in graph.unitPositions[u] where p != head { post(p, number: "", depth: depth + 1) }
            for (i, child) in graph.unitChildren[u].enumerated() { walk(child, number: "\(number).\(i + 1)", depth: depth + 1) }
        }
        walk(unit, number: "1", depth: 0)
        sheet.append([.text("", .total), .text("JUMLAH", .total), .text("", .total), .text("", .total), .int(totalB, totalInt),
                      .int(totalK, totalInt), .int(totalB - totalK, totalSigned)])
        return sheet
    }

    // MARK: Rekap ABK

    /// The rekap ABK of one perangkat daerah: a section row per unit (its name in capitals), its posts
    /// numbered on, people in post, the need from ABK (the formasi where a post has no ABK), and the gap.
    public static func rekapABK(_ graph: OrgGraph, _ gaps: GapAnalysis, _ unit: Int) -> SheetLayout {
        var sheet = SheetLayout(name: "Rekap ABK", columnWidths: [6, 62, 14, 12, 14])
        titles(["REKAPITULASI ANALISIS BEBAN KERJA (ABK)", "DI LINGKUNGAN \(graph.units[unit].name.uppercased())",
                "\(graph.chart.organisation.name.uppercased()) – \(asOfLine(graph))"], width: 5, into: &sheet)
        header(["NO", "NAMA JABATAN", "JUMLAH PEMANGKU JABATAN", "HASIL ABK", "KELEBIHAN / KEKURANGAN"], into: &sheet)
        let byPosition = Dictionary(gaps.positions.map { ($0.position, $0) }, uniquingKeysWith: { a, _ in a })
        var n = 0, totalB = 0, totalK = 0
        for u in graph.subtree(of: unit) {
            let posts = graph.unitPositions[u].filter { byPosition[$0] != nil }
            guard !posts.isEmpty else { continue }
            let r = sheet.append([.text(graph.units[u].name.uppercased(), .section)] + Array(repeating: Cell.text("", .section), count: 4))
            sheet.merge(row: r, from: 1, to: 5)
            let ordered = posts.filter { $0 == graph.unitHead[u] } + posts.filter { $0 != graph.unitHead[u] }
            for p in ordered {
                let f = byPosition[p]!.figures
                n += 1
                totalB += f.filled
                totalK += f.need
                sheet.append([.int(n, boxedInt), .text(graph.positions[p].title, .boxedWrap), .int(f.filled, boxedInt),
                              .int(f.need, boxedInt), .int(f.filled - f.need, signed)])
            }
        }
        sheet.append([.text("TOTAL", .total), .text("", .total), .int(totalB, totalInt), .int(totalK, totalInt), .int(totalB - totalK, totalSigned)])
        return sheet
    }

    // MARK: ABK per jabatan

    /// The workload worksheet of one post: each task's yearly volume and minutes, the effective working
    /// minutes (WKE), the staff need of the task to 4 decimals, JUMLAH and PEMBULATAN (the chart's rounding).
    public static func abk(_ graph: OrgGraph, _ p: Int, name: String = "ABK") -> SheetLayout {
        let position = graph.positions[p]
        let settings = graph.settings
        let wke = settings.effectiveHours * 60
        var sheet = SheetLayout(name: name, columnWidths: [6, 56, 14, 14, 14, 14, 14])
        let t = sheet.append([.text("INFORMASI JABATAN – ANALISIS BEBAN KERJA", .title)] + Array(repeating: .empty, count: 6))
        sheet.merge(row: t, from: 1, to: 7)
        sheet.append([])
        let unit = graph.units[graph.positionUnit[p]]
        // The key : value block over the table, as the forms have it (the label over columns A–B).
        for (label, value) in [("Nama Jabatan", Cell.text(position.title)), ("Unit Kerja", .text(unit.name)),
                               ("Kelas Jabatan", position.grade.map { Cell.int($0, CellStyle(alignment: .left)) } ?? .empty)] {
            let r = sheet.append([.text(label), .empty, .text(":", CellStyle(alignment: .center)), value])
            sheet.merge(row: r, from: 1, to: 2)
            sheet.merge(row: r, from: 4, to: 7)
        }
        sheet.append([])
        header(["No", "Uraian Tugas", "Hasil Kerja / Satuan", "Jumlah Beban Kerja (Volume 1 Tahun)", "Waktu Penyelesaian (menit)",
                "Waktu Kerja Efektif (menit)", "Kebutuhan Pegawai"],
               numbers: ["1", "2", "3", "4", "5", "6", "7 = (4 x 5) / 6"], into: &sheet)
        let needStyle = CellStyle(number: .decimals(4), border: true, alignment: .right)
        let whole = position.workload.allSatisfy { $0.volume == $0.volume.rounded() && $0.minutes == $0.minutes.rounded() } && wke == wke.rounded()
        let numberStyle = CellStyle(number: whole ? .grouped : .general, border: true, alignment: .right)
        // Column G and the totals are formulas, so a planner who edits a volume or a time sees the need
        // follow; the values computed here are stored with them.
        var sum = 0.0
        let firstTask = sheet.cells.count + 1
        for (i, task) in position.workload.enumerated() {
            let need = task.totalMinutes / wke
            sum += need
            let r = sheet.cells.count + 1
            sheet.append([.int(i + 1, boxedInt), .text(task.task, .boxedWrap), .text("", .boxed), .number(task.volume, numberStyle),
                          .number(task.minutes, numberStyle), .number(wke, numberStyle),
                          Cell(.number(rounded4(need)), needStyle, formula: "=ROUND(D\(r)*E\(r)/F\(r),4)")])
        }
        let lastTask = sheet.cells.count
        let rounding = GapAnalysis.need(load: sum * wke / 60, hasWorkload: !position.workload.isEmpty, seats: position.seats,
                                        hours: settings.effectiveHours, rounding: settings.needRounding)
        let blanks = Array(repeating: Cell.text("", .total), count: 4)
        let sumRow = sheet.cells.count + 1
        sheet.append([.text("", .total), .text("JUMLAH", .total)] + blanks
                     + [Cell(.number(rounded4(sum)), needStyle.with { $0.bold = true }, formula: "=ROUND(SUM(G\(firstTask):G\(lastTask)),4)")])
        let roundingFormula: String
        switch settings.needRounding {
        case .halfUp: roundingFormula = "ROUND(G\(sumRow),0)"
        case .up: roundingFormula = "ROUNDUP(G\(sumRow),0)"
        case .down: roundingFormula = "ROUNDDOWN(G\(sumRow),0)"
        }
        sheet.append([.text("", .total), .text("PEMBULATAN", .total)] + blanks
                     + [Cell(.number(Double(rounding)), totalInt.with { $0.alignment = .right },
                             formula: "=IF(G\(sumRow)>0,MAX(1,\(roundingFormula)),0)")])
        return sheet
    }

    /// A need to 4 decimals, as the form prints it (and as a reader of the cell gets it).
    static func rounded4(_ x: Double) -> Double { (x * 10_000).rounded() / 10_000 }

    // MARK: DUK

    /// The daftar urut kepangkatan of the civil servants (PNS) in a unit (or the whole pemda): sorted by
    /// golongan (highest first), then TMT golongan (earliest first), then birth (oldest first).
    public static func duk(_ graph: OrgGraph, _ unit: Int?) -> SheetLayout {
        var sheet = SheetLayout(name: "DUK", columnWidths: [5, 30, 22, 9, 11, 36, 8, 11, 6, 6, 16, 10, 8, 16, 8, 8, 12, 14, 10],
                                landscape: true)
        let scopeUnits = Set(graph.subtree(of: unit ?? graph.rootUnit))
        let place = unit.map { graph.units[$0].name.uppercased() } ?? graph.chart.organisation.name.uppercased()
        titles(["DAFTAR URUT KEPANGKATAN PEGAWAI NEGERI SIPIL", place, asOfLine(graph)], width: 19, into: &sheet)
        // Two header rows: the groups merged over their columns, the sub-labels under them.
        let top = ["NO", "NAMA", "NIP", "PANGKAT", "", "JABATAN", "", "", "MASA KERJA", "", "LATIHAN JABATAN", "", "",
                   "PENDIDIKAN", "", "", "USIA", "CATATAN MUTASI", "KET"]
        let sub = ["", "", "", "GOL. RUANG", "TMT", "NAMA", "ESELON", "TMT", "THN", "BLN", "NAMA", "BULAN/TAHUN", "JML JAM",
                   "NAMA", "LULUS TAHUN", "TINGKAT IJAZAH", "", "", ""]
        let r1 = sheet.append(top.map { .text($0, .header) })
        let r2 = sheet.append(sub.map { .text($0, .header) })
        sheet.rowHeights[r2] = 30
        for (from, to) in [(4, 5), (6, 8), (9, 10), (11, 13), (14, 16)] { sheet.merge(row: r1, from: from, to: to) }
        for c in [1, 2, 3, 17, 18, 19] {
            sheet.merged.append(CellRange(first: CellReference(row: r1, column: c), last: CellReference(row: r2, column: c)))
        }
        sheet.append((1...19).map { .text(String($0), .columnNumber) })
        sheet.frozenRows = sheet.cells.count

        let people = graph.people.indices.filter { i in
            let person = graph.people[i]
            guard person.status != .pppk else { return false }
            let p = graph.personPosition[i]
            return p >= 0 ? scopeUnits.contains(graph.positionUnit[p]) : unit == nil
        }
        let sorted = people.sorted { a, b in
            let x = graph.people[a], y = graph.people[b]
            let rx = x.rank?.order ?? -1, ry = y.rank?.order ?? -1
            if rx != ry { return rx > ry }
            let tx = x.rankSince ?? Day(year: 9999, month: 12, day: 31)!, ty = y.rankSince ?? Day(year: 9999, month: 12, day: 31)!
            if tx != ty { return tx < ty }
            let bx = x.birthDate ?? Day(year: 9999, month: 12, day: 31)!, by = y.birthDate ?? Day(year: 9999, month: 12, day: 31)!
            if bx != by { return bx < by }
            return x.nip < y.nip
        }
        let asOf = graph.asOf
        for (n, i) in sorted.enumerated() {
            let person = graph.people[i]
            let p = graph.personPosition[i]
            let post = p >= 0 ? graph.positions[p] : nil
            var years: Cell = .text("", .boxed), months: Cell = .text("", .boxed)
            if case .success(let nip) = NIP.parse(person.nip), (1...12).contains(nip.appointedMonth),
               let start = Day(year: nip.appointedYear, month: nip.appointedMonth, day: 1), start <= asOf {
                let total = (asOf.year - start.year) * 12 + (asOf.month - start.month) - (asOf.day < start.day ? 1 : 0)
                years = .int(total / 12, boxedInt)
                months = .int(total % 12, boxedInt)
            }
            var age: Cell = .text("", .boxed)
            if let born = person.birthDate, born <= asOf {
                let total = (asOf.year - born.year) * 12 + (asOf.month - born.month) - (asOf.day < born.day ? 1 : 0)
                age = .text("\(total / 12) thn \(total % 12) bln", .boxedCenter)
            }
            sheet.append([
                .int(n + 1, boxedInt), .text(person.name, .boxedWrap), .text(spacedNIP(person.nip), .boxedText),
                .text(person.rank?.rawValue ?? "", .boxedCenter), .date(person.rankSince, .boxedDate),
                .text(post?.title ?? "(menunggu penempatan)", .boxedWrap), .text(post?.eselon?.rawValue ?? "", .boxedCenter),
                .date(person.since, .boxedDate), years, months,
                .text("", .boxed), .text("", .boxed), .text("", .boxed),
                .text("", .boxed), .text("", .boxed), .text(person.education?.rawValue ?? "", .boxedCenter),
                age, .text("", .boxed), .text("", .boxed),
            ])
        }
        return sheet
    }

    /// A NIP spaced for print as forms write it: `19710314 199803 1 901`; anything else as written.
    public static func spacedNIP(_ nip: String) -> String {
        guard nip.count == 18, nip.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nip }
        let c = Array(nip)
        return String(c[0..<8]) + " " + String(c[8..<14]) + " " + String(c[14]) + " " + String(c[15..<18])
    }
}

/// A unit's name as a sheet name: whole when it fits in 31 characters, else the acronym planners use
/// ("Badan Kepegawaian dan Pengembangan Sumber Daya Manusia" → "BKPSDM").
func unitSheetName(_ name: String) -> String {
    guard name.count > 31 else { return name }
    let skip: Set<String> = ["dan", "serta", "atau", "di", "ke", "dari", "pada", "untuk", "&"]
    let words = name.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "-" }).filter { !skip.contains($0.lowercased()) }
    return words.compactMap(\.first).map { $0.uppercased() }.joined()
}

/// Sheet names Excel accepts: at most 31 characters, none of `[]:*?/\`, unique regardless of case.
struct SheetNames {
    var taken: Set<String> = []

    mutating func unique(_ wanted: String) -> String {
        var base = String(wanted.map { "[]:*?/\\".contains($0) ? " " : $0 })
        base = base.trimmingCharacters(in: .whitespaces)
        if base.isEmpty { base = "Lembar" }
        var name = base.count <= 31 ? base : String(base.prefix(30)).trimmingCharacters(in: .whitespaces) + "…"
        var k = 2
        while taken.contains(name.lowercased()) {
            let suffix = " (\(k))"
            name = String(base.prefix(31 - suffix.count)).trimmingCharacters(in: .whitespaces) + suffix
            k += 1
        }
        taken.insert(name.lowercased())
        return name
    }
}
