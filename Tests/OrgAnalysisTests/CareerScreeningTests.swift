import Testing
import OrgAnalysis
import OrgFiles
import OrgModel
import TestSupport

/// Careers the plain way, as it was before the profile screening: every person against the post through
/// `FitCalculator.fit`, no index. Ready now (bench and the best `top`) must come out the same.
func referenceReadyNow(_ graph: OrgGraph, post p: Int, top: Int) -> (bench: Int, best: [(Int, Int)]) {
    let calculator = FitCalculator(graph)
    let post = graph.positions[p]
    var ready: [(person: Int, score: Int)] = []
    for i in graph.people.indices where !graph.holders[p].contains(i) {
        let q = graph.personPosition[i]
        if q >= 0, let mine = graph.positions[q].eselon, let theirs = post.eselon, mine.isHigher(than: theirs) { continue }
        let fit = calculator.fit(person: i, position: p, explain: false)
        if fit.eligible && fit.competencyGaps.isEmpty { ready.append((i, fit.score)) }
    }
    ready.sort { ($0.score, -$0.person) > ($1.score, -$1.person) }
    return (ready.count, ready.prefix(top).map { ($0.person, $0.score) })
}

@Suite("Careers: the profile screening gives what screening everyone gives")
struct CareerScreeningTests {
    @Test("on both sample charts, for every structural post of the tutorial and every 12th of Sragen",
          arguments: [("OrgCharts/kabupaten-contoh.yaml", 1), ("OrgCharts/kabupaten-sragen.yaml", 12)])
    func samples(file: String, every: Int) throws {
        let graph = try #require(ChartLoader.load(path: repoPath(file)).graph)
        let top = 40
        let careers = CareerAnalysis(graph, horizon: 5, top: top)
        var checked = 0, withBench = 0
        for (k, s) in careers.successions.enumerated() where k % every == 0 {
            let reference = referenceReadyNow(graph, post: s.position, top: top)
            #expect(s.bench == reference.bench, "\(graph.positions[s.position].id): bench")
            #expect(s.readyNow.map { [$0.person, $0.score] } == reference.best.map { [$0.0, $0.1] },
                    "\(graph.positions[s.position].id): ready now")
            #expect(s.atRisk == ((s.holderRetires.map { $0 < graph.asOf.adding(years: 5) } ?? true) && reference.bench == 0))
            // Nobody ready now is also listed for later.
            #expect(Set(s.later.map(\.person)).isDisjoint(with: s.readyNow.map(\.person)))
            checked += 1
            if reference.bench > 0 { withBench += 1 }
        }
        #expect(checked > 10 && withBench > 5, "the comparison must cover posts that have candidates")
    }

    @Test("posts that share a profile still differ by their own holders and career paths")
    func profileExceptions() throws {
        // kabid-a and kabid-b ask the same. A career path leads from kasi-a into kabid-a only, so its holder
        // scores more there; each kabid's holder is the other's bench but not their own post's.
        let yaml = """
            format: ramping/1
            organisation: { id: kab-uji, name: Pemerintah Kabupaten Uji, region: kabupaten, as_of: 2026-01-01 }
            competencies:
              - { id: integritas, name: Integritas, kind: managerial }
            units:
              - { id: pemda, name: Pemerintah Kabupaten Uji, kind: pemda }
              - { id: dinas, name: Dinas Uji, kind: dinas, parent: pemda, type: A }
              - { id: bidang-a, name: Bidang A, kind: bidang, parent: dinas }
              - { id: bidang-b, name: Bidang B, kind: bidang, parent: dinas }
              - { id: seksi-a, name: Seksi A, kind: seksi, parent: bidang-a }
              - { id: seksi-b, name: Seksi B, kind: seksi, parent: bidang-b }
            positions:
              - { id: bupati, title: Bupati Uji, unit: pemda, head: true, level: politik }
              - { id: kadis, title: Kepala Dinas, unit: dinas, head: true, level: jpt-pratama, eselon: II.b, grade: 14 }
              - { id: kabid-a, title: Kepala Bidang A, unit: bidang-a, head: true, level: administrator, eselon: III.b, grade: 11,
                  requires: { competencies: { integritas: 2 } } }
              - { id: kabid-b, title: Kepala Bidang B, unit: bidang-b, head: true, level: administrator, eselon: III.b, grade: 11,
                  requires: { competencies: { integritas: 2 } } }
              - { id: kasi-a, title: Kepala Seksi A, unit: seksi-a, head: true, level: pengawas, eselon: IV.a, grade: 9 }
              - { id: kasi-b, title: Kepala Seksi B, unit: seksi-b, head: true, level: pengawas, eselon: IV.a, grade: 9 }
            people:
              - { nip: "197002021995031001", name: Budi Santoso, position: kabid-a, since: 2019-01-01, rank: IV/a, rank_since: 2019-01-01,
                  education: S1, competencies: { integritas: 2 } }
              - { nip: "197503032000032002", name: Sri Rahayu, position: kasi-a, since: 2018-01-01, rank: III/d, rank_since: 2018-01-01,
                  education: S1, competencies: { integritas: 3 } }
              - { nip: "197604042001041003", name: Agus Wibowo, position: kasi-b, since: 2018-01-01, rank: III/d, rank_since: 2020-01-01,
                  education: S1, competencies: { integritas: 2 } }
            career_paths:
              - { from: kasi-a, to: kabid-a, min_years: 3 }

            """
        let loaded = load(yaml)
        let graph = try #require(loaded.graph, "\(englishDiagnostics(loaded))")
        let careers = CareerAnalysis(graph, top: 10)
        func succession(_ id: String) throws -> CareerAnalysis.Succession {
            try #require(careers.successions.first { graph.positions[$0.position].id == id })
        }
        for s in careers.successions {
            let reference = referenceReadyNow(graph, post: s.position, top: 10)
            #expect(s.bench == reference.bench, "\(graph.positions[s.position].id)")
            #expect(s.readyNow.map { [$0.person, $0.score] } == reference.best.map { [$0.0, $0.1] }, "\(graph.positions[s.position].id)")
        }
        // The cases the shared screening must not blur (people 0, 1 and 2 in chart order).
        let a = try succession("kabid-a"), b = try succession("kabid-b")
        #expect(!a.readyNow.contains { $0.person == 0 } && b.readyNow.contains { $0.person == 0 })
        let sriA = try #require(a.readyNow.first { $0.person == 1 }), sriB = try #require(b.readyNow.first { $0.person == 1 })
        #expect(sriA.score > sriB.score, "the career path into kabid-a counts there only")
    }
}
