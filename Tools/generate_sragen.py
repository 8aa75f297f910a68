#!/usr/bin/env python3
"""Generate OrgCharts/kabupaten-sragen.yaml: a realistic, fictional full kabupaten modelled on a
Javanese regency such as Sragen (PP 18/2016 structure, before the 2021 bureaucracy simplification).

Deterministic: the same script gives the same file, byte for byte. Every person and NIP is invented.
The chart deliberately carries the problems Ramping's analysers must find:
  - a type C dinas (Dinas Perhubungan) with 3 bidang, over its cap of 2;
  - vacant structural posts; people near (and one past) retirement age;
  - narrow spans (a kabid with one seksi and no staff);
  - overfilled posts (more people than seats) and understaffed ones (workload far above people);
  - licensing work spread over several dinas, for the one-stop-service scenario.
Heads of puskesmas, schools and the RSUD are functional posts with an additional duty (PP 18/2016
Ps 95(7)-(9)); every functional post names its kind (functional_kind), teachers (guru) the largest group;
eselons follow Ps 95 (a type B kecamatan's sekretaris IV.a, a kecamatan's kepala subbagian IV.b).
Usage: python3 Tools/generate_sragen.py [OUTPUT]   (default OrgCharts/kabupaten-sragen.yaml)
"""
import random
import sys
from datetime import date

AS_OF = date(2026, 1, 1)
rng = random.Random(20260101)

# TPP by kelas jabatan (Rp a month): a FICTIONAL Perkada table, so that the cost report shows the shape.
TPP = {g: 1_500_000 + (g - 1) * 650_000 for g in range(1, 18)}

# Indicator values per affair (fictional). Keys follow Sources/OrgModel/TypologyTables.swift.
TYPOLOGY = {
    "pendidikan": {"satuan_pendidikan_masyarakat": 620, "anak_usia_sekolah": 148000, "kurikulum_muatan_lokal": 6},
    "kesehatan": {"penduduk": 990000, "kepadatan_penduduk": 1046},
    "pekerjaan-umum": {"bangunan_gedung": 48000, "panjang_sungai": 230, "tampungan_air": 820, "garis_pantai_abrasi": 0,
                       "irigasi_teknis": 9200, "desa_rawan_air": 160, "fasilitas_air_limbah": 140, "cakupan_spal": 4100,
                       "panjang_drainase": 420, "luas_permukiman": 33000, "panjang_jalan": 880, "izin_jasa_konstruksi": 640,
                       "pengajuan_imb": 6200, "ruang_terbuka_hijau": 2900, "kawasan_strategis": 6,
                       "lahan_pangan_berkelanjutan": 38000, "kesesuaian_tata_ruang": 78, "kawasan_budidaya": 81000},
    "perumahan": {"izin_perumahan": 24, "bangunan_skbg": 12, "kawasan_kumuh": 180, "luas_perumahan": 21000,
                  "sertifikasi_perencana": 40, "indeks_risiko_bencana": 145, "relokasi_rumah": 60, "kawasan_padat": 30,
                  "jenis_potensi_bencana": 9},
    "ketenteraman-ketertiban": {"perda_bersanksi": 48, "perkada_berlaku": 210, "wilayah_patroli": 20000, "aset_statis": 64, "kegiatan_vip": 14},
    "sosial": {"pmks": 21000, "fakir_miskin": 131000, "komunitas_adat_terpencil": 0, "psks": 1800},
    "tenaga-kerja": {"angkatan_kerja": 540000, "perusahaan_mikro_kecil": 41000},
    "transmigrasi": {"pencadangan_tanah": 0, "pencadangan_rkt": 0, "kk_daerah_asal": 120, "kk_daerah_tujuan": 0, "kk_tahap_kemandirian": 0},
    "pemberdayaan-perempuan": {"indeks_pembangunan_gender": 91, "organisasi_perempuan_anak": 64, "lembaga_layanan": 21,
                               "rasio_kekerasan_perempuan": 3, "rasio_anak_perlindungan_khusus": 4},
    "pengendalian-penduduk": {"pasangan_usia_subur": 168000, "pkb_plkb": 104, "ormas_kb": 18, "kelompok_bkb": 690,
                              "pik_remaja": 41, "ormas_ketahanan_keluarga": 12, "keluarga": 318000},
    "pangan": {"cadangan_pangan": 614, "desa_kelurahan": 208, "penduduk_rawan_pangan": 4},
    "lingkungan-hidup": {"limbah_b3": 140, "tps": 96, "bank_sampah": 72, "dokumen_lingkungan": 88, "pemantauan_kualitas": 22},
    "adminduk": {"penduduk": 990000, "kecamatan": 20, "desa_kelurahan": 208, "mobilitas_penduduk": 12500, "kepadatan_penduduk": 1046},
    "pemberdayaan-masyarakat-desa": {"desa": 196, "bumdes": 180, "kelompok_ttg": 60, "kerja_sama_antardesa": 40, "lembaga_kemasyarakatan": 520},
    "perhubungan": {"andalalin": 6, "panjang_jalan": 880, "terminal_c": 4, "lokasi_parkir": 70, "kendaraan_wajib_uji": 5200,
                    "angkutan_umum": 410, "trayek": 22, "armada_perairan": 0, "usaha_perawatan_kapal": 0,
                    "badan_usaha_angkutan_perairan": 0, "trayek_perairan": 0, "pelabuhan_pengumpan": 0, "alur_pelayaran": 0,
                    "rambu_jalan": 1300, "trotoar": 11000},
    "komunikasi-informatika": {"perangkat_daerah_upt_desa": 290, "media_pemda": 38, "aparatur": 8900, "media_non_pemerintah": 30,
                               "layanan_egovernment": 46},
    "statistik": {"survei": 18, "kompilasi": 24},
    "persandian": {"jenis_informasi": 8, "konten_informasi": 300, "aset_vital": 120, "kegiatan_penting": 60, "perangkat_daerah_persandian": 42},
    "koperasi-ukm": {"kantor_ksp": 120, "perangkat_organisasi_koperasi": 1400, "usaha_mikro": 61000, "usaha_simpan_pinjam": 260, "koperasi": 540},
    "penanaman-modal": {"potensi_investasi": 34, "dokumen_perizinan": 7400, "perusahaan_dipantau": 130},
    "kepemudaan-olahraga": {"pemuda": 520, "organisasi_kepemudaan": 140, "kejuaraan_diikuti": 60, "kejuaraan_pelajar": 30},
    "pariwisata": {"usaha_tdup": 46, "zona_kreatif": 8, "destinasi": 14},
    "kebudayaan": {"suku_bangsa": 4, "kesenian": 86, "museum": 2, "cagar_budaya": 120},
    "kearsipan": {"perangkat_daerah_bumd": 58, "desa_kelurahan": 208, "arsip_boks": 640},
    "perpustakaan": {"pemustaka": 9000, "koleksi": 62000, "perpustakaan_dibina": 1100, "promosi_gemar_membaca": 30},
    "kelautan-perikanan": {"nelayan_kecil": 900, "tempat_pelelangan_ikan": 2, "siup_budidaya": 30, "lahan_budidaya": 1400,
                           "rumah_tangga_pembudidaya": 2600, "kapal_5gt": 0},
    "pertanian": {"kios_sarana_pertanian": 320, "rumpun_ternak": 6, "pakan_beredar": 3400, "obat_hewan": 18, "benih_hijauan_pakan": 5,
                  "lahan_irigasi": 41000, "populasi_hewan": 2600000, "keterangan_kesehatan_hewan": 40, "lalu_lintas_hewan": 160,
                  "layanan_laboratorium": 9, "usaha_produk_hewan": 120, "peternak": 64000, "luas_lahan_pertanian": 64000,
                  "penyakit_hewan_menular": 5, "izin_usaha_tanaman": 90, "izin_usaha_peternakan": 50},
    "perdagangan": {"pelaku_usaha_berizin": 14000, "distributor_pupuk": 310, "tanda_daftar_gudang": 120, "uttp": 21000,
                    "komoditi_ekspor": 6, "pasar": 48, "pengecer_minuman_beralkohol": 2},
    "perindustrian": {"industri_kecil_menengah": 6200, "unit_produksi_ikm": 18000},
    "sekretariat-daerah": {"kecamatan": 20, "desa_kelurahan": 208, "perangkat_daerah": 36, "kebijakan_daerah": 260, "asn": 8900,
                           "apbd": 2400000000000},
    "sekretariat-dprd": {"anggota_dprd": 45, "fraksi_dprd": 4},
    "inspektorat": {"apbd": 2400000000000, "kecamatan": 20, "desa_kelurahan": 208, "perangkat_daerah": 36, "asn": 8900},
    "perencanaan": {"perangkat_daerah": 36, "komisi_dprd": 4, "kecamatan": 20, "desa_kelurahan": 208},
    "keuangan": {"apbd": 2400000000000, "pengguna_anggaran": 56, "barang_inventaris": 96000, "objek_pajak": 420000, "luas_wilayah": 946.5},
    "kepegawaian": {"jabatan_pimpinan_tinggi": 38, "jabatan_administrasi": 2900, "jabatan_fungsional": 5600},
    "litbang": {"perangkat_daerah": 56, "luas_wilayah": 946.5, "kebijakan_daerah": 640},
}

# ---------------------------------------------------------------- vocabulary of the region
MANAGERIAL = [("integritas", "Integritas"), ("kerja-sama", "Kerja sama"), ("komunikasi", "Komunikasi"),
              ("orientasi-hasil", "Orientasi pada hasil"), ("pelayanan-publik", "Pelayanan publik"),
              ("pengembangan-diri", "Pengembangan diri dan orang lain"), ("mengelola-perubahan", "Mengelola perubahan"),
              ("pengambilan-keputusan", "Pengambilan keputusan")]
TECHNICAL = [("perencanaan", "Perencanaan pembangunan"), ("keuangan-daerah", "Pengelolaan keuangan daerah"),
             ("kepegawaian", "Manajemen ASN"), ("perizinan", "Pelayanan perizinan"),
             ("pelayanan-kesehatan", "Pelayanan kesehatan"), ("keperawatan", "Keperawatan"),
             ("kebidanan", "Kebidanan"), ("pendidikan", "Manajemen pendidikan"), ("infrastruktur", "Infrastruktur jalan dan jembatan"),
             ("ketertiban-umum", "Ketertiban umum"), ("adminduk", "Administrasi kependudukan"),
             ("pengawasan-internal", "Pengawasan internal"), ("kearsipan", "Kearsipan"),
             ("teknologi-informasi", "Teknologi informasi"), ("pertanian", "Penyuluhan pertanian"),
             ("lingkungan", "Pengelolaan lingkungan"), ("hukum", "Legal drafting"), ("pengadaan", "Pengadaan barang/jasa"),
             ("sosial", "Rehabilitasi sosial"), ("perhubungan", "Manajemen lalu lintas")]

GIVEN_M = ["Agus", "Budi", "Joko", "Slamet", "Heru", "Bambang", "Teguh", "Hendra", "Dimas", "Rizky", "Yoga", "Arif",
           "Eko", "Wahyu", "Andri", "Fajar", "Galih", "Hari", "Imam", "Kurnia", "Lukman", "Muhammad", "Nanang",
           "Purnomo", "Rahmat", "Sigit", "Toni", "Utomo", "Wawan", "Yusuf", "Adi", "Bayu", "Catur", "Danang"]
GIVEN_F = ["Dewi", "Sri", "Rina", "Endang", "Ayu", "Fitri", "Nur", "Wulan", "Lia", "Siti", "Tri", "Yuni", "Ratna",
           "Indah", "Kartika", "Lestari", "Maya", "Novi", "Puji", "Retno", "Susi", "Titik", "Umi", "Wiwik", "Yanti",
           "Anis", "Dian", "Erna", "Hesti", "Intan", "Kusuma", "Nining"]
FAMILY = ["Wibowo", "Santoso", "Pranoto", "Lestari", "Handayani", "Kurniawan", "Saputra", "Susilo", "Wicaksono",
          "Setiawan", "Nugroho", "Prasetyo", "Purwanto", "Hidayat", "Rahayu", "Suharto", "Permana", "Utami",
          "Sulistyo", "Mulyono", "Haryanto", "Wardani", "Anggraini", "Kusumawati", "Firmansyah", "Ramadhani",
          "Budiman", "Suryadi", "Triyono", "Maharani", "Pamungkas", "Sasongko", "Widodo", "Cahyono"]
DEGREE = {"S1": ["S.E.", "S.Sos", "S.H.", "S.Kom", "S.IP", "S.T.", "S.Pd", "S.AP", "S.Kep"], "S2": ["M.Si", "M.M.", "M.T.", "M.H.", "M.Kes"],
          "D-III": ["A.Md"], "D-IV": ["S.Tr.Kes", "S.ST"]}

RANKS = ["I/a", "I/b", "I/c", "I/d", "II/a", "II/b", "II/c", "II/d", "III/a", "III/b", "III/c", "III/d",
         "IV/a", "IV/b", "IV/c", "IV/d", "IV/e"]
ESELON_RANKS = {"II.a": ("IV/c", "IV/d"), "II.b": ("IV/b", "IV/c"), "III.a": ("IV/a", "IV/b"),
                "III.b": ("III/d", "IV/a"), "IV.a": ("III/c", "III/d"), "IV.b": ("III/b", "III/c")}
JENJANG_RANKS = {"ahli-utama": ("IV/d", "IV/e"), "ahli-madya": ("IV/a", "IV/c"), "ahli-muda": ("III/c", "III/d"),
                 "ahli-pertama": ("III/a", "III/b"), "penyelia": ("III/c", "III/d"), "mahir": ("III/a", "III/b"),
                 "terampil": ("II/c", "II/d"), "pemula": ("II/a", "II/a")}

units, positions, people, career_paths = [], [], [], []
unit_ids, position_ids = set(), set()


def unit(uid, name, kind, parent=None, type_=None, affairs=None):
    assert uid not in unit_ids, uid
    unit_ids.add(uid)
    u = {"id": uid, "name": name, "kind": kind}
    if parent: u["parent"] = parent
    if type_: u["type"] = type_
    if affairs: u["affairs"] = affairs
    units.append(u)
    return uid


def post(pid, title, unit_id, level, eselon=None, grade=None, head=False, seats=1, jenjang=None,
         requires=None, workload=None, fill=None, reports_to=None, dotted=None, kind=None):
    """A position; `fill` is how many people hold it (default: its seats, some structural posts vacant)."""
    assert pid not in position_ids, pid
    position_ids.add(pid)
    p = {"id": pid, "title": title, "unit": unit_id}
    if head: p["head"] = True
    p["level"] = level
    if eselon: p["eselon"] = eselon
    if jenjang: p["jenjang"] = jenjang
    if kind: p["functional_kind"] = kind
    if grade: p["grade"] = grade
    if seats != 1: p["seats"] = seats
    if reports_to: p["reports_to"] = reports_to
    if requires: p["requires"] = requires
    if workload: p["workload"] = workload
    if dotted: p["dotted"] = dotted
    positions.append(p)
    if fill is None:
        fill = seats
        if level in ("jpt-pratama", "administrator", "pengawas") and rng.random() < 0.09:
            fill = 0                                    # a vacant structural post
        elif level in ("pelaksana", "fungsional") and seats > 1:
            fill = max(0, seats - rng.choice([0, 0, 0, 1, 1, 2]))
    for _ in range(fill):
        hire(p)
    return pid


def managerial(level):
    need = {"jpt-pratama": 4, "administrator": 3, "pengawas": 2}.get(level, 1)
    return {"integritas": need, "pengambilan-keputusan": need, "kerja-sama": need}


def structural(pid, title, unit_id, eselon, technical=None, **kw):
    level = {"II": "jpt-pratama", "III": "administrator", "IV": "pengawas"}[eselon.split(".")[0]]
    grade = {"II.a": 16, "II.b": 14, "III.a": 12, "III.b": 11, "IV.a": 9, "IV.b": 8}[eselon]
    req = {"rank": ESELON_RANKS[eselon][0], "education": "S1" if level != "pengawas" else "D-III",
           "competencies": dict(managerial(level))}
    if technical:
        req["competencies"][technical] = {"jpt-pratama": 3, "administrator": 3, "pengawas": 2}[level]
    return post(pid, title, unit_id, level, eselon=eselon, grade=grade, head=kw.pop("head", True), requires=req, **kw)


def task(name, volume, minutes):
    return {"task": name, "volume": volume, "minutes": minutes}


# ---------------------------------------------------------------- people
nips = set()


def make_nip(born, appointed, gender):
    for _ in range(1000):
        seq = rng.randint(1, 999)
        nip = f"{born:%Y%m%d}{appointed.year:04d}{appointed.month:02d}{1 if gender == 'L' else 2}{seq:03d}"
        if nip not in nips:
            nips.add(nip)
            return nip
    raise RuntimeError("no free NIP")


def person_name(gender, education):
    given = rng.choice(GIVEN_M if gender == "L" else GIVEN_F)
    name = f"{given} {rng.choice(FAMILY)}"
    if education in DEGREE and rng.random() < 0.8:
        name += ", " + rng.choice(DEGREE[education])
    return name


def age_range(p):
    level = p["level"]
    return {"jpt-pratama": (46, 59), "administrator": (40, 57), "pengawas": (33, 57), "pelaksana": (23, 57),
            "fungsional": (25, 57), "politik": (40, 60)}[level]


# Retirement ages a law sets for a kind of functional post (PP 11/2017 Ps 240): guru 60 (UU 14/2005 Ps 30(4)).
KIND_BUP = {"guru": 60, "pengawas-sekolah": 60}


def bup(p):
    level, jenjang = p["level"], p.get("jenjang")
    if level == "jpt-pratama": return 60
    if level == "fungsional":
        if p.get("functional_kind") in KIND_BUP: return KIND_BUP[p["functional_kind"]]
        return {"ahli-utama": 65, "ahli-madya": 60}.get(jenjang, 58)
    return 58


def rank_for(p, education):
    if "eselon" in p:
        lo, hi = ESELON_RANKS[p["eselon"]]
    elif "jenjang" in p:
        lo, hi = JENJANG_RANKS[p["jenjang"]]
    else:
        lo, hi = {"SMA": ("II/a", "II/d"), "D-III": ("II/c", "III/a"), "S1": ("III/a", "III/c")}.get(education, ("II/a", "III/b"))
    return RANKS[rng.randint(RANKS.index(lo), RANKS.index(hi))]


def education_for(p):
    level, jenjang = p["level"], p.get("jenjang")
    if level == "jpt-pratama": return rng.choice(["S2", "S2", "S1"])
    if level == "administrator": return rng.choice(["S1", "S1", "S2"])
    if level == "pengawas": return rng.choice(["S1", "S1", "S1", "D-III"])
    if level == "fungsional":
        if jenjang in ("terampil", "mahir", "penyelia", "pemula"): return "D-III"
        return rng.choice(["S1", "S1", "S2", "D-IV"])
    return rng.choice(["SMA", "SMA", "D-III", "S1"])


def competencies_for(p):
    held = {}
    for cid, need in p.get("requires", {}).get("competencies", {}).items():
        held[cid] = max(1, min(5, need + rng.choice([-1, 0, 0, 1, 1])))
    if rng.random() < 0.5:
        held["perekat-bangsa"] = rng.randint(1, 4)
    return held


def hire(p, pool=False, born=None):
    lo, hi = age_range(p)
    if born is None:
        age = rng.randint(lo, hi)
        if rng.random() < 0.07:
            age = bup(p) - 1                          # retires within the coming year or two
        born = date(AS_OF.year - age - 1, rng.randint(1, 12), rng.randint(1, 28))
    gender = rng.choice("LP")
    education = education_for(p)
    appointed = date(born.year + rng.randint(22, 30), rng.randint(1, 12), 1)
    if appointed.year >= AS_OF.year: appointed = date(AS_OF.year - 1, 3, 1)
    pppk = p["level"] in ("pelaksana", "fungsional") and appointed.year >= 2020 and rng.random() < 0.5
    person = {"nip": make_nip(born, appointed, gender), "name": person_name(gender, education)}
    if not pool:
        person["position"] = p["id"]
        since_year = rng.randint(max(appointed.year, AS_OF.year - 8), AS_OF.year - 1)
        person["since"] = date(since_year, rng.randint(1, 12), 1).isoformat()
    if not pppk:
        person["rank"] = rank_for(p, education)
        person["rank_since"] = date(rng.randint(max(appointed.year, AS_OF.year - 6), AS_OF.year - 1), rng.choice([4, 10]), 1).isoformat()
    person["education"] = education
    person["gender"] = gender
    person["status"] = "pppk" if pppk else "pns"
    comps = competencies_for(p)
    if comps: person["competencies"] = comps
    person["performance"] = rng.choices(["sangat-baik", "baik", "butuh-perbaikan", "kurang"], [15, 70, 12, 3])[0]
    person["potential"] = rng.choices(["tinggi", "menengah", "rendah"], [20, 60, 20])[0]
    people.append(person)
    return person


# ---------------------------------------------------------------- the pemda and the Setda
unit("pemda", "Pemerintah Kabupaten Sragen", "pemda")
post("bupati", "Bupati Sragen", "pemda", "politik", head=True, fill=0)
post("wakil-bupati", "Wakil Bupati Sragen", "pemda", "politik", fill=0)

unit("staf-ahli", "Staf Ahli Bupati", "staf-ahli", "pemda")
for i, (sid, title) in enumerate([("hukum-politik", "Hukum, Politik dan Pemerintahan"),
                                   ("ekonomi-pembangunan", "Ekonomi, Keuangan dan Pembangunan"),
                                   ("sdm", "Kemasyarakatan dan Sumber Daya Manusia")]):
    structural(f"staf-ahli.{sid}", f"Staf Ahli Bupati Bidang {title}", "staf-ahli", "II.b", head=False, reports_to="bupati")

unit("setda", "Sekretariat Daerah", "sekretariat-daerah", "pemda", "A")
structural("setda.sekda", "Sekretaris Daerah", "setda", "II.a", "perencanaan")
SETDA = [
    ("asisten-1", "Asisten Pemerintahan dan Kesejahteraan Rakyat",
     [("tapem", "Tata Pemerintahan"), ("kesra", "Kesejahteraan Rakyat"), ("hukum", "Hukum")]),
    ("asisten-2", "Asisten Perekonomian dan Pembangunan",
     [("perekonomian", "Perekonomian dan Sumber Daya Alam"), ("adpem", "Administrasi Pembangunan"),
      ("pbj", "Pengadaan Barang dan Jasa")]),
    ("asisten-3", "Asisten Administrasi Umum",
     [("umum", "Umum"), ("organisasi", "Organisasi"), ("prokompim", "Protokol dan Komunikasi Pimpinan"),
      ("perencanaan-keuangan", "Perencanaan dan Keuangan")]),
]
for aid, aname, bagians in SETDA:
    a = unit(f"setda.{aid}", aname, "asisten", "setda")
    structural(f"setda.{aid}.asisten", aname, a, "II.b")
    for bid, bname in bagians:
        b = unit(f"setda.{bid}", f"Bagian {bname}", "bagian", a)
        tech = {"hukum": "hukum", "pbj": "pengadaan", "organisasi": "kepegawaian"}.get(bid)
        structural(f"setda.{bid}.kabag", f"Kepala Bagian {bname}", b, "III.a", tech)
        for k in range(1, 3 if bid != "umum" else 4):
            s = unit(f"setda.{bid}.subbag-{k}", f"Subbagian {bname} {k}", "subbagian", b)
            structural(f"setda.{bid}.subbag-{k}.kasubbag", f"Kepala Subbagian {bname} {k}", s, "IV.a", tech)
        post(f"setda.{bid}.pelaksana", f"Pengadministrasi {bname}", b, "pelaksana", grade=5, seats=rng.randint(2, 4))
# Bagian Organisasi: the analysts who run this very tool.
post("setda.organisasi.analis-kelembagaan", "Analis Kelembagaan Ahli Pertama", "setda.organisasi", "fungsional",
     jenjang="ahli-pertama", grade=8, seats=3, kind="analis-organisasi",
     requires={"education": "S1", "competencies": {"kepegawaian": 2}},
     workload=[task("Menyusun analisis jabatan dan beban kerja perangkat daerah", 45, 1800),
               task("Mengevaluasi kelembagaan perangkat daerah", 27, 2400)])

# ---------------------------------------------------------------- Setwan and Inspektorat
unit("setwan", "Sekretariat DPRD", "sekretariat-dprd", "pemda", "B")
structural("setwan.sekwan", "Sekretaris DPRD", "setwan", "II.b", "hukum")
for bid, bname in [("umum", "Umum dan Keuangan"), ("persidangan", "Persidangan dan Perundang-undangan"),
                   ("fasilitasi", "Fasilitasi Penganggaran dan Pengawasan")]:
    b = unit(f"setwan.{bid}", f"Bagian {bname}", "bagian", "setwan")
    structural(f"setwan.{bid}.kabag", f"Kepala Bagian {bname}", b, "III.a")
    for k in (1, 2):
        s = unit(f"setwan.{bid}.subbag-{k}", f"Subbagian {bname} {k}", "subbagian", b)
        structural(f"setwan.{bid}.subbag-{k}.kasubbag", f"Kepala Subbagian {bname} {k}", s, "IV.a")
    post(f"setwan.{bid}.pelaksana", f"Pengadministrasi {bname}", b, "pelaksana", grade=5, seats=3)

unit("inspektorat", "Inspektorat Daerah", "inspektorat", "pemda", "B")
structural("inspektorat.inspektur", "Inspektur Daerah", "inspektorat", "II.b", "pengawasan-internal")
unit("inspektorat.sekretariat", "Sekretariat Inspektorat", "sekretariat", "inspektorat")
structural("inspektorat.sekretaris", "Sekretaris Inspektorat", "inspektorat.sekretariat", "III.a")
for k, sname in [(1, "Perencanaan dan Evaluasi"), (2, "Umum dan Keuangan")]:
    s = unit(f"inspektorat.subbag-{k}", f"Subbagian {sname}", "subbagian", "inspektorat.sekretariat")
    structural(f"inspektorat.subbag-{k}.kasubbag", f"Kepala Subbagian {sname}", s, "IV.a")
for k in range(1, 5):
    ir = unit(f"inspektorat.irban-{k}", f"Inspektur Pembantu Wilayah {['I', 'II', 'III', 'IV'][k - 1]}", "inspektur-pembantu", "inspektorat")
    structural(f"inspektorat.irban-{k}.irban", f"Inspektur Pembantu Wilayah {['I', 'II', 'III', 'IV'][k - 1]}", ir, "III.a", "pengawasan-internal")
    post(f"inspektorat.irban-{k}.auditor-pertama", "Auditor Ahli Pertama", ir, "fungsional", jenjang="ahli-pertama", grade=8, seats=3, kind="auditor",
         requires={"education": "S1", "competencies": {"pengawasan-internal": 2}},
         workload=[task("Melaksanakan audit kinerja perangkat daerah", 14, 4800), task("Mereviu laporan keuangan", 10, 2400)])
    post(f"inspektorat.irban-{k}.auditor-muda", "Auditor Ahli Muda", ir, "fungsional", jenjang="ahli-muda", grade=9, seats=2, kind="auditor",
         requires={"rank": "III/c", "education": "S1", "competencies": {"pengawasan-internal": 3}},
         workload=[task("Mengendalikan teknis audit", 14, 2400), task("Menelaah pengaduan masyarakat", 30, 600)])

# ---------------------------------------------------------------- dinas and badan
# id, name, kind, type, affairs, technical competency, bidang (name, [seksi...]), extra posts
OPD = [
    ("disdikbud", "Dinas Pendidikan dan Kebudayaan", "dinas", "A", ["pendidikan", "kebudayaan"], "pendidikan",
     [("paud", "PAUD dan Pendidikan Nonformal", 3), ("sd", "Pembinaan Sekolah Dasar", 3), ("smp", "Pembinaan SMP", 3),
      ("kebudayaan", "Kebudayaan", 2)]),
    ("dinkes", "Dinas Kesehatan", "dinas", "A", ["kesehatan"], "pelayanan-kesehatan",
     [("kesmas", "Kesehatan Masyarakat", 3), ("p2p", "Pencegahan dan Pengendalian Penyakit", 3),
      ("yankes", "Pelayanan dan Sumber Daya Kesehatan", 3), ("sdk", "Sumber Daya Kesehatan", 2)]),
    ("dpupr", "Dinas Pekerjaan Umum dan Penataan Ruang", "dinas", "A", ["pekerjaan-umum", "penataan-ruang"], "infrastruktur",
     [("bina-marga", "Bina Marga", 3), ("sda", "Sumber Daya Air", 3), ("cipta-karya", "Cipta Karya", 3),
      ("tata-ruang", "Penataan Ruang", 2), ("jasa-konstruksi", "Jasa Konstruksi", 2)]),    # PU may have 2 bidang over the cap
    ("dpkp", "Dinas Perumahan dan Kawasan Permukiman", "dinas", "C", ["perumahan", "kawasan-permukiman"], "infrastruktur",
     [("perumahan", "Perumahan", 2), ("permukiman", "Kawasan Permukiman", 2)]),
    ("dinsos", "Dinas Sosial", "dinas", "B", ["sosial"], "sosial",
     [("rehsos", "Rehabilitasi Sosial", 2), ("linjamsos", "Perlindungan dan Jaminan Sosial", 2),
      ("dayasos", "Pemberdayaan Sosial", 2)]),
    ("disnaker", "Dinas Tenaga Kerja dan Transmigrasi", "dinas", "C", ["tenaga-kerja", "transmigrasi"], None,
     [("penempatan", "Penempatan dan Pelatihan Kerja", 3), ("hubungan-industrial", "Hubungan Industrial", 2)]),
    ("dp3appkb", "Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan KB", "dinas", "B",
     ["pemberdayaan-perempuan", "perlindungan-anak", "pengendalian-penduduk"], None,
     [("pppa", "Pemberdayaan Perempuan dan Perlindungan Anak", 3), ("dalduk", "Pengendalian Penduduk", 2),
      ("kb", "Keluarga Berencana", 2)]),
    ("dkp", "Dinas Ketahanan Pangan", "dinas", "C", ["pangan"], "pertanian",
     [("ketersediaan", "Ketersediaan dan Distribusi Pangan", 2), ("konsumsi", "Konsumsi dan Keamanan Pangan", 2)]),
    ("dlh", "Dinas Lingkungan Hidup", "dinas", "B", ["lingkungan-hidup"], "lingkungan",
     [("tata-lingkungan", "Tata Lingkungan", 2), ("pengendalian", "Pengendalian Pencemaran", 3),
      ("persampahan", "Pengelolaan Sampah", 2)]),
    ("disdukcapil", "Dinas Kependudukan dan Pencatatan Sipil", "dinas", "B", ["adminduk"], "adminduk",
     [("pendaftaran", "Pelayanan Pendaftaran Penduduk", 3), ("capil", "Pelayanan Pencatatan Sipil", 3),
      ("piak", "Pengelolaan Informasi Administrasi Kependudukan", 2)]),
    ("dispermades", "Dinas Pemberdayaan Masyarakat dan Desa", "dinas", "C", ["pemberdayaan-masyarakat-desa"], None,
     [("pemdes", "Pemerintahan Desa", 3), ("pm", "Pemberdayaan Masyarakat", 2)]),
    ("dishub", "Dinas Perhubungan", "dinas", "C", ["perhubungan"], "perhubungan",      # type C with 3 bidang: over the cap
     [("lalin", "Lalu Lintas", 2), ("angkutan", "Angkutan", 2), ("sarpras", "Prasarana dan Keselamatan", 1)]),
    ("diskominfo", "Dinas Komunikasi dan Informatika", "dinas", "C", ["komunikasi-informatika", "statistik", "persandian"],
     "teknologi-informasi", [("aptika", "Aplikasi Informatika", 3), ("ikp", "Informasi dan Komunikasi Publik", 2)]),
    ("dinkop", "Dinas Koperasi dan Usaha Mikro", "dinas", "C", ["koperasi-ukm"], None,
     [("koperasi", "Koperasi", 2), ("usaha-mikro", "Usaha Mikro", 2)]),
    ("dpmptsp", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "dinas", "B", ["penanaman-modal"], "perizinan",
     [("pelayanan", "Pelayanan Perizinan", 3), ("penanaman-modal", "Promosi dan Pengendalian Penanaman Modal", 2),
      ("pengaduan", "Pengaduan dan Informasi", 1)]),
    ("disporapar", "Dinas Pemuda, Olahraga dan Pariwisata", "dinas", "C", ["kepemudaan-olahraga", "pariwisata"], None,
     [("pora", "Kepemudaan dan Olahraga", 2), ("pariwisata", "Pariwisata", 2)]),
    ("disarpus", "Dinas Arsip dan Perpustakaan", "dinas", "C", ["kearsipan", "perpustakaan"], "kearsipan",
     [("arsip", "Kearsipan", 2), ("perpustakaan", "Perpustakaan", 2)]),
    ("diskan", "Dinas Perikanan", "dinas", "C", ["kelautan-perikanan"], None,
     [("budidaya", "Perikanan Budidaya", 2), ("usaha-perikanan", "Usaha Perikanan", 2)]),
    ("distan", "Dinas Pertanian", "dinas", "A", ["pertanian"], "pertanian",
     [("tanaman-pangan", "Tanaman Pangan", 3), ("hortikultura", "Hortikultura", 3), ("peternakan", "Peternakan", 3),
      ("psp", "Prasarana dan Sarana Pertanian", 2), ("penyuluhan", "Penyuluhan", 2)]),
    ("disdag", "Dinas Perdagangan", "dinas", "B", ["perdagangan"], None,
     [("pasar", "Pengelolaan Pasar", 3), ("dagri", "Perdagangan Dalam Negeri", 2), ("metrologi", "Metrologi", 2)]),
    ("disperin", "Dinas Perindustrian", "dinas", "C", ["perindustrian"], None,
     [("industri", "Pengembangan Industri", 2), ("sentra", "Sentra Industri Kecil", 2)]),
    ("bappeda", "Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Daerah", "badan", "A", ["perencanaan", "litbang"],
     "perencanaan", [("perencanaan", "Perencanaan dan Evaluasi", 3), ("ekonomi", "Perekonomian dan SDA", 2),
                     ("pemkesra", "Pemerintahan dan Pembangunan Manusia", 2), ("infrawil", "Infrastruktur dan Kewilayahan", 2)]),
    ("bpkad", "Badan Pengelolaan Keuangan dan Aset Daerah", "badan", "A", ["keuangan"], "keuangan-daerah",
     [("anggaran", "Anggaran", 3), ("perbendaharaan", "Perbendaharaan", 3), ("akuntansi", "Akuntansi", 2),
      ("aset", "Aset", 3), ("pengelolaan-kas", "Pengelolaan Kas", 2)]),
    ("bapenda", "Badan Pendapatan Daerah", "badan", "B", ["keuangan"], "keuangan-daerah",
     [("pendataan", "Pendataan dan Penetapan", 3), ("penagihan", "Penagihan", 2), ("pbb", "PBB dan BPHTB", 2)]),
    ("bkpsdm", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "badan", "B", ["kepegawaian", "diklat"], "kepegawaian",
     [("mutasi", "Mutasi dan Promosi", 3), ("pengembangan", "Pengembangan Kompetensi", 2),
      ("kinerja", "Penilaian Kinerja dan Penghargaan", 2)]),
    ("bpbd", "Badan Penanggulangan Bencana Daerah", "badan", "B", ["bencana"], None,
     [("pencegahan", "Pencegahan dan Kesiapsiagaan", 2), ("kedaruratan", "Kedaruratan dan Logistik", 2),
      ("rehab", "Rehabilitasi dan Rekonstruksi", 1)]),
    ("kesbangpol", "Badan Kesatuan Bangsa dan Politik", "badan", "C", ["kesatuan-bangsa"], None,
     [("ideologi", "Ideologi dan Wawasan Kebangsaan", 2), ("politik", "Politik Dalam Negeri", 2)]),
]

# Licensing work still done inside other dinas (moved to the DPMPTSP in the one-stop scenario).
LICENSING = {
    "dinkes.yankes": ("Pengelola Perizinan Fasilitas Kesehatan", [task("Memverifikasi izin praktik tenaga kesehatan", 1400, 60),
                                                                   task("Memeriksa izin apotek dan klinik", 160, 240)]),
    "dishub.angkutan": ("Pengelola Perizinan Angkutan", [task("Memproses izin trayek dan angkutan", 900, 90)]),
    "dlh.tata-lingkungan": ("Pengelola Perizinan Lingkungan", [task("Menilai dokumen UKL-UPL dan persetujuan lingkungan", 220, 480)]),
    "disdag.dagri": ("Pengelola Perizinan Perdagangan", [task("Memproses tanda daftar gudang dan izin usaha toko", 600, 90)]),
    "dpupr.tata-ruang": ("Pengelola Persetujuan Bangunan Gedung", [task("Memeriksa dokumen PBG dan KKPR", 1100, 150)]),
}

# Workload (ABK) of the non-structural posts in the units with the heaviest front-line work.
WORKLOAD = {
    "dpmptsp.pelayanan": [("Verifikator Perizinan", "pelaksana", 7, 5, {"rank": "II/c", "education": "D-III", "competencies": {"perizinan": 2, "integritas": 1}},
                           [task("Memverifikasi berkas permohonan izin", 12500, 40), task("Menyusun laporan harian", 240, 30)]),
                          ("Petugas Front Office", "pelaksana", 6, 4, {"education": "SMA", "competencies": {"pelayanan-publik": 2}},
                           [task("Menerima dan memeriksa kelengkapan permohonan", 18000, 12), task("Melayani konsultasi perizinan", 6000, 20)])],
    "disdukcapil.pendaftaran": [("Operator Pendaftaran Penduduk", "pelaksana", 6, 6, {"education": "SMA", "competencies": {"adminduk": 2}},
                                 [task("Merekam dan mencetak KTP-el", 42000, 8), task("Memproses pindah datang penduduk", 9000, 15)])],
    "disdukcapil.capil": [("Pengelola Pencatatan Sipil", "pelaksana", 6, 4, {"education": "D-III", "competencies": {"adminduk": 2}},
                           [task("Menerbitkan akta kelahiran", 16000, 10), task("Menerbitkan akta kematian dan perkawinan", 5000, 15)])],
    "bkpsdm.mutasi": [("Analis SDM Aparatur Ahli Pertama", "fungsional", 8, 3, {"education": "S1", "competencies": {"kepegawaian": 2}},
                       [task("Memproses kenaikan pangkat", 2600, 45), task("Memproses mutasi dan promosi", 700, 120)])],
    "dinsos.linjamsos": [("Pekerja Sosial Ahli Pertama", "fungsional", 8, 4, {"education": "S1", "competencies": {"sosial": 2}},
                          [task("Memverifikasi data terpadu kesejahteraan sosial", 9000, 25), task("Mendampingi penerima bantuan", 800, 120)])],
    "bpkad.perbendaharaan": [("Pengelola Pencairan Dana", "pelaksana", 7, 8, {"education": "D-III", "competencies": {"keuangan-daerah": 2}},
                              [task("Memverifikasi SPM dan menerbitkan SP2D", 9000, 30)])],           # overstaffed: 8 seats for ~4 needed
    "distan.penyuluhan": [("Penyuluh Pertanian Ahli Pertama", "fungsional", 8, 12, {"education": "S1", "competencies": {"pertanian": 2}},
                           [task("Membina kelompok tani", 3600, 180), task("Menyusun programa penyuluhan", 20, 2400)])],
}

for (oid, oname, kind, type_, affairs, tech, bidangs) in OPD:
    o = unit(oid, oname, kind, "pemda", type_, affairs)
    structural(f"{oid}.kepala", ("Kepala " + oname.replace("Dinas ", "Dinas ").replace("Badan ", "Badan ")), o, "II.b", tech)
    sek = unit(f"{oid}.sekretariat", "Sekretariat", "sekretariat", o)
    structural(f"{oid}.sekretaris", f"Sekretaris {oname.split(' ')[0]}", sek, "III.a")
    n_subbag = 3 if type_ == "A" else 2
    for k, sname in enumerate(["Umum dan Kepegawaian", "Keuangan", "Perencanaan dan Evaluasi"][:n_subbag]):
        s = unit(f"{oid}.subbag-{k + 1}", f"Subbagian {sname}", "subbagian", sek)
        structural(f"{s}.kasubbag", f"Kepala Subbagian {sname}", s, "IV.a")
    post(f"{oid}.pengadministrasi-umum", "Pengadministrasi Umum", f"{oid}.subbag-1", "pelaksana", grade=5, seats=rng.randint(2, 4),
         workload=[task("Mengagendakan surat masuk dan keluar", rng.randint(2000, 4500), 15),
                   task("Menyiapkan administrasi kepegawaian", rng.randint(300, 800), 60)] if oid in ("dpmptsp", "disdukcapil", "bkpsdm", "dinsos", "dinkes") else None)
    post(f"{oid}.bendahara", "Bendahara Pengeluaran", f"{oid}.subbag-2", "pelaksana", grade=6)
    sub_kind, sub_word = ("subbidang", "Subbidang") if kind == "badan" else ("seksi", "Seksi")
    for bid, bname, n_seksi in bidangs:
        b = unit(f"{oid}.{bid}", f"Bidang {bname}", "bidang", o)
        structural(f"{b}.kabid", f"Kepala Bidang {bname}", b, "III.b", tech)
        for k in range(1, n_seksi + 1):
            s = unit(f"{b}.{sub_kind}-{k}", f"{sub_word} {bname} {k}", sub_kind, b)
            structural(f"{s}.kepala", f"Kepala {sub_word} {bname} {k}", s, "IV.a", tech)
            if n_seksi > 1 or rng.random() < 0.5:
                post(f"{s}.pelaksana", f"Pengelola {bname} {k}", s, "pelaksana", grade=6, seats=rng.randint(1, 4))
        if b in LICENSING:
            title, work = LICENSING[b]
            post(f"{b}.perizinan", title, b, "pelaksana", grade=7, seats=2,
                 requires={"education": "D-III", "competencies": {"perizinan": 2}}, workload=work)
        for title, level, grade, seats, req, work in WORKLOAD.get(b, []):
            slug = title.lower().replace(" ", "-").replace("ahli-pertama", "").strip("-").replace("--", "-")
            kinds = {"Analis SDM": "analis-sdm-aparatur", "Pekerja Sosial": "pekerja-sosial", "Penyuluh Pertanian": "penyuluh-pertanian"}
            extra = {"jenjang": "ahli-pertama", "kind": next(v for k, v in kinds.items() if title.startswith(k))} if level == "fungsional" else {}
            fill = seats + 2 if b == "bpkad.perbendaharaan" else (seats - 2 if b == "dpmptsp.pelayanan" else None)
            post(f"{b}.{slug}", title, b, level, grade=grade, seats=seats, requires=req, workload=work, fill=fill, **extra)

# Narrow spans: the kabid of Pengaduan at the DPMPTSP and of Rehabilitasi at the BPBD lead one seksi, no staff.
# (Created above with one seksi each; their pelaksana posts exist only by chance.)

# UPT of the Dinas Kesehatan: puskesmas; of the Dinas Pendidikan: the learning-resources centre.
PUSKESMAS = ["Sragen", "Sidoharjo", "Masaran I", "Masaran II", "Kedawung I", "Kedawung II", "Sambirejo", "Gondang",
             "Sambungmacan I", "Sambungmacan II", "Ngrampal", "Karangmalang", "Tanon I", "Tanon II", "Plupuh I",
             "Plupuh II", "Gemolong", "Miri", "Sumberlawang", "Mondokan", "Sukodono", "Gesi", "Tangen", "Jenar", "Kalijambe"]
for i, name in enumerate(PUSKESMAS):
    slug = name.lower().replace(" ", "-")
    u = unit(f"dinkes.upt-puskesmas-{slug}", f"UPT Puskesmas {name}", "upt", "dinkes", "A" if i < 10 else "B")
    # Ps 95(9): a functional health official heads the puskesmas as an additional duty (no eselon).
    post(f"{u}.kepala", f"Kepala UPT Puskesmas {name} (Dokter Ahli Muda)", u, "fungsional", jenjang="ahli-muda", kind="dokter",
         grade=10, head=True, requires={"education": "S1", "competencies": {"pelayanan-kesehatan": 3, "integritas": 2}})
    if i < 10:
        structural(f"{u}.kasubbag-tu", f"Kepala Subbagian Tata Usaha Puskesmas {name}", u, "IV.b", head=False)
    post(f"{u}.dokter", "Dokter Ahli Pertama", u, "fungsional", jenjang="ahli-pertama", grade=9, seats=2, kind="dokter",
         requires={"education": "S1", "competencies": {"pelayanan-kesehatan": 3}},
         workload=[task("Melayani pasien rawat jalan", rng.randint(5000, 9000), 15)])
    post(f"{u}.perawat", "Perawat Terampil", u, "fungsional", jenjang="terampil", grade=6, seats=rng.randint(3, 6), kind="perawat",
         requires={"education": "D-III", "competencies": {"keperawatan": 2}},
         workload=[task("Melakukan asuhan keperawatan", rng.randint(6000, 12000), 20)])
    post(f"{u}.bidan", "Bidan Terampil", u, "fungsional", jenjang="terampil", grade=6, seats=rng.randint(2, 5), kind="bidan",
         requires={"education": "D-III", "competencies": {"kebidanan": 2}},
         workload=[task("Melakukan pemeriksaan kehamilan dan persalinan", rng.randint(2500, 5000), 30)])
    post(f"{u}.pengadministrasi", "Pengadministrasi Puskesmas", u, "pelaksana", grade=5, seats=2)
for name in ["Laboratorium Kesehatan Daerah", "Instalasi Farmasi"]:
    slug = name.lower().replace(" ", "-")
    u = unit(f"dinkes.upt-{slug}", f"UPT {name}", "upt", "dinkes", "B")
    structural(f"{u}.kepala", f"Kepala UPT {name}", u, "IV.b")
    post(f"{u}.pelaksana", f"Pengelola {name}", u, "pelaksana", grade=6, seats=3)
for name in ["Pengelolaan Sampah", "Laboratorium Lingkungan"]:
    slug = name.lower().replace(" ", "-")
    u = unit(f"dlh.upt-{slug}", f"UPT {name}", "upt", "dlh", "B")
    structural(f"{u}.kepala", f"Kepala UPT {name}", u, "IV.b")
    post(f"{u}.pelaksana", f"Petugas {name}", u, "pelaksana", grade=4, seats=rng.randint(6, 12))
for name in ["Pengelolaan Pendidikan Wilayah Utara", "Pengelolaan Pendidikan Wilayah Selatan", "Pusat Sumber Belajar"]:
    slug = name.lower().replace(" ", "-")
    u = unit(f"disdikbud.upt-{slug}", f"UPT {name}", "upt", "disdikbud", "A")
    structural(f"{u}.kepala", f"Kepala UPT {name}", u, "IV.a", "pendidikan")
    post(f"{u}.pengawas-sekolah", "Pengawas Sekolah Ahli Madya", u, "fungsional", jenjang="ahli-madya", grade=11, seats=4, kind="pengawas-sekolah",
         requires={"rank": "IV/a", "education": "S1", "competencies": {"pendidikan": 4}})
    post(f"{u}.pelaksana", "Pengadministrasi Pendidikan", u, "pelaksana", grade=5, seats=3)
# Schools (satuan pendidikan) are UPT of the Dinas Pendidikan headed by a guru with an additional duty
# (Ps 95(7)); teachers are the largest group of civil servants in a regency.
SCHOOLS = [("smpn-" + str(k), f"SMP Negeri {k} Sragen", (8, 6, 4)) for k in range(1, 9)] + \
          [("sdn-" + name.lower(), f"SD Negeri {name}", (4, 3, 1)) for name in
           ["Sragen 1", "Sragen 2", "Karangmalang 1", "Masaran 1", "Sidoharjo 1", "Gemolong 1", "Tanon 1", "Plupuh 1",
            "Sambirejo 1", "Gondang 1", "Mondokan 1", "Jenar 1"]]
for sid, sname, (pertama, muda, madya) in SCHOOLS:
    u = unit(f"disdikbud.{sid.replace(' ', '-')}", sname, "upt", "disdikbud")
    post(f"{u}.kepala", f"Kepala {sname} (Guru Ahli Madya)", u, "fungsional", jenjang="ahli-madya", kind="guru", grade=11, head=True,
         requires={"education": "S1", "competencies": {"pendidikan": 3, "integritas": 2}})
    for jenjang, label, grade, seats in [("ahli-pertama", "Ahli Pertama", 8, pertama), ("ahli-muda", "Ahli Muda", 9, muda),
                                         ("ahli-madya", "Ahli Madya", 11, madya)]:
        post(f"{u}.guru-{jenjang}", f"Guru {label}", u, "fungsional", jenjang=jenjang, kind="guru", grade=grade, seats=seats,
             requires={"education": "S1", "competencies": {"pendidikan": 2}})
    post(f"{u}.tata-usaha", "Pengadministrasi Sekolah", u, "pelaksana", grade=5, seats=2 if sid.startswith("smp") else 1)

u = unit("disdag.upt-pasar-bunder", "UPT Pasar Bunder", "upt", "disdag", "B")
structural(f"{u}.kepala", "Kepala UPT Pasar Bunder", u, "IV.b")
post(f"{u}.petugas", "Petugas Pasar", u, "pelaksana", grade=4, seats=8)

# ---------------------------------------------------------------- RSUD, Satpol PP
unit("rsud", "Rumah Sakit Umum Daerah dr. Soehadi Prijonegoro", "rsud", "pemda")
# Ps 95(8): the director is a doctor in a functional post with an additional duty.
post("rsud.direktur", "Direktur RSUD (Dokter Ahli Madya)", "rsud", "fungsional", jenjang="ahli-madya", kind="dokter", grade=14, head=True,
     requires={"education": "S2", "competencies": {"pelayanan-kesehatan": 4, "integritas": 4}})
for wid, wname, parts in [("umum", "Umum dan Keuangan", ["Umum", "Keuangan"]), ("pelayanan", "Pelayanan", ["Pelayanan Medik", "Keperawatan"])]:
    w = unit(f"rsud.{wid}", f"Wakil Direktur {wname}", "bidang", "rsud")
    structural(f"rsud.{wid}.wadir", f"Wakil Direktur {wname}", w, "III.a")
    for part in parts:
        pslug = part.lower().replace(" ", "-")
        b = unit(f"rsud.{wid}.{pslug}", f"Bidang {part}", "bidang", w)
        structural(f"{b}.kabid", f"Kepala Bidang {part}", b, "III.b")
        s = unit(f"{b}.seksi-1", f"Seksi {part}", "seksi", b)
        structural(f"{s}.kasi", f"Kepala Seksi {part}", s, "IV.a")
post("rsud.pelayanan.pelayanan-medik.dokter-spesialis", "Dokter Spesialis Ahli Madya", "rsud.pelayanan.pelayanan-medik", "fungsional",
     jenjang="ahli-madya", kind="dokter", grade=12, seats=8, requires={"education": "S2", "competencies": {"pelayanan-kesehatan": 4}},
     workload=[task("Melayani pasien spesialistik", 24000, 20)], fill=6)
post("rsud.pelayanan.keperawatan.perawat-ahli", "Perawat Ahli Pertama", "rsud.pelayanan.keperawatan", "fungsional",
     jenjang="ahli-pertama", kind="perawat", grade=8, seats=30, requires={"education": "S1", "competencies": {"keperawatan": 3}},
     workload=[task("Melakukan asuhan keperawatan rawat inap", 95000, 25)], fill=22)     # understaffed
post("rsud.pelayanan.keperawatan.perawat-terampil", "Perawat Terampil", "rsud.pelayanan.keperawatan", "fungsional",
     jenjang="terampil", kind="perawat", grade=6, seats=40, requires={"education": "D-III", "competencies": {"keperawatan": 2}},
     workload=[task("Melakukan tindakan keperawatan dasar", 150000, 20)])
post("rsud.umum.umum.pelaksana", "Pengadministrasi Rumah Sakit", "rsud.umum.umum", "pelaksana", grade=5, seats=12)

unit("satpol-pp", "Satuan Polisi Pamong Praja", "satpol-pp", "pemda", "B")
structural("satpol-pp.kasat", "Kepala Satuan Polisi Pamong Praja", "satpol-pp", "II.b", "ketertiban-umum")
unit("satpol-pp.sekretariat", "Sekretariat", "sekretariat", "satpol-pp")
structural("satpol-pp.sekretaris", "Sekretaris Satpol PP", "satpol-pp.sekretariat", "III.a")
for k, sname in [(1, "Umum dan Kepegawaian"), (2, "Keuangan dan Perencanaan")]:
    s = unit(f"satpol-pp.subbag-{k}", f"Subbagian {sname}", "subbagian", "satpol-pp.sekretariat")
    structural(f"{s}.kasubbag", f"Kepala Subbagian {sname}", s, "IV.a")
for bid, bname in [("gakda", "Penegakan Perundang-undangan Daerah"), ("tibum", "Ketertiban Umum dan Ketenteraman"),
                   ("linmas", "Perlindungan Masyarakat")]:
    b = unit(f"satpol-pp.{bid}", f"Bidang {bname}", "bidang", "satpol-pp")
    structural(f"{b}.kabid", f"Kepala Bidang {bname}", b, "III.b", "ketertiban-umum")
    for k in (1, 2):
        s = unit(f"{b}.seksi-{k}", f"Seksi {bname} {k}", "seksi", b)
        structural(f"{s}.kasi", f"Kepala Seksi {bname} {k}", s, "IV.a")
post("satpol-pp.tibum.polpp", "Polisi Pamong Praja Terampil", "satpol-pp.tibum", "fungsional", jenjang="terampil", kind="polisi-pamong-praja", grade=6, seats=40,
     requires={"education": "SMA", "competencies": {"ketertiban-umum": 2}},
     workload=[task("Melaksanakan patroli ketertiban umum", 4200, 240), task("Menertibkan pedagang kaki lima", 900, 180)], fill=31)

# ---------------------------------------------------------------- kecamatan and kelurahan
KECAMATAN = ["Sragen", "Karangmalang", "Sidoharjo", "Masaran", "Kedawung", "Sambirejo", "Gondang", "Sambungmacan",
             "Ngrampal", "Tanon", "Plupuh", "Kalijambe", "Gemolong", "Miri", "Sumberlawang", "Mondokan", "Sukodono",
             "Gesi", "Tangen", "Jenar"]
KELURAHAN = {"Sragen": ["Sragen Kulon", "Sragen Tengah", "Sragen Wetan", "Nglorog", "Sine", "Kroyo Kidul"],
             "Karangmalang": ["Kroyo", "Plumbungan"], "Sidoharjo": ["Sidoharjo Kota"], "Masaran": ["Sepat"],
             "Gemolong": ["Gemolong Kota"], "Tanon": ["Tanon Kota"], "Sambungmacan": ["Karanganyar"]}
SEKSI_KEC = ["Pemerintahan", "Ketenteraman dan Ketertiban Umum", "Pemberdayaan Masyarakat dan Desa", "Kesejahteraan Sosial",
             "Pelayanan Umum"]
for i, name in enumerate(KECAMATAN):
    slug = "kec-" + name.lower()
    type_ = "A" if i < 8 else "B"
    k = unit(slug, f"Kecamatan {name}", "kecamatan", "pemda", type_)
    structural(f"{slug}.camat", f"Camat {name}", k, "III.a")
    sek = unit(f"{slug}.sekretariat", "Sekretariat Kecamatan", "sekretariat", k)
    # Ps 95(4)-(6): the sekretaris of a type A kecamatan is III.b, of a type B IV.a; a kepala subbagian IV.b.
    structural(f"{slug}.sekcam", f"Sekretaris Kecamatan {name}", sek, "III.b" if type_ == "A" else "IV.a")
    for j, sname in enumerate(["Umum dan Kepegawaian", "Perencanaan dan Keuangan"]):
        s = unit(f"{slug}.subbag-{j + 1}", f"Subbagian {sname}", "subbagian", sek)
        structural(f"{s}.kasubbag", f"Kepala Subbagian {sname}", s, "IV.b")
    for j, sname in enumerate(SEKSI_KEC[:5 if type_ == "A" else 4]):
        s = unit(f"{slug}.seksi-{j + 1}", f"Seksi {sname}", "seksi", k)
        structural(f"{s}.kasi", f"Kepala Seksi {sname}", s, "IV.a")
    post(f"{slug}.pelaksana", "Pengadministrasi Kecamatan", k, "pelaksana", grade=5, seats=rng.randint(3, 6),
         workload=[task("Melayani rekomendasi dan surat pengantar", rng.randint(3000, 7000), 20),
                   task("Mengelola administrasi PATEN", rng.randint(800, 2000), 30)] if i < 6 else None)
    for kel in KELURAHAN.get(name, [f"{name} Kota"] if i >= 15 else []):
        kslug = "kel-" + kel.lower().replace(" ", "-")
        ku = unit(kslug, f"Kelurahan {kel}", "kelurahan", k)
        structural(f"{kslug}.lurah", f"Lurah {kel}", ku, "IV.a")
        structural(f"{kslug}.sekkel", f"Sekretaris Kelurahan {kel}", ku, "IV.b", head=False)
        for j, sname in enumerate(["Pemerintahan dan Trantib", "Pemberdayaan dan Kesejahteraan"]):
            s = unit(f"{kslug}.seksi-{j + 1}", f"Seksi {sname}", "seksi", ku)
            structural(f"{s}.kasi", f"Kepala Seksi {sname} Kelurahan {kel}", s, "IV.b")
        post(f"{kslug}.pelaksana", "Pengadministrasi Kelurahan", ku, "pelaksana", grade=5, seats=rng.randint(2, 4))

# ---------------------------------------------------------------- special cases
by_id = {p["id"]: p for p in positions}
# One person past retirement age still in post (BUP 58 reached in mid 2025): a data-quality problem.
hire(by_id["disarpus.pengadministrasi-umum"], born=date(1967, 6, 14))
# Senior officials close to retirement in key posts (succession risk).
for pid in ["bpkad.kepala", "dinkes.kepala", "setda.asisten-2.asisten", "kec-sragen.camat"]:
    holders = [x for x in people if x.get("position") == pid]
    if holders:
        p = by_id[pid]
        b = date(AS_OF.year - bup(p), rng.randint(2, 11), rng.randint(1, 28))
        old = holders[0]
        people.remove(old)
        nips.discard(old["nip"])
        hire(p, born=b)
# A vacant head of a perangkat daerah is covered by its sekretaris as Plt (acting): covering, not filling.
for (oid, *_rest) in OPD:
    if not any(x.get("position") == f"{oid}.kepala" for x in people):
        for x in people:
            if x.get("position") == f"{oid}.sekretaris":
                x["acting"] = f"{oid}.kepala"
                break
# The placement pool: officials without a post, e.g. released by an earlier restructuring.
for i in range(18):
    template = rng.choice([by_id[x] for x in ["dpmptsp.pelayanan.kabid", "dinsos.rehsos.seksi-1.kepala", "disdag.pengadministrasi-umum",
                                               "bkpsdm.mutasi.analis-sdm-aparatur", "dishub.angkutan.perizinan"]])
    hire(template, pool=True)

# ---------------------------------------------------------------- career paths
for (oid, _, kind, _, _, _, bidangs) in OPD:
    sub_kind = "subbidang" if kind == "badan" else "seksi"
    first = bidangs[0][0]
    career_paths.append({"from": f"{oid}.{first}.{sub_kind}-1.kepala", "to": f"{oid}.{first}.kabid", "min_years": 3})
    career_paths.append({"from": f"{oid}.{first}.kabid", "to": f"{oid}.sekretaris", "min_years": 2})
    career_paths.append({"from": f"{oid}.sekretaris", "to": f"{oid}.kepala", "min_years": 2})
    career_paths.append({"from": f"{oid}.subbag-1.kasubbag", "to": f"{oid}.sekretaris", "min_years": 3})
    if f"{oid}.{first}.{sub_kind}-1.pelaksana" in by_id:
        career_paths.append({"from": f"{oid}.{first}.{sub_kind}-1.pelaksana", "to": f"{oid}.{first}.{sub_kind}-1.kepala", "min_years": 4})
for kec in KECAMATAN[:8]:
    slug = "kec-" + kec.lower()
    career_paths.append({"from": f"{slug}.sekcam", "to": f"{slug}.camat", "min_years": 2})
    career_paths.append({"from": f"{slug}.seksi-1.kasi", "to": f"{slug}.sekcam", "min_years": 3})
career_paths.append({"from": "setda.organisasi.analis-kelembagaan", "to": "setda.organisasi.subbag-1.kasubbag", "min_years": 4})
career_paths.append({"from": "setda.organisasi.kabag", "to": "setda.asisten-3.asisten", "min_years": 2})
career_paths.append({"from": "bkpsdm.mutasi.kabid", "to": "bkpsdm.kepala", "min_years": 2})
career_paths.append({"from": "dpmptsp.pelayanan.verifikator-perizinan", "to": "dpmptsp.pelayanan.seksi-1.kepala", "min_years": 4})
for cp in career_paths:
    assert cp["from"] in by_id and cp["to"] in by_id, cp


# ---------------------------------------------------------------- writing
def scalar(v):
    if isinstance(v, bool): return "true" if v else "false"
    if isinstance(v, (int, float)): return str(v)
    s = str(v)
    plain_ok = all(c.isalnum() or c in "-._/ " for c in s) and not s[0].isdigit() and s not in ("true", "false", "yes", "no", "null")
    return s if plain_ok and not s.endswith(" ") else '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def flow(d):
    parts = []
    for k, v in d.items():
        if isinstance(v, dict): parts.append(f"{k}: {flow(v)}")
        elif isinstance(v, list): parts.append(f"{k}: [" + ", ".join(flow(x) if isinstance(x, dict) else scalar(x) for x in v) + "]")
        else: parts.append(f"{k}: {scalar(v)}")
    return "{ " + ", ".join(parts) + " }"


def nip_first(person):
    d = dict(person)
    d["nip"] = person["nip"]
    return d


out = ["# Kabupaten Sragen (fictional): a full regency for Ramping's analysers and demos.",
       "# Generated by Tools/generate_sragen.py; every person and NIP is invented. Edit the script, not this file.",
       "format: ramping/1",
       "organisation:",
       "  id: kab-sragen",
       "  name: Pemerintah Kabupaten Sragen (contoh fiktif)",
       "  region: kabupaten",
       "  province: Jawa Tengah",
       "  geo_factor: 1.0",
       f"  as_of: {AS_OF.isoformat()}",
       "  apbd: 2400000000000   # fictional: about the APBD of a Javanese regency of a million people",
       "  settings: { effective_hours: 1250, span_narrow: 3, span_wide: 15, " + "tpp: " + flow(TPP) + " }",
       "competencies:"]
for cid, name in MANAGERIAL:
    out.append(f"  - {flow({'id': cid, 'name': name, 'kind': 'managerial'})}")
out.append(f"  - {flow({'id': 'perekat-bangsa', 'name': 'Perekat bangsa', 'kind': 'sociocultural'})}")
for cid, name in TECHNICAL:
    out.append(f"  - {flow({'id': cid, 'name': name, 'kind': 'technical'})}")
out.append("units:")
out += [f"  - {flow(u)}" for u in units]
out.append("positions:")
out += [f"  - {flow(p)}" for p in positions]
out.append("people:")
for person in people:
    person = dict(person)
    person["nip"] = person["nip"]
    out.append("  - " + flow(person).replace(f"nip: {person['nip']}", f'nip: "{person["nip"]}"', 1))
out.append("career_paths:")
out += [f"  - {flow(c)}" for c in career_paths]
# The pemetaan urusan figures (PP 18/2016 Lampiran II and IV): FICTIONAL but plausible values for a
# Javanese regency of about a million people, chosen so that most perangkat daerah keep their type and a
# few are larger than their score warrants (for `ramping analyse typology` and compliance).
out.append("typology:")
out.append("  population: 990000")
out.append("  area: 946.5")
out.append("  affairs:")
for key, values in TYPOLOGY.items():
    out.append(f"    {key}: {flow(values)}")
# Lampiran IV.B.H per kecamatan, FICTIONAL: areas summing to about the regency's 946.5 km², 208 desa and
# kelurahan, and 990,000 people, spread by a fixed pattern (no randomness, so the sample is reproducible).
out.append("  kecamatan:")
AREA = [27.1, 43.7, 45.6, 44.1, 48.9, 48.4, 41.2, 43.5, 34.2, 51.0, 48.4, 46.8, 40.2, 53.8, 76.1, 49.4, 48.6, 39.5, 55.1, 60.9]
DESA = [10, 10, 10, 18, 12, 9, 9, 9, 8, 14, 14, 12, 12, 10, 9, 9, 9, 6, 9, 9]
PEOPLE = [78000, 62000, 59000, 79000, 56000, 42000, 46000, 51000, 41000, 57000, 52000, 53000, 55000, 39000, 48000, 38000, 34000, 22000, 32000, 46000]
for name, area, desa, people_ in zip(KECAMATAN, AREA, DESA, PEOPLE):
    out.append(f"    kec-{name.lower()}: {flow({'luas_wilayah': area, 'desa_kelurahan': desa, 'penduduk': people_})}")
text = "\n".join(out) + "\n"
path = sys.argv[1] if len(sys.argv) > 1 else "OrgCharts/kabupaten-sragen.yaml"
with open(path + ".tmp", "w", encoding="utf-8") as f:
    f.write(text)
import os
os.replace(path + ".tmp", path)
seats = sum(p.get("seats", 1) for p in positions)
print(f"{path}: {len(units)} units, {len(positions)} positions, {seats} seats, {len(people)} people, "
      f"{len(career_paths)} career paths", file=sys.stderr)
