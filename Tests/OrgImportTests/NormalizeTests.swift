import Foundation
import OrgImport
import OrgModel
import OrgTables
import Testing

@Suite struct NormalizeTests {
    @Test(arguments: [
        ("197103141998031901", "197103141998031901"), ("'198311302009012904", "198311302009012904"),
        ("19690609 199603 1 905", "196906091996031905"), ("1969.0609.1996.03.1.905", "196906091996031905"),
        ("19690609\u{A0}199603\u{A0}1\u{A0}905`", "196906091996031905"),
    ])
    func nipsAreCleaned(written: String, nip: String) {
        #expect(Normalize.nip(.text(written)) == .success(nip))
    }

    @Test func nipsDamagedByExcelAreNeverGuessed() {
        #expect(Normalize.nip(.text("1,97608E+17")) == .failure(.damagedByExcel(written: "1,97608E+17")))
        #expect(Normalize.nip(.text("1.97608E+17")) == .failure(.damagedByExcel(written: "1.97608E+17")))
        #expect(Normalize.nip(.text("197901052005021000")) == .failure(.damagedByExcel(written: "197901052005021000")))
        #expect(Normalize.nip(.number(Double("197103141998031900")!)) == .failure(.damagedByExcel(written: "197103141998031904")))
        #expect(Normalize.nip(.text("123456789")) == .failure(.oldNIPOnly(written: "123456789")))
        #expect(Normalize.nip(.text("197113141998031901")) == .failure(.malformed(written: "197113141998031901", reason: .noSuchBirthDate("19711314"))))
        #expect(Normalize.nip(.text("-")) == nil && Normalize.nip(.empty) == nil)
    }

    @Test(arguments: [
        ("IV-c", "IV/c"), ("III/D", "III/d"), ("IIIb", "III/b"), ("III.c", "III/c"), ("3c", "III/c"), ("IV a", "IV/a"),
        ("Pembina Tk.I (IV/b)", "IV/b"), ("Penata Tingkat I, III/d", "III/d"), ("Penata Muda (III/a)", "III/a"),
        ("Penata Muda Tk.I", "III/b"), ("Penata Muda Tk I", "III/b"), ("Penata Tingkat I", "III/d"), ("Pembina Utama Muda", "IV/c"),
        ("Pengatur", "II/c"), ("Juru Muda", "I/a"),
    ])
    func golongan(written: String, rank: String) {
        #expect(Normalize.rank(written)?.rawValue == rank)
    }

    @Test func golonganThatIsNot() {
        #expect(Normalize.rank("IX") == nil, "a PPPK grade is not a golongan")
        #expect(Normalize.rank("Staf") == nil)
        #expect(Normalize.rank(siasnID: "43") == .ivC && Normalize.rank(siasnID: "46") == nil)
    }

    @Test(arguments: [("IV.a", "IV.a"), ("IVa", "IV.a"), ("IV/a", "IV.a"), ("IV a", "IV.a"), ("IV-A", "IV.a"), ("4a", "IV.a"),
                      ("Eselon 4A / Jabatan Pengawas", "IV.a"), ("IIb", "II.b"), ("III/a", "III.a"), ("III.b", "III.b"), ("22", "II.b")])
    func eselon(written: String, eselon: String) {
        #expect(Normalize.eselon(written) == .eselon(Eselon(rawValue: eselon)!))
    }

    @Test func noEselon() {
        for s in ["-", "NON", "", "Non Eselon"] { #expect(Normalize.eselon(s) == .noEselon, "\(s)") }
        #expect(Normalize.eselon("V.a") == nil)
    }

    @Test func datesAreDayFirst() {
        let d = { (y: Int, m: Int, day: Int) in Normalize.DateValue.day(Day(year: y, month: m, day: day)!) }
        #expect(Normalize.date(.text("03/01/2022")) == d(2022, 1, 3))
        #expect(Normalize.date(.text("05-01-1979")) == d(1979, 1, 5))
        #expect(Normalize.date(.text("14 Maret 1971")) == d(1971, 3, 14))
        #expect(Normalize.date(.text("17 Agt 2020")) == d(2020, 8, 17))
        #expect(Normalize.date(.text("1 Des 2020")) == d(2020, 12, 1))
        #expect(Normalize.date(.text("2021-04-01")) == d(2021, 4, 1))
        #expect(Normalize.date(.text("44287")) == d(2021, 4, 1))
        #expect(Normalize.date(.number(45293)) == d(2024, 1, 2))
        #expect(Normalize.date(.date(Day(year: 2020, month: 2, day: 29)!)) == d(2020, 2, 29))
        for empty in ["0000-00-00", "-", "null", ""] { #expect(Normalize.date(.text(empty)) == .empty) }
        #expect(Normalize.date(.text("13/13/2020")) == nil, "never month-first, never guessed")
        #expect(Normalize.date(.number(5)) == nil)
        #expect(Normalize.placeAndDate("Banyuasri, 14 Maret 1971").day == Day(year: 1971, month: 3, day: 14))
        #expect(Normalize.placeAndDate("KOTA CONTOH / 09/06/1969").place == "KOTA CONTOH")
    }

    @Test func educationGenderAndKinds() {
        let cases: [(String, Education)] = [("S-3 Ilmu Administrasi Publik", .s3), ("Strata 1", .s1), ("S1", .s1), ("D-IV Akuntansi", .d4),
                                            ("D3", .d3), ("D-III Kearsipan", .d3), ("SLTA IPS", .sma), ("SMK Administrasi", .sma),
                                            ("SMP", .smp), ("SD", .sd), ("S-2", .s2)]
        for (s, e) in cases { #expect(Normalize.education(s) == e, "\(s)") }
        for s in ["L", "M", "1", "Laki-laki", "Pria"] { #expect(Normalize.gender(s) == .male, "\(s)") }
        for s in ["P", "F", "2", "Perempuan", "Wanita"] { #expect(Normalize.gender(s) == .female, "\(s)") }
        #expect(Normalize.postKind("Fungsional Tertentu") == .functional && Normalize.postKind("JFU") == .executive)
        #expect(Normalize.postKind("1") == .structural && Normalize.postKind("Ahli Muda") == .functional)
        #expect(Normalize.jenjang("Analis SDM Aparatur Ahli Muda") == .ahliMuda && Normalize.jenjang("Arsiparis Terampil") == .terampil)
        #expect(Normalize.jenjang("Pengelola Layanan Operasional") == nil)
    }

    @Test func namesAndNumbers() {
        let split = Normalize.splitName("Dr. Ir. Bambang Contoh, M.Si.")
        #expect(split.front == "Dr. Ir." && split.name == "Bambang Contoh" && split.back == "M.Si.")
        #expect(Normalize.splitName("dr. Ayu, Sp.A").front == "dr.")
        #expect(Normalize.nameKey("RATNA PERCOBAAN, S.E., M.AK.") == Normalize.nameKey("Ratna  Percobaan"))
        #expect(Normalize.fullName(front: "", name: "Dewi Fiktif", back: "S.H., M.H.") == "Dewi Fiktif, S.H., M.H.")
        #expect(Normalize.number(.text("3,2288")) == 3.2288)
        #expect(Normalize.number(.text("75.000")) == 75_000)
        #expect(Normalize.number(.text("3.2288")) == 3.2288)
        #expect(Normalize.number(.text("+2")) == 2 && Normalize.number(.text("-1")) == -1)
        #expect(Normalize.number(.text("1.250.000,5")) == 1_250_000.5)
        #expect(Normalize.header("Grade/\nKelas Jabatan") == "GRADE/KELAS JABATAN")
        #expect(Normalize.header("Pangkat/Gol. Ruang") == "PANGKAT/GOL RUANG")
    }

    @Test func unitsAndHeadsFromNames() {
        #expect(Inference.unitKind(name: "Subbagian Umum dan Kepegawaian") == .subbagian)
        #expect(Inference.unitKind(name: "Sekretariat Daerah") == .sekretariatDaerah)
        #expect(Inference.unitKind(name: "UPTD Puskesmas Sukamaju") == .upt)
        #expect(Inference.unitKind(name: "Kecamatan Sukamaju") == .kecamatan)
        #expect(Inference.unitName(headTitle: "Kepala Bidang Mutasi dan Promosi") == "Bidang Mutasi dan Promosi")
        #expect(Inference.unitName(headTitle: "Sekretaris") == "Sekretariat")
        #expect(Inference.unitName(headTitle: "Camat Sukamaju") == "Kecamatan Sukamaju")
        #expect(Inference.isHeadTitle("Kepala Subbagian Umum") && !Inference.isHeadTitle("Analis SDM Aparatur Ahli Muda"))
    }
}
