public import OrgModel
public import OrgAnalysis
import OrgTables

/// The five-year formasi plan in the shape of the BKN planning tables (`ramping analyse formasi CHART
/// --format xlsx -o formasi.xlsx`; domain rules, section 12), one sheet each, in Indonesian as the
/// tables are filed:
///
/// - Bezetting: per perangkat daerah and post, unit kerja, jenis and kelas jabatan, B (in post), K (the
///   ABK need) and ± = B − K, a JUMLAH per perangkat daerah and in total
/// - Kebutuhan ABK: per post the workload (hours a year), the effective hours, the need unrounded and
///   rounded, B and ±
/// - Pensiun per Tahun: per kind of post with its BUP, those reaching it in each year of the plan
/// - Kebutuhan per Tahun: per post and year the number to recruit, split PNS / PPPK, with totals
///
/// Every figure is the `FormasiPlan`'s (and the `GapAnalysis` it stands on): the workbook adds no
/// arithmetic of its own beyond sums.
public enum FormasiWorkbook {
    public static func document(_ plan: FormasiPlan, _ graph: OrgGraph) -> SpreadsheetDocument {
        let org = graph.chart.organisation
        return SpreadsheetDocument(title: "Rencana Kebutuhan ASN \(org.name)", created: org.asOf,
                                   sheets: [bezetting(plan, graph), kebutuhanABK(plan, graph), pensiun(plan, graph), kebutuhan(plan, graph)])
    }

    static let boxedInt = CellStyle.boxedCenter
    static let totalInt = CellStyle(bold: true, border: true, alignment: .center)
    static let signed = CellStyle(number: .signed, border: true, alignment: .center)
    static let totalSigned = CellStyle(number: .signed, bold: true, border: true, alignment: .center)
    static let hours = CellStyle(number: .grouped, border: true, alignment: .right)
    static let need = CellStyle(number: .decimals(2), border: true, alignment: .center)

    static func yearLabels(_ plan: FormasiPlan) -> [String] { (0..<plan.years).map { "TAHUN \(plan.startYear + $0)" } }

    static func subtitle(_ plan: FormasiPlan, _ graph: OrgGraph) -> [String] {
        [graph.chart.organisation.name.uppercased(),
         "TAHUN \(plan.startYear)–\(plan.startYear + plan.years - 1) · \(Forms.asOfLine(graph))"]
    }

    /// The posts of the plan grouped by perangkat daerah, in chart order.
    static func groups(_ plan: FormasiPlan) -> [(name: String, posts: [FormasiPlan.PostPlan])] {
        var order: [String] = [], rows: [String: (String, [FormasiPlan.PostPlan])] = [:]
        for p in plan.posts {
            if rows[p.unit] == nil { order.append(p.unit); rows[p.unit] = (p.unitName, []) }
            rows[p.unit]!.1.append(p)
        }
        return order.map { (rows[$0]!.0, rows[$0]!.1) }
    }

    static func section(_ name: String, width: Int, into sheet: inout SheetLayout) {
        let r = sheet.append([.text(name.uppercased(), .section)] + Array(repeating: Cell.text("", .section), count: width - 1))
        sheet.merge(row: r, from: 1, to: width)
    }

    // MARK: Bezetting

    /// B, K and ± per post; K is the ABK need the plan works to (the formasi where a post has no ABK).
    public static func bezetting(_ plan: FormasiPlan, _ graph: OrgGraph) -> SheetLayout {
        var sheet = SheetLayout(name: "Bezetting", columnWidths: [6, 36, 48, 16, 9, 8, 8, 9])
        sheet.landscape = true
        Forms.titles(["BEZETTING DAN KEBUTUHAN PEGAWAI PER JABATAN"] + subtitle(plan, graph), width: 8, into: &sheet)
        Forms.header(["NO", "UNIT KERJA", "NAMA JABATAN", "JENIS JABATAN", "KELAS JABATAN", "B", "K", "+/-"], into: &sheet)
        var n = 0, allB = 0, allK = 0
        for group in groups(plan) {
            section(group.name, width: 8, into: &sheet)
            var b = 0, k = 0
            for p in group.posts {
                guard let i = graph.positionIndex[p.position] else { continue }
                let post = graph.positions[i]
                let inPost = p.years.first?.inPost ?? 0
                n += 1; b += inPost; k += p.need
                sheet.append([.int(n, boxedInt), .text(graph.units[graph.positionUnit[i]].name, .boxedWrap), .text(post.title, .boxedWrap),
                              .text(Forms.levelName(post.level), .boxedCenter), post.grade.map { Cell.int($0, boxedInt) } ?? .text("", .boxed),
                              .int(inPost, boxedInt), .int(p.need, boxedInt), .int(inPost - p.need, signed)])
            }
            sheet.append([.text("", .total), .text("JUMLAH " + group.name.uppercased(), .total), .text("", .total), .text("", .total),
                          .text("", .total), .int(b, totalInt), .int(k, totalInt), .int(b - k, totalSigned)])
            allB += b; allK += k
        }
        sheet.append([.text("", .total), .text("JUMLAH SELURUHNYA", .total), .text("", .total), .text("", .total), .text("", .total),
                      .int(allB, totalInt), .int(allK, totalInt), .int(allB - allK, totalSigned)])
        return sheet
    }

    // MARK: Kebutuhan ABK

    /// The ABK figures behind K: workload hours a year over the effective hours of one person.
    public static func kebutuhanABK(_ plan: FormasiPlan, _ graph: OrgGraph) -> SheetLayout {
        var sheet = SheetLayout(name: "Kebutuhan ABK", columnWidths: [6, 48, 16, 14, 14, 14, 12, 9])
        sheet.landscape = true
        let effective = graph.settings.effectiveHours
        Forms.titles(["KEBUTUHAN PEGAWAI MENURUT ANALISIS BEBAN KERJA (ABK)"] + subtitle(plan, graph), width: 8, into: &sheet)
        Forms.header(["NO", "NAMA JABATAN", "BEBAN KERJA (JAM/TAHUN)", "JAM KERJA EFEKTIF (JAM/TAHUN)", "KEBUTUHAN PEGAWAI",
                      "HASIL ABK (DIBULATKAN)", "BEZETTING", "+/-"],
                     numbers: ["1", "2", "3", "4", "5 = 3 / 4", "6", "7", "8 = 7 − 6"], into: &sheet)
        let gaps = GapAnalysis(graph)
        let byID = Dictionary(gaps.positions.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var n = 0, allLoad = 0.0, allK = 0, allB = 0
        for group in groups(plan) {
            section(group.name, width: 8, into: &sheet)
            for p in group.posts {
                let inPost = p.years.first?.inPost ?? 0
                n += 1; allK += p.need; allB += inPost
                if let gap = byID[p.position], gap.hasWorkload {
                    allLoad += gap.figures.loadHours
                    sheet.append([.int(n, boxedInt), .text(p.title, .boxedWrap), .number(gap.figures.loadHours.rounded(), hours),
                                  .number(effective, hours), .number(gap.figures.loadHours / effective, need),
                                  .int(p.need, boxedInt), .int(inPost, boxedInt), .int(inPost - p.need, signed)])
                } else {
                    sheet.append([.int(n, boxedInt), .text(p.title, .boxedWrap), .text("tanpa ABK: formasi", .boxedCenter),
                                  .text("", .boxed), .text("", .boxed), .int(p.need, boxedInt), .int(inPost, boxedInt), .int(inPost - p.need, signed)])
                }
            }
        }
        sheet.append([.text("", .total), .text("JUMLAH", .total), .number(allLoad.rounded(), hours.with { $0.bold = true }), .text("", .total),
                      .text("", .total), .int(allK, totalInt), .int(allB, totalInt), .int(allB - allK, totalSigned)])
        return sheet
    }

    // MARK: Pensiun per tahun

    /// The kind of post a retirement is counted under, with its BUP (UU 20/2023 Ps 55; PP 11/2017 Ps 239).
    static func retirementKind(_ post: Position) -> String {
        switch post.level {
        case .politik: "Pejabat Negara"
        case .jptPratama: "Jabatan Pimpinan Tinggi Pratama"
        case .administrator: "Jabatan Administrator"
        case .pengawas: "Jabatan Pengawas"
        case .pelaksana: "Jabatan Pelaksana"
        case .fungsional: "JF " + (post.functionalKind.map(FunctionalKinds.name) ?? "(jenis belum diisi)")
        }
    }

    /// Per kind of post and its BUP, those reaching it in each year of the plan.
    public static func pensiun(_ plan: FormasiPlan, _ graph: OrgGraph) -> SheetLayout {
        let width = 4 + plan.years
        var sheet = SheetLayout(name: "Pensiun per Tahun", columnWidths: [6, 46, 10] + Array(repeating: 13, count: plan.years) + [11])
        Forms.titles(["PROYEKSI PEGAWAI MENCAPAI BATAS USIA PENSIUN (BUP) PER TAHUN"] + subtitle(plan, graph), width: width, into: &sheet)
        Forms.header(["NO", "JENIS JABATAN", "BUP (TAHUN)"] + yearLabels(plan) + ["JUMLAH"], into: &sheet)
        var order: [String] = [], rows: [String: (kind: String, age: Int, years: [Int])] = [:]
        for p in plan.posts {
            guard let i = graph.positionIndex[p.position] else { continue }
            let post = graph.positions[i]
            guard let age = post.retirementAge(graph.settings) else { continue }
            let kind = retirementKind(post)
            let key = "\(kind)|\(age)"
            if rows[key] == nil { order.append(key); rows[key] = (kind, age, Array(repeating: 0, count: plan.years)) }
            for (y, year) in p.years.enumerated() { rows[key]!.years[y] += year.retiring }
        }
        order.sort { a, b in
            let x = rows[a]!, y = rows[b]!
            return x.age != y.age ? x.age > y.age : x.kind < y.kind
        }
        var totals = Array(repeating: 0, count: plan.years)
        for (n, key) in order.enumerated() {
            let row = rows[key]!
            for y in 0..<plan.years { totals[y] += row.years[y] }
            sheet.append([.int(n + 1, boxedInt), .text(row.kind, .boxedWrap), .int(row.age, boxedInt)]
                         + row.years.map { Cell.int($0, boxedInt) } + [.int(row.years.reduce(0, +), totalInt)])
        }
        sheet.append([.text("", .total), .text("JUMLAH", .total), .text("", .total)] + totals.map { Cell.int($0, totalInt) }
                     + [.int(totals.reduce(0, +), totalInt)])
        return sheet
    }

    // MARK: Kebutuhan per tahun

    /// Per post and year: the number to recruit (ABK need − in post + reaching BUP) and its PNS / PPPK
    /// split; posts with nothing to recruit in the plan's years are left out, totals per perangkat daerah.
    public static func kebutuhan(_ plan: FormasiPlan, _ graph: OrgGraph) -> SheetLayout {
        let yearColumns = plan.years * 3
        let width = 3 + yearColumns + 3
        var sheet = SheetLayout(name: "Kebutuhan per Tahun", columnWidths: [6, 44, 16] + Array(repeating: 8, count: yearColumns + 3))
        sheet.landscape = true
        sheet.fitToPageWidth = false
        Forms.titles(["RENCANA KEBUTUHAN ASN PER TAHUN (ABK − BEZETTING + PENSIUN)"] + subtitle(plan, graph)
                     + ["PPPK \(Language.indonesian.percent(plan.pppkShare, decimals: 0)) DARI FORMASI JABATAN PELAKSANA DAN FUNGSIONAL; JABATAN MANAJERIAL PNS"],
                     width: width, into: &sheet)
        // Two header rows: each year over its three columns, then FORMASI / PNS / PPPK.
        let top = sheet.append([.text("NO", .header), .text("NAMA JABATAN", .header), .text("JENIS JABATAN", .header)]
                               + (yearLabels(plan) + ["JUMLAH"]).flatMap { [Cell.text($0, .header), Cell.text("", .header), Cell.text("", .header)] })
        for y in 0...plan.years { sheet.merge(row: top, from: 4 + y * 3, to: 6 + y * 3) }
        sheet.append([Cell.text("", .header), .text("", .header), .text("", .header)]
                     + Array(repeating: [Cell.text("FORMASI", .header), .text("PNS", .header), .text("PPPK", .header)], count: plan.years + 1).flatMap { $0 })
        for c in 1...3 { sheet.merged.append(CellRange(first: CellReference(row: top, column: c), last: CellReference(row: top + 1, column: c))) }
        sheet.rowHeights[top] = 20
        sheet.frozenRows = sheet.cells.count
        func figures(_ years: [FormasiPlan.Year], style: CellStyle) -> [Cell] {
            let all = years.reduce(FormasiPlan.Year()) { a, y in
                var s = a; s.recruit += y.recruit; s.pns += y.pns; s.pppk += y.pppk; return s
            }
            return (years + [all]).flatMap { [Cell.int($0.recruit, style), .int($0.pns, style), .int($0.pppk, style)] }
        }
        var n = 0
        var all: [[FormasiPlan.Year]] = []
        for group in groups(plan) {
            let posts = group.posts.filter { $0.years.contains { $0.recruit > 0 } }
            guard !posts.isEmpty else { continue }
            section(group.name, width: width, into: &sheet)
            for p in posts {
                n += 1
                let level = graph.positionIndex[p.position].map { Forms.levelName(graph.positions[$0].level) } ?? ""
                sheet.append([.int(n, boxedInt), .text(p.title, .boxedWrap), .text(level, .boxedCenter)] + figures(p.years, style: boxedInt))
            }
            let sum = FormasiPlan.sum(posts.map(\.years), count: plan.years)
            all.append(sum)
            sheet.append([.text("", .total), .text("JUMLAH " + group.name.uppercased(), .total), .text("", .total)] + figures(sum, style: totalInt))
        }
        sheet.append([.text("", .total), .text("JUMLAH SELURUHNYA", .total), .text("", .total)]
                     + figures(FormasiPlan.sum(all, count: plan.years), style: totalInt))
        return sheet
    }
}
