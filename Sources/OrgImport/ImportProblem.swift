public import OrgModel
public import OrgTables

/// Every problem `ramping import` reports about a planner's file, as a typed value rendered in
/// Indonesian (default) or English with what to do.
public enum ImportProblem: Hashable, Sendable {
    case unreadable(TableProblem)
    case noHeader
    case unknownKind(path: String)
    case abkWithoutStructure
    case abkWithoutTitle
    case effectiveMinutesDiffer(values: [Double])
    case nipDamagedByExcel(written: String)
    case nipOldOnly(written: String)
    case nipRecovered(written: String, nip: String, from: String)
    case nipMalformed(written: String, reason: NIP.Problem)
    case nipMissing(name: String)
    case nipDuplicate(nip: String, first: String)
    case nameMissing
    case bornMismatch(nip: String, written: Day, encoded: Day)
    case genderMismatch(nip: String, written: Gender, encoded: Gender)
    case unreadableValue(field: String, written: String)
    case unitUnknown(unit: String)
    case postNotFound(title: String, unit: String?)
    case postCloseMatch(written: String, matched: String, unit: String)
    case unitCloseMatch(written: String, matched: String)
    case postAmbiguous(title: String, units: [String])
    case noUnit(title: String)
    case unitParentUnknown(unit: String, parent: String)
    case unitWithoutHead(unit: String)
    case noStructure
    case notInferred(items: [String])
    case rootAdded(name: String, head: String)
    case rowSkipped
    /// A column whose header Ramping does not know but is close to a known one (`TGL LAHR`, `TGL LAHIR`):
    /// likely misspelt, so its values are not imported.
    case columnNotRead(header: String, suggestion: String)
    /// The columns of a sheet that no field is read from (`AGAMA`, `EMAIL`): each header and its cell (`T1`).
    case columnsNotRead(headers: [String], cells: [String])
    /// A second column with a field already read (two "Jabatan" columns): only the first, in column `first`
    /// (its letters, `C`), is read.
    case columnRepeated(header: String, first: String)

    public func text(_ l: Language) -> String {
        func q(_ s: String) -> String { "'\(s)'" }
        switch self {
        case .unreadable(let p):
            return p.text(l)
        case .noHeader:
            return l.pick("baris judul kolom tidak ditemukan di 20 baris pertama (perlu ≥3 judul dikenal seperti NIP, Nama, Jabatan, Unit Kerja, Kelas Jabatan, B, K); periksa bahwa ini daftar pegawai, peta jabatan atau ABK",
                          "no header row in the first 20 rows (it needs ≥3 known headers such as NIP, Nama, Jabatan, Unit Kerja, Kelas Jabatan, B, K); check that this is a staff list, peta jabatan or ABK worksheet")
        case .unknownKind(let path):
            return l.pick("jenis berkas tidak dikenali dari isinya; sebutkan dengan --kind \(path)=staff|structure|abk",
                          "the file's kind cannot be told from its content; name it with --kind \(path)=staff|structure|abk")
        case .abkWithoutStructure:
            return l.pick("lembar ABK per jabatan saja tidak membentuk bagan; impor bersama peta jabatan atau SOTK (ramping import peta.xlsx abk.xlsx -o bagan.yaml)",
                          "an ABK worksheet alone makes no chart; import it with a peta jabatan or SOTK (ramping import peta.xlsx abk.xlsx -o chart.yaml)")
        case .effectiveMinutesDiffer(let values):
            let list = values.map { l.integer(Int($0)) }.joined(separator: ", ")
            return l.pick("lembar ABK memakai WKE yang berbeda (\(list) menit); bagan memakai 75.000 menit (1.250 jam) — samakan WKE atau ubah settings.effective_hours",
                          "the ABK sheets use different WKE (\(list) minutes); the chart keeps 75,000 minutes (1,250 hours) — align the WKE or change settings.effective_hours")
        case .abkWithoutTitle:
            return l.pick("lembar ABK tanpa 'Nama Jabatan : …' di atas tabel; tuliskan nama jabatan (dan Unit Kerja) di atas judul kolom",
                          "the ABK sheet has no 'Nama Jabatan : …' above the table; write the post's name (and Unit Kerja) above the header")
        case .nipDamagedByExcel(let written):
            return l.pick("NIP rusak oleh Excel (\(q(written))): angka di belakang hilang dan tidak dapat dipulihkan; ketik ulang NIP dari SK sebagai teks (awali dengan ') atau ekspor ulang dari SIASN",
                          "NIP damaged by Excel (\(q(written))): its last digits are lost and cannot be recovered; type the NIP again from the decree as text (start with ') or export again from SIASN")
        case .nipRecovered(let written, let nip, let from):
            return l.pick("NIP rusak oleh Excel (\(q(written))) dipulihkan menjadi \(nip) dari \(from) (nama dan tanggal lahir sama); perbaiki juga sel ini",
                          "NIP damaged by Excel (\(q(written))) recovered as \(nip) from \(from) (same name and birth date); correct this cell too")
        case .nipOldOnly(let written):
            return l.pick("hanya NIP lama 9 angka (\(q(written))); isi kolom NIP baru 18 angka",
                          "only an old 9-digit NIP (\(q(written))); fill in the new 18-digit NIP")
        case .nipMalformed(let written, let reason):
            return Problem.nipMalformed(nip: written, reason: reason).text(l) + l.pick("; perbaiki sel ini", "; correct this cell")
        case .nipMissing(let name):
            return l.pick("pegawai \(q(name)) tanpa NIP; isi NIP 18 angka", "\(q(name)) has no NIP; fill in the 18-digit NIP")
        case .nipDuplicate(let nip, let first):
            return l.pick("NIP \(nip) sudah tertulis di \(first); satu pegawai satu baris", "NIP \(nip) is already written at \(first); one row per person")
        case .nameMissing:
            return l.pick("baris berisi NIP tanpa nama; isi nama pegawai", "the row has a NIP but no name; fill in the name")
        case .bornMismatch(let nip, let written, let encoded):
            return l.pick("tanggal lahir \(l.date(written)) tidak sesuai NIP \(nip) (lahir \(l.date(encoded))); perbaiki salah satunya",
                          "birth date \(l.date(written)) disagrees with NIP \(nip) (born \(l.date(encoded))); correct one of them")
        case .genderMismatch(let nip, let written, let encoded):
            return l.pick("jenis kelamin \(written.rawValue) tidak sesuai NIP \(nip) (\(encoded.rawValue)); perbaiki salah satunya",
                          "gender \(written.rawValue) disagrees with NIP \(nip) (\(encoded.rawValue)); correct one of them")
        case .unreadableValue(let field, let written):
            return l.pick("\(field) \(q(written)) tidak terbaca dan dikosongkan; tulis seperti contoh di README (mis. III/c, IV.a, 01-04-2021, S-1)",
                          "\(field) \(q(written)) cannot be read and is left empty; write it as the README shows (e.g. III/c, IV.a, 01-04-2021, S-1)")
        case .unitUnknown(let unit):
            return l.pick("unit kerja \(q(unit)) tidak ada di struktur; samakan namanya dengan peta jabatan/SOTK",
                          "unit \(q(unit)) is not in the structure; spell it as the peta jabatan/SOTK does")
        case .postNotFound(let title, let unit):
            let place = unit.map { l.pick(" di \(q($0))", " in \(q($0))") } ?? ""
            return l.pick("jabatan \(q(title))\(place) tidak ada di struktur; samakan nama jabatannya dengan peta jabatan, atau lewati baris dengan --skip-bad-rows",
                          "post \(q(title))\(place) is not in the structure; spell it as the peta jabatan does, or skip the row with --skip-bad-rows")
        case .postCloseMatch(let written, let matched, let unit):
            return l.pick("jabatan \(q(written)) dicocokkan dengan \(q(matched)) di \(q(unit)) (ejaan berbeda); samakan ejaannya bila keliru",
                          "post \(q(written)) was matched to \(q(matched)) in \(q(unit)) (spelt differently); align the spelling if that is wrong")
        case .unitCloseMatch(let written, let matched):
            return l.pick("unit kerja \(q(written)) dicocokkan dengan \(q(matched)) di struktur (ejaan berbeda); samakan ejaannya bila keliru",
                          "unit \(q(written)) was matched to \(q(matched)) in the structure (spelt differently); align the spelling if that is wrong")
        case .postAmbiguous(let title, let units):
            return l.pick("jabatan \(q(title)) ada di \(units.count) unit (\(units.joined(separator: "; "))) dan berkas tidak menyebut unit kerjanya; pegawai dimasukkan ke kelompok tanpa jabatan. Tambahkan kolom Unit Kerja",
                          "post \(q(title)) exists in \(units.count) units (\(units.joined(separator: "; "))) and the file names no unit; the person goes to the pool without a post. Add a Unit Kerja column")
        case .noUnit(let title):
            return l.pick("jabatan \(q(title)) tanpa unit kerja; pegawai dimasukkan ke kelompok tanpa jabatan. Tambahkan kolom Unit Kerja atau impor bersama peta jabatan",
                          "post \(q(title)) has no unit; the person goes to the pool without a post. Add a Unit Kerja column or import it with the peta jabatan")
        case .unitParentUnknown(let unit, let parent):
            return l.pick("unit \(q(unit)) menunjuk induk \(q(parent)) yang tidak ada di berkas; perbaiki kolom induknya",
                          "unit \(q(unit)) points to parent \(q(parent)), which is not in the file; correct its parent column")
        case .unitWithoutHead(let unit):
            return l.pick("unit puncak \(q(unit)) tanpa baris kepala (\"Kepala …\"); tambahkan jabatan kepalanya",
                          "the top unit \(q(unit)) has no head row (\"Kepala …\"); add its head post")
        case .noStructure:
            return l.pick("berkas tidak memuat satu pun unit atau jabatan", "the files hold no unit or post")
        case .notInferred(let items):
            return l.pick("tidak dapat disimpulkan dari berkas dan dibiarkan kosong: \(items.joined(separator: "; ")); lengkapi di bagan bila perlu",
                          "cannot be inferred from the files and left out: \(items.joined(separator: "; ")); complete them in the chart where needed")
        case .rootAdded(let name, let head):
            return l.pick("berkas memuat lebih dari satu perangkat daerah: ditambahkan unit puncak \(q(name)) dengan jabatan \(q(head))",
                          "the files hold several perangkat daerah: added the top unit \(q(name)) with the post \(q(head))")
        case .rowSkipped:
            return l.pick("baris dilewati (--skip-bad-rows)", "row skipped (--skip-bad-rows)")
        case .columnRepeated(let header, let first):
            return l.pick("kolom \(q(header)) berisi data yang sama dengan kolom \(first) dan tidak diimpor (hanya kolom \(first) yang dibaca); hapus salah satunya atau ganti judulnya",
                          "column \(q(header)) holds the same field as column \(first) and is not imported (only column \(first) is read); delete one of them or rename its header")
        case .columnNotRead(let header, let suggestion):
            return l.pick("kolom \(q(header)) tidak dikenal dan isinya tidak diimpor; maksud Anda \(q(suggestion))? Ganti judul kolomnya bila begitu",
                          "column \(q(header)) is not known and its values are not imported; did you mean \(q(suggestion))? If so, rename its header")
        case .columnsNotRead(let headers, let cells):
            let list = zip(headers, cells).map { "\(q($0)) (\($1))" }.joined(separator: ", ")
            return l.pick("\(l.integer(headers.count)) kolom tidak dipakai Ramping dan isinya tidak diimpor (bagan tidak punya isian untuknya): \(list); bila salah satunya berisi data yang dipakai Ramping, beri judul seperti di README (mis. NIP, Nama, Jabatan, Unit Kerja)",
                          "\(l.integer(headers.count)) columns are not used by Ramping and their values are not imported (the chart has no field for them): \(list); if one of them holds data Ramping uses, give it a header as the README shows (e.g. NIP, Nama, Jabatan, Unit Kerja)")
        }
    }
}

/// One located message: `FILE:SHEET!CELL: error: …` (a workbook) or `FILE:LINE:COL: …` (text).
public struct ImportDiagnostic: Hashable, Sendable {
    public enum Severity: String, Sendable { case error, warning }

    public var severity: Severity
    public var path: String
    public var location: TableLocation?
    public var problem: ImportProblem
    /// The data row the problem is in (file and 1-based row), so `--skip-bad-rows` can leave it out.
    public var row: RowID?

    public init(_ severity: Severity, path: String, at location: TableLocation?, _ problem: ImportProblem, row: RowID? = nil) {
        self.severity = severity
        self.path = path
        self.location = location
        self.problem = problem
        self.row = row
    }

    public func rendered(_ l: Language) -> String {
        "\(location?.description ?? path): \(severity.rawValue): \(problem.text(l))"
    }
}

/// A data row of a file: the file and the 1-based row of its sheet.
public struct RowID: Hashable, Sendable {
    public var path: String
    public var sheet: String?
    public var row: Int
}
