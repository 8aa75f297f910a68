import Testing
import OrgFiles
import OrgModel
import TestSupport

/// The spellings planners write instead of the contract's: a "did you mean" that knows the domain,
/// case slips accepted with a warning, and dates offered in the form the chart wants.
@Suite("Did you mean, the domain's way")
struct DomainSpellingTests {
    /// The problems of the small chart with `old` changed to `new`.
    func problems(_ old: String, _ new: String) -> [(ChartIssue.Severity, Problem)] {
        #expect(smallChartYAML.contains(old))
        let loaded = load(smallChartYAML.replacingFirst(old, with: new))
        return loaded.diagnostics.map { ($0.severity, $0.problem) }
    }

    func suggestion(_ old: String, _ new: String) -> String? {
        for (_, p) in problems(old, new) {
            if case .unknownValue(_, _, _, let s) = p { return s }
        }
        Issue.record("no unknown value for \(new)")
        return nil
    }

    @Test("D3 is D-III (not S3), IIb is II/b, SLTA is SMA, Perempuan is P, IVa is IV.a, Ahli Pertama is ahli-pertama")
    func domainSuggestions() {
        #expect(suggestion("education: SMA, born", "education: D3, born") == "D-III")
        #expect(suggestion("rank: II/c", "rank: IIb") == "II/b")
        #expect(suggestion("rank: II/c", "rank: 3a") == "III/a")
        #expect(suggestion("education: SMA, born", "education: SLTA, born") == "SMA")
        #expect(suggestion("gender: P", "gender: Perempuan") == "P")
        #expect(suggestion("gender: P", "gender: Wanita") == "P")
        #expect(suggestion("eselon: III.b", "eselon: IIIb") == "III.b")
        #expect(suggestion("kind: pemda }", "kind: Pemerintah Daerah }") == "pemda")
        #expect(suggestion("kind: dinas, parent", "kind: Satpol PP, parent") == "satpol-pp")
        // Without a domain spelling, the nearest by letters still answers.
        #expect(suggestion("kind: dinas, parent", "kind: dinsa, parent") == "dinas")
    }

    @Test("a scenario's vocabulary gets the same suggestions: 'Sekretariat Daerah' is sekretariat-daerah, 'JPT Pratama' jpt-pratama")
    func scenario() {
        let loaded = ScenarioLoader.load(text: """
            format: ramping-scenario/1
            name: Uji
            steps:
              - convert: { level: pengawas, to: { level: fungsional, jenjang: Ahli Pertama }, keep_in: [Sekretariat Daerah] }
              - convert: { level: JPT Pratama, to: { level: pelaksana } }

            """, file: "s.yaml")
        let suggestions = loaded.diagnostics.compactMap { d -> String? in
            if case .unknownValue(_, _, _, let s) = d.problem { return s } else { return nil }
        }
        #expect(suggestions == ["ahli-pertama", "sekretariat-daerah", "jpt-pratama"], "\(loaded.diagnostics.map { $0.rendered(.english) })")
    }

    @Test("a value right but for upper/lower case is accepted with a warning")
    func caseInsensitive() {
        let found = problems("education: SMA, born", "education: sma, born")
        #expect(found.count == 1)
        #expect(found.first?.0 == .warning)
        #expect(found.first?.1 == .vocabularyCase(field: "education", value: "sma", spelling: "SMA"))
        let loaded = load(smallChartYAML.replacingFirst("kind: dinas, parent", with: "kind: Dinas, parent"))
        #expect(loaded.isValid)
        #expect(loaded.graph?.units.contains { $0.id == "dinas" && $0.kind == .dinas } == true)
    }

    @Test("dates written another way are refused with the day they mean")
    func dates() {
        let meant = Day(year: 1982, month: 4, day: 15)!
        for written in ["15/04/1982", "15-04-1982", "15.04.1982", "1982/04/15", "15 April 1982", "15 Apr 1982", "April 15 1982", "30056"] {
            let found = problems("born: 1982-04-15", "born: \(written)")
            #expect(found.contains { $0.0 == .error && $0.1 == .dateNotISO(field: "born", value: written, meant: meant) }, "\(written): \(found)")
        }
        let august = problems("born: 1982-04-15", "born: 17 Agustus 1982")
        #expect(august.contains { $0.1 == .dateNotISO(field: "born", value: "17 Agustus 1982", meant: Day(year: 1982, month: 8, day: 17)!) })
        // Not a day at all: the plain message, no guess.
        let nonsense = problems("born: 1982-04-15", "born: 31/02/1982")
        #expect(nonsense.contains { $0.1 == .invalidDate(field: "born", value: "31/02/1982") })
    }

    @Test("Excel serials: 1 is 1900-01-01, 61 is 1900-03-01, 60 (Excel's 29 February 1900) is no day")
    func excelSerials() {
        #expect(Day.excelSerial(1) == Day(year: 1900, month: 1, day: 1))
        #expect(Day.excelSerial(59) == Day(year: 1900, month: 2, day: 28))
        #expect(Day.excelSerial(60) == nil)
        #expect(Day.excelSerial(61) == Day(year: 1900, month: 3, day: 1))
        #expect(Day.excelSerial(46023) == Day(year: 2026, month: 1, day: 1))
    }

    @Test("the message offers the converted date in the reader's words")
    func message() {
        let p = Problem.dateNotISO(field: "born", value: "15/04/1982", meant: Day(year: 1982, month: 4, day: 15)!)
        #expect(p.text(.indonesian).contains("15 April 1982") && p.text(.indonesian).contains("1982-04-15"))
        let v = Problem.unknownValue(field: "education", value: "D3", allowed: Education.allSpellings, suggestion: "D-III")
        #expect(v.text(.indonesian).contains("'D-III'"))
    }

    @Test("vocabulary labels: what people read instead of the slug")
    func labels() {
        #expect(UnitKind.sekretariatDaerah.label(.indonesian) == "Sekretariat Daerah")
        #expect(Jenjang.ahliPertama.label(.indonesian) == "Ahli Pertama")
        #expect(Eselon.ivA.label(.indonesian) == "IV.a")
        #expect(Education.d3.label(.english) == "D-III")
        #expect(Level.jptPratama.label(.indonesian) == "JPT Pratama")
        #expect(Gender.female.label(.indonesian) == "perempuan")
        // No label is a slug: none holds a hyphen between lower-case words.
        let all = UnitKind.allCases.map { $0.label(.indonesian) } + Jenjang.allCases.map { $0.label(.indonesian) }
            + Level.allCases.map { $0.label(.indonesian) } + Performance.allCases.map { $0.label(.indonesian) }
        for label in all { #expect(label.first?.isUppercase == true, "\(label)") }
    }
}
