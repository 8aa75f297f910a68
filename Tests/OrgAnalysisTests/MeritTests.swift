import Testing
import OrgAnalysis
import OrgModel
import TestSupport

/// A dinas with a vacant kabid, a held and a vacant kasi, and a staff post with one seat free; four
/// people in the pool. The fits below are worked out by hand with the default weights.
let meritYAML = """
    format: ramping/1
    organisation: { id: kab-m, name: Kabupaten M, region: kabupaten, as_of: 2026-01-01 }
    competencies:
      - { id: integritas, name: Integritas, kind: managerial }
      - { id: keputusan, name: Pengambilan keputusan, kind: managerial }
    units:
      - { id: pemda, name: Pemda M, kind: pemda }
      - { id: dinas, name: Dinas M, kind: dinas, parent: pemda, type: B }
      - { id: bid, name: Bidang, kind: bidang, parent: dinas }
      - { id: seksi1, name: Seksi Satu, kind: seksi, parent: bid }
      - { id: seksi2, name: Seksi Dua, kind: seksi, parent: bid }
    positions:
      - { id: bupati, title: Bupati, unit: pemda, head: true, level: politik }
      - { id: kadis, title: Kepala Dinas, unit: dinas, head: true, level: jpt-pratama, eselon: II.b }
      - id: kabid
        title: Kepala Bidang
        unit: bid
        head: true
        level: administrator
        eselon: III.b
        requires: { competencies: { keputusan: 3 } }
      - { id: kasi, title: Kasi Satu, unit: seksi1, head: true, level: pengawas, eselon: IV.a, requires: { competencies: { integritas: 2 } } }
      - { id: kasi2, title: Kasi Dua, unit: seksi2, head: true, level: pengawas, eselon: IV.a, requires: { competencies: { integritas: 2 } } }
      - { id: staf, title: Staf, unit: seksi1, level: pelaksana, seats: 2, requires: { rank: II/c, education: SMA, competencies: { integritas: 1 } } }
    people:
      - { nip: "196803101992031001", name: K Kadis, position: kadis, since: 2020-01-01, rank: IV/c, rank_since: 2019-04-01, education: S2,
          competencies: { keputusan: 4, integritas: 4 }, performance: baik, potential: menengah }
      - { nip: "198001012005031001", name: A Kasi, position: kasi, since: 2021-01-01, rank: III/c, rank_since: 2022-04-01, education: S1,
          competencies: { integritas: 3, keputusan: 3 }, performance: baik, potential: tinggi }
      - { nip: "199001012015031002", name: S Staf, position: staf, since: 2016-01-01, rank: II/c, rank_since: 2020-04-01, education: SMA,
          competencies: { integritas: 1 }, performance: baik, potential: rendah }
      - { nip: "198501012010011001", name: P1 Pool, rank: III/b, rank_since: 2020-04-01, education: S1,
          competencies: { integritas: 2 }, performance: sangat-baik, potential: menengah }
      - { nip: "199501012020121001", name: P2 Pool, rank: II/b, rank_since: 2024-10-01, education: SMA,
          competencies: { integritas: 1 }, performance: baik, potential: rendah }
      - { nip: "196802101990031001", name: P3 Pensiun, rank: III/d, education: S1, competencies: { integritas: 2 } }
      - { nip: "199601012022121001", name: P4 PPPK, education: D-III, status: pppk, competencies: { integritas: 1 }, performance: baik }
    career_paths:
      - { from: kasi, to: kabid, min_years: 3 }
      - { from: kabid, to: kadis, min_years: 2 }

    """

@Suite("Merit: fit, placement, talent boxes and careers")
struct MeritTests {
    let graph = analysisGraph(meritYAML)
    var calc: FitCalculator { FitCalculator(graph) }
    func person(_ name: String) -> Int { graph.people.firstIndex { $0.name.hasPrefix(name) }! }
    func post(_ id: String) -> Int { graph.positionIndex[id]! }

    @Test("fit scores, by hand")
    func fits() {
        // P1 into kasi2: integritas 2 = 2 (+10), sangat-baik (+20), menengah (+8), 5 years in rank (+5).
        let a = calc.fit(person: person("P1"), position: post("kasi2"))
        #expect(a.eligible && a.score == 43)
        #expect((a.competency, a.performance, a.potential, a.experience, a.careerPath) == (10, 20, 8, 5, 0))
        // P1 into staf: integritas 2 over 1: 10 + 2; so 12 + 20 + 8 + 5.
        #expect(calc.fit(person: person("P1"), position: post("staf")).score == 45)
        // A into kabid: keputusan 3 = 3 (+10), baik (+12), tinggi (+15), 3 years in rank (+3), the career
        // path kasi → kabid with 5 years served of 3 (+10).
        let b = calc.fit(person: person("A "), position: post("kabid"))
        #expect(b.eligible && b.score == 50 && b.careerPath == 10)
        // A short of a competency: kasi2 asks integritas 2, A has 3: no gap.
        #expect(calc.fit(person: person("A "), position: post("kasi2")).competencyGaps.isEmpty)
        // A shortfall: P1 has no keputusan, kabid asks level 3: 3 levels × −15.
        let c = calc.fit(person: person("P1"), position: post("kabid"))
        #expect(c.competencyGaps.map(\.missing) == [3] && c.competency == -45)
    }

    @Test("eligibility edges: one rank step below, retirement month, PPPK, entry by level")
    func eligibility() {
        // Structural: P1's III/b is one step below kasi2's III/c: allowed.
        #expect(calc.fit(person: person("P1"), position: post("kasi2")).eligible)
        // Non-structural: P2's II/b is one step below staf's II/c: not allowed.
        let p2 = calc.fit(person: person("P2"), position: post("staf"))
        #expect(!p2.eligible && p2.blockers.first?.english.contains("below the required II/c") == true)
        // Born 1968-02-10: BUP 58 on 2026-02-10, retires 2026-02-28, within 2 years of as_of.
        let p3 = calc.fit(person: person("P3"), position: post("staf"))
        #expect(!p3.eligible && p3.blockers.contains { $0.english.contains("retires on 2026-02-28") })
        #expect(!calc.fit(person: person("P4"), position: post("staf")).eligible)   // no rank
        // A pengawas of 5 years may go up to administrator; the kadis post needs 2 years as administrator.
        let toKadis = calc.fit(person: person("A "), position: post("kadis"))
        #expect(!toKadis.eligible && toKadis.blockers.contains { $0.english.contains("needs 2 years as administrator") })
        #expect(!calc.fit(person: person("P1"), position: post("bupati")).eligible)
    }

    @Test("years in a functional post of the matching level count as entry experience, and are required")
    func functionalExperience() throws {
        func chart(since: String) -> OrgGraph {
            analysisGraph(meritYAML.replacingFirst("  - { id: staf, title: Staf,", with: "  - { id: analis, title: Analis Ahli Pertama, unit: seksi1, level: fungsional, jenjang: ahli-pertama, functional_kind: analis-kebijakan }\n  - { id: staf, title: Staf,")
                .replacingFirst("\ncareer_paths:", with: "\n  - { nip: \"198601012010011001\", name: F Analis, position: analis, since: \(since), rank: III/c, education: S1, competencies: { integritas: 3 } }\ncareer_paths:"))
        }
        // 3 months as ahli pertama: not the 4 years a pengawas post needs (PP 11/2017 Ps 54).
        let fresh = chart(since: "2025-10-01")
        let f = FitCalculator(fresh).fit(person: fresh.personIndex["198601012010011001"]!, position: fresh.positionIndex["kasi2"]!)
        #expect(!f.eligible && f.blockers.contains { $0.english.contains("needs 4 years as pelaksana or functional") })
        // 6 years in the functional post: eligible.
        let seasoned = chart(since: "2020-01-01")
        #expect(FitCalculator(seasoned).fit(person: seasoned.personIndex["198601012010011001"]!, position: seasoned.positionIndex["kasi2"]!).eligible)
    }

    @Test("the JPT age ceiling and the minimum tenure apply to a new appointment, not to the official in post; PPPK are not placed in structural posts")
    func sittingOfficial() throws {
        // The sitting kadis, 57 (over the ceiling of 56), is not evicted; another person of 57 is not appointed.
        #expect(calc.fit(person: person("K Kadis"), position: post("kadis")).eligible)
        let older = analysisGraph(meritYAML.replacingFirst("name: A Kasi, position: kasi, since: 2021-01-01, rank: III/c", with: "name: A Kasi, position: kasi, since: 2021-01-01, born: 1968-06-01, rank: IV/b")
            .replacingFirst("\"198001012005031001\", name: A Kasi", with: "\"196806012005031001\", name: A Kasi"))
        let a = FitCalculator(older).fit(person: older.personIndex["196806012005031001"]!, position: older.positionIndex["kadis"]!)
        #expect(a.blockers.contains { $0.english.contains("is over 56 for a JPT post") })
        // A sitting kadis who retires within the minimum tenure stays in post.
        let retiring = analysisGraph(meritYAML.replacingFirst("\"196803101992031001\", name: K Kadis", with: "\"196606101992031001\", name: K Kadis"))
        #expect(FitCalculator(retiring).fit(person: retiring.personIndex["196606101992031001"]!, position: retiring.positionIndex["kadis"]!).eligible)
        // PPPK: not in the PNS pool for structural posts.
        let pppk = calc.fit(person: person("P4"), position: post("kasi2"))
        #expect(!pppk.eligible && pppk.blockers.contains { $0.english.contains("a PPPK is not appointed to a structural post") })
    }

    @Test("PPPK are not in the PNS succession pool")
    func pppkSuccession() {
        // P4 PPPK rated sangat-baik with high potential would be in box 9.
        let yaml = meritYAML.replacingFirst("status: pppk, competencies: { integritas: 1 }, performance: baik }", with: "status: pppk, competencies: { integritas: 1 }, performance: sangat-baik, potential: tinggi }")
        #expect(yaml != meritYAML)
        let g = analysisGraph(yaml)
        let t = TalentBox(g)
        let p4 = g.people.firstIndex { $0.name == "P4 PPPK" }!
        #expect(t.boxes[p4] == 9 && !t.successionPool.contains(p4))
        #expect(t.successionPool.map { g.people[$0].name.prefix(2) } == ["A ", "P1"])
    }

    @Test("the pool is placed optimally: P1 to the staff seat (45 beats 43), nobody else eligible")
    func placement() throws {
        let m = MeritPlacement(graph)
        #expect(m.placements.count == 1)
        let pl = try #require(m.placements.first)
        #expect(graph.people[pl.person].name.hasPrefix("P1") && graph.positions[pl.position].id == "staf")
        #expect(m.totalScore == 45)
        #expect(m.unplaced.map { graph.people[$0].name.prefix(2) } == ["P2", "P3", "P4"])
        #expect(m.vacant.map { graph.positions[$0.position].id } == ["kabid", "kasi2"])
        let json = m.json(.english).serialized()
        #expect(json.contains(#""placements":[{"person":"198501012010011001""#) && json.contains(#""total_score":45"#))
        #expect(!json.contains("candidates"))
        let explained = MeritPlacement(graph, explain: true)
        // Every pool person against every post with an open seat: 4 × (kabid, kasi2, staf).
        #expect(explained.candidates.count == 12)
        #expect(explained.json(.english).serialized().contains(#""eligible":false"#))
    }

    @Test("with holders moving, no other assignment beats the solver's (checked exhaustively)")
    func includeHolders() {
        let m = MeritPlacement(graph, includeHolders: true)
        // Exhaustive: people × seats of every non-political post, from the same fits.
        let people = graph.people.indices.map { $0 }
        var seats: [Int] = []
        for (p, post) in graph.positions.enumerated() where post.level != .politik { seats += Array(repeating: p, count: post.seats) }
        var best = (placed: 0, score: 0)
        var used = [Bool](repeating: false, count: seats.count)
        func go(_ k: Int, _ placed: Int, _ score: Int) {
            if k == people.count {
                if (placed, score) > (best.placed, best.score) { best = (placed, score) }
                return
            }
            go(k + 1, placed, score)
            for (c, p) in seats.enumerated() where !used[c] {
                let f = calc.fit(person: people[k], position: p, explain: false)
                guard f.eligible else { continue }
                used[c] = true
                go(k + 1, placed + 1, score + f.score)
                used[c] = false
            }
        }
        go(0, 0, 0)
        #expect(m.placements.count == best.placed && m.totalScore == best.score)
        #expect(m.placements.contains { graph.people[$0.person].name.hasPrefix("A ") && graph.positions[$0.position].id == "kabid" })
    }

    @Test("talent boxes: low 1 2 4, medium 3 5 7, high 6 8 9")
    func talent() {
        let grid: [(Performance, Potential, Int)] = [
            (.kurang, .rendah, 1), (.baik, .rendah, 2), (.sangatBaik, .rendah, 4), (.butuhPerbaikan, .menengah, 3),
            (.baik, .menengah, 5), (.sangatBaik, .menengah, 7), (.sangatKurang, .tinggi, 6), (.baik, .tinggi, 8), (.sangatBaik, .tinggi, 9),
        ]
        for (perf, pot, box) in grid { #expect(TalentBox.box(performance: perf, potential: pot) == box) }
        let t = TalentBox(graph)
        // K 5, A 8, S 2, P1 7, P2 2; P3 and P4 unrated.
        #expect(t.boxes == [5, 8, 2, 7, 2, nil, nil])
        #expect(t.successionPool.map { graph.people[$0].name.prefix(2) } == ["A ", "P1"])
        #expect(t.byUnit.first { $0.unit == "pool" }?.counts[0] == 2)
    }

    @Test("careers: ready now, later along career paths, bench, risk, and one person's route")
    func careers() throws {
        let c = CareerAnalysis(graph, horizon: 5, person: "198001012005031001", target: "kadis")
        func s(_ id: String) -> CareerAnalysis.Succession { c.successions.first { graph.positions[$0.position].id == id }! }
        // kabid (vacant): A is ready; the kepala dinas outranks it and is not its bench.
        #expect(s("kabid").readyNow.map { graph.people[$0.person].name.prefix(2) } == ["A "])
        #expect(!s("kabid").atRisk)
        // kasi2: A (a lateral move) and P1 (one rank step below, allowed).
        #expect(s("kasi2").bench == 2)
        // kadis: nobody ready; its holder (born 1968-03-10, JPT: BUP 60) retires 2028-03-31, within 5 years.
        #expect(s("kadis").bench == 0 && s("kadis").atRisk)
        #expect(s("kadis").holderRetires?.description == "2028-03-31")
        let later = try #require(s("kadis").later.first)
        #expect(graph.people[later.person].name.hasPrefix("A "))
        // kasi → kabid (3 years, 5 served: 0 left) then kabid → kadis (2 years).
        #expect(later.yearsNeeded == 2 && later.path.map { graph.positions[$0].id } == ["kasi", "kabid", "kadis"])
        #expect(c.risks.map { graph.positions[$0.position].id } == ["kadis"])
        let p = try #require(c.person)
        #expect(p.next.map { graph.positions[$0.to].id } == ["kabid"] && p.next[0].fit.eligible)
        #expect(p.route?.map { graph.positions[$0.to].id } == ["kabid", "kadis"])
        #expect(p.route?.reduce(0) { $0 + $1.minYears } == 5)
    }
}
