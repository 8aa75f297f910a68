import Foundation
import OrgAnalysis
import OrgExport
import OrgModel
import OrgSimulation

/// Builds the deck a planner presents at a DPRD hearing (paparan), in the order the hearing follows: title,
/// the numbers on one page, the current structure and its problems, layers and spans, staffing need and
/// retirements, each scenario (what changes, its numbers and cost), the scenarios side by side with the
/// recommendation, and the peta jabatan of every affected perangkat daerah as an appendix.
///
/// Personal data (UU 27/2022): no slide shows a name or a NIP unless `showNames` is set.
public struct DeckBuilder {
    /// A scenario replayed on the chart.
    public struct ScenarioResult {
        public var name: String
        public var simulation: Simulation
        public var after: OrgGraph
        public init(name: String, simulation: Simulation, after: OrgGraph) {
            self.name = name
            self.simulation = simulation
            self.after = after
        }
    }

    public var graph: OrgGraph
    public var scenarios: [ScenarioResult]
    public var language: Language
    public var showNames: Bool
    /// The chart's file name, for the footer ("Sumber: kabupaten-sragen.yaml").
    public var source: String
    /// The presenting unit on the title page.
    public var presenter: String?
    /// The scenario named as recommended (its name), or nil.
    public var recommended: String?
    /// Pictures of structure and peta jabatan; tests may leave them out (Graphviz is slow on two cores).
    public var diagrams: Bool = true

    public init(graph: OrgGraph, scenarios: [ScenarioResult], language: Language, showNames: Bool = false, source: String,
                presenter: String? = nil, recommended: String? = nil) {
        self.graph = graph
        self.scenarios = scenarios
        self.language = language
        self.showNames = showNames
        self.source = source
        self.presenter = presenter
        self.recommended = recommended
    }

    var l: Language { language }
    var body: Frame { Layout.body }

    public func build() throws -> Deck {
        let organisation = graph.chart.organisation.name
        let date = l.date(graph.asOf)
        var slides: [Slide] = [titleSlide(organisation: organisation, date: date), summarySlide()]
        slides += try structureSlides()
        slides.append(spansSlide())
        slides += staffingSlides()
        let comparison = Comparison([(l.pick("Kondisi awal", "Baseline"), graph)] + scenarios.map { ($0.name, $0.after) })
        for (k, s) in scenarios.enumerated() { slides += try scenarioSlides(s, number: k + 1, comparison: comparison, column: k + 1) }
        if !scenarios.isEmpty { slides.append(sideBySideSlide(comparison)) }
        slides += try appendixSlides()
        let subject = l.pick("Penataan organisasi perangkat daerah", "Restructuring the regional government")
        return Deck(title: "\(subject) — \(organisation)", organisation: organisation,
                    footer: l.pick("Sumber: \(source), data per \(date) · diolah dengan Ramping", "Source: \(source), data as of \(date) · prepared with Ramping"),
                    date: graph.asOf.description, language: l.rawValue, slides: slides)
    }

    // MARK: Helpers

    func text(_ paragraphs: [Paragraph], _ frame: Frame, alignment: TextBox.Alignment = .left, fill: Colour? = nil) -> Block {
        Block(frame, .text(TextBox(paragraphs, alignment: alignment, fill: fill)))
    }

    func bullets(_ lines: [String], size: Double = DeckStyle.bodySize) -> [Paragraph] { lines.map { Paragraph($0, size: size, bullet: true) } }

    func int(_ v: Int) -> String { l.integer(v) }

    func money(_ v: Double?) -> String {
        guard let v else { return l.pick("tidak dihitung", "not costed") }
        return l.rupiah(Int(v.rounded()))
    }

    /// A number tile: the figure large, its label under it.
    func tile(_ value: String, _ label: String, _ frame: Frame, colour: Colour = DeckStyle.accent) -> Block {
        text([Paragraph(value, size: 26, bold: true, colour: colour), Paragraph(label, size: 12, colour: DeckStyle.text)], frame,
             alignment: .centre, fill: DeckStyle.accentLight)
    }

    /// Frames of a grid of `columns` × `rows` tiles in `area`.
    func grid(_ area: Frame, columns: Int, rows: Int, gap: Double = 14) -> [Frame] {
        let w = (area.width - gap * Double(columns - 1)) / Double(columns)
        let h = (area.height - gap * Double(rows - 1)) / Double(rows)
        return (0..<rows).flatMap { r in (0..<columns).map { c in Frame(area.x + Double(c) * (w + gap), area.y + Double(r) * (h + gap), w, h) } }
    }

    // MARK: Slides

    func titleSlide(organisation: String, date: String) -> Slide {
        let subject = l.pick("Penataan Organisasi Perangkat Daerah", "Restructuring the Regional Government")
        let presenting = presenter ?? l.pick("Bagian Organisasi Sekretariat Daerah", "Organisation Section, Regional Secretariat")
        let occasion = l.pick("Bahan paparan kepada Dewan Perwakilan Rakyat Daerah", "Presentation to the Regional House of Representatives (DPRD)")
        return Slide(kind: .title, title: subject, blocks: [
            text([Paragraph(subject, size: 34, bold: true, colour: DeckStyle.accent)], Frame(60, 130, 840, 100)),
            text([Paragraph(organisation, size: 24, bold: true), Paragraph(occasion, size: 16, colour: DeckStyle.muted)], Frame(60, 240, 840, 90)),
            text([Paragraph(l.pick("Data per \(date)", "Data as of \(date)"), size: 16), Paragraph(presenting, size: 16, bold: true)],
                 Frame(60, 360, 840, 70)),
            text([Paragraph(l.pick("Sumber: \(source)", "Source: \(source)"), size: 10, colour: DeckStyle.muted)], Frame(60, 480, 840, 24)),
        ])
    }

    func summarySlide() -> Slide {
        let s = ChartSummary(graph)
        let gaps = GapAnalysis(graph)
        let spans = SpanAnalysis(graph)
        let compliance = ComplianceAnalysis(graph)
        let top = graph.unitChildren[graph.rootUnit].count
        let allowance = Comparison.allowance(graph)
        let frames = grid(Frame(body.x, body.y + 6, body.width, 300), columns: 4, rows: 2)
        let blocks = [
            tile(int(top), l.pick("perangkat daerah", "perangkat daerah"), frames[0]),
            tile(int(s.positions), l.pick("jabatan (\(int(s.seats)) formasi)", "posts (\(int(s.seats)) seats)"), frames[1]),
            tile(int(s.inPost), l.pick("pegawai menjabat", "people in post"), frames[2]),
            tile(int(s.vacantSeats), l.pick("formasi kosong", "vacant seats"), frames[3]),
            tile(int(gaps.summary.need), l.pick("kebutuhan pegawai menurut ABK", "staff needed by workload analysis"), frames[4]),
            tile(int(gaps.summary.shortage), l.pick("kekurangan pegawai", "shortage"), frames[5], colour: DeckStyle.bad),
            tile(int(spans.summary.layers), l.pick("lapisan jabatan", "layers"), frames[6]),
            tile(int(compliance.errors), l.pick("temuan pelanggaran aturan", "breaches of regulation"), frames[7], colour: compliance.errors > 0 ? DeckStyle.bad : DeckStyle.good),
        ]
        let lines = [
            l.pick("Kelebihan pegawai pada jabatan tertentu: \(int(gaps.summary.surplus)) orang; kekurangan: \(int(gaps.summary.shortage)) orang.",
                   "Surplus in some posts: \(int(gaps.summary.surplus)) people; shortage: \(int(gaps.summary.shortage)) people."),
            l.pick("Atasan dengan rentang kendali sempit (kurang dari \(graph.settings.spanNarrow) bawahan): \(int(spans.summary.narrow)) dari \(int(spans.summary.managers)).",
                   "Managers with a narrow span (fewer than \(graph.settings.spanNarrow) reports): \(int(spans.summary.narrow)) of \(int(spans.summary.managers))."),
            l.pick("Tunjangan jabatan struktural per tahun: \(l.rupiah(allowance)).", "Structural allowance a year: \(l.rupiah(allowance))."),
        ]
        return Slide(title: l.pick("Ringkasan angka", "The numbers on one page"),
                     blocks: blocks + [text(bullets(lines, size: 14), Frame(body.x, body.y + 322, body.width, 100))])
    }

    /// Plain words for each compliance rule.
    func ruleText(_ rule: String) -> String {
        switch rule {
        case "size.bidang": l.pick("Jumlah bidang melebihi batas tipe perangkat daerah", "More bidang than the unit's type allows")
        case "size.seksi": l.pick("Jumlah seksi melebihi batas", "More seksi than allowed")
        case "size.subbidang": l.pick("Jumlah subbidang melebihi batas", "More subbidang than allowed")
        case "size.subbagian": l.pick("Jumlah subbagian melebihi batas", "More subbagian than allowed")
        case "size.asisten": l.pick("Jumlah asisten sekretaris daerah melebihi batas", "More asisten than allowed")
        case "size.bagian": l.pick("Jumlah bagian melebihi batas", "More bagian than allowed")
        case "size.inspektur-pembantu": l.pick("Jumlah inspektur pembantu melebihi batas", "More inspektur pembantu than allowed")
        case "size.staf-ahli": l.pick("Staf ahli lebih dari tiga", "More than three staf ahli")
        case "eselon.head": l.pick("Eselon kepala unit tidak sesuai jenis unitnya", "A unit head's eselon does not match the unit")
        case "eselon.chain": l.pick("Bawahan bereselon lebih tinggi dari atasannya", "A subordinate has a higher eselon than the superior")
        case "grade.chain": l.pick("Bawahan berkelas jabatan lebih tinggi dari atasannya", "A subordinate has a higher job class than the superior")
        case "rank.range": l.pick("Pangkat pemangku jabatan di luar rentang eselonnya", "A holder's rank is outside the eselon's range")
        case "education.level": l.pick("Pendidikan pemangku jabatan di bawah syarat minimal", "A holder's education is below the minimum")
        case "requirement.unmet": l.pick("Pemangku jabatan belum memenuhi syarat jabatan", "A holder does not meet the post's requirements")
        case "retirement.past": l.pick("Pegawai masih menjabat melewati batas usia pensiun", "Someone is in post past retirement age")
        case "head.missing": l.pick("Unit tanpa jabatan kepala", "A unit without a head post")
        case "head.vacant": l.pick("Jabatan kepala unit kosong (perlu pejabat definitif atau Plt)", "A head post is vacant (appoint or name a Plt)")
        case "functional.coverage": l.pick("Jabatan pengawas pada pekerjaan yang dapat diampu jabatan fungsional", "Pengawas posts where functional posts could do the work")
        case "layers.depth": l.pick("Lapisan jabatan terlalu banyak", "Too many layers")
        default: ComplianceRule(rawValue: rule).map { l.pick("Belum sesuai: ", "Not met: ") + $0.summary(l) } ?? rule
        }
    }

    func problemsTable(_ graph: OrgGraph, limit: Int) -> (TableBox, Int) {
        let compliance = ComplianceAnalysis(graph)
        var groups: [(rule: String, severity: ComplianceAnalysis.Severity, source: String, count: Int)] = []
        for f in compliance.findings {
            if let i = groups.firstIndex(where: { $0.rule == f.rule.id }) { groups[i].count += 1 } else { groups.append((f.rule.id, f.severity, f.rule.source, 1)) }
        }
        groups.sort { ($0.severity == .error ? 0 : 1, -$0.count) < ($1.severity == .error ? 0 : 1, -$1.count) }
        let rows = groups.prefix(limit).map { g in
            [g.severity == .error ? l.pick("Pelanggaran", "Breach") : l.pick("Saran", "Advice"), ruleText(g.rule), int(g.count), g.source]
        }
        let table = TableBox(header: [l.pick("Sifat", "Kind"), l.pick("Temuan", "Finding"), l.pick("Jumlah", "Count"), l.pick("Dasar hukum", "Legal basis")],
                             rows: rows, widths: [1, 4.1, 0.7, 5.2], numeric: [2], size: 10)
        return (table, groups.count)
    }

    func structureSlides() throws -> [Slide] {
        var slides: [Slide] = []
        if diagrams {
            let title = l.pick("Struktur organisasi saat ini", "The current structure")
            for picture in try DeckDiagrams.structure(graph, l) {
                slides.append(Slide(kind: .diagram, title: title, blocks: [Block(Frame(0, 0, Deck.width, Deck.height), .picture(picture))]))
            }
        }
        let compliance = ComplianceAnalysis(graph)
        let (table, groups) = problemsTable(graph, limit: 11)
        var lines = [l.pick("\(int(compliance.errors)) pelanggaran aturan dan \(int(compliance.warnings)) saran dalam \(int(groups)) jenis temuan.",
                            "\(int(compliance.errors)) breaches of regulation and \(int(compliance.warnings)) pieces of advice in \(int(groups)) kinds of finding.")]
        if groups > table.rows.count {
            lines.append(l.pick("Tabel memuat \(int(table.rows.count)) jenis teratas; daftar lengkap: ramping analyse compliance.",
                                "The table shows the top \(int(table.rows.count)) kinds; the full list: ramping analyse compliance."))
        }
        slides.append(Slide(title: l.pick("Permasalahan struktur saat ini", "Problems of the current structure"), blocks: [
            text(lines.map { Paragraph($0, size: 14) }, Frame(body.x, body.y, body.width, 44)),
            Block(Frame(body.x, body.y + 50, body.width, body.height - 50), .table(table)),
        ]))
        return slides
    }

    func spansSlide() -> Slide {
        let spans = SpanAnalysis(graph)
        let s = ChartSummary(graph)
        // Seats by level, the top of the hierarchy first.
        let rows = s.byLevel.map { (label: $0.name.text(l), value: $0.seats) }
        let pyramid = Charts.pyramid(title: l.pick("Formasi menurut jenis jabatan", "Seats by kind of post"), rows: rows,
                                     valueLabel: l.pick("jumlah formasi", "seats"), format: int, width: 430, height: 300)
        var counts = [Int](repeating: 0, count: SpanAnalysis.bins.count)
        for m in spans.managers { if let b = SpanAnalysis.bins.firstIndex(where: { $0.contains(m.directReportSeats) }) { counts[b] += 1 } }
        let narrowBins = Set(SpanAnalysis.bins.indices.filter { SpanAnalysis.bins[$0].lowerBound < graph.settings.spanNarrow })
        let histogram = Charts.columns(title: l.pick("Sebaran rentang kendali", "Spans of control"), categories: SpanAnalysis.binNames, values: counts,
                                       xLabel: l.pick("jumlah formasi bawahan langsung", "direct-report seats"), yLabel: l.pick("jumlah atasan", "managers"),
                                       highlight: narrowBins, format: int, width: 430, height: 300)
        // Where the narrow managers are: the perangkat daerah with most.
        let worst = spans.byTopLevelUnit.filter { $0.summary.narrow > 0 }.sorted { $0.summary.narrow > $1.summary.narrow }.prefix(3)
        var lines = [l.pick("\(int(spans.summary.layers)) lapisan; rata-rata rentang kendali \(l.number(spans.summary.meanSpan)), median \(l.number(spans.summary.medianSpan)).",
                            "\(int(spans.summary.layers)) layers; mean span \(l.number(spans.summary.meanSpan)), median \(l.number(spans.summary.medianSpan))."),
                     l.pick("\(int(spans.summary.narrow)) atasan berentang sempit (merah), terbanyak di \(worst.map { "\($0.name) (\(int($0.summary.narrow)))" }.joined(separator: ", ")).",
                            "\(int(spans.summary.narrow)) managers with a narrow span (red), most in \(worst.map { "\($0.name) (\(int($0.summary.narrow)))" }.joined(separator: ", ")).")]
        if worst.isEmpty { lines.removeLast() }
        return Slide(title: l.pick("Lapisan dan rentang kendali", "Layers and spans of control"), blocks: [
            Block(Frame(body.x, body.y, 430, 300), .picture(pyramid)),
            Block(Frame(body.x + body.width - 430, body.y, 430, 300), .picture(histogram)),
            text(bullets(lines, size: 14), Frame(body.x, body.y + 312, body.width, 110)),
        ])
    }

    func staffingSlides() -> [Slide] {
        let gaps = GapAnalysis(graph, horizon: 5)
        let top = gaps.units.filter { $0.depth == 1 }
        // Short of most on balance: need minus people in post (a unit may be short in some posts and over in others).
        let shown = top.sorted { ($0.figures.need - $0.figures.filled, $0.figures.need) > ($1.figures.need - $1.figures.filled, $1.figures.need) }.prefix(10)
        let bars = Charts.pairedBars(
            title: l.pick("10 perangkat daerah dengan kekurangan bersih terbesar", "The 10 perangkat daerah short of most on balance"),
            categories: shown.map(\.name),
            series: [Charts.Series(l.pick("kebutuhan (ABK)", "needed (ABK)"), DeckStyle.accent, shown.map(\.figures.need)),
                     Charts.Series(l.pick("pegawai menjabat", "in post"), "9DB7D5", shown.map(\.figures.filled))],
            valueLabel: l.pick("jumlah pegawai", "people"), format: int, width: 600, height: 430)
        let lines = [
            l.pick("Kebutuhan menurut ABK: \(int(gaps.summary.need)) pegawai; menjabat: \(int(gaps.summary.filled)).",
                   "Needed by workload analysis: \(int(gaps.summary.need)) people; in post: \(int(gaps.summary.filled))."),
            l.pick("Kekurangan \(int(gaps.summary.shortage)) dan kelebihan \(int(gaps.summary.surplus)) pegawai pada jabatan yang berbeda: sebagian dapat diatasi dengan redistribusi.",
                   "A shortage of \(int(gaps.summary.shortage)) and a surplus of \(int(gaps.summary.surplus)) in different posts: some can be met by redeployment."),
            l.pick("Jam kerja efektif \(l.number(graph.settings.effectiveHours)) jam setahun (PermenPANRB 1/2020).",
                   "Effective working hours \(l.number(graph.settings.effectiveHours)) a year (PermenPANRB 1/2020)."),
        ]
        var slides = [Slide(title: l.pick("Kebutuhan pegawai menurut ABK", "Staff need from the workload analysis"), blocks: [
            Block(Frame(body.x, body.y, 600, body.height), .picture(bars)),
            text(bullets(lines, size: 14), Frame(body.x + 620, body.y + 20, body.width - 620, body.height - 20)),
        ])]
        // Retirements over five years.
        let years = (1...5).map { k in gaps.retirements.count { $0.year == k } }
        let structural = gaps.retirements.count { $0.year > 0 && $0.structural }
        let past = gaps.retirements.count { $0.year == 0 }
        let categories = (1...5).map { String(graph.asOf.year + $0 - 1) }
        let chart = Charts.columns(title: l.pick("Pegawai mencapai batas usia pensiun per tahun", "People reaching retirement age each year"),
                                   categories: categories, values: years, xLabel: l.pick("tahun", "year"), yLabel: l.pick("jumlah pegawai", "people"),
                                   format: int, width: 560, height: 400)
        let worst = gaps.projection.sorted { $0.retiring.reduce(0, +) > $1.retiring.reduce(0, +) }.prefix(3)
        var notes = [l.pick("\(int(years.reduce(0, +))) pegawai pensiun dalam lima tahun, \(int(structural)) di antaranya pejabat struktural.",
                            "\(int(years.reduce(0, +))) people retire within five years, \(int(structural)) of them in structural posts.")]
        if past > 0 {
            notes.append(l.pick("\(int(past)) pegawai sudah melewati batas usia pensiun dan masih menjabat.", "\(int(past)) people are already past retirement age and still in post."))
        }
        if !worst.isEmpty {
            let names = worst.map { p in "\(graph.unitIndex[p.unit].map { graph.units[$0].name } ?? p.unit) (\(int(p.retiring.reduce(0, +))))" }
            notes.append(l.pick("Terbanyak di \(names.joined(separator: ", ")).", "Most in \(names.joined(separator: ", "))."))
        }
        slides.append(Slide(title: l.pick("Pensiun dalam lima tahun", "Retirements over five years"), blocks: [
            Block(Frame(body.x, body.y, 560, 400), .picture(chart)),
            text(bullets(notes, size: 14), Frame(body.x + 580, body.y + 20, body.width - 580, body.height - 20)),
        ]))
        return slides
    }

    /// What a scenario changes, counted from its steps.
    func changeLines(_ s: ScenarioResult) -> [String] {
        func sum(_ key: KeyPath<StepReport, Int>) -> Int { s.simulation.steps.reduce(0) { $0 + $1[keyPath: key] } }
        var lines: [String] = []
        func add(_ n: Int, _ id: String, _ en: String) { if n > 0 { lines.append("\(int(n)) " + l.pick(id, en)) } }
        add(sum(\.unitsCreated), "unit baru", "new units")
        add(sum(\.unitsAbolished), "unit dihapus", "units abolished")
        add(sum(\.postsCreated), "jabatan baru", "new posts")
        add(sum(\.postsAbolished), "jabatan dihapus", "posts abolished")
        add(sum(\.postsConverted), "jabatan disetarakan ke fungsional", "posts converted to functional")
        add(sum(\.postsMoved), "jabatan dipindah", "posts moved")
        add(sum(\.peopleToPool), "pegawai menunggu penempatan", "people waiting for a post")
        add(sum(\.peoplePlaced), "pegawai ditempatkan", "people placed")
        return lines
    }


    func scenarioSlides(_ s: ScenarioResult, number: Int, comparison: Comparison, column: Int) throws -> [Slide] {
        var slides: [Slide] = []
        // What each step did, in the planner's words (its first effect), or the step's kind.
        let described = s.simulation.steps.map { step in
            step.effects.first.map { $0.text(l) } ?? s.simulation.scenario.steps[step.index - 1].label(l)
        }
        let steps = described.prefix(4)
        var list = changeLines(s).map { Paragraph($0, size: 14, bold: true, bullet: true) }
        list.append(Paragraph(l.pick("Langkah:", "Steps:"), size: 13, bold: true))
        list += steps.map { Paragraph($0, size: 12, bullet: true) }
        if s.simulation.steps.count > steps.count {
            list.append(Paragraph(l.pick("dan \(int(s.simulation.steps.count - steps.count)) langkah lain", "and \(int(s.simulation.steps.count - steps.count)) more steps"), size: 12))
        }
        let title = l.pick("Skenario \(number): \(s.name) — yang berubah", "Scenario \(number): \(s.name) — what changes")
        if diagrams {
            for picture in try DeckDiagrams.changes(s.after, base: graph, l) {
                slides.append(Slide(kind: .diagram, title: title, blocks: [Block(Frame(0, 0, Deck.width, Deck.height), .picture(picture))]))
            }
        }
        let base = comparison.columns[0], after = comparison.columns[column]
        let keys: [(Comparison.Figure, String, String)] = [
            (.filled, "pegawai menjabat", "people in post"), (.need, "kebutuhan pegawai (ABK)", "staff needed (ABK)"),
            (.shortage, "kekurangan", "shortage"), (.layers, "lapisan", "layers"),
            (.narrowManagers, "rentang sempit", "narrow spans"), (.complianceErrors, "pelanggaran aturan", "breaches of regulation"),
            (.pool, "pegawai tanpa jabatan", "people without a post"),
            (.allowance, "tunjangan struktural per tahun", "structural allowance a year"),
        ]
        var rows = keys.map { key, id, en -> [String] in
            let a = base.value(key), b = after.value(key), isMoney = key.isMoney
            let show: (Double?) -> String = { isMoney ? money($0) : $0.map { l.number($0) } ?? "–" }
            let change = (a != nil && b != nil) ? (b! - a! == 0 ? "0" : (b! > a! ? "+" : "") + (isMoney ? money(b! - a!) : l.number(b! - a!))) : "–"
            return [l.pick(id, en), show(a), show(b), change]
        }
        let gross = after.value(.saving) ?? 0
        rows.append([l.pick("penghematan bruto per tahun", "gross saving a year"), "", money(gross), ""])
        var emphasised: Set<Int> = [rows.count - 1]
        if comparison.rows.contains(.netSaving) {
            rows.append([l.pick("penghematan neto per tahun (setelah tunjangan fungsional)", "net saving a year (after functional allowance)"), "",
                         money(after.value(.netSaving)), ""])
            emphasised = [rows.count - 1]
        }
        let table = TableBox(header: [l.pick("ukuran", "measure"), l.pick("kondisi awal", "baseline"), l.pick("sesudah", "after"), l.pick("perubahan", "change")],
                             rows: rows, widths: [4.6, 2.9, 2.9, 2.9], numeric: [1, 2, 3], size: 11, emphasised: emphasised)
        let listWidth = 300.0
        slides.append(Slide(title: l.pick("Skenario \(number): \(s.name) — perubahan, angka dan biaya", "Scenario \(number): \(s.name) — changes, numbers and cost"), blocks: [
            text(list, Frame(body.x, body.y, listWidth, body.height - 30)),
            Block(Frame(body.x + listWidth + 16, body.y, body.width - listWidth - 16, body.height - 40), .table(table)),
            text([Paragraph(l.pick("Tunjangan struktural: tabel Perpres 26/2007 kecuali diatur lain di pengaturan daerah.",
                                   "Structural allowance: the Perpres 26/2007 table unless the region's settings say otherwise."), size: 10, colour: DeckStyle.muted)],
                 Frame(body.x, body.y + body.height - 22, body.width, 22)),
        ]))
        return slides
    }

    func sideBySideSlide(_ comparison: Comparison) -> Slide {
        let keys: [(Comparison.Figure, String, String)] = [
            (.filled, "pegawai menjabat", "people in post"), (.shortage, "kekurangan", "shortage"),
            (.layers, "lapisan", "layers"), (.narrowManagers, "rentang sempit", "narrow spans"),
            (.complianceErrors, "pelanggaran aturan", "breaches"), (.pool, "tanpa jabatan", "without a post"),
            (.saving, "penghematan bruto (Rp)", "gross saving (Rp)"), (.netSaving, "penghematan neto (Rp)", "net saving (Rp)"),
        ].filter { k in comparison.rows.contains(k.0) }
        let rows = comparison.columns.map { c in
            [c.name] + keys.map { key, _, _ in
                let v = c.value(key)
                return key.isMoney ? (v.map { l.number($0.rounded(), decimals: 0) } ?? l.pick("tidak dihitung", "not costed")) : (v.map { l.number($0) } ?? "–")
            }
        }
        let recommendedIndex = recommended.flatMap { r in comparison.columns.firstIndex { $0.name == r } }
        let table = TableBox(header: [l.pick("skenario", "scenario")] + keys.map { l.pick($0.1, $0.2) }, rows: rows,
                             widths: [3.4] + keys.map { $0.0.isMoney ? 2.0 : 1.3 }, numeric: Set(1...keys.count), size: 11,
                             emphasised: recommendedIndex.map { [$0] } ?? [])
        let verdict: Paragraph
        if let r = recommended, recommendedIndex != nil {
            verdict = Paragraph(l.pick("Rekomendasi: \(r)", "Recommendation: \(r)"), size: 18, bold: true, colour: DeckStyle.good)
        } else {
            verdict = Paragraph(l.pick("Belum ada skenario yang direkomendasikan.", "No scenario is recommended yet."), size: 16, bold: true, colour: DeckStyle.muted)
        }
        return Slide(title: l.pick("Perbandingan skenario dan rekomendasi", "The scenarios side by side, and the recommendation"), blocks: [
            Block(Frame(body.x, body.y, body.width, 300), .table(table)),
            text([verdict], Frame(body.x, body.y + 330, body.width, 60)),
        ])
    }

    /// Perangkat daerah whose units or posts differ between the chart and any scenario.
    func affectedUnits() -> [(id: String, name: String, graph: OrgGraph, base: OrgGraph?)] {
        func signature(_ g: OrgGraph, _ u: Int) -> [String] {
            g.subtree(of: u).flatMap { v -> [String] in
                ["u:" + g.units[v].id + ">" + (g.unitParent[v] >= 0 ? g.units[g.unitParent[v]].id : "")]
                    + g.unitPositions[v].map { p in "p:\(g.positions[p].id)@\(g.units[v].id):\(g.positions[p].level.rawValue):\(g.positions[p].seats)" }
            }.sorted()
        }
        let shown = recommended.flatMap { r in scenarios.first { $0.name == r } }
        var out: [(String, String, OrgGraph, OrgGraph?)] = []
        var seen: Set<String> = []
        for u in graph.unitChildren[graph.rootUnit] {
            let id = graph.units[u].id
            let changed = scenarios.contains { s in
                guard let v = s.after.unitIndex[id] else { return true }
                return signature(graph, u) != signature(s.after, v)
            }
            guard changed else { continue }
            seen.insert(id)
            // After the recommended scenario where the unit survives it, otherwise as it is now.
            if let s = shown, s.after.unitIndex[id] != nil { out.append((id, graph.units[u].name, s.after, graph)) }
            else { out.append((id, graph.units[u].name, graph, nil)) }
        }
        // Perangkat daerah the recommended scenario creates.
        if let s = shown {
            for u in s.after.unitChildren[s.after.rootUnit] where graph.unitIndex[s.after.units[u].id] == nil && !seen.contains(s.after.units[u].id) {
                out.append((s.after.units[u].id, s.after.units[u].name, s.after, graph))
            }
        }
        return out
    }

    func appendixSlides() throws -> [Slide] {
        guard diagrams, !scenarios.isEmpty else { return [] }
        var slides: [Slide] = []
        for unit in affectedUnits() {
            let title = l.pick("Lampiran: peta jabatan \(unit.name)", "Appendix: position map of \(unit.name)")
            guard let (picture, _) = try DeckDiagrams.positionMap(unit.graph, unit: unit.id, base: unit.base, showNames: showNames, l) else { continue }
            slides.append(Slide(kind: .diagram, title: title, blocks: [Block(Frame(0, 0, Deck.width, Deck.height), .picture(picture))]))
        }
        return slides
    }
}
