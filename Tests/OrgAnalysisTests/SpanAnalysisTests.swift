import Testing
import OrgAnalysis
import OrgModel

@Suite("Span of control and layers, worked out by hand")
struct SpanAnalysisTests {
    let spans = SpanAnalysis(analysisGraph())

    func manager(_ id: String) -> SpanAnalysis.Manager? { spans.managers.first { $0.id == id } }

    @Test func everyManagerAndOnlyManagers() {
        #expect(spans.managers.map(\.id) == ["bupati", "kadis", "sekdis", "kabid1", "kabid2"])
    }

    @Test("direct reports, their seats and people; dotted lines never count")
    func perManager() throws {
        let kadis = try #require(manager("kadis"))
        // sekdis, kabid1, kabid2 and analis (explicit reports_to): 1 + 1 + 1 + 2 seats; sekdis and kabid1 filled.
        #expect((kadis.layer, kadis.directReports, kadis.directReportSeats, kadis.directReportPeople) == (2, 4, 5, 2))
        #expect(kadis.flag == .ok)
        // verif sits in a seksi without a head, so it reports to kabid1: one post of 6 seats, 3 people.
        // analis's dotted line to kabid1 is not a report.
        let kabid1 = try #require(manager("kabid1"))
        #expect((kabid1.directReports, kabid1.directReportSeats, kabid1.directReportPeople) == (1, 6, 3))
        #expect(manager("sekdis")?.flag == .ok)     // 3 seats: not below span_narrow 3
        #expect(manager("kabid2")?.flag == .narrow) // 1 seat
        #expect(manager("bupati")?.flag == .narrow)
    }

    @Test func summary() {
        // Spans in seats: 1, 5, 3, 6, 1. Mean 16 / 5; median of 1 1 3 5 6 is 3.
        #expect(spans.summary.layers == 4)
        #expect(spans.summary.managers == 5)
        #expect(spans.summary.meanSpan == 3.2)
        #expect(spans.summary.medianSpan == 3)
        #expect(spans.summary.narrow == 2 && spans.summary.wide == 0)
        #expect(spans.smallestSpans.map(\.id) == ["bupati", "kabid2"])
    }

    @Test func pyramidAndBins() {
        #expect(spans.pyramid.map(\.posts) == [1, 1, 4, 3])
        #expect(spans.pyramid.map(\.seats) == [1, 1, 5, 10])
        #expect(spans.pyramid.map(\.people) == [0, 1, 2, 6])
        #expect(spans.pyramid[0].spanBins == [1, 0, 0, 0, 0])
        #expect(spans.pyramid[1].spanBins == [0, 1, 0, 0, 0])
        #expect(spans.pyramid[2].spanBins == [1, 1, 1, 0, 0])
    }

    @Test("per perangkat daerah: the dinas alone, spans 5 3 6 1")
    func perUnit() throws {
        let dinas = try #require(spans.byTopLevelUnit.first)
        #expect(spans.byTopLevelUnit.count == 1 && dinas.unit == "dinas")
        #expect(dinas.summary.managers == 4 && dinas.summary.meanSpan == 3.75 && dinas.summary.medianSpan == 4)
        #expect(dinas.summary.narrow == 1 && dinas.summary.layers == 3)
    }

    @Test("an even number of spans takes the mean of the middle two; wide above span_wide")
    func settings() throws {
        let yaml = analysisChartYAML.replacingFirst("as_of: 2026-01-01 }",
                                                          with: "as_of: 2026-01-01, settings: { span_narrow: 2, span_wide: 5 } }")
        let s = SpanAnalysis(analysisGraph(yaml))
        #expect(s.managers.first { $0.id == "kabid1" }?.flag == .wide)
        #expect(s.managers.first { $0.id == "kadis" }?.flag == .ok)
        #expect(s.summary.narrow == 2 && s.summary.wide == 1)
    }

    @Test func jsonShape() {
        let json = spans.json(.english).serialized()
        #expect(json.hasPrefix(#"{"positions":[{"id":"bupati","layer":1,"direct_reports":1,"direct_report_seats":1,"direct_report_people":1,"flag":"narrow"}"#))
        #expect(json.contains(#""summary":{"layers":4,"managers":5,"mean_span":3.2,"median_span":3,"narrow":2,"wide":0}"#))
    }
}

