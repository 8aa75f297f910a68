import Testing
import OrgAnalysis
import OrgModel
import TestSupport

/// General variables of both regions below, by hand (PP 18/2016 Lampiran II.A):
/// population 880,000 → class d, 800 × 10 % = 80; area 946 km² → e, 1,000 × 5 % = 50;
/// APBD Rp 2.4 tn → e, 1,000 × 5 % = 50. General score 180.
func typologyChart(geo: String) -> String {
    """
    format: ramping/1
    organisation: { id: kab-t, name: Kabupaten T, region: kabupaten, as_of: 2026-01-01, \(geo)apbd: 2400000000000 }
    units:
      - { id: pemda, name: Pemda T, kind: pemda }
      - { id: disdik, name: Dinas Pendidikan, kind: dinas, parent: pemda, type: A, affairs: [pendidikan] }
      - { id: dinkes, name: Dinas Kesehatan, kind: dinas, parent: pemda, type: A, affairs: [kesehatan] }
      - { id: disnaker, name: Dinas Tenaga Kerja dan Statistik, kind: dinas, parent: pemda, type: A, affairs: [tenaga-kerja, statistik] }
      - { id: dinsos, name: Dinas Sosial, kind: dinas, parent: pemda, type: C, affairs: [sosial] }
      - { id: setwan, name: Sekretariat DPRD, kind: sekretariat-dprd, parent: pemda, type: B }
    positions:
      - { id: bupati, title: Bupati, unit: pemda, head: true, level: politik }
    typology:
      population: 880000
      area: 946
      affairs:
        pendidikan: { satuan_pendidikan_masyarakat: 400, anak_usia_sekolah: 150000, kurikulum_muatan_lokal: 4 }
        kesehatan: { penduduk: 880000, kepadatan_penduduk: 930 }
        tenaga-kerja: { angkatan_kerja: 480000, perusahaan_mikro_kecil: 8000 }
        statistik: { survei: 10, kompilasi: 10 }
        persandian: { jenis_informasi: 5, konten_informasi: 100, aset_vital: 50, kegiatan_penting: 20, perangkat_daerah_persandian: 30 }
        sosial: { pmks: 100, fakir_miskin: 100, komunitas_adat_terpencil: 0, psks: 10 }
        sekretariat-dprd: { anggota_dprd: 45, fraksi_dprd: 7 }
    """
}

@Suite("Typology scores (pemetaan urusan), worked out by hand from the Lampiran")
struct TypologyTests {
    let plain = TypologyAnalysis(analysisGraph(typologyChart(geo: "")))
    let remote = TypologyAnalysis(analysisGraph(typologyChart(geo: "geo_factor: 1.4, ")))

    func sheet(_ t: TypologyAnalysis, _ id: String) throws -> TypologyAnalysis.Worksheet {
        try #require(t.worksheets.first { $0.table.id == id })
    }

    @Test("pendidikan lands in type A: 180 + 200 + 450 + 60 = 890")
    func typeA() throws {
        let s = try sheet(plain, "pendidikan")
        #expect(s.generalScore == 180)
        // 400 > 383 → e (200); 150,000 > 116,003 → e (450); 4 in 3–5 → b, 400 × 15 % = 60.
        #expect(s.technical.map(\.classIndex) == [4, 4, 1])
        #expect(s.technical.map(\.score) == [200, 450, 60])
        #expect(s.score == 890 && s.warranted == .a)
    }

    @Test("kesehatan lands in type B: 180 + 560 + 20 = 760; density counts downwards")
    func typeB() throws {
        let s = try sheet(plain, "kesehatan")
        // 880,000 in 250,001–1,500,000 → d, 800 × 70 % = 560; 930 people/km² > 550 → a, 200 × 10 % = 20.
        #expect(s.technical.map(\.points) == [800, 200])
        #expect(s.score == 760 && s.warranted == .b)
    }

    @Test("tenaga kerja lands in type C: 180 + 300 + 60 = 540; statistik only a bidang: 180 + 90 + 70 = 340")
    func typeC() throws {
        let s = try sheet(plain, "tenaga-kerja")
        #expect(s.technicalScore == 360 && s.score == 540 && s.warranted == .c)
        let stat = try sheet(plain, "statistik")
        #expect(stat.score == 340 && stat.warranted == .bidang)
    }

    @Test("a basic-service affair is at least type C: sosial scores 340")
    func basicServiceFloor() throws {
        let s = try sheet(plain, "sosial")
        #expect(s.score == 340 && s.warranted == .c)
    }

    @Test("planning and finance are typed with the Setda (Ps 53(1)): perencanaan scoring 340 is type C, not a bidang")
    func planningFloor() throws {
        // 20 perangkat daerah, 2 komisi, 3 kecamatan, 40 desa: all class a, 200 × (70 + 2 + 3 + 5) % = 160.
        let yaml = typologyChart(geo: "").replacingFirst(
            "    sosial:", with: "    perencanaan: { perangkat_daerah: 20, komisi_dprd: 2, kecamatan: 3, desa_kelurahan: 40 }\n    sosial:")
            .replacingFirst("positions:", with: "  - { id: bappeda, name: Bappeda, kind: badan, parent: pemda, type: C, affairs: [perencanaan] }\npositions:")
        let s = try sheet(TypologyAnalysis(analysisGraph(yaml)), "perencanaan")
        #expect(s.technicalScore == 160 && s.score == 340 && s.warranted == .c)
        let text = TypologyAnalysis(analysisGraph(yaml)).tables(.indonesian, limit: nil)
            .flatMap(\.rows).map { $0.joined(separator: " ") }.joined(separator: "\n")
        #expect(text.contains("paling rendah tipe C, PP 18/2016 Ps 53(1)"))
        // Statistik, another supporting-minded affair with the same score, stays a bidang (Ps 53(5)).
        #expect(try sheet(plain, "statistik").warranted == .bidang)
    }

    @Test("a geographic factor of 1.4 multiplies the score, except for persandian")
    func geographicFactor() throws {
        #expect(try sheet(remote, "pendidikan").score == 890 * 1.4)
        let naker = try sheet(remote, "tenaga-kerja")
        #expect(abs(naker.score! - 756) < 1e-9 && naker.warranted == .b)
        let stat = try sheet(remote, "statistik")
        #expect(abs(stat.score! - 476) < 1e-9 && stat.warranted == .c)
        // Persandian: 5 × 32 = 160 + 180 = 340, with no factor (Ps 107): a bidang, not C.
        let sandi = try sheet(remote, "persandian")
        #expect(!sandi.factorApplies && sandi.score == 340 && sandi.warranted == .bidang)
        #expect(try sheet(plain, "persandian").score == 340)
    }

    @Test("the Setwan is scored by Lampiran IV.B.B without the geographic factor: 180 + 400 + 320 = 900")
    func setwan() throws {
        #expect(try sheet(plain, "sekretariat-dprd").score == 900)
        let s = try sheet(remote, "sekretariat-dprd")
        #expect(!s.factorApplies && s.score == 900 && s.warranted == .a)
        let row = try #require(remote.row("setwan"))
        #expect(row.warranted == .a && !row.isAboveWarranted)
    }

    @Test("a dinas of two affairs: C plus an affair worth a bidang warrants B (Ps 40(6)); type A in the chart is larger")
    func mergedDinas() throws {
        let row = try #require(plain.row("disnaker"))
        #expect(row.warranted == .b && row.isAboveWarranted)
        #expect(try #require(remote.row("disnaker")).warranted == .a)
        #expect(try #require(plain.row("disdik")).isAboveWarranted == false)
        #expect(try #require(plain.row("dinkes")).isAboveWarranted == true)
    }

    @Test func missingIndicatorsLeaveTheAffairUnscored() throws {
        let yaml = typologyChart(geo: "").replacingFirst("kurikulum_muatan_lokal: 4 ", with: "")
        let t = TypologyAnalysis(analysisGraph(yaml))
        let s = try sheet(t, "pendidikan")
        #expect(s.score == nil && s.missing.map(\.id) == ["kurikulum_muatan_lokal"])
        #expect(try #require(t.row("disdik")).warranted == nil)
    }

    @Test func worksheetIsIndonesianByDefaultWithoutIds() {
        let text = plain.tables(.indonesian, limit: nil).map { $0.text() }.joined()
        #expect(text.contains("Pendidikan: lembar pemetaan urusan (Lampiran II.B.A, PP 18/2016"))
        #expect(text.contains("e. > 383"))
        #expect(text.contains("lebih besar dari hasil pemetaan"))
        #expect(!text.contains("disnaker"))
        let en = plain.tables(.english, limit: nil).map { $0.text() }.joined()
        #expect(en.contains("larger than warranted") && en.contains("Final score"))
    }

    @Test func unknownIndicatorIsALocatedError() {
        let loaded = load(typologyChart(geo: "").replacingFirst("anak_usia_sekolah", with: "anak_usia_sekola"))
        let messages = englishDiagnostics(loaded)
        #expect(loaded.graph == nil)
        #expect(messages.contains { $0.contains("anak_usia_sekola") && $0.contains("anak_usia_sekolah") })
    }
}

/// Two people, both figures on a table's end steps (PP 5/2024): the kadis IV/a with 35 years' service
/// (capped at MKG 32: Rp 5,399,900) and a III/a appointed on as_of (MKG 0: Rp 2,785,700).
func costChart(apbd: String) -> String {
    """
    format: ramping/1
    organisation: { id: kab-c, name: Kabupaten C, region: kabupaten, as_of: 2026-01-01, apbd: \(apbd),
                    settings: { tpp: { 14: 10000000, 5: 3000000 } } }
    units:
      - { id: pemda, name: Pemda C, kind: pemda }
      - { id: dinas, name: Dinas C, kind: dinas, parent: pemda, type: C }
    positions:
      - { id: bupati, title: Bupati, unit: pemda, head: true, level: politik }
      - { id: kadis, title: Kepala Dinas, unit: dinas, head: true, level: jpt-pratama, eselon: II.b, grade: 14 }
      - { id: staf, title: Pengadministrasi, unit: dinas, level: pelaksana, grade: 5 }
    people:
      - { nip: "196801011990031001", name: Kadis, position: kadis, rank: IV/a, education: S2 }
      - { nip: "199805052026011001", name: Staf, position: staf, rank: III/a, education: S1 }
    """
}

@Suite("Cost of the structure, by hand")
struct CostTests {
    @Test("components a year: (5,399,900 + 2,025,000 + 10,000,000 + 2,785,700 + 3,000,000) × 12 = 278,527,200")
    func components() {
        let c = CostAnalysis(analysisGraph(costChart(apbd: "1000000000")))
        #expect(c.total.baseSalary == (5_399_900 + 2_785_700) * 12)
        #expect(c.total.structural == 2_025_000 * 12)
        #expect(c.total.tpp == 13_000_000 * 12)
        #expect(c.total.total == 278_527_200)
        #expect(!c.uncosted.any)
    }

    @Test("27.9 % of an APBD of Rp 1 bn is within the 30 % ceiling; of Rp 900 m it crosses it")
    func ceiling() throws {
        let within = CostAnalysis(analysisGraph(costChart(apbd: "1000000000")))
        #expect(abs(try #require(within.share) - 0.278_527_2) < 1e-9 && !within.exceedsCeiling)
        let above = CostAnalysis(analysisGraph(costChart(apbd: "900000000")))
        #expect(above.exceedsCeiling)
        #expect(above.tables(.indonesian, limit: nil)[0].text().contains("MELAMPAUI batas 30%"))
    }

    @Test("without settings.tpp, TPP is not costed and the report says so")
    func tppNotSet() {
        let yaml = costChart(apbd: "1000000000").replacingFirst("settings: { tpp: { 14: 10000000, 5: 3000000 } } ", with: "")
        let c = CostAnalysis(analysisGraph(yaml))
        #expect(c.total.tpp == 0 && c.uncosted.tpp == 2)
        #expect(c.tables(.english, limit: nil)[0].text().contains("not set in the chart (the region's Perkada TPP table): not costed"))
        #expect(c.tables(.indonesian, limit: nil)[0].text().contains("belum ditetapkan dalam bagan (tabel TPP Perkada daerah): tidak dihitung"))
    }
}


@Suite("Formasi plan, by hand")
struct FormasiTests {
    let plan = FormasiPlan(analysisGraph(formasiChartYAML), years: 5)

    func post(_ id: String) throws -> FormasiPlan.PostPlan { try #require(plan.posts.first { $0.position == id }) }

    @Test("retirements in years 1 and 3 are replaced in those years, half as PPPK")
    func staff() throws {
        let staf = try post("staf")
        #expect(staf.need == 2)
        #expect(staf.years.map(\.inPost) == [2, 2, 2, 2, 2])
        #expect(staf.years.map(\.retiring) == [1, 0, 1, 0, 0])
        #expect(staf.years.map(\.recruit) == [1, 0, 1, 0, 0])
        // 1 × 0.5 rounds half away from zero to 1 PPPK.
        #expect(staf.years.map(\.pppk) == [1, 0, 1, 0, 0] && staf.years.map(\.pns) == [0, 0, 0, 0, 0])
    }

    @Test("a vacant managerial post is recruited in year 1, as PNS only")
    func managerial() throws {
        let kabid = try post("kabid")
        #expect(kabid.years.map(\.recruit) == [1, 0, 0, 0, 0] && kabid.years[0].pns == 1 && kabid.years[0].pppk == 0)
        #expect(try post("kadis").years.allSatisfy { $0.recruit == 0 })
        #expect(plan.totals.map(\.recruit) == [2, 0, 1, 0, 0] && plan.totalRecruit == 3)
        #expect(plan.byUnit.map(\.name) == ["Dinas F"])
    }

    @Test func yearsAreCalendarYearsFromAsOf() {
        let text = plan.tables(.indonesian, limit: nil)[0].text()
        #expect(text.contains("2026") && text.contains("2030") && !text.contains("2031"))
    }
}

@Suite("The warranted type in compliance")
struct TypologyComplianceTests {
    @Test("a dinas of type A whose affairs warrant B is a finding; one that warrants A is not")
    func aboveWarranted() {
        let findings = ComplianceAnalysis(analysisGraph(typologyChart(geo: ""))).findings.filter { $0.rule == .typeAboveWarranted }
        #expect(Set(findings.map(\.concern.id)) == ["dinkes", "disnaker"])
        let text = findings.first { $0.concern.id == "disnaker" }!.text(.indonesian)
        #expect(text == "Dinas Tenaga Kerja dan Statistik bertipe A, padahal menurut pemetaan urusan hanya layak tipe B; turunkan tipenya atau periksa nilai indikatornya")
    }

    @Test func noFiguresNoFinding() {
        #expect(!ComplianceAnalysis(analysisGraph()).findings.contains { $0.rule == .typeAboveWarranted })
    }
}

@Suite("The Lampiran tables as data")
struct TypologyTableTests {
    @Test("general weights sum to 20, each affair's technical weights to 80, class bounds are monotonic")
    func weightsAndBounds() {
        #expect(TypologyTables.general.totalWeight == 20)
        for table in TypologyTables.technical {
            #expect(table.totalWeight == 80, "\(table.id): \(table.totalWeight)")
            for i in table.indicators {
                #expect(i.bounds.count == 4, "\(table.id).\(i.id)")
                #expect(i.descending ? i.bounds == i.bounds.sorted(by: >) : i.bounds == i.bounds.sorted(), "\(table.id).\(i.id)")
            }
            #expect(Set(table.indicators.map(\.id)).count == table.indicators.count)
        }
    }

    @Test("every affair of a kabupaten/kota (UU 23/2014 Ps 12) has a table")
    func everyAffair() {
        let covered = Set(TypologyTables.technical.compactMap(\.affair))
        let affairs = Affair.allCases.filter { !$0.isSupportFunction }
        #expect(affairs.filter { !covered.contains($0) }.isEmpty, "\(affairs.filter { !covered.contains($0) })")
    }

    @Test("class intervals read as the Lampiran writes them")
    func intervals() throws {
        let i = try #require(TypologyTables.table("pendidikan")?.indicators.first)
        #expect((0...4).map { i.interval($0, .indonesian) } == ["≤ 95", "96 – 191", "192 – 287", "288 – 383", "> 383"])
        let density = try #require(TypologyTables.table("kesehatan")?.indicators.last)
        #expect(density.interval(0, .indonesian) == "> 550" && density.interval(3, .indonesian) == "51 – 250" && density.interval(4, .indonesian) == "≤ 50")
    }
}
