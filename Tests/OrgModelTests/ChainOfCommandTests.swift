import Testing
import OrgModel

/// A chart built in code: pemda (bupati) > dinas (kadis) > bidang (kabid) > seksi (no head) > staff;
/// plus a bidang without a head, and an explicit `reports_to`.
func chainChart() -> OrgChart {
    let asOf = Day(year: 2026, month: 1, day: 1)!
    return OrgChart(
        organisation: Organisation(id: "t", name: "T", region: .kota, asOf: asOf),
        units: [
            Unit(id: "pemda", name: "Pemda", kind: .pemda),
            Unit(id: "dinas", name: "Dinas", kind: .dinas, parent: "pemda", type: .b),
            Unit(id: "bidang", name: "Bidang", kind: .bidang, parent: "dinas"),
            Unit(id: "seksi", name: "Seksi", kind: .seksi, parent: "bidang"),
            Unit(id: "bidang2", name: "Bidang tanpa kepala", kind: .bidang, parent: "dinas"),
            Unit(id: "seksi2", name: "Seksi", kind: .seksi, parent: "bidang2"),
        ],
        positions: [
            Position(id: "walikota", title: "Wali Kota", unit: "pemda", head: true, level: .politik),
            Position(id: "wakil", title: "Wakil Wali Kota", unit: "pemda", level: .politik),
            Position(id: "kadis", title: "Kadis", unit: "dinas", head: true, level: .jptPratama, eselon: .iiB),
            Position(id: "kabid", title: "Kabid", unit: "bidang", head: true, level: .administrator, eselon: .iiiB),
            Position(id: "staf-seksi", title: "Staf", unit: "seksi", level: .pelaksana, seats: 3),
            Position(id: "kasi2", title: "Kasi", unit: "seksi2", head: true, level: .pengawas, eselon: .ivA),
            Position(id: "staf-bidang2", title: "Staf", unit: "bidang2", level: .pelaksana),
            Position(id: "analis", title: "Analis", unit: "seksi2", level: .fungsional, jenjang: .ahliPertama,
                     reportsTo: "kabid"),
        ])
}

@Suite("The derived chain of command")
struct ChainOfCommandTests {
    let graph: OrgGraph

    init() throws {
        let resolution = OrgGraph.resolve(chainChart())
        #expect(resolution.issues.isEmpty, "\(resolution.issues)")
        graph = try #require(resolution.graph)
    }

    func superior(of id: String) -> String? {
        let s = graph.superior[graph.positionIndex[id]!]
        return s < 0 ? nil : graph.positions[s].id
    }

    func layer(of id: String) -> Int { graph.layer[graph.positionIndex[id]!] }

    @Test func theRootPostIsTheHeadOfTheRootUnit() {
        #expect(graph.positions[graph.rootPosition].id == "walikota")
        #expect(superior(of: "walikota") == nil)
        #expect(layer(of: "walikota") == 1)
    }

    @Test func aPostReportsToTheHeadOfItsOwnUnit() {
        #expect(superior(of: "wakil") == "walikota")
    }

    @Test func aUnitHeadReportsToTheHeadOfTheParentUnit() {
        #expect(superior(of: "kadis") == "walikota")
        #expect(superior(of: "kabid") == "kadis")
    }

    @Test("a post in a unit without a head reports to the nearest ancestor's head")
    func nearestAncestorHead() {
        #expect(superior(of: "staf-seksi") == "kabid")
        #expect(superior(of: "staf-bidang2") == "kadis")
        // A head whose parent unit has no head skips to the grandparent's head.
        #expect(superior(of: "kasi2") == "kadis")
    }

    @Test func anExplicitReportsToWins() {
        #expect(superior(of: "analis") == "kabid")
        #expect(layer(of: "analis") == 4)
    }

    @Test func layersAndSubordinates() {
        #expect(graph.layers == 4)
        #expect(layer(of: "staf-seksi") == 4)
        let kadis = graph.positionIndex["kadis"]!
        #expect(graph.subordinates[kadis].map { graph.positions[$0].id } == ["kabid", "kasi2", "staf-bidang2"])
    }

    @Test func dottedLinesAreNotInTheChain() {
        var chart = chainChart()
        chart.positions[4].dotted = ["kasi2"]
        let g = OrgGraph.resolve(chart).graph!
        #expect(g.dotted[4].map { g.positions[$0].id } == ["kasi2"])
        #expect(g.superior == graph.superior)
    }

    @Test func unitTreeHelpers() {
        let dinas = graph.unitIndex["dinas"]!
        #expect(graph.subtree(of: dinas).map { graph.units[$0].id } == ["dinas", "bidang", "seksi", "bidang2", "seksi2"])
        #expect(graph.topLevelUnit(of: graph.unitIndex["seksi2"]!) == dinas)
        #expect(graph.unitDepth[graph.unitIndex["seksi"]!] == 3)
    }
}

@Suite("Values of the model")
struct ModelValueTests {
    @Test func days() {
        #expect(Day(iso: "2024-02-29") != nil)
        #expect(Day(iso: "2023-02-29") == nil)
        #expect(Day(iso: "2026-1-01") == nil)
        #expect(Day(iso: "2024-02-29")!.adding(years: 1).description == "2025-02-28")
        #expect(Day(iso: "1968-05-12")!.wholeYears(to: Day(iso: "2026-05-11")!) == 57)
        #expect(Day(iso: "1968-05-12")!.wholeYears(to: Day(iso: "2026-05-12")!) == 58)
        #expect(Day(iso: "2026-02-10")!.endOfMonth.description == "2026-02-28")
    }

    @Test func nip() throws {
        let nip = try NIP.parse("198204152006042003").get()
        #expect(nip.born == Day(iso: "1982-04-15"))
        #expect(nip.gender == .female)
        #expect(nip.appointedYear == 2006 && nip.appointedMonth == 4)
        #expect(throws: NIP.Problem.genderDigit("3")) { try NIP.parse("198204152006043003").get() }
    }

    @Test func vocabularyOrders() {
        #expect(Rank.iiiC.oneStepBelow == .iiiB)
        #expect(Eselon.ivA.rankRange == Rank.iiiC ... Rank.iiiD)
        #expect(Education.d4.step == Education.s1.step)
        #expect(Eselon.iiA.isHigher(than: .iiB))
    }

    @Test func suggestions() {
        #expect(closestSpelling(to: "dinsa", among: ["dinas", "badan"]) == "dinas")
        #expect(closestSpelling(to: "xyz", among: ["dinas", "badan"]) == nil)
    }
}
