/// The Lampiran of PP 18/2016, part II (kabupaten/kota): the indicators of the pemetaan urusan, their
/// class intervals and weights, written once here (domain rules, section 2).
///
/// Source: PP 18/2016 Lampiran II "Indikator pemetaan intensitas urusan pemerintahan dan penentuan beban
/// kerja perangkat daerah pemerintah kabupaten/kota", A (faktor umum) and B (faktor teknis) letters A–U,
/// transcribed from the text published in github.com/mblonyox/data-peraturan, file pp/2016/18.md: II.B
/// letters A–FF (every government affair) and IV.B letters A–G (Setda, Setwan, Inspektorat and the
/// support functions), and IV.B.H (kecamatan), scored per kecamatan from `typology.kecamatan`. A unit
/// without a table is reported as not scored, never guessed. In IV.B.A the Lampiran prints 120 as the score of
/// class e of "jumlah perangkat daerah" (1,000 × 20 % = 200): Ramping computes points × weight.
///
/// Each indicator has five classes a–e worth 200, 400, 600, 800 and 1,000 points; its score is points ×
/// weight (%). The general weights sum to 20, each affair's technical weights to 80.
public struct TypologyIndicator: Sendable, Hashable {
    /// The key a chart's `typology:` section uses.
    public let id: String
    /// The indicator as the Lampiran words it.
    public let name: String
    /// The upper bounds of classes a–d (inclusive); above the last is class e. For a `descending`
    /// indicator (a larger value is less work, e.g. population density), the lower bounds of classes
    /// a–d (exclusive): above the first is class a, at most the last is class e.
    public let bounds: [Double]
    public let descending: Bool
    /// Weight (bobot, %).
    public let weight: Double

    init(_ id: String, _ name: String, _ bounds: [Double], _ weight: Double, descending: Bool = false) {
        self.id = id; self.name = name; self.bounds = bounds; self.weight = weight; self.descending = descending
    }

    /// The class (0 = a … 4 = e) of a value.
    public func classIndex(_ value: Double) -> Int {
        if descending { return bounds.firstIndex { value > $0 } ?? 4 }
        return bounds.firstIndex { value <= $0 } ?? 4
    }

    /// Skala nilai of a class: 200, 400, 600, 800, 1,000.
    public static func points(_ classIndex: Int) -> Int { (classIndex + 1) * 200 }

    /// The class interval as the Lampiran writes it ("≤ 95", "96 – 191", "> 383"), in the given language's numbers.
    public func interval(_ classIndex: Int, _ l: Language) -> String {
        func n(_ v: Double) -> String { v == v.rounded() ? l.integer(Int(v)) : l.number(v) }
        let step: Double = bounds.allSatisfy { $0 == $0.rounded() } ? 1 : 0
        if descending {
            switch classIndex {
            case 0: return "> " + n(bounds[0])
            case 4: return "≤ " + n(bounds[3])
            default: return n(bounds[classIndex] + step) + " – " + n(bounds[classIndex - 1])
            }
        }
        switch classIndex {
        case 0: return "≤ " + n(bounds[0])
        case 4: return "> " + n(bounds[3])
        default: return n(bounds[classIndex - 1] + step) + " – " + n(bounds[classIndex])
        }
    }
}

/// One table of the Lampiran: the general factor, or the technical factor of one affair or sub-affair.
public struct TypologyTable: Sendable, Hashable {
    /// The key a chart uses: the affair's spelling (`Affair.rawValue`), or a sub-affair (`kebakaran`).
    public let id: String
    /// The affair or support function it scores (nil for the general factor and the Setda, Setwan and
    /// Inspektorat, which `unitKind` names).
    public let affair: Affair?
    /// The kind of unit a table of Lampiran IV.B.A–C scores (Setda, Setwan, Inspektorat).
    public var unitKind: UnitKind? = nil
    /// The Lampiran's heading, e.g. "II.B.A Urusan pemerintahan bidang pendidikan".
    public let heading: String
    public let indicators: [TypologyIndicator]

    init(id: String, affair: Affair?, heading: String, indicators: [TypologyIndicator], unitKind: UnitKind? = nil) {
        self.id = id; self.affair = affair; self.heading = heading; self.indicators = indicators; self.unitKind = unitKind
    }

    public var totalWeight: Double { indicators.reduce(0) { $0 + $1.weight } }
}

public enum TypologyTables {
    public static let source = "PP 18/2016 Ps 6, 53 dan Lampiran II, IV (kabupaten/kota)"

    /// II.A Faktor umum: population 10 %, area 5 %, APBD 5 %.
    public static let general = TypologyTable(id: "umum", affair: nil, heading: "II.A Faktor umum", indicators: [
        .init("penduduk", "Jumlah penduduk (jiwa)", [100_000, 200_000, 500_000, 1_000_000], 10),
        .init("luas_wilayah", "Luas wilayah (km²)", [150, 300, 450, 600], 5),
        .init("apbd", "Jumlah APBD (Rp)", [250e9, 500e9, 750e9, 1e12], 5),
    ])

    /// II.B Faktor teknis, letters A–FF (E in its two sub-affairs; O for a kabupaten/kota not of island character).
    public static let technical: [TypologyTable] = [
        TypologyTable(id: "pendidikan", affair: .pendidikan, heading: "II.B.A Pendidikan", indicators: [
            .init("satuan_pendidikan_masyarakat", "Jumlah satuan pendidikan anak usia dini dan pendidikan dasar yang diselenggarakan oleh masyarakat", [95, 191, 287, 383], 20),
            .init("anak_usia_sekolah", "Jumlah anak usia pendidikan dini dan pendidikan dasar", [10_000, 25_001, 87_002, 116_003], 45),
            .init("kurikulum_muatan_lokal", "Jumlah kurikulum muatan lokal pendidikan anak usia dini dan pendidikan dasar", [2, 5, 8, 11], 15),
        ]),
        TypologyTable(id: "kesehatan", affair: .kesehatan, heading: "II.B.B Kesehatan", indicators: [
            .init("penduduk", "Jumlah penduduk", [25_000, 50_000, 250_000, 1_500_000], 70),
            .init("kepadatan_penduduk", "Jumlah kepadatan penduduk", [550, 400, 250, 50], 10, descending: true),
        ]),
        TypologyTable(id: "pekerjaan-umum", affair: .pekerjaanUmum, heading: "II.B.C Pekerjaan umum dan penataan ruang", indicators: [
            .init("bangunan_gedung", "Jumlah bangunan gedung yang ada di wilayah kabupaten/kota", [10_000, 20_000, 30_000, 40_000], 2),
            .init("panjang_sungai", "Panjang sungai dalam satu kabupaten/kota (km)", [50, 100, 150, 200], 6),
            .init("tampungan_air", "Jumlah kapasitas tampungan air yang dikelola kabupaten/kota (ribu m³)", [180, 370, 560, 740], 2),
            .init("garis_pantai_abrasi", "Panjang garis pantai pada wilayah sungai kewenangan kabupaten/kota yang berisiko abrasi (km)", [270, 550, 830, 1_100], 3),
            .init("irigasi_teknis", "Total luas daerah irigasi teknis yang masing-masing kurang dari 1.000 ha (ha)", [2_000, 4_000, 6_000, 8_000], 2),
            .init("desa_rawan_air", "Jumlah desa/kelurahan yang rawan air", [150, 300, 450, 600], 5),
            .init("fasilitas_air_limbah", "Jumlah fasilitas pengelolaan air limbah", [100, 200, 300, 400], 2),
            .init("cakupan_spal", "Luas cakupan layanan SPAL terpusat dan setempat (ha)", [1_000, 2_000, 3_000, 4_000], 3),
            .init("panjang_drainase", "Panjang drainase yang terhubung dengan sungai kewenangan kabupaten/kota (km)", [120, 240, 360, 480], 3),
            .init("luas_permukiman", "Jumlah luas kawasan permukiman (ha)", [16_000, 32_000, 48_000, 64_000], 2),
            .init("panjang_jalan", "Panjang jalan kewenangan kabupaten/kota (km)", [200, 400, 600, 800], 30),
            .init("izin_jasa_konstruksi", "Jumlah rata-rata izin usaha jasa konstruksi per tahun dalam lima tahun terakhir", [590, 1_100, 1_700, 2_300], 2),
            .init("pengajuan_imb", "Rata-rata pengajuan IMB per tahun dalam lima tahun terakhir", [5_000, 10_000, 15_000, 20_000], 3),
            .init("ruang_terbuka_hijau", "Luas ruang terbuka hijau yang ditetapkan dalam RTRW (ha)", [900, 1_800, 2_700, 3_600], 3),
            .init("kawasan_strategis", "Jumlah kawasan strategis dan kawasan perkotaan dalam RTRW", [2, 4, 6, 8], 2),
            .init("lahan_pangan_berkelanjutan", "Luas lahan pertanian pangan berkelanjutan (ha)", [1_000, 2_000, 3_000, 4_000], 3),
            .init("kesesuaian_tata_ruang", "Persentase kesesuaian penggunaan lahan dengan rencana tata ruang (%)", [20, 40, 60, 80], 3),
            .init("kawasan_budidaya", "Luas kawasan budidaya (ha)", [90_000, 180_000, 300_000, 350_000], 4),
        ]),
        TypologyTable(id: "perumahan", affair: .perumahan, heading: "II.B.D Perumahan dan kawasan permukiman", indicators: [
            .init("izin_perumahan", "Jumlah rata-rata pengajuan izin pembangunan dan pengembangan perumahan per tahun dalam lima tahun terakhir", [5, 10, 15, 20], 5),
            .init("bangunan_skbg", "Jumlah unit bangunan gedung yang memiliki SKBG", [2, 10, 50, 100], 5),
            .init("kawasan_kumuh", "Luas total kawasan permukiman kumuh di bawah 10 ha masing-masing (ha)", [100, 500, 1_000, 2_000], 10),
            .init("luas_perumahan", "Jumlah total luas perumahan (ha)", [50_000, 100_000, 150_000, 200_000], 39),
            .init("sertifikasi_perencana", "Jumlah rata-rata sertifikasi dan registrasi perencana perumahan per tahun", [150, 300, 450, 600], 1),
            .init("indeks_risiko_bencana", "Indeks risiko bencana kabupaten/kota", [50, 100, 150, 200], 5),
            .init("relokasi_rumah", "Jumlah rumah yang terkena relokasi program pemerintah daerah", [120, 240, 360, 480], 5),
            .init("kawasan_padat", "Jumlah kawasan dengan tingkat kepadatan bangunan tinggi", [40, 80, 160, 240], 5),
            .init("jenis_potensi_bencana", "Jumlah jenis potensi bencana kabupaten/kota", [5, 8, 10, 14], 5),
        ]),
        TypologyTable(id: "ketenteraman-ketertiban", affair: .ketenteraman, heading: "II.B.E.1 Ketenteraman dan ketertiban umum", indicators: [
            .init("perda_bersanksi", "Jumlah Perda yang mempunyai sanksi pidana atau administratif yang masih berlaku", [10, 30, 60, 90], 30),
            .init("perkada_berlaku", "Jumlah Peraturan Bupati/Wali Kota yang masih berlaku", [40, 80, 120, 160], 5),
            .init("wilayah_patroli", "Jumlah wilayah sasaran patroli Pol PP menurut jadwal patroli rutin", [17_946, 35_892, 53_839, 71_785], 15),
            .init("aset_statis", "Jumlah aset statis pemerintah kabupaten/kota yang menjadi sasaran pengamanan", [10, 30, 50, 70], 15),
            .init("kegiatan_vip", "Jumlah rata-rata per tahun kegiatan kepala daerah bersama tamu VIP/VVIP dalam lima tahun terakhir", [5, 10, 15, 20], 15),
        ]),
        TypologyTable(id: "kebakaran", affair: .ketenteraman, heading: "II.B.E.2 Sub urusan kebakaran", indicators: [
            .init("petugas_damkar", "Jumlah petugas pemadam kebakaran (rasio 1 : 5.000 penduduk)", [50, 100, 150, 250], 30),
            .init("wilayah_manajemen_kebakaran", "Jumlah wilayah manajemen kebakaran", [3, 6, 9, 12], 30),
            .init("anggota_linmas", "Jumlah anggota Linmas", [2_500, 5_000, 10_000, 25_000], 20),
        ]),
        TypologyTable(id: "sosial", affair: .sosial, heading: "II.B.F Sosial", indicators: [
            .init("pmks", "Jumlah PMKS yang menerima layanan rehabilitasi sosial di luar panti", [6_000, 12_000, 18_000, 24_000], 50),
            .init("fakir_miskin", "Jumlah fakir miskin", [10_000, 50_000, 450_000, 600_000], 15),
            .init("komunitas_adat_terpencil", "Jumlah jiwa dalam komunitas adat terpencil", [100, 200, 300, 400], 3),
            .init("psks", "Jumlah potensi sumber kesejahteraan sosial", [500, 1_000, 1_500, 2_000], 12),
        ]),
        TypologyTable(id: "tenaga-kerja", affair: .tenagaKerja, heading: "II.B.G Tenaga kerja", indicators: [
            .init("angkatan_kerja", "Jumlah angkatan kerja usia 15 tahun ke atas (jiwa)", [50_000, 150_000, 500_000, 1_000_000], 50),
            .init("perusahaan_mikro_kecil", "Jumlah perusahaan mikro/kecil", [10_000, 30_000, 50_000, 70_000], 30),
        ]),
        TypologyTable(id: "pemberdayaan-perempuan", affair: .pemberdayaanPerempuan, heading: "II.B.H Pemberdayaan perempuan dan pelindungan anak", indicators: [
            .init("indeks_pembangunan_gender", "Indeks pembangunan gender", [57, 65, 70, 75], 25),
            .init("organisasi_perempuan_anak", "Jumlah organisasi perempuan dan anak", [9, 20, 40, 80], 20),
            .init("lembaga_layanan", "Jumlah lembaga penyedia layanan pemberdayaan perempuan dan perlindungan anak", [3, 6, 15, 30], 15),
            .init("rasio_kekerasan_perempuan", "Rasio perempuan korban kekerasan per 10.000 penduduk perempuan usia 18 tahun ke atas", [1, 3, 5, 7], 10),
            .init("rasio_anak_perlindungan_khusus", "Rasio anak yang memerlukan perlindungan khusus per 1.000 anak", [2, 4, 6, 8], 10),
        ]),
        TypologyTable(id: "pangan", affair: .pangan, heading: "II.B.I Pangan", indicators: [
            .init("cadangan_pangan", "Jumlah cadangan pangan pemerintah (penduduk × 0,62 kg/kapita/tahun, ton)", [60, 240, 480, 1_800], 40),
            .init("desa_kelurahan", "Jumlah desa/kelurahan", [75, 150, 225, 300], 10),
            .init("penduduk_rawan_pangan", "Persentase penduduk rawan pangan (%)", [5, 9, 12, 15], 30),
        ]),
        TypologyTable(id: "pertanahan", affair: .pertanahan, heading: "II.B.J Pertanahan", indicators: [
            .init("izin_lokasi", "Jumlah rata-rata izin lokasi per tahun dalam lima tahun terakhir", [50, 100, 150, 200], 35),
            .init("pengadaan_tanah", "Luas lokasi rencana pengadaan tanah untuk kepentingan umum (ha)", [75, 150, 220, 300], 25),
            .init("hak_ulayat", "Jumlah subjek hak ulayat", [80, 160, 240, 320], 20),
        ]),
        TypologyTable(id: "lingkungan-hidup", affair: .lingkunganHidup, heading: "II.B.K Lingkungan hidup", indicators: [
            .init("limbah_b3", "Jumlah usaha/kegiatan penghasil limbah B3", [10, 50, 120, 200], 15),
            .init("tps", "Jumlah TPS", [30, 60, 90, 120], 15),
            .init("bank_sampah", "Jumlah bank sampah", [15, 30, 45, 60], 15),
            .init("dokumen_lingkungan", "Jumlah dokumen lingkungan yang dinilai (AMDAL, UKL/UPL, SPPL)", [10, 30, 50, 100], 20),
            .init("pemantauan_kualitas", "Jumlah objek pemantauan kualitas lingkungan yang berdampak", [5, 15, 20, 25], 15),
        ]),
        TypologyTable(id: "adminduk", affair: .adminduk, heading: "II.B.L Administrasi kependudukan dan pencatatan sipil", indicators: [
            .init("penduduk", "Jumlah penduduk (jiwa)", [50_000, 75_000, 200_000, 700_000], 35),
            .init("kecamatan", "Jumlah kecamatan", [4, 9, 15, 25], 5),
            .init("desa_kelurahan", "Jumlah kelurahan/desa", [10, 20, 50, 100], 10),
            .init("mobilitas_penduduk", "Jumlah rata-rata mobilitas penduduk per tahun dalam tiga tahun terakhir", [500, 1_000, 5_000, 10_000], 15),
            .init("kepadatan_penduduk", "Tingkat kepadatan penduduk (jiwa/km²)", [15_000, 5_000, 700, 200], 15, descending: true),
        ]),
        TypologyTable(id: "pemberdayaan-masyarakat-desa", affair: .pemberdayaanMasyarakat, heading: "II.B.M Pemberdayaan masyarakat dan desa", indicators: [
            .init("desa", "Jumlah desa", [75, 150, 225, 300], 50),
            .init("bumdes", "Jumlah BUMDes", [60, 120, 180, 240], 5),
            .init("kelompok_ttg", "Jumlah kelompok pemanfaat teknologi tepat guna", [70, 140, 210, 290], 2),
            .init("kerja_sama_antardesa", "Jumlah kerja sama antardesa", [80, 150, 250, 300], 3),
            .init("lembaga_kemasyarakatan", "Jumlah lembaga kemasyarakatan dan lembaga adat tingkat kabupaten/kota", [200, 400, 600, 800], 20),
        ]),
        TypologyTable(id: "pengendalian-penduduk", affair: .pengendalianPenduduk, heading: "II.B.N Pengendalian penduduk dan keluarga berencana", indicators: [
            .init("pasangan_usia_subur", "Jumlah pasangan usia subur", [10_000, 25_000, 500_000, 700_000], 15),
            .init("pkb_plkb", "Jumlah PKB dan PLKB minimal menurut jumlah desa/kelurahan", [50, 150, 300, 400], 12),
            .init("ormas_kb", "Jumlah organisasi kemasyarakatan yang bekerja sama dalam kesertaan ber-KB", [5, 15, 25, 30], 12),
            .init("kelompok_bkb", "Jumlah kelompok BKB, BKR, BKL dan UPPKS", [204, 404, 604, 804], 10),
            .init("pik_remaja", "Jumlah pusat informasi dan konseling remaja/mahasiswa", [16, 32, 48, 64], 10),
            .init("ormas_ketahanan_keluarga", "Jumlah organisasi kemasyarakatan yang bekerja sama dalam ketahanan keluarga", [5, 15, 25, 30], 9),
            .init("keluarga", "Jumlah keluarga", [25_000, 308_222, 406_979, 613_737], 12),
        ]),
        TypologyTable(id: "perhubungan", affair: .perhubungan, heading: "II.B.O Perhubungan (selain kabupaten/kota berciri kepulauan)", indicators: [
            .init("andalalin", "Jumlah rata-rata dokumen analisis dampak lalu lintas per tahun", [5, 10, 15, 20], 5),
            .init("panjang_jalan", "Panjang jalan kabupaten/kota (km)", [460, 920, 1_300, 1_800], 10),
            .init("terminal_c", "Jumlah terminal C", [3, 6, 9, 12], 5),
            .init("lokasi_parkir", "Jumlah lokasi perparkiran", [30, 60, 90, 120], 4),
            .init("kendaraan_wajib_uji", "Jumlah kendaraan bermotor wajib uji berkala", [2_000, 4_000, 6_000, 8_000], 10),
            .init("angkutan_umum", "Jumlah unit angkutan umum", [300, 600, 900, 1_200], 10),
            .init("trayek", "Jumlah trayek angkutan umum", [15, 30, 45, 60], 5),
            .init("armada_perairan", "Jumlah armada angkutan laut, penyeberangan, sungai dan danau", [250, 500, 750, 1_000], 2),
            .init("usaha_perawatan_kapal", "Jumlah usaha jasa perawatan dan perbaikan kapal", [4, 8, 12, 15], 2),
            .init("badan_usaha_angkutan_perairan", "Jumlah badan usaha angkutan perairan", [2, 4, 8, 12], 1),
            .init("trayek_perairan", "Jumlah trayek angkutan perairan", [8, 16, 24, 32], 2),
            .init("pelabuhan_pengumpan", "Jumlah pelabuhan pengumpan lokal, sungai dan danau", [7, 15, 24, 32], 2),
            .init("alur_pelayaran", "Panjang alur pelayaran (mil laut)", [40, 80, 120, 160], 2),
            .init("rambu_jalan", "Jumlah rambu jalan", [560, 1_200, 1_700, 2_200], 15),
            .init("trotoar", "Panjang trotoar jalan (m)", [4_800, 9_700, 14_500, 19_500], 5),
        ]),
        TypologyTable(id: "komunikasi-informatika", affair: .komunikasiInformatika, heading: "II.B.P Komunikasi dan informatika", indicators: [
            .init("perangkat_daerah_upt_desa", "Jumlah perangkat daerah, UPT, dan kelurahan/desa", [30, 100, 200, 300], 23),
            .init("media_pemda", "Jumlah saluran komunikasi/media milik pemda", [15, 45, 90, 150], 18),
            .init("aparatur", "Jumlah aparatur negara di lingkungan pemerintah kabupaten/kota", [2_000, 3_000, 4_000, 9_000], 10),
            .init("media_non_pemerintah", "Jumlah saluran komunikasi/media non pemerintah", [12, 39, 81, 138], 14),
            .init("layanan_egovernment", "Jumlah layanan publik yang diselenggarakan dengan e-government", [20, 30, 50, 100], 15),
        ]),
        TypologyTable(id: "koperasi-ukm", affair: .koperasi, heading: "II.B.Q Koperasi, usaha kecil dan menengah", indicators: [
            .init("kantor_ksp", "Jumlah kantor cabang, cabang pembantu dan kantor kas koperasi simpan pinjam", [90, 180, 270, 360], 10),
            .init("perangkat_organisasi_koperasi", "Jumlah perangkat organisasi koperasi", [1_000, 2_000, 3_000, 4_000], 10),
            .init("usaha_mikro", "Jumlah pelaku usaha mikro", [14_000, 28_000, 42_000, 56_000], 20),
            .init("usaha_simpan_pinjam", "Jumlah usaha simpan pinjam dan koperasi simpan pinjam", [150, 300, 450, 600], 20),
            .init("koperasi", "Jumlah koperasi", [300, 600, 1_000, 1_500], 20),
        ]),
        TypologyTable(id: "penanaman-modal", affair: .penanamanModal, heading: "II.B.R Penanaman modal", indicators: [
            .init("potensi_investasi", "Jumlah potensi usaha yang dipromosikan kepada penanam modal", [20, 40, 80, 100], 10),
            .init("dokumen_perizinan", "Jumlah dokumen perizinan dan nonperizinan per tahun", [2_000, 4_000, 6_000, 8_000], 30),
            .init("perusahaan_dipantau", "Jumlah perusahaan penanaman modal yang dipantau, dibina dan diawasi", [20, 40, 80, 100], 40),
        ]),
        TypologyTable(id: "kepemudaan-olahraga", affair: .kepemudaanOlahraga, heading: "II.B.S Kepemudaan dan olahraga", indicators: [
            .init("pemuda", "Jumlah pemuda pelopor, pemuda wirausaha dan pemuda kader", [400, 700, 950, 1_250], 35),
            .init("organisasi_kepemudaan", "Jumlah organisasi kepemudaan, olahraga dan kepramukaan", [120, 180, 300, 370], 20),
            .init("kejuaraan_diikuti", "Jumlah kejuaraan/kompetisi olahraga yang diikuti", [50, 100, 150, 300], 10),
            .init("kejuaraan_pelajar", "Jumlah kejuaraan olahraga pelajar dan olahraga tetap tingkat kabupaten/kota", [20, 40, 60, 75], 15),
        ]),
        TypologyTable(id: "statistik", affair: .statistik, heading: "II.B.T Statistik", indicators: [
            .init("survei", "Jumlah survei yang mendapat rekomendasi BPS", [40, 80, 120, 160], 45),
            .init("kompilasi", "Jumlah kompilasi produk administrasi yang mendapat rekomendasi BPS", [20, 30, 50, 70], 35),
        ]),
        TypologyTable(id: "persandian", affair: .persandian, heading: "II.B.U Persandian", indicators: [
            .init("jenis_informasi", "Jumlah jenis informasi yang wajib diamankan dengan persandian", [5, 10, 15, 20], 16),
            .init("konten_informasi", "Jumlah konten informasi yang wajib diamankan dengan persandian", [250, 500, 1_000, 1_500], 16),
            .init("aset_vital", "Jumlah aset/fasilitas/instalasi kritis, vital atau penting yang harus diamankan", [200, 300, 600, 900], 16),
            .init("kegiatan_penting", "Jumlah rata-rata kegiatan penting per bulan yang membutuhkan pengamanan informasi", [100, 200, 400, 500], 16),
            .init("perangkat_daerah_persandian", "Jumlah perangkat daerah yang menggunakan persandian", [50, 80, 110, 140], 16),
        ]),
        TypologyTable(id: "kebudayaan", affair: .kebudayaan, heading: "II.B.V Kebudayaan", indicators: [
            .init("suku_bangsa", "Jumlah suku bangsa dalam satu kabupaten/kota", [5, 10, 15, 20], 10),
            .init("kesenian", "Jumlah kesenian dalam satu kabupaten/kota", [25, 50, 75, 100], 30),
            .init("museum", "Jumlah museum yang dikelola pemerintah kabupaten/kota dan masyarakat", [1, 3, 5, 7], 10),
            .init("cagar_budaya", "Jumlah yang diduga cagar budaya dan cagar budaya peringkat kabupaten/kota", [50, 100, 150, 200], 30),
        ]),
        TypologyTable(id: "perpustakaan", affair: .perpustakaan, heading: "II.B.W Perpustakaan", indicators: [
            .init("pemustaka", "Jumlah pemustaka per bulan yang berkunjung ke perpustakaan milik kabupaten/kota", [7_000, 10_000, 40_000, 60_000], 30),
            .init("koleksi", "Jumlah koleksi (judul) perpustakaan milik kabupaten/kota", [15_000, 50_000, 150_000, 200_000], 25),
            .init("perpustakaan_dibina", "Jumlah perpustakaan yang seharusnya dibina", [1_000, 2_000, 3_000, 4_000], 23),
            .init("promosi_gemar_membaca", "Jumlah promosi gemar membaca dalam satu tahun", [50, 100, 150, 200], 2),
        ]),
        TypologyTable(id: "kearsipan", affair: .kearsipan, heading: "II.B.X Kearsipan", indicators: [
            .init("perangkat_daerah_bumd", "Jumlah perangkat daerah (termasuk kecamatan) dan BUMD yang dibina dalam pengelolaan arsip dinamis", [60, 80, 100, 120], 25),
            .init("desa_kelurahan", "Jumlah desa/kelurahan yang dibina dalam pengelolaan arsip dinamis", [100, 250, 400, 550], 15),
            .init("arsip_boks", "Jumlah arsip yang harus dikelola (boks per tahun)", [550, 850, 1_150, 1_450], 40),
        ]),
        TypologyTable(id: "kelautan-perikanan", affair: .kelautanPerikanan, heading: "II.B.Y Kelautan dan perikanan", indicators: [
            .init("nelayan_kecil", "Jumlah nelayan kecil (jiwa)", [5_000, 10_000, 15_000, 20_000], 20),
            .init("tempat_pelelangan_ikan", "Jumlah tempat pelelangan ikan", [10, 20, 30, 40], 15),
            .init("siup_budidaya", "Jumlah SIUP di bidang pembudidayaan ikan", [20, 40, 60, 80], 5),
            .init("lahan_budidaya", "Luas lahan potensi budidaya ikan (ha)", [2_000, 5_000, 8_000, 11_000], 20),
            .init("rumah_tangga_pembudidaya", "Jumlah rumah tangga pembudidaya ikan", [200, 500, 700, 1_000], 15),
            .init("kapal_5gt", "Jumlah kapal sampai dengan 5 GT", [50, 100, 150, 200], 5),
        ]),
        TypologyTable(id: "pariwisata", affair: .pariwisata, heading: "II.B.Z Pariwisata", indicators: [
            .init("usaha_tdup", "Jumlah usaha pariwisata yang memiliki TDUP", [20, 40, 50, 70], 20),
            .init("zona_kreatif", "Jumlah zona kreatif yang ditetapkan pemerintah daerah", [10, 30, 40, 60], 10),
            .init("destinasi", "Jumlah daya tarik, kawasan strategis dan destinasi pariwisata yang ditetapkan", [5, 10, 20, 40], 50),
        ]),
        TypologyTable(id: "pertanian", affair: .pertanian, heading: "II.B.AA Pertanian", indicators: [
            .init("kios_sarana_pertanian", "Jumlah pengecer/kios sarana pertanian", [25, 50, 100, 200], 8),
            .init("rumpun_ternak", "Jumlah jenis rumpun/galur ternak asli/lokal", [2, 4, 6, 8], 3),
            .init("pakan_beredar", "Jumlah pakan yang beredar (ton)", [1_500, 2_000, 2_500, 3_000], 4),
            .init("obat_hewan", "Jenis sediaan obat hewan yang beredar", [7, 10, 13, 16], 3),
            .init("benih_hijauan_pakan", "Jumlah jenis benih/bibit hijauan pakan ternak", [2, 4, 6, 8], 3),
            .init("lahan_irigasi", "Luas lahan pengembangan pertanian yang dialiri irigasi kewenangan kabupaten/kota (ha)", [5_000, 7_500, 10_000, 15_000], 12),
            .init("populasi_hewan", "Populasi hewan (ekor)", [500_000, 1_000_000, 3_000_000, 6_000_000], 8),
            .init("keterangan_kesehatan_hewan", "Jumlah rata-rata per bulan keterangan kesehatan hewan dan rekomendasi pemasukan/pengeluaran", [10, 15, 25, 35], 3),
            .init("lalu_lintas_hewan", "Jumlah rata-rata per bulan pemasukan dan pengeluaran hewan dan produk hewan (ton)", [50, 100, 150, 200], 3),
            .init("layanan_laboratorium", "Jumlah jenis pelayanan jasa laboratorium dan medik veteriner", [5, 8, 15, 25], 3),
            .init("usaha_produk_hewan", "Jumlah jenis usaha produk hewan", [50, 70, 100, 150], 3),
            .init("peternak", "Jumlah peternak", [350, 1_000, 5_000, 7_500], 6),
            .init("luas_lahan_pertanian", "Luas lahan pertanian (ha)", [10_000, 20_000, 30_000, 40_000], 8),
            .init("penyakit_hewan_menular", "Jumlah jenis penyakit hewan menular", [2, 4, 6, 8], 2),
            .init("izin_usaha_tanaman", "Jumlah izin usaha tanaman pangan, hortikultura dan perkebunan dalam lima tahun terakhir", [20, 40, 100, 200], 8),
            .init("izin_usaha_peternakan", "Jumlah izin usaha peternakan dan kesehatan hewan dalam lima tahun terakhir", [20, 40, 100, 200], 3),
        ]),
        TypologyTable(id: "kehutanan", affair: .kehutanan, heading: "II.B.BB Kehutanan", indicators: [
            .init("luas_tahura", "Luas Tahura dalam kabupaten/kota", [600_000, 1_200_000, 1_800_000, 2_400_000], 30),
            .init("koleksi_tahura", "Jumlah jenis tanaman dan satwa koleksi pada Tahura", [75, 150, 225, 300], 25),
            .init("kelompok_masyarakat", "Jumlah kelompok masyarakat yang dibina di desa yang berbatasan dengan Tahura", [25, 50, 75, 100], 25),
        ]),
        TypologyTable(id: "energi-sumber-daya-mineral", affair: .energi, heading: "II.B.CC Energi dan sumber daya mineral", indicators: [
            .init("jenis_usaha_panas_bumi", "Jumlah jenis usaha pemanfaatan panas bumi langsung", [10, 20, 30, 40], 40),
            .init("usaha_panas_bumi", "Jumlah usaha pemanfaatan panas bumi langsung", [100, 200, 300, 400], 40),
        ]),
        TypologyTable(id: "perdagangan", affair: .perdagangan, heading: "II.B.DD Perdagangan", indicators: [
            .init("pelaku_usaha_berizin", "Jumlah pelaku usaha yang memiliki izin yang masih berlaku", [1_000, 2_500, 10_000, 20_000], 10),
            .init("distributor_pupuk", "Jumlah distributor dan pengecer pupuk bersubsidi", [100, 200, 300, 400], 5),
            .init("tanda_daftar_gudang", "Jumlah tanda daftar gudang yang diterbitkan", [100, 200, 300, 400], 5),
            .init("uttp", "Jumlah UTTP (ukuran, takaran, timbangan dan perlengkapannya)", [1_000, 5_000, 10_000, 15_000], 20),
            .init("komoditi_ekspor", "Jumlah komoditi ekspor (HS 2 digit) yang produknya hanya ada di satu kabupaten/kota", [10, 30, 40, 50], 10),
            .init("pasar", "Jumlah sarana distribusi (pasar) perdagangan", [20, 40, 70, 100], 25),
            .init("pengecer_minuman_beralkohol", "Jumlah pengecer minuman beralkohol", [3, 6, 10, 13], 5),
        ]),
        TypologyTable(id: "perindustrian", affair: .perindustrian, heading: "II.B.EE Perindustrian", indicators: [
            .init("industri_kecil_menengah", "Jumlah perusahaan industri kecil dan menengah", [3_000, 5_500, 8_000, 11_000], 60),
            .init("unit_produksi_ikm", "Jumlah unit produksi dari industri kecil dan menengah", [8_000, 16_000, 25_000, 60_000], 20),
        ]),
        TypologyTable(id: "transmigrasi", affair: .transmigrasi, heading: "II.B.FF Transmigrasi", indicators: [
            .init("pencadangan_tanah", "Luasan pencadangan tanah kawasan transmigrasi dalam satu kabupaten (ha)", [500, 2_500, 5_000, 7_500], 25),
            .init("pencadangan_rkt", "Luasan pencadangan kawasan dalam RKT yang belum dimanfaatkan (ha)", [500, 2_500, 5_000, 25_000], 25),
            .init("kk_daerah_asal", "Jumlah kepala keluarga transmigran yang ditata dari dalam satu kabupaten (daerah asal)", [500, 1_000, 2_000, 5_000], 25),
            .init("kk_daerah_tujuan", "Jumlah kepala keluarga transmigran dan penduduk setempat yang akan ditempatkan (daerah tujuan)", [500, 1_000, 2_000, 5_000], 2),
            .init("kk_tahap_kemandirian", "Jumlah kepala keluarga masyarakat transmigrasi pada tahapan kemandirian", [500, 1_000, 2_000, 5_000], 3),
        ]),
        // IV.B: the support functions (fungsi penunjang) and the Setda, Setwan and Inspektorat of a kabupaten/kota.
        TypologyTable(id: "sekretariat-daerah", affair: nil, heading: "IV.B.A Sekretariat Daerah", indicators: [
            .init("kecamatan", "Jumlah kecamatan", [5, 10, 15, 20], 15),
            .init("desa_kelurahan", "Jumlah desa/kelurahan", [50, 100, 200, 300], 5),
            .init("perangkat_daerah", "Jumlah perangkat daerah (selain kecamatan)", [25, 29, 33, 37], 20),
            .init("kebijakan_daerah", "Jumlah kebijakan daerah (Perda, Perkada, peraturan bersama) yang masih berlaku", [50, 100, 150, 200], 15),
            .init("asn", "Jumlah pegawai ASN pada instansi pemerintah kabupaten/kota", [2_000, 3_000, 4_000, 9_000], 10),
            .init("apbd", "Jumlah APBD kabupaten/kota (Rp)", [250e9, 500e9, 750e9, 1e12], 15),
        ], unitKind: .sekretariatDaerah),
        TypologyTable(id: "sekretariat-dprd", affair: nil, heading: "IV.B.B Sekretariat DPRD", indicators: [
            .init("anggota_dprd", "Jumlah anggota DPRD", [25, 30, 35, 40], 40),
            .init("fraksi_dprd", "Jumlah fraksi DPRD", [2, 4, 6, 8], 40),
        ], unitKind: .sekretariatDPRD),
        TypologyTable(id: "inspektorat", affair: nil, heading: "IV.B.C Inspektorat", indicators: [
            .init("apbd", "Jumlah APBD kabupaten/kota (Rp)", [250e9, 500e9, 750e9, 1e12], 30),
            .init("kecamatan", "Jumlah kecamatan", [5, 10, 15, 20], 15),
            .init("desa_kelurahan", "Jumlah desa/kelurahan", [50, 100, 200, 300], 10),
            .init("perangkat_daerah", "Jumlah perangkat daerah selain kecamatan", [25, 29, 33, 37], 15),
            .init("asn", "Jumlah pegawai ASN pada instansi daerah kabupaten/kota", [2_000, 3_000, 4_000, 9_000], 10),
        ], unitKind: .inspektorat),
        TypologyTable(id: "perencanaan", affair: .perencanaan, heading: "IV.B.D Perencanaan", indicators: [
            .init("perangkat_daerah", "Jumlah perangkat daerah (tidak termasuk kecamatan)", [25, 29, 33, 37], 70),
            .init("komisi_dprd", "Jumlah komisi DPRD", [3, 5, 7, 9], 2),
            .init("kecamatan", "Jumlah kecamatan", [5, 10, 15, 20], 3),
            .init("desa_kelurahan", "Jumlah kelurahan/desa", [50, 100, 200, 300], 5),
        ]),
        TypologyTable(id: "keuangan", affair: .keuangan, heading: "IV.B.E Keuangan", indicators: [
            .init("apbd", "Jumlah APBD kabupaten/kota (Rp)", [250e9, 500e9, 750e9, 1e12], 25),
            .init("pengguna_anggaran", "Jumlah pengguna anggaran", [25, 30, 35, 40], 5),
            .init("barang_inventaris", "Jumlah barang inventaris milik daerah", [20_000, 40_000, 60_000, 80_000], 15),
            .init("objek_pajak", "Jumlah objek pajak kabupaten/kota", [10_000, 20_000, 50_000, 100_000], 20),
            .init("luas_wilayah", "Luas wilayah kabupaten/kota (km²)", [25, 100, 500, 1_500], 15),
        ]),
        TypologyTable(id: "kepegawaian", affair: .kepegawaian, heading: "IV.B.F Kepegawaian, pendidikan dan pelatihan", indicators: [
            .init("jabatan_pimpinan_tinggi", "Jumlah jabatan pimpinan tinggi", [30, 34, 39, 42], 10),
            .init("jabatan_administrasi", "Jumlah jabatan administrasi", [1_000, 2_000, 3_000, 4_000], 40),
            .init("jabatan_fungsional", "Jumlah pemangku jabatan fungsional", [1_000, 4_000, 6_000, 8_000], 30),
        ]),
        TypologyTable(id: "litbang", affair: .litbang, heading: "IV.B.G Penelitian dan pengembangan", indicators: [
            .init("perangkat_daerah", "Jumlah perangkat daerah (termasuk kecamatan)", [35, 40, 50, 60], 25),
            .init("luas_wilayah", "Luas wilayah kabupaten/kota (km²)", [150, 2_000, 3_000, 4_000], 10),
            .init("kebijakan_daerah", "Jumlah kebijakan daerah (Perda dan Perkada)", [100, 700, 1_200, 1_500], 45),
        ]),
    ]

    /// IV.B.H Kecamatan: scored per kecamatan, with the kabupaten/kota's general factor (IV.A, the same
    /// intervals and weights as II.A). Ps 53(4): a score above 600 warrants type A, else type B.
    public static let kecamatan = TypologyTable(id: "kecamatan", affair: nil, heading: "IV.B.H Kecamatan", indicators: [
        .init("luas_wilayah", "Luas wilayah kecamatan (km²)", [5, 10, 50, 100], 20),
        .init("desa_kelurahan", "Jumlah kelurahan/desa atau nama lain", [5, 10, 15, 20], 35),
        .init("penduduk", "Jumlah penduduk kecamatan", [2_500, 5_000, 10_000, 15_000], 25),
    ], unitKind: .kecamatan)

    static let byID: [String: TypologyTable] = Dictionary(uniqueKeysWithValues: technical.map { ($0.id, $0) })

    /// The technical table a chart's key names (an affair's spelling, e.g. `pupr`, or `kebakaran`).
    public static func table(_ key: String) -> TypologyTable? {
        if let t = byID[key] { return t }
        guard let affair = Affair(spelling: key) else { return nil }
        // Diklat shares the table of kepegawaian (Lampiran IV.B.F).
        if affair == .diklat { return byID["kepegawaian"] }
        return technical.first { $0.affair == affair }
    }

    /// The keys a chart may use, for messages.
    public static var keys: [String] { technical.map(\.id) }

    /// Affairs to which the geographic factor does not apply (PP 18/2016 Ps 107; domain rules section 2):
    /// archives, encryption, forestry, energy and mineral resources (and the Setwan, which is not scored here).
    public static let withoutGeographicFactor: Set<Affair> = [.kearsipan, .persandian, .kehutanan, .energi]
}
