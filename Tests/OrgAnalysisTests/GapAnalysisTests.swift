import Testing
import OrgAnalysis
import OrgModel

@Suite("Staffing gaps from workload (ABK), worked out by hand")
struct GapAnalysisTests {
    let gaps = GapAnalysis(analysisGraph(), horizon: 2, sensitivity: true)

    func post(_ id: String) -> GapAnalysis.PositionGap? { gaps.positions.first { $0.id == id } }

    @Test func politicalPostsAreLeftOut() {
        #expect(post("bupati") == nil)
        #expect(gaps.positions.count == 8)
    }

    @Test("need: half up, at least 1, declared seats without workload")
    func need() throws {
        // 2,250 × 50 min = 1,875 h; ÷ 1,250 = 1.5 → 2. EJ 1,875 ÷ (2 × 1,250) = 0.75 → C.
        let staf = try #require(post("staf-sek"))
        #expect(staf.figures.loadHours == 1875 && staf.figures.need == 2 && staf.figures.filled == 2 && staf.figures.gap == 0)
        #expect(staf.ej == 0.75 && staf.grade == "C")
        // 9,000 × 40 min = 6,000 h → 4.8 → 5; 3 people: gap −2; EJ 6,000 ÷ 3,750 = 1.6 → A.
        let verif = try #require(post("verif"))
        #expect((verif.figures.need, verif.figures.filled, verif.figures.gap) == (5, 3, -2))
        #expect(verif.ej == 1.6 && verif.grade == "A")
        // 100 h → 0.08 → at least 1. Its holder is past BUP: leaving now, not a filled seat, so no EJ.
        let small = try #require(post("pelaksana2"))
        #expect(small.figures.need == 1 && small.figures.filled == 0 && small.figures.gap == -1 && small.grade == nil)
        // No workload: the declared 2 seats; vacant: no EJ.
        let analis = try #require(post("analis"))
        #expect(analis.figures.need == 2 && analis.figures.gap == -2 && analis.ej == nil && analis.grade == nil)
        #expect(post("kabid2")?.figures.gap == -1)
    }

    @Test("rounding at exactly .5 goes up, and the other roundings are settings")
    func rounding() {
        #expect(GapAnalysis.need(load: 625, hasWorkload: true, seats: 9, hours: 1250, rounding: .halfUp) == 1)
        #expect(GapAnalysis.need(load: 3125, hasWorkload: true, seats: 9, hours: 1250, rounding: .halfUp) == 3)
        #expect(GapAnalysis.need(load: 3124, hasWorkload: true, seats: 9, hours: 1250, rounding: .halfUp) == 2)
        #expect(GapAnalysis.need(load: 3124, hasWorkload: true, seats: 9, hours: 1250, rounding: .up) == 3)
        #expect(GapAnalysis.need(load: 3126, hasWorkload: true, seats: 9, hours: 1250, rounding: .down) == 2)
        #expect(GapAnalysis.need(load: 0, hasWorkload: true, seats: 9, hours: 1250, rounding: .halfUp) == 0)
        #expect(GapAnalysis.need(load: 0, hasWorkload: false, seats: 9, hours: 1250, rounding: .halfUp) == 9)
    }

    @Test func grades() {
        let s = Settings()
        #expect([1.01, 1.0, 0.9, 0.89, 0.7, 0.69, 0.5, 0.49].map { GapAnalysis.grade($0, s) } == ["A", "B", "B", "C", "C", "D", "D", "E"])
    }

    @Test("summary: need 14, filled 8, shortage 6")
    func summary() {
        // need 1+1+1+1+2+5+2+1; filled 1+1+1+0+2+3+0+0 (Pelaksana Tua is past BUP: leaving now);
        // shortages kabid2 1, verif 2, analis 2, pelaksana2 1.
        #expect((gaps.summary.need, gaps.summary.filled, gaps.summary.gap) == (14, 8, -6))
        #expect((gaps.summary.shortage, gaps.summary.surplus) == (6, 0))
    }

    @Test("units total their subtree; EU over the posts with workload")
    func units() throws {
        let dinas = try #require(gaps.units.first { $0.id == "dinas" })
        #expect((dinas.figures.need, dinas.figures.filled, dinas.figures.shortage) == (14, 8, 6))
        // 7,975 h over 5 people in service in posts with workload: 7,975 ÷ 6,250.
        #expect(abs(dinas.eu! - 7975.0 / 6250.0) < 1e-12 && dinas.grade == "A")
        let bid1 = try #require(gaps.units.first { $0.id == "dinas.bid1" })
        #expect((bid1.figures.need, bid1.figures.filled, bid1.figures.gap) == (6, 4, -2))
        #expect(bid1.eu == 1.6)
    }

    @Test("sensitivity: need at 1,200, 1,250 and 1,300 hours")
    func sensitivity() throws {
        // verif 6,000 h: 5.0, 4.8, 4.6 → 5 5 5; staf-sek 1,875 h: 1.56, 1.5, 1.44 → 2 2 1.
        #expect(post("verif")?.needAt == [5, 5, 5])
        #expect(post("staf-sek")?.needAt == [2, 2, 1])
        #expect(gaps.summaryNeedAt == [14, 14, 13])
    }

    @Test("retirement projection: who reaches BUP, by year from as_of")
    func retirements() throws {
        // Sekdis, born 1968-03-10, administrator (58): retires 2026-03-31, in year 1.
        // Pelaksana Tua, born 1967-11-20 (58): retired 2025-11-30, already past.
        #expect(gaps.retirements.map(\.person) == ["196711201990031001", "196803101992031002"])
        #expect(gaps.retirements.map(\.year) == [0, 1])
        #expect(gaps.retirements[1].retiresOn.description == "2026-03-31" && gaps.retirements[1].structural)
        let dinas = try #require(gaps.projection.first)
        #expect(dinas.unit == "dinas" && dinas.gapNow == -6 && dinas.retiring == [1, 0] && dinas.gapAfter == [-7, -7])
    }

    @Test func jsonShape() {
        let json = gaps.json(.english).serialized()
        #expect(json.contains(#"{"id":"verif","load_hours":6000,"need":5,"filled":3,"gap":-2,"ej":1.6,"grade":"A","need_at":{"1200":5,"1250":5,"1300":5}}"#))
        #expect(json.contains(#""summary":{"need":14,"filled":8,"gap":-6,"shortage":6,"surplus":0"#))
    }

    @Test("a structural post is one per unit whatever its workload (PP 18/2016 Ps 96(2)); its load still counts in EU")
    func structuralNeed() throws {
        // Kabid Satu with 3,000 hours: 2.4 people by ABK, but a structural post needs 1.
        let yaml = analysisChartYAML.replacingFirst("eselon: III.b, grade: 11 }\n", with: "eselon: III.b, grade: 11,\n      workload: [{ task: Memimpin, volume: 3000, minutes: 60 }] }\n")
        #expect(yaml != analysisChartYAML)
        let g = GapAnalysis(analysisGraph(yaml))
        let kabid = try #require(g.positions.first { $0.id == "kabid1" })
        #expect(kabid.figures.loadHours == 3000 && kabid.figures.need == 1 && kabid.figures.gap == 0)
        // A pelaksana post with the same load needs 2 (2.4 → 2).
        let pelaksana = analysisChartYAML.replacingFirst("workload: [{ task: Arsip, volume: 100, minutes: 60 }]", with: "workload: [{ task: Arsip, volume: 3000, minutes: 60 }]")
        #expect(GapAnalysis(analysisGraph(pelaksana)).positions.first { $0.id == "pelaksana2" }?.figures.need == 2)
    }

    @Test("a teacher retires at 60, not 58 (UU 14/2005 Ps 30(4)); the kind's age is a setting")
    func teacherRetirement() throws {
        let guru = Position(id: "g", title: "Guru Ahli Pertama", unit: "u", level: .fungsional, jenjang: .ahliPertama, functionalKind: "guru")
        let analis = Position(id: "a", title: "Analis Ahli Pertama", unit: "u", level: .fungsional, jenjang: .ahliPertama, functionalKind: "analis-kebijakan")
        #expect(guru.retirementAge == 60 && analis.retirementAge == 58)
        var s = Settings()
        s.retirementAgeByKind["analis-kebijakan"] = 60
        #expect(analis.retirementAge(s) == 60)
        // In the projection: a guru born 1967-06 is in service on 2026-01-01 and retires in 2027.
        let yaml = analysisChartYAML.replacingFirst("level: fungsional, jenjang: ahli-pertama, grade: 8, seats: 2,", with: "level: fungsional, jenjang: ahli-pertama, functional_kind: guru, grade: 8, seats: 2,")
            .replacingFirst("  - { nip: \"198501012010011001\"", with: "  - { nip: \"196706012005031001\", name: Guru Senior, position: analis, rank: III/b, education: S1 }\n  - { nip: \"198501012010011001\"")
        #expect(yaml.contains("Guru Senior") && yaml.contains("functional_kind: guru"))
        let g = GapAnalysis(analysisGraph(yaml), horizon: 2)
        let r = try #require(g.retirements.first { $0.person == "196706012005031001" })
        #expect(r.retiresOn.description == "2027-06-30" && r.year == 2)
        #expect(g.positions.first { $0.id == "analis" }?.figures.filled == 1)
    }
}
