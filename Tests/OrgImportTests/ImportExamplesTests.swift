import Foundation
import OrgFiles
import OrgImport
import OrgModel
import OrgTables
import Testing
import TestSupport

/// The example files of the HR data specification (copied into Tests/Fixtures/hr-data), imported alone and
/// together; the counts are those the files state (JUMLAH/TOTAL rows, rows counted by hand).
func fixture(_ name: String) throws -> ImportInput {
    let path = repoPath("Tests/Fixtures/hr-data/\(name)")
    return ImportInput(path: name, data: try Data(contentsOf: URL(fileURLWithPath: path)))
}

func importFixtures(_ names: [String], skipBadRows: Bool = false, kinds: [String: FileKind] = [:]) throws -> ImportResult {
    var options = ImportOptions(today: Day(year: 2026, month: 1, day: 1)!)
    options.skipBadRows = skipBadRows
    options.kinds = kinds
    return Importer.run(try names.map(fixture), options: options)
}

/// The chart as `ramping validate` reads it: written, loaded again, and valid.
func validated(_ result: ImportResult, sourceLocation: SourceLocation = #_sourceLocation) throws -> OrgChart {
    let chart = try #require(result.chart, "\(result.diagnostics.map { $0.rendered(.english) })", sourceLocation: sourceLocation)
    let loaded = ChartLoader.load(text: ChartWriter.yaml(chart), file: "imported.yaml")
    #expect(loaded.isValid, "\(loaded.diagnostics.map { $0.rendered(.english) })", sourceLocation: sourceLocation)
    return chart
}

@Suite struct ImportExamplesTests {
    /// The one BKPSDM in every example: 7 units and 21 posts with 31 seats (peta jabatan's JUMLAH K).
    let bkpsdmUnits = ["Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "Sekretariat", "Subbagian Umum dan Kepegawaian",
                       "Subbagian Perencanaan dan Keuangan", "Bidang Pengadaan, Pemberhentian dan Informasi",
                       "Bidang Mutasi dan Promosi", "Bidang Pengembangan Kompetensi Aparatur"]

    func checkBKPSDM(_ chart: OrgChart, seats: Int? = 31, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(chart.units.map(\.name).sorted() == bkpsdmUnits.sorted(), sourceLocation: sourceLocation)
        #expect(chart.positions.count == 21, sourceLocation: sourceLocation)
        if let seats { #expect(chart.positions.map(\.seats).reduce(0, +) == seats, sourceLocation: sourceLocation) }
        let byName = Dictionary(uniqueKeysWithValues: chart.units.map { ($0.name, $0) })
        let root = byName[bkpsdmUnits[0]]!
        #expect(root.parent == nil && root.kind == .badan, sourceLocation: sourceLocation)
        #expect(byName["Subbagian Umum dan Kepegawaian"]?.parent == byName["Sekretariat"]?.id, sourceLocation: sourceLocation)
        #expect(byName["Bidang Mutasi dan Promosi"]?.parent == root.id && byName["Bidang Mutasi dan Promosi"]?.kind == .bidang,
                sourceLocation: sourceLocation)
        let heads = chart.positions.filter(\.head)
        #expect(heads.count == 7, sourceLocation: sourceLocation)
        let post = { (title: String) -> String in
            guard let p = chart.positions.first(where: { $0.title == title }) else { return "missing" }
            return [p.level.rawValue, p.eselon?.rawValue, p.jenjang?.rawValue].compactMap { $0 }.joined(separator: " ")
        }
        #expect(post("Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia") == "jpt-pratama II.b", sourceLocation: sourceLocation)
        #expect(post("Sekretaris") == "administrator III.a", sourceLocation: sourceLocation)
        #expect(post("Kepala Bidang Mutasi dan Promosi") == "administrator III.b", sourceLocation: sourceLocation)
        #expect(post("Kepala Subbagian Umum dan Kepegawaian") == "pengawas IV.a", sourceLocation: sourceLocation)
        #expect(post("Arsiparis Terampil") == "fungsional terampil", sourceLocation: sourceLocation)
        #expect(post("Penelaah Teknis Kebijakan") == "pelaksana", sourceLocation: sourceLocation)
    }

    @Test func numberedPetaJabatan() throws {
        let result = try importFixtures(["peta_jabatan_numbered.csv"])
        let chart = try validated(result)
        checkBKPSDM(chart)
        #expect(chart.organisation.name == "Pemerintah Kabupaten Contoh" && chart.organisation.region == .kabupaten)
        #expect(chart.positions.first { $0.title == "Kepala Subbagian Umum dan Kepegawaian" }?.grade == 9)
        // One warning lists what cannot be inferred.
        let notInferred = result.diagnostics.filter { if case .notInferred = $0.problem { return true } else { return false } }
        #expect(notInferred.count == 1)
        #expect(notInferred[0].rendered(.indonesian).contains("tipe A/B/C"))
    }

    @Test func indentedProjection() throws {
        checkBKPSDM(try validated(try importFixtures(["peta_jabatan_indented_proyeksi.csv"])))
    }

    @Test func rekapABKWithSectionRows() throws {
        let result = try importFixtures(["abk_rekap_unit.csv"])
        #expect(result.kinds.map(\.kind) == [.abk])
        checkBKPSDM(try validated(result))
    }

    @Test func positionRegistryByCodes() throws {
        checkBKPSDM(try validated(try importFixtures(["sotk_jabatan.csv"])))
    }

    @Test func pemangkuSheetGivesPostsAndPeople() throws {
        let chart = try validated(try importFixtures(["peta_jabatan_pemangku.csv"]))
        checkBKPSDM(chart)
        #expect(chart.people.count == 22)
        #expect(chart.people.allSatisfy { $0.position != nil })
        let indah = try #require(chart.people.first { $0.nip == "199310102019032922" })
        #expect(indah.position == chart.people.first { $0.nip == "199401272019032914" }?.position, "the continuation row holds the same post")
        #expect(chart.people.first { $0.nip == "197608222002122902" }?.rank == .ivB)
    }

    @Test func sotkUnorWithTwoPerangkatDaerah() throws {
        let result = try importFixtures(["sotk_unor.csv"])
        let chart = try validated(result)
        #expect(chart.units.count == 17)
        let root = try #require(chart.units.first { $0.parent == nil })
        #expect(root.kind == .pemda)
        #expect(chart.units.filter { $0.parent == root.id }.map(\.name).sorted() == ["Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "Dinas Kesehatan"])
        #expect(chart.units.first { $0.name == "UPTD Puskesmas Sukamaju" }?.kind == .upt)
        #expect(chart.positions.first { $0.title == "Kepala Subbagian Tata Usaha" }?.eselon == .ivB)
        #expect(chart.positions.count == 17)
        #expect(result.diagnostics.contains { if case .rootAdded = $0.problem { return true } else { return false } })
    }

    @Test func siasnExportAlone() throws {
        let chart = try validated(try importFixtures(["siasn_export_data_asn.csv"]))
        #expect(chart.people.count == 22 && chart.units.count == 7 && chart.positions.count == 21)
        let bambang = try #require(chart.people.first { $0.nip == "197103141998031901" })
        #expect(bambang.name == "Dr. Ir. BAMBANG CONTOH, M.Si.")
        #expect(bambang.rank == .ivC && bambang.gender == .male && bambang.born == Day(year: 1971, month: 3, day: 14))
        #expect(bambang.education == .s3 && bambang.status == .pns)
    }

    @Test func siasnJSONAlone() throws {
        let chart = try validated(try importFixtures(["siasn_data_utama_sample.json"]))
        #expect(chart.people.count == 1 && chart.units.count == 1 && chart.positions.count == 1)
        #expect(chart.people[0].name == "Dr. Ir. Bambang Contoh, M.Si.")
        #expect(chart.positions[0].eselon == .iiB && chart.positions[0].head)
    }

    @Test func simpegListStopsAtNIPsDamagedByExcel() throws {
        let result = try importFixtures(["simpeg_daftar_pegawai_idlocale.csv"])
        #expect(result.chart == nil)
        let damaged = result.diagnostics.filter { if case .nipDamagedByExcel = $0.problem { return true } else { return false } }
        #expect(damaged.count == 9)
        #expect(damaged[0].rendered(.indonesian) .hasPrefix("simpeg_daftar_pegawai_idlocale.csv:7:3: error: NIP rusak oleh Excel ('1,97608E+17')"))
        #expect(damaged.contains { $0.rendered(.english).contains("'197901052005021000'") })
    }

    @Test func simpegListWithSkipBadRows() throws {
        let result = try importFixtures(["simpeg_daftar_pegawai_idlocale.csv"], skipBadRows: true)
        let chart = try validated(result)
        #expect(result.skipped.count == 9)
        #expect(chart.people.count == 13)
        let ratna = try #require(chart.people.first { $0.nip == "198311302009012904" })
        #expect(ratna.rank == .iiiD && ratna.rankSince == Day(year: 2021, month: 10, day: 1) && ratna.since == Day(year: 2022, month: 7, day: 1))
        let nuraini = try #require(chart.people.first { $0.nip == "197402172000032906" })
        #expect(nuraini.name == "Hj. Nur’aini Rekaan, S.IP., M.AP.", "Windows-1252 0x92 read as ’")
        #expect(nuraini.since == Day(year: 2020, month: 12, day: 30), "Excel serial 44195")
        #expect(chart.people.first { $0.nip == "197103141998031901" }?.rankSince == Day(year: 2021, month: 4, day: 1))
        #expect(chart.organisation.asOf == Day(year: 2024, month: 12, day: 31), "Keadaan s.d. 31 Desember 2024")
        // The Sekretariat is named only on Dewi's row, which is skipped: 6 units are left.
        #expect(chart.units.count == 6)
        #expect(!chart.units.contains { $0.name == "Sekretariat" })
    }

    @Test func dukAloneKeepsPeopleWithoutAUnitInThePool() throws {
        let result = try importFixtures(["duk_two_row_header.csv"])
        let chart = try validated(result)
        #expect(chart.people.count == 22)
        #expect(chart.people.filter { $0.position != nil }.count == 7)
        #expect(chart.units.count == 7)
        let dewi = try #require(chart.people.first { $0.nip == "197608222002122902" })
        #expect(dewi.rank == .ivB && dewi.rankSince == Day(year: 2020, month: 10, day: 1) && dewi.education == .s2)
        #expect(chart.organisation.asOf == Day(year: 2025, month: 1, day: 1))
    }

    @Test func abkWorksheetAloneIsAnError() throws {
        let result = try importFixtures(["abk_jabatan_form.csv"])
        #expect(result.chart == nil)
        #expect(result.diagnostics.contains { $0.problem == .abkWithoutStructure })
    }

    // MARK: Files combined

    @Test func siasnWithSOTKRegistries() throws {
        let chart = try validated(try importFixtures(["siasn_export_data_asn.csv", "sotk_unor.csv", "sotk_jabatan.csv"]))
        #expect(chart.units.count == 17 && chart.positions.count == 31 && chart.people.count == 22)
        #expect(chart.people.allSatisfy { $0.position != nil })
        let byPost = Dictionary(grouping: chart.people, by: { $0.position! })
        let pengadaan = try #require(chart.units.first { $0.name == "Bidang Pengadaan, Pemberhentian dan Informasi" })
        let pengadaanPertama = try #require(chart.positions.first { $0.title == "Analis SDM Aparatur Ahli Pertama" && $0.unit == pengadaan.id })
        #expect(byPost[pengadaanPertama.id]?.count == 2 && pengadaanPertama.seats == 3)
    }

    @Test func dukPetaJabatanAndABK() throws {
        let result = try importFixtures(["duk_two_row_header.csv", "peta_jabatan_numbered.csv", "abk_jabatan_form.csv"])
        let chart = try validated(result)
        checkBKPSDM(chart)
        // Titles held in three bidang cannot be placed from a DUK without units: warned, in the pool.
        #expect(chart.people.filter { $0.position == nil }.count == 7)
        #expect(result.diagnostics.filter { if case .postAmbiguous = $0.problem { return true } else { return false } }.count == 7)
        let post = try #require(chart.positions.first { !$0.workload.isEmpty })
        #expect(post.title == "Analis SDM Aparatur Ahli Pertama" && post.workload.count == 12)
        let need = post.workload.map(\.totalMinutes).reduce(0, +) / 75_000
        #expect(abs(need - 3.2288) < 1e-9)
    }

    @Test func staffTitleNotInTheStructureIsAnErrorNamingTheRow() throws {
        var list = try fixture("siasn_export_data_asn.csv")
        var text = String(decoding: list.data, as: UTF8.self)
        text = text.replacingOccurrences(of: ",Penelaah Teknis Kebijakan,", with: ",Penelaah Kebijakan Strategis,")
        text = text.replacingOccurrences(of: ",Arsiparis Terampil,", with: ",Arsiparis Terampill,")
        list.data = Data(text.utf8)
        var options = ImportOptions(today: Day(year: 2026, month: 1, day: 1)!)
        let result = Importer.run([list, try fixture("peta_jabatan_numbered.csv")], options: options)
        #expect(result.chart == nil)
        let notFound = try #require(result.diagnostics.first { if case .postNotFound = $0.problem { return true } else { return false } })
        #expect(notFound.rendered(.english).contains("'Penelaah Kebijakan Strategis' in 'Bidang Mutasi dan Promosi' is not in the structure"))
        #expect(notFound.location?.description.hasPrefix("siasn_export_data_asn.csv:") == true)
        let close = try #require(result.diagnostics.first { if case .postCloseMatch = $0.problem { return true } else { return false } })
        #expect(close.severity == .warning && close.rendered(.english).contains("'Arsiparis Terampill' was matched to 'Arsiparis Terampil'"))
        options.skipBadRows = true
        let skipped = Importer.run([list, try fixture("peta_jabatan_numbered.csv")], options: options)
        let chart = try validated(skipped)
        #expect(chart.people.count == 21 && skipped.skipped.count == 1)
    }

    @Test func damagedNIPsRecoveredOnlyFromAnotherFileWithTheSamePerson() throws {
        let result = try importFixtures(["simpeg_daftar_pegawai_idlocale.csv", "peta_jabatan_pemangku.csv"])
        let chart = try validated(result)
        #expect(chart.people.count == 22 && chart.people.allSatisfy { $0.position != nil })
        let recovered = result.diagnostics.filter { if case .nipRecovered = $0.problem { return true } else { return false } }
        #expect(recovered.count == 9)
        #expect(recovered.contains { $0.rendered(.english).hasPrefix("simpeg_daftar_pegawai_idlocale.csv:7:3: warning: NIP damaged by Excel ('1,97608E+17') recovered as 197608222002122902") })
        // Another name (or another birth date) is not the same person: the error stays.
        var pemangku = try fixture("peta_jabatan_pemangku.csv")
        pemangku.data = Data(String(decoding: pemangku.data, as: UTF8.self).replacingOccurrences(of: "Dewi Fiktif", with: "Dewi Lain").utf8)
        let options = ImportOptions(today: Day(year: 2026, month: 1, day: 1)!)
        let second = Importer.run([try fixture("simpeg_daftar_pegawai_idlocale.csv"), pemangku], options: options)
        #expect(second.chart == nil)
        let errors = second.diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 1 && errors[0].problem == .nipDamagedByExcel(written: "1,97608E+17"))
    }

    /// A person whose NIP is recovered from another file takes from the damaged row what that file lacks,
    /// the employment status included (StaffRow.fillMissing; that path once forgot the status).
    @Test func aRecoveredNIPTakesTheStatusTheOtherFileLacks() throws {
        // The staff list (Windows-1252, CRLF) is edited as bytes; each edit must hit exactly its one place.
        func edit(_ input: inout ImportInput, _ old: String, _ new: String) throws {
            let range = try #require(input.data.range(of: Data(old.utf8)), "'\(old)' is in \(input.path)")
            input.data.replaceSubrange(range, with: Data(new.utf8))
        }
        var list = try fixture("simpeg_daftar_pegawai_idlocale.csv")
        try edit(&list, ";Keterangan\r\n", ";Status Pegawai\r\n")
        try edit(&list, "S-2 Ilmu Hukum;\r\n", "S-2 Ilmu Hukum;PNS\r\n")
        var pemangku = try fixture("peta_jabatan_pemangku.csv")
        try edit(&pemangku, "Dewi Fiktif,PNS,", "Dewi Fiktif,,")
        let result = Importer.run([list, pemangku], options: ImportOptions(today: Day(year: 2026, month: 1, day: 1)!))
        let chart = try validated(result)
        #expect(result.diagnostics.contains { if case .nipRecovered(written: "1,97608E+17", nip: "197608222002122902", _) = $0.problem { return true } else { return false } },
                "\(result.diagnostics.map { $0.rendered(.english) })")
        let dewi = try #require(chart.people.first { $0.nip == "197608222002122902" })
        #expect(dewi.status == .pns, "the status comes from the staff list, the only file that gives it")
        // Without the column neither file says it: the status stays unknown rather than guessed.
        let without = try validated(Importer.run([try fixture("simpeg_daftar_pegawai_idlocale.csv"), pemangku],
                                                 options: ImportOptions(today: Day(year: 2026, month: 1, day: 1)!)))
        #expect(without.people.first { $0.nip == "197608222002122902" }?.status == nil)
    }

    @Test func workbooksSavedByLibreOffice() throws {
        let result = try importFixtures(["xlsx/duk_two_row_header.xlsx", "xlsx/peta_jabatan_numbered.xlsx"])
        let chart = try validated(result)
        checkBKPSDM(chart)
        #expect(chart.people.count == 22 && chart.people.filter { $0.position != nil }.count == 15)
        let ambiguous = try #require(result.diagnostics.first { if case .postAmbiguous = $0.problem { return true } else { return false } })
        #expect(ambiguous.rendered(.english).hasPrefix("xlsx/duk_two_row_header.xlsx:duk_two_row_header!F14: warning:"))
        #expect(chart.people.first { $0.nip == "197103141998031901" }?.rankSince == Day(year: 2021, month: 4, day: 1))
    }

    @Test func kindOverride() throws {
        let result = try importFixtures(["peta_jabatan_pemangku.csv"], kinds: ["peta_jabatan_pemangku.csv": .staff])
        #expect(result.kinds.map(\.kind) == [.staff])
        let chart = try validated(result)
        #expect(chart.people.count == 22)
    }
}

@Suite struct ABKSheetTests {
    @Test func anABKSheetWithoutItsPostIsAnError() throws {
        let csv = "No;Uraian Tugas;Hasil Kerja;Jumlah Beban Kerja;Waktu Penyelesaian (jam);Waktu Kerja Efektif\n1;Tugas;Dokumen;10;2;1250\n"
        let result = Importer.run([try fixture("peta_jabatan_numbered.csv"), ImportInput(path: "abk.csv", data: Data(csv.utf8))],
                                  options: ImportOptions(today: Day(year: 2026, month: 1, day: 1)!))
        #expect(result.chart == nil)
        #expect(result.diagnostics.contains { $0.problem == .abkWithoutTitle && $0.rendered(.english).hasPrefix("abk.csv:1:1: error:") })
    }

    @Test func hoursAreMinutesTimesSixty() throws {
        let csv = "Nama Jabatan;:;Penelaah Teknis Kebijakan\nUnit Kerja;:;Bidang Mutasi dan Promosi\n\nNo;Uraian Tugas;Hasil Kerja;Jumlah Beban Kerja;Waktu Penyelesaian (jam);Waktu Kerja Efektif\n1;Menelaah;Dokumen;10;2;1250\n;JUMLAH;;;;\n"
        let chart = try validated(Importer.run([try fixture("peta_jabatan_numbered.csv"), ImportInput(path: "abk.csv", data: Data(csv.utf8))],
                                               options: ImportOptions(today: Day(year: 2026, month: 1, day: 1)!)))
        let post = try #require(chart.positions.first { $0.title == "Penelaah Teknis Kebijakan" })
        #expect(post.workload == [WorkloadTask(task: "Menelaah", volume: 10, minutes: 120)])
        #expect(chart.organisation.settings.effectiveHours == 1250, "a WKE of 1250 hours is the default")
    }

    @Test func anOlderWKEBecomesTheChartsEffectiveHours() throws {
        let csv = "Nama Jabatan;:;Penelaah Teknis Kebijakan\n\nNo;Uraian Tugas;Hasil Kerja;Jumlah Beban Kerja;Waktu Penyelesaian (menit);Waktu Kerja Efektif (menit)\n1;Menelaah;Dokumen;10;120;72.000\n"
        let chart = try validated(Importer.run([try fixture("peta_jabatan_numbered.csv"), ImportInput(path: "abk.csv", data: Data(csv.utf8))],
                                               options: ImportOptions(today: Day(year: 2026, month: 1, day: 1)!)))
        #expect(chart.organisation.settings.effectiveHours == 1200)
        let defaultWKE = try validated(try importFixtures(["peta_jabatan_numbered.csv", "abk_jabatan_form.csv"]))
        #expect(defaultWKE.organisation.settings.effectiveHours == 1250)
    }
}

@Suite struct StaffRowErrorTests {
    func run(_ csv: String) -> ImportResult {
        Importer.run([ImportInput(path: "daftar.csv", data: Data(csv.utf8))], options: ImportOptions(today: Day(year: 2026, month: 1, day: 1)!))
    }

    @Test func duplicateNIPAndDisagreementsWithTheNIPAreErrorsAtTheirCells() {
        let csv = """
            No;NIP;Nama;Tanggal Lahir;L/P;Jabatan;Unit Kerja
            1;197103141998031901;Bambang;14-03-1971;L;Kepala Dinas Uji;Dinas Uji
            2;197103141998031901;Bambang Lagi;14-03-1971;L;Pengadministrasi Umum;Dinas Uji
            3;197608222002122902;Dewi;23-08-1976;P;Pengadministrasi Umum;Dinas Uji
            4;198001012005011001;Budi;01-01-1980;P;Pengadministrasi Umum;Dinas Uji
            """
        let result = run(csv)
        #expect(result.chart == nil)
        let errors = result.diagnostics.filter { $0.severity == .error }.map { $0.rendered(.english) }
        #expect(errors.contains { $0.hasPrefix("daftar.csv:3:3: error: NIP 197103141998031901 is already written at daftar.csv:2:3") }, "\(errors)")
        #expect(errors.contains { $0.hasPrefix("daftar.csv:4:") && $0.contains("birth date 23 August 1976 disagrees with NIP 197608222002122902") })
        #expect(errors.contains { $0.hasPrefix("daftar.csv:5:") && $0.contains("gender P disagrees with NIP 198001012005011001 (L)") })
        #expect(errors.count == 3)
    }

    @Test func unreadableOptionalValuesAreWarningsAndLeftEmpty() throws {
        let csv = """
            No;NIP;Nama;Pangkat/Gol. Ruang;TMT Jabatan;Jabatan;Unit Kerja
            1;197103141998031901;Bambang;Golongan Z;31-31-2020;Kepala Dinas Uji;Dinas Uji
            """
        let result = run(csv)
        let chart = try validated(result)
        #expect(chart.people[0].rank == nil && chart.people[0].since == nil)
        let warnings = result.diagnostics.filter { $0.severity == .warning }.map { $0.rendered(.english) }
        #expect(warnings.contains { $0.hasPrefix("daftar.csv:2:") && $0.contains("golongan 'Golongan Z' cannot be read") })
        #expect(warnings.contains { $0.contains("TMT jabatan '31-31-2020' cannot be read") })
    }
}

@Suite struct PemangkuSkipTests {
    @Test func skippingAnIncumbentKeepsThePost() throws {
        var pemangku = try fixture("peta_jabatan_pemangku.csv")
        pemangku.data = Data(String(decoding: pemangku.data, as: UTF8.self)
            .replacingOccurrences(of: "199401272019032914", with: "199401272019032000").utf8)
        var options = ImportOptions(today: Day(year: 2026, month: 1, day: 1)!)
        options.skipBadRows = true
        let result = Importer.run([pemangku], options: options)
        let chart = try validated(result)
        #expect(result.skipped.count == 1 && chart.people.count == 21 && chart.positions.count == 21)
        #expect(chart.people.contains { $0.nip == "199310102019032922" }, "the continuation row keeps its post")
    }
}

/// Columns the importer does not read are reported at their header cell, never silently dropped.
@Suite struct UnknownColumnTests {
    func run(_ csv: String, path: String = "daftar.csv") -> ImportResult {
        Importer.run([ImportInput(path: path, data: Data(csv.utf8))], options: ImportOptions(today: Day(year: 2026, month: 1, day: 1)!))
    }

    @Test func aMisspeltHeaderIsNamedWithTheKnownOneAtItsCell() throws {
        let csv = """
            No;NIP;Nama;Tanggal Lahr;Jabatan;Unit Kerja
            1;197103141998031901;Bambang;14-03-1971;Kepala Dinas Uji;Dinas Uji
            """
        let result = run(csv)
        _ = try validated(result)
        let warning = try #require(result.diagnostics.first { if case .columnNotRead = $0.problem { true } else { false } })
        #expect(warning.problem == .columnNotRead(header: "Tanggal Lahr", suggestion: "TANGGAL LAHIR"))
        #expect(warning.severity == .warning)
        #expect(warning.rendered(.english) == "daftar.csv:1:13: warning: column 'Tanggal Lahr' is not known and its values are not imported; did you mean 'TANGGAL LAHIR'? If so, rename its header")
        #expect(warning.rendered(.indonesian).contains("maksud Anda 'TANGGAL LAHIR'?"))
    }

    @Test func otherUnknownColumnsAreListedWithTheirCells() throws {
        let csv = """
            No;NIP;Nama;Agama;Jabatan;Unit Kerja;NIK;Catatan Mutasi
            1;197103141998031901;Bambang;Islam;Kepala Dinas Uji;Dinas Uji;3314011403710001;Mutasi 2020
            """
        let result = run(csv)
        _ = try validated(result)
        let problems = result.diagnostics.map(\.problem)
        // NIK is its own column, not a misspelt NIP.
        #expect(problems.contains(.columnsNotRead(headers: ["Agama", "NIK", "Catatan Mutasi"], cells: ["D1", "G1", "H1"])), "\(problems)")
        let list = try #require(result.diagnostics.first { if case .columnsNotRead = $0.problem { true } else { false } })
        #expect(list.rendered(.indonesian).hasPrefix("daftar.csv:1:13: warning: 3 kolom tidak dipakai Ramping"))
        #expect(!problems.contains { if case .columnNotRead = $0 { true } else { false } })
    }

    @Test func aSecondColumnOfTheSameFieldIsReportedInAWorkbook() throws {
        let csv = """
            No;NIP;Nama;Jabatan;Unit Kerja;Nama Jabatan
            1;197103141998031901;Bambang;Kepala Dinas Uji;Dinas Uji;Kepala Dinas
            """
        let result = run(csv)
        #expect(result.diagnostics.map(\.problem).contains(.columnRepeated(header: "Nama Jabatan", first: "D")), "\(result.diagnostics.map { $0.rendered(.english) })")
    }

    @Test func knownColumnsGiveNoSuchWarning() throws {
        let result = try importFixtures(["peta_jabatan_numbered.csv"])
        #expect(!result.diagnostics.contains { switch $0.problem { case .columnNotRead, .columnsNotRead, .columnRepeated: true; default: false } })
    }
}
