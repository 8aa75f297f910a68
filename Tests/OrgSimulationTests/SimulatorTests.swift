import Testing
import OrgAnalysis
import OrgFiles
import OrgModel
import OrgSimulation
import TestSupport

/// Two small dinas, a kecamatan, seven people in post and one in the pool.
let simYAML = """
    format: ramping/1
    organisation: { id: kab-s, name: Kabupaten S, region: kabupaten, as_of: 2026-01-01 }
    units:
      - { id: pemda, name: Pemda S, kind: pemda }
      - { id: da, name: Dinas A, kind: dinas, parent: pemda, type: C, affairs: [pangan] }
      - { id: da.sek, name: Sekretariat A, kind: sekretariat, parent: da }
      - { id: da.b1, name: Bidang A1, kind: bidang, parent: da }
      - { id: da.b1.s1, name: Seksi A11, kind: seksi, parent: da.b1 }
      - { id: db, name: Dinas B, kind: dinas, parent: pemda, type: C, affairs: [perikanan] }
      - { id: db.b1, name: Bidang B1, kind: bidang, parent: db }
      - { id: kec, name: Kecamatan S, kind: kecamatan, parent: pemda, type: B }
      - { id: kec.s1, name: Seksi Pelayanan, kind: seksi, parent: kec }
    positions:
      - { id: bupati, title: Bupati, unit: pemda, head: true, level: politik }
      - { id: da.kadis, title: Kadis A, unit: da, head: true, level: jpt-pratama, eselon: II.b, grade: 14 }
      - { id: da.sekdis, title: Sekdis A, unit: da.sek, head: true, level: administrator, eselon: III.a, grade: 12 }
      - { id: da.kabid, title: Kabid A1, unit: da.b1, head: true, level: administrator, eselon: III.b, grade: 11 }
      - { id: da.kasi, title: Kasi A11, unit: da.b1.s1, head: true, level: pengawas, eselon: IV.a, grade: 9 }
      - { id: da.staf, title: Staf A, unit: da.b1.s1, level: pelaksana, grade: 5, seats: 2, workload: [{ task: Surat A, volume: 1000, minutes: 60 }] }
      - { id: db.kadis, title: Kadis B, unit: db, head: true, level: jpt-pratama, eselon: II.b, grade: 14, workload: [{ task: Rapat, volume: 12, minutes: 120 }] }
      - { id: db.kabid, title: Kabid B1, unit: db.b1, head: true, level: administrator, eselon: III.b, grade: 11 }
      - { id: db.staf, title: Staf B, unit: db.b1, level: pelaksana, grade: 5, workload: [{ task: Surat B, volume: 500, minutes: 60 }] }
      - { id: kec.camat, title: Camat, unit: kec, head: true, level: administrator, eselon: III.a, grade: 12 }
      - { id: kec.kasi, title: Kasi Pelayanan, unit: kec.s1, head: true, level: pengawas, eselon: IV.a, grade: 9 }
    people:
      - { nip: "197001011995031001", name: Kadis A, position: da.kadis, rank: IV/b, education: S2, performance: baik, potential: menengah }
      - { nip: "197101011995031001", name: Kadis B, position: db.kadis, rank: IV/b, education: S2 }
      - { nip: "198001012005031001", name: Kasi A, position: da.kasi, since: 2020-01-01, rank: III/c, education: S1 }
      - { nip: "199001012015031001", name: Staf A1, position: da.staf, rank: II/b, education: SMA }
      - { nip: "199101012015031001", name: Staf A2, position: da.staf, rank: II/b, education: SMA }
      - { nip: "199201012015031001", name: Staf B, position: db.staf, rank: II/b, education: SMA }
      - { nip: "198101012005031001", name: Kasi Kec, position: kec.kasi, rank: III/c, education: S1 }
      - { nip: "198501012010031001", name: Pool Satu, rank: III/d, rank_since: 2020-04-01, education: S1, performance: sangat-baik, potential: tinggi }

    """

let simChart: OrgChart = {
    guard let c = load(simYAML).graph?.chart else { fatalError("\(englishDiagnostics(load(simYAML)))") }
    return c
}()

func run(_ steps: [ScenarioStep.Action]) throws -> Simulation {
    try Simulator.run(simChart, Scenario(name: "uji", steps: steps.enumerated().map { ScenarioStep($0.element, line: $0.offset + 10, column: 5) }))
}

func failure(_ steps: [ScenarioStep.Action]) -> SimulationFailure? {
    do { _ = try run(steps); return nil } catch let f as SimulationFailure { return f } catch { return nil }
}

extension OrgChart {
    func unitIndex(_ id: String) -> Int { units.firstIndex { $0.id == id }! }
    func postIndex(_ id: String) -> Int { positions.firstIndex { $0.id == id }! }
    func personIndex(_ name: String) -> Int { people.firstIndex { $0.name == name }! }
}

@Suite("Each scenario step, against the chart written out by hand")
struct StepTests {
    @Test func merge() throws {
        let sim = try run([.merge(units: ["da", "db"], into: Unit(id: "dab", name: "Dinas AB", kind: .dinas, type: .b), head: "da.kadis")])
        var expected = simChart
        // The new unit stands where Dinas A stood; Dinas B is gone; children and posts moved in.
        expected.units[expected.unitIndex("da")] = Unit(id: "dab", name: "Dinas AB", kind: .dinas, parent: "pemda", type: .b, affairs: ["pangan", "perikanan"])
        expected.units.remove(at: expected.unitIndex("db"))
        for id in ["da.sek", "da.b1", "db.b1"] { expected.units[expected.unitIndex(id)].parent = "dab" }
        expected.positions[expected.postIndex("da.kadis")].unit = "dab"
        // Kadis B's post is abolished: its holder waits in the pool, its work goes to the continuing head.
        expected.positions[expected.postIndex("da.kadis")].workload = [WorkloadTask(task: "Rapat", volume: 12, minutes: 120)]
        expected.positions.remove(at: expected.postIndex("db.kadis"))
        expected.people[expected.personIndex("Kadis B")].position = nil
        #expect(sim.after == expected)
        #expect(sim.moves.map(\.nip) == ["197101011995031001"])
        #expect(sim.steps[0].postsAbolished == 1 && sim.steps[0].peopleToPool == 1 && sim.steps[0].tasksRehomed == 1)
    }

    @Test("abolish with tasks_to a unit: staff posts move with their people and work, structural posts go")
    func abolishToUnit() throws {
        let sim = try run([.abolish(unit: "db.b1", tasksTo: "da.b1")])
        var expected = simChart
        expected.units.remove(at: expected.unitIndex("db.b1"))
        expected.positions[expected.postIndex("db.staf")].unit = "da.b1"
        expected.positions.remove(at: expected.postIndex("db.kabid"))
        #expect(sim.after == expected)
        #expect(sim.steps[0].postsMoved == 1 && sim.steps[0].postsAbolished == 1)
    }

    @Test("abolish with tasks_to a post, and without: the work is re-homed or listed as dropped")
    func abolishTasks() throws {
        let toPost = try run([.abolish(unit: "db", tasksTo: "da.staf")])
        #expect(toPost.after.positions[toPost.after.postIndex("da.staf")].workload.map(\.task) == ["Surat A", "Rapat", "Surat B"])
        #expect(toPost.droppedTasks.isEmpty && toPost.workloadConserved)
        #expect(Set(toPost.moves.map(\.name)) == ["Kadis B", "Staf B"])
        let dropped = try run([.abolish(unit: "db", tasksTo: nil)])
        #expect(dropped.droppedTasks.map(\.task.task) == ["Rapat", "Surat B"])
        #expect(dropped.droppedMinutes == 12 * 120 + 500 * 60)
        #expect(dropped.workloadConserved && dropped.nobodyLost)
        #expect(!dropped.after.units.contains { $0.id.hasPrefix("db") })
    }

    @Test func moveRenameSet() throws {
        let sim = try run([
            .moveUnit(unit: "db.b1", to: "da"),
            .movePosition(position: "db.staf", to: "da.b1.s1"),
            .renameUnit(unit: "da", name: "Dinas A Baru"),
            .renamePosition(position: "da.kasi", title: "Kepala Seksi A11"),
            .set(position: "da.staf", seats: 3, title: nil, grade: 6),
        ])
        var expected = simChart
        expected.units[expected.unitIndex("db.b1")].parent = "da"
        expected.positions[expected.postIndex("db.staf")].unit = "da.b1.s1"
        expected.units[expected.unitIndex("da")].name = "Dinas A Baru"
        expected.positions[expected.postIndex("da.kasi")].title = "Kepala Seksi A11"
        expected.positions[expected.postIndex("da.staf")].seats = 3
        expected.positions[expected.postIndex("da.staf")].grade = 6
        #expect(sim.after == expected)
        #expect(sim.moves.isEmpty)
    }

    @Test("convert: pengawas become functional except where kept; their seksi becomes a functional group")
    func convert() throws {
        let sim = try run([.convert(level: .pengawas, to: .fungsional, jenjang: .ahliMuda, keepIn: [.kecamatan], keepUnits: [])])
        var expected = simChart
        let k = expected.postIndex("da.kasi")
        expected.positions[k].level = .fungsional
        expected.positions[k].jenjang = .ahliMuda
        expected.positions[k].eselon = nil
        expected.positions[k].head = false
        // The converted post takes a functional title, not "Kepala Seksi …".
        expected.positions[k].title = "Jabatan Fungsional Ahli Muda"
        expected.units[expected.unitIndex("da.b1.s1")].kind = .kelompokFungsional
        #expect(sim.after == expected)
        #expect(sim.steps[0].postsConverted == 1)
        // The holder keeps the post; the staff now report to the kabid.
        let graph = try #require(OrgGraph.resolve(sim.after).graph)
        #expect(graph.positions[graph.superior[graph.positionIndex["da.staf"]!]].id == "da.kabid")
    }

    @Test func addAndRemove() throws {
        let sim = try run([
            .addUnit(Unit(id: "da.b2", name: "Bidang A2", kind: .bidang, parent: "da")),
            .addPosition(Position(id: "da.kabid2", title: "Kabid A2", unit: "da.b2", head: true, level: .administrator, eselon: .iiiB, grade: 11)),
            .removePosition(position: "db.staf", tasksTo: "da.staf"),
        ])
        var expected = simChart
        expected.units.append(Unit(id: "da.b2", name: "Bidang A2", kind: .bidang, parent: "da"))
        expected.positions.append(Position(id: "da.kabid2", title: "Kabid A2", unit: "da.b2", head: true, level: .administrator, eselon: .iiiB, grade: 11))
        expected.positions[expected.postIndex("da.staf")].workload.append(WorkloadTask(task: "Surat B", volume: 500, minutes: 60))
        expected.positions.remove(at: expected.postIndex("db.staf"))
        expected.people[expected.personIndex("Staf B")].position = nil
        #expect(sim.after == expected)
    }

    @Test("place: the pool fills vacancies by merit, dated as_of")
    func place() throws {
        let sim = try run([.place(includeHolders: false)])
        // Pool Satu (III/d, S1; sangat-baik 20, tinggi 15, 5 years in rank 5) fits every vacant
        // structural post equally (40, no competency standard): ties go to the first in chart order.
        let p = sim.after.people[sim.after.personIndex("Pool Satu")]
        #expect(p.position == "da.sekdis")
        #expect(p.since == simChart.organisation.asOf)
        #expect(sim.steps[0].peoplePlaced == 1)
    }
}

@Suite("Invariants, failures and replay")
struct SimulationInvariantTests {
    @Test("a step that cannot apply fails with its position and the reason as a value", arguments: [
        (ScenarioStep.Action.merge(units: ["da", "kec.s1"], into: Unit(id: "x", name: "X", kind: .dinas), head: nil),
         StepFailure.mergeDifferentParents(parents: ["kec", "pemda"])),
        (.merge(units: ["da", "dx"], into: Unit(id: "x", name: "X", kind: .dinas), head: nil),
         .notInChart(field: "merge.units", target: .unit, id: "dx", suggestion: "da")),
        (.merge(units: ["da", "db"], into: Unit(id: "x", name: "X", kind: .dinas), head: "da.kabid"),
         .mergeHeadNotAHead(head: "da.kabid", heads: ["da.kadis", "db.kadis"])),
        (.merge(units: ["da", "db"], into: Unit(id: "kec", name: "X", kind: .dinas), head: nil), .mergeIntoIDTaken(id: "kec")),
        (.merge(units: ["da", "da"], into: Unit(id: "x", name: "X", kind: .dinas), head: nil), .mergeNamesUnitTwice),
        (.moveUnit(unit: "da", to: "da.b1.s1"), .moveInsideItself(unit: "da", below: "da.b1.s1")),
        (.abolish(unit: "pemda", tasksTo: nil), .rootCannotBeAbolished),
        (.abolish(unit: "db", tasksTo: "db.staf"), .tasksToAbolishedToo(id: "db.staf")),
        (.abolish(unit: "db", tasksTo: "nothing"), .tasksToUnknown(id: "nothing")),
        (.addPosition(Position(id: "da.kepala2", title: "X", unit: "da", head: true, level: .jptPratama, eselon: .iiB)),
         .unitHasHead(unit: "da", head: "da.kadis")),
        (.addPosition(Position(id: "da.staf", title: "X", unit: "da", level: .pelaksana)), .postExists(id: "da.staf")),
        (.addUnit(Unit(id: "da", name: "X", kind: .bidang, parent: "pemda")), .unitExists(id: "da")),
        (.addUnit(Unit(id: "baru", name: "X", kind: .bidang)), .parentRequired(step: "add_unit")),
        (.set(position: "da.stf", seats: 2, title: nil, grade: nil), .notInChart(field: "set.position", target: .post, id: "da.stf", suggestion: "da.staf")),
        (.removePosition(position: "da.staf", tasksTo: "da.staf"), .tasksToIsRemovedPost),
        (.convert(level: .pengawas, to: .administrator, jenjang: nil, keepIn: [], keepUnits: []), .convertTargetNotStaff),
        // Penyetaraan sets the jenjang of administrator and pengawas posts only.
        (.convert(level: .pelaksana, to: .fungsional, jenjang: nil, keepIn: [], keepUnits: []), .convertJenjangNeeded(level: .pelaksana)),
        // Valid on its own, but leaves the chart invalid: a fungsional post without jenjang.
        (.addPosition(Position(id: "da.baru", title: "Baru", unit: "da.b1", level: .fungsional)),
         .invalidAfterStep(record: RecordLabel(.position, "da.baru"), problem: .jenjangRequired)),
    ])
    func failing(_ action: ScenarioStep.Action, _ expected: StepFailure) {
        let f = failure([.renameUnit(unit: "kec", name: "Kecamatan Baru"), action])
        #expect(f?.reason == expected)
        #expect(f?.step == 2 && f?.line == 11 && f?.column == 5)
        // Both languages say something, and differently.
        #expect(f.map { $0.reason.text(.indonesian) != $0.reason.text(.english) } == true)
    }

    @Test("nobody is lost and workload is conserved by every shipped scenario",
          arguments: ["penyederhanaan-birokrasi", "penggabungan-dinas", "pelayanan-terpadu", "restrukturisasi-lengkap"])
    func shipped(_ name: String) throws {
        let chart = try #require(loadedChart("OrgCharts/kabupaten-sragen.yaml").chart)
        let loaded = ScenarioLoader.load(path: repoPath("OrgCharts/scenarios/\(name).yaml"))
        #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics.map { $0.rendered(.english) })")
        let scenario = try #require(loaded.scenario)
        let sim = try Simulator.run(chart, scenario)
        let nobodyLost = sim.nobodyLost, conserved = sim.workloadConserved
        #expect(nobodyLost)
        #expect(conserved, "before \(sim.minutesBefore) + added \(sim.addedMinutes) vs after \(sim.minutesAfter) + dropped \(sim.droppedMinutes)")
        // The result reads back as a valid chart, and replaying gives the same bytes.
        let yaml = ChartWriter.yaml(sim.after)
        #expect(load(yaml).isValid)
        #expect(ChartWriter.yaml(try Simulator.run(chart, scenario).after) == yaml)
        // Each moved person is accounted for: in a post or in the pool after.
        let after = Dictionary(sim.after.people.map { ($0.nip, $0.position) }, uniquingKeysWith: { a, _ in a })
        let lastMoves = sim.moves.filter { move in move.step == sim.moves.filter { $0.nip == move.nip }.map(\.step).max() }
        let unaccounted = lastMoves.filter { after[$0.nip] != .some($0.to) }.map(\.nip)
        #expect(unaccounted.isEmpty)
    }

    @Test("the comparison of the small chart, by hand")
    func comparison() throws {
        let before = try #require(OrgGraph.resolve(simChart).graph)
        let sim = try run([.convert(level: .pengawas, to: .fungsional, jenjang: .ahliMuda, keepIn: [.kecamatan], keepUnits: [])])
        let after = try #require(OrgGraph.resolve(sim.after).graph)
        let c = Comparison([("awal", before), ("sesudah", after)])
        func value(_ column: Int, _ figure: Comparison.Figure) -> Double? { c.columns[column].value(figure) }
        // Filled structural seats before: II.b ×2 (2,025,000), IV.a ×2 (540,000) a month.
        #expect(value(0, .allowance) == Double((2 * 2_025_000 + 2 * 540_000) * 12))
        // After: da.kasi is functional; only the kecamatan's pengawas keeps the allowance.
        #expect(value(1, .allowance) == Double((2 * 2_025_000 + 540_000) * 12))
        #expect(value(1, .saving) == Double(540_000 * 12))
        // The converted holder's new post has no kind: its functional allowance and the net saving are
        // not costed (nil), never zero.
        #expect(value(1, .converted) == 1 && value(1, .convertedUncosted) == 1)
        #expect(value(1, .functionalConverted) == nil && value(1, .netSaving) == nil)
        #expect(c.detailTable(.indonesian).rows.contains { $0.first == "penghematan neto (Rp)" && $0.last == "tidak dihitung" })
        #expect(value(0, .posts(.ivA)) == 2 && value(1, .posts(.ivA)) == 1)
        #expect(value(1, .functionalSeats) == 1 && value(1, .units(.kelompokFungsional)) == 1)
        #expect(value(0, .pool) == 1 && value(0, .filled) == 7)
    }

    @Test("the comparison's note names the pay tables it used, never the file's keys")
    func tableNote() throws {
        let before = try #require(OrgGraph.resolve(simChart).graph)
        let note = { (c: Comparison) in c.tables(.indonesian, limit: nil)[0].title }
        #expect(note(Comparison([("awal", before)])).contains("Tunjangan jabatan struktural: Perpres 26/2007."))
        var chart = simChart
        chart.organisation.settings.structuralAllowance[.ivA] = 600_000
        let own = try #require(OrgGraph.resolve(chart).graph)
        for l in Language.allCases {
            let text = Comparison([("awal", own)]).tables(l, limit: nil)[0].title
            #expect(!text.contains("settings.") && !text.contains("_allowance") && !text.contains("gaji_pokok"), "\(text)")
        }
        #expect(note(Comparison([("awal", own)])).contains("Tunjangan jabatan struktural: tabel yang ditetapkan dalam bagan"))
    }

    @Test("each figure of the comparison has its own key, its own name in each language, and its column value")
    func figures() throws {
        let all = Comparison.Figure.rows(kinds: UnitKind.allCases, typed: true)
        #expect(Set(all).count == all.count && Set(all.map(\.key)).count == all.count)
        for l in Language.allCases { #expect(Set(all.map { $0.label(l) }).count == all.count) }
        #expect(all.allSatisfy { $0.label(.indonesian) != $0.label(.english) })
        #expect(all.filter(\.isMoney).map(\.key) == ["allowance", "saving", "functional.costed", "functional.converted", "saving.net",
                                                  "cost.gaji_pokok", "cost.structural", "cost.functional", "cost.tpp", "cost.total", "cost.net"])
        let graph = try #require(OrgGraph.resolve(simChart).graph)
        let c = Comparison([("awal", graph)])
        #expect(c.rows.map(\.key) == c.columns[0].figures.map(\.figure.key))
        #expect(c.columns[0].value(.filled) == 7 && c.columns[0].value(.netSaving) == 0)
    }

    @Test("net cost: the converted holder receives the functional allowance of the new post")
    func netCost() throws {
        let before = try #require(OrgGraph.resolve(simChart).graph)
        let sim = try run([.convert(level: .pengawas, to: .fungsional, jenjang: .ahliMuda, keepIn: [.kecamatan], keepUnits: [], kind: "analis-kebijakan")])
        let after = try #require(OrgGraph.resolve(sim.after).graph)
        func value(_ c: Comparison, _ figure: Comparison.Figure) -> Double? { c.columns[1].value(figure) }
        let c = Comparison([("awal", before), ("sesudah", after)])
        // Gross: 540,000 a month of IV.a allowance; the analis kebijakan ahli muda receives 1,100,000.
        #expect(value(c, .saving) == Double(540_000 * 12))
        #expect(value(c, .functionalConverted) == Double(1_100_000 * 12))
        #expect(value(c, .netSaving) == Double((540_000 - 1_100_000) * 12))
        #expect(sim.after.positions.first { $0.id == "da.kasi" }?.title == "Analis Kebijakan Ahli Muda")
        // The region's own table overrides the default.
        var chart = sim.after
        chart.organisation.settings.functionalAllowance["analis-kebijakan"] = [.ahliMuda: 500_000]
        let own = try #require(OrgGraph.resolve(chart).graph)
        #expect(value(Comparison([("awal", before), ("sesudah", own)]), .netSaving) == Double(40_000 * 12))
        #expect(load(ChartWriter.yaml(chart)).chart?.organisation.settings == chart.organisation.settings)
        // The change report shows gross and net.
        #expect(Comparison.costLine(.indonesian, before: before, after: after).contains("penghematan neto −Rp 6.720.000"))
    }

    @Test("penyetaraan follows the holder's rank and education, and warns for administrator posts and the camat")
    func penyetaraan() throws {
        // Kasi A at III/b (below ahli muda's III/c): ahli pertama. With D-III: the keterampilan level of the band.
        var chart = simChart
        chart.people[chart.personIndex("Kasi A")].rank = .iiiB
        var sim = try Simulator.run(chart, Scenario(name: "s", steps: [ScenarioStep(.convert(level: .pengawas, to: .fungsional, jenjang: nil, keepIn: [.kecamatan], keepUnits: []), line: 1, column: 1)]))
        #expect(sim.after.positions.first { $0.id == "da.kasi" }?.jenjang == .ahliPertama)
        chart.people[chart.personIndex("Kasi A")].rank = .iiiC
        chart.people[chart.personIndex("Kasi A")].education = .d3
        sim = try Simulator.run(chart, Scenario(name: "s", steps: [ScenarioStep(.convert(level: .pengawas, to: .fungsional, jenjang: nil, keepIn: [.kecamatan], keepUnits: []), line: 1, column: 1)]))
        #expect(sim.after.positions.first { $0.id == "da.kasi" }?.jenjang == .penyelia)
        // Administrator posts and the camat stay in a regency: converting them is warned.
        let admin = try run([.convert(level: .administrator, to: .fungsional, jenjang: nil, keepIn: [], keepUnits: [])])
        #expect(admin.steps[0].effects.contains(.administratorsConverted(count: 4)))
        #expect(admin.steps[0].effects.contains(.camatConverted(posts: ["Camat"])))
        #expect(admin.after.positions.first { $0.id == "da.kabid" }?.jenjang == .ahliMadya)
        let pengawas = try run([.convert(level: .pengawas, to: .fungsional, jenjang: nil, keepIn: [.kecamatan], keepUnits: [])])
        #expect(!pengawas.steps[0].effects.contains { $0.isWarning })
    }

    @Test("merge says what type the merged dinas may have, and warns on affairs of different families")
    func mergerRules() throws {
        // Two type C dinas of one family (pangan, perikanan): the merged dinas may be type B, which is used.
        let sim = try run([.merge(units: ["da", "db"], into: Unit(id: "dab", name: "Dinas AB", kind: .dinas), head: "da.kadis")])
        #expect(sim.after.units.first { $0.id == "dab" }?.type == .b)
        #expect(sim.steps[0].effects.contains(.mergedTypeAllowed(unit: "Dinas AB", type: .b, fifthBidang: false, written: nil)))
        #expect(sim.steps[0].effects.last { if case .mergedTypeAllowed = $0 { true } else { false } }?.text(.indonesian) == "Dinas AB dapat bertipe paling tinggi tipe B (PP 18/2016 Ps 40(6), 54(2)); tipe itu dipakai")
        // Written as type A: more than the merger allows.
        let high = try run([.merge(units: ["da", "db"], into: Unit(id: "dab", name: "Dinas AB", kind: .dinas, type: .a), head: "da.kadis")])
        #expect(high.steps[0].effects.contains { $0 == .mergedTypeAllowed(unit: "Dinas AB", type: .b, fifthBidang: false, written: .a) && $0.isWarning })
        // Affairs of different families.
        var chart = simChart
        chart.units[chart.unitIndex("db")].affairs = ["perdagangan"]
        let mixed = try Simulator.run(chart, Scenario(name: "s", steps: [ScenarioStep(.merge(units: ["da", "db"], into: Unit(id: "dab", name: "Dinas AB", kind: .dinas), head: "da.kadis"), line: 1, column: 1)]))
        #expect(mixed.steps[0].effects.contains(.mergedAffairsOfSeveralFamilies(unit: "Dinas AB", affairs: ["pangan", "perdagangan"])))
        #expect(!sim.steps[0].effects.contains { if case .mergedAffairsOfSeveralFamilies = $0 { true } else { false } })
    }

    @Test("a region's own allowance table overrides the default")
    func allowanceSetting() throws {
        let yaml = simYAML.replacingFirst("as_of: 2026-01-01 }", with: "as_of: 2026-01-01, settings: { structural_allowance: { II.b: 3000000 } } }")
        let graph = try #require(load(yaml).graph)
        #expect(Comparison.allowance(graph) == (2 * 3_000_000 + 2 * 540_000) * 12)
        #expect(load(ChartWriter.yaml(graph.chart)).chart == graph.chart)
    }
}

@Suite("Reading scenario files")
struct ScenarioFileTests {
    @Test("every step reads, with its line")
    func reads() throws {
        let text = """
            format: ramping-scenario/1
            name: Semua langkah
            steps:
              - merge: { units: [da, db], into: { id: dab, name: Dinas AB, kind: dinas, type: B }, head: da.kadis }
              - abolish: { unit: dab.x, tasks_to: da.staf }
              - move: { unit: kec, to: pemda }
              - move: { position: db.staf, to: kec }
              - rename: { unit: kec, name: Kecamatan Baru }
              - convert: { level: pengawas, to: { level: fungsional, jenjang: ahli-muda }, keep_in: [kecamatan, upt] }
              - set: { position: da.staf, seats: 4 }
              - add_unit: { id: da.b2, name: Bidang Dua, kind: bidang, parent: da }
              - add_position: { id: da.k2, title: Kabid Dua, unit: da.b2, head: true, level: administrator, eselon: III.b }
              - remove_position: { position: db.staf, tasks_to: da.staf }
              - place: { strategy: merit }

            """
        let loaded = ScenarioLoader.load(text: text, file: "s.yaml")
        let s = try #require(loaded.scenario, "\(loaded.diagnostics.map { $0.rendered(.english) })")
        #expect(s.steps.map(\.name) == ["merge", "abolish", "move", "move", "rename", "convert", "set", "add_unit", "add_position", "remove_position", "place"])
        #expect(s.steps.map(\.line) == Array(4...14))
    }

    @Test("a broken step is reported at its line", arguments: [
        ("  - mrege: { units: [a, b] }", "unknown value 'mrege' (did you mean 'merge'?)"),
        ("  - set: { position: x, seats: 0 }", "'set.seats' = 0 is outside the valid range"),
        ("  - convert: { level: pengawas, to: { level: fungsional, jenjang: ahli-tengah } }", "unknown value 'ahli-tengah'"),
        ("  - move: { to: pemda }", "move.unit or move.position"),
        ("  - place: { strategy: lottery }", "unknown value 'lottery'"),
        ("  - merge: { units: [a], into: { id: x, name: X, kind: dinas } }", "2 or more units"),
    ])
    func broken(_ line: String, _ message: String) {
        let text = "format: ramping-scenario/1\nsteps:\n  - rename: { unit: kec, name: Baru }\n\(line)\n"
        let loaded = ScenarioLoader.load(text: text, file: "s.yaml")
        #expect(loaded.scenario == nil)
        let d = loaded.diagnostics.first { $0.severity == .error }
        #expect(d?.message(.english).contains(message) == true, "\(loaded.diagnostics.map { $0.rendered(.english) })")
        #expect(d?.position?.line == 4)
    }
}
