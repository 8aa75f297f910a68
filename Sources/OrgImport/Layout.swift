import OrgModel
import OrgTables

/// The columns Ramping understands, whatever a file calls them (spec §2 and §4).
public enum Field: String, Hashable, Sendable, CaseIterable {
    case no, nip, nipLama, name, frontTitles, backTitles, birthPlace, birthDate, birthPlaceAndDate, gender
    case rank, rankID, rankSince, title, postKind, eselon, eselonID, since, unit, opd, unitID, education, educationLevel
    case educationLevelID, status, grade, b, k, difference, jenjang, instansi
    // Structure registries (SOTK, SIASN ref-unor, position registries).
    case id, parentID, unitCode, unitName, postCode, unitKind
    // ABK worksheets.
    case task, output, volume, minutes, effectiveMinutes, need
}

/// A sheet's table once its header is found: which column holds which field, the title rows above it,
/// and its body rows told apart (data, section, footer).
public struct TableLayout: Sendable {
    public var headerRow: Int
    /// The first row after the header rows (sub-headers and column numbers).
    public var bodyStart: Int
    public var columns: [Field: Int]
    /// The header key of each column (`PANGKAT|TMT`), for unknown columns kept as extra attributes.
    public var keys: [Int: String]
    /// Title and filter rows above the header, as text.
    public var metadata: [String]
    /// The columns a name spans when its depth is written as empty leading cells (a merged name area).
    public var nameArea: ClosedRange<Int>?
    /// Stacked columns (spec §1.7): the line of the cell each field is on (`GOL.\nTMT`: golongan on line 0,
    /// TMT on line 1).
    public var stackedLine: [Field: Int] = [:]

    public enum Row: Sendable, Equatable {
        case data(Int)
        /// A unit name alone on its row: context for the rows below.
        case section(Int, String)
        case footer(Int, String)
    }

    public func column(_ f: Field) -> Int? { columns[f] }
}

enum Synonyms {
    /// Normalised header (see `Normalize.header`) → field.
    static let table: [String: Field] = {
        var t: [String: Field] = [:]
        func add(_ f: Field, _ names: [String]) { for n in names { t[Normalize.header(n)] = f } }
        add(.no, ["No", "Nomor", "No Urut"])
        add(.nip, ["NIP", "NIP BARU", "nipBaru", "NIP/NIDN", "NIP/NIK", "NIP KARPEG", "NAMA/NIP"])
        add(.nipLama, ["NIP LAMA", "nipLama"])
        add(.name, ["NAMA", "Nama Pegawai", "Nama Lengkap", "Nama Pemangku", "nama", "Nama PNS", "Nama ASN"])
        add(.frontTitles, ["GELAR DEPAN", "gelarDepan"])
        add(.backTitles, ["GELAR BELAKANG", "gelarBelakang"])
        add(.birthPlace, ["Tempat Lahir", "TEMPAT LAHIR NAMA", "tempatLahir", "TTL|Tmp"])
        add(.birthDate, ["Tanggal Lahir", "TGL LAHIR", "tglLahir", "TTL|Tgl"])
        add(.birthPlaceAndDate, ["Tempat/Tanggal Lahir", "TTL", "Tempat, Tanggal Lahir", "Tempat Tanggal Lahir", "Tempat/Tgl Lahir"])
        add(.gender, ["Jenis Kelamin", "L/P", "JK", "jenisKelamin"])
        add(.rank, ["Pangkat/Gol. Ruang", "Pangkat/Gol.Ruang", "Pangkat", "Gol/Ruang", "Gol/Rg", "Gol", "Gol. Ruang", "Golongan",
                    "Pangkat Golongan", "Pangkat/Golongan", "GOL AKHIR NAMA", "golRuangAkhir", "PANGKAT|GOL RUANG", "PANGKAT|GOL",
                    "Pangkat/Gol", "Gol Ruang", "Golongan Ruang"])
        add(.rankID, ["GOL AKHIR ID", "golRuangAkhirId"])
        add(.rankSince, ["TMT Gol", "TMT Pangkat", "TMT GOLONGAN", "tmtGolAkhir", "PANGKAT|TMT", "TMT Gol Ruang"])
        add(.title, ["Jabatan", "Nama Jabatan", "JABATAN NAMA", "jabatanNama", "JABATAN|NAMA", "Nama Unit/Jabatan",
                     "Nama Unit / Jabatan", "Nama Unit Organisasi dan Nama Jabatan", "nama_jabatan", "Jabatan Sesuai Kepmen"])
        add(.postKind, ["Jenis Jabatan", "JENIS JABATAN NAMA", "jenisJabatan", "JENIS JABATAN ID", "jenisJabatanId", "jenis_jabatan"])
        add(.eselon, ["Eselon", "eselon", "JABATAN|ESELON"])
        add(.eselonID, ["eselon_id", "eselonId"])
        add(.since, ["TMT Jabatan", "tmtJabatan", "JABATAN|TMT"])
        add(.unit, ["Unit Kerja", "UNOR NAMA", "unorNama", "Unit Kerja (UNOR)", "Sub Unit", "Unit Organisasi"])
        add(.opd, ["Perangkat Daerah", "OPD", "SKPD", "unorIndukNama", "SATUAN KERJA KERJA NAMA"])
        add(.unitID, ["UNOR ID", "unorId"])
        add(.education, ["Pendidikan", "Pendidikan Terakhir", "PENDIDIKAN NAMA", "pendidikanTerakhirNama", "PENDIDIKAN|NAMA"])
        add(.educationLevel, ["TINGKAT PENDIDIKAN NAMA", "Tingkat Ijazah", "PENDIDIKAN|TINGKAT IJAZAH", "tkPendidikanTerakhir",
                              "PENDIDIKAN|TINGKAT", "PENDIDIKAN|TINGKATAN IJAZAH"])
        add(.educationLevelID, ["TINGKAT PENDIDIKAN ID", "tkPendidikanTerakhirId"])
        add(.status, ["Kedudukan Hukum", "KEDUDUKAN HUKUM NAMA", "kedudukanPnsNama", "Status Pegawai", "Kriteria ASN", "statusPegawai",
                      "STATUS CPNS PNS"])
        add(.grade, ["Kelas Jabatan", "Grade/Kelas Jabatan", "Kelas", "kelas_jabatan", "Grade"])
        add(.b, ["B", "Bezetting", "Jumlah Pegawai yang Ada", "Jumlah Pemangku Jabatan", "Jumlah Existing", "Persediaan Pegawai",
                 "Jumlah Pegawai yang Ada (B)", "Bezetting Pegawai Saat Ini", "Jumlah Pemangku"])
        add(.k, ["K", "Kebutuhan", "Jumlah Kebutuhan", "Hasil ABK", "Jumlah ABK", "Jumlah Kebutuhan (K)",
                 "Kebutuhan Pegawai Berdasarkan ABK", "kebutuhan_abk", "Formasi", "Kebutuhan ABK"])
        add(.difference, ["+/-", "±", "Selisih", "Kekurangan/Kelebihan", "Kekurangan/Kelebihan (+/-)", "KELEBIHAN / KEKURANGAN",
                          "Keterangan Formasi (ABK-Existing)", "Kelebihan/Kekurangan"])
        add(.jenjang, ["jenjang", "Jenjang Jabatan"])
        add(.instansi, ["INSTANSI INDUK NAMA", "instansiIndukNama", "Instansi", "Instansi Induk"])
        add(.id, ["id", "PNS ID"])
        add(.parentID, ["diatasan_id", "DiatasanId", "parent_id", "dibawah_jabatan", "id_atasan"])
        add(.unitCode, ["kode_unor", "CepatKode", "Kode Unit", "Kode Unor"])
        add(.unitName, ["nama_unor", "NamaUnor", "Nama Unit", "Nama Unit Kerja"])
        add(.postCode, ["kode_jabatan", "Kode Jabatan"])
        add(.unitKind, ["jenis_unor", "JenisUnorId"])
        add(.task, ["Uraian Tugas", "Rincian Tugas/Kegiatan", "Uraian Tugas (may embed 'Tahapan:' + lines)"])
        add(.output, ["Hasil Kerja / Satuan", "Hasil Kerja", "Satuan Hasil", "Satuan"])
        add(.volume, ["Jumlah Beban Kerja (Volume 1 Tahun)", "Jumlah Beban Kerja", "Jumlah Hasil", "Jumlah Volume Kerja", "Beban Kerja", "Volume"])
        add(.minutes, ["Waktu Penyelesaian (menit)", "Waktu Penyelesaian", "Norma Waktu", "Waktu Penyelesaian (jam)"])
        add(.effectiveMinutes, ["Waktu Kerja Efektif (menit)", "Waktu Kerja Efektif", "Waktu Efektif"])
        add(.need, ["Kebutuhan Pegawai", "Pegawai yang Dibutuhkan", "Pegawai Yang Dibutuhkan"])
        return t
    }()

    /// Headers that stack several fields in one cell, line by line (spec §1.7); nil for a line not read.
    static let stacked: [String: [Field?]] = [
        "NIP KARPEG": [.nip, nil], "GOL TMT": [.rank, .rankSince], "PANGKAT TMT": [.rank, .rankSince],
        "NAMA TEMPAT, TGL LAHIR": [.name, .birthPlaceAndDate], "NAMA TEMPAT TGL LAHIR": [.name, .birthPlaceAndDate],
        "JABATAN UNIT KERJA TMT": [.title, .unit, .since], "JABATAN UNIT KERJA": [.title, .unit],
        "PENDIDIKAN TERAKHIR TAHUN": [.education, nil], "AGAMA USIA": [nil, nil],
    ]

    /// Labels that appear only in the second row of a two-row header.
    static let subLabels: Set<String> = ["GOL RUANG", "GOL", "TMT", "NAMA", "ESELON", "THN", "BLN", "TH", "BL", "BULAN/TAHUN",
                                         "JML JAM", "JUML", "LULUS TAHUN", "TINGKAT IJAZAH", "TINGKATAN IJAZAH", "TMP", "TGL",
                                         "TAHUN", "BULAN", "TINGKAT", "LULUS", "TANGGAL", "TGL DIKLAT"]

    /// The known header nearest to an unknown one (`TGL LAHR` → `TGL LAHIR`), for a did-you-mean; nil when none
    /// is close. Not for short headers (`NIK` is not a misspelt `NIP`) nor for a known header with words added
    /// (`TEMPAT LAHIR ID` is another column than `TEMPAT LAHIR`).
    static func suggestion(for key: String) -> String? {
        let header = key.replacingOccurrences(of: "|", with: " ")
        guard header.count >= 5 else { return nil }
        let words = Set(header.split(separator: " "))
        let candidates = table.keys.filter { $0.count >= 5 && !Set($0.split(separator: " ")).isSubset(of: words) }.sorted()
        return closestSpelling(to: header, among: candidates)
    }

    static func field(_ header: String) -> Field? {
        let h = Normalize.header(header)
        if let f = table[h] { return f }
        if h.hasPrefix("JABATAN SESUAI") { return .title }
        if h.hasPrefix("PANGKAT") && h.contains("GOL") { return .rank }
        return nil
    }
}

enum LayoutFinder {
    static func text(_ sheet: Sheet, _ r: Int, _ c: Int) -> String { Normalize.clean(sheet[r, c].text) }

    /// Finds the header in the first 20 rows: the first row with ≥3 cells naming a known field.
    static func find(_ sheet: Sheet) -> TableLayout? {
        let last = min(sheet.rows.count, 20)
        guard last >= 1 else { return nil }
        for r in 1...last {
            let row = sheet.rows[r - 1]
            let hits = row.indices.filter { Synonyms.field(row[$0].text) != nil || Synonyms.stacked[Normalize.header(row[$0].text)] != nil }.count
            guard hits >= 3 else { continue }
            return layout(sheet, headerRow: r)
        }
        return nil
    }

    static func layout(_ sheet: Sheet, headerRow: Int) -> TableLayout {
        let header = sheet.rows[headerRow - 1]
        let width = max(header.count, sheet.rows.dropFirst(headerRow).prefix(5).map(\.count).max() ?? 0)
        var group = (1...max(width, 1)).map { text(sheet, headerRow, $0) }
        var subs: [[String]] = []
        var r = headerRow + 1
        // Sub-header rows (two-row merged headers) and a column-number row.
        while r <= sheet.rows.count, subs.count < 2 {
            let cells = (1...max(width, 1)).map { text(sheet, r, $0) }
            let nonEmpty = cells.filter { !$0.isEmpty }
            if isColumnNumberRow(cells) { r += 1; break }
            let subHits = nonEmpty.filter { Synonyms.subLabels.contains(Normalize.header($0)) || Synonyms.field($0) != nil }.count
            let looksLikeLabels = cells.first?.isEmpty == true && nonEmpty.count >= 2
                && !nonEmpty.contains { $0.filter(\.isNumber).count >= 5 }
            guard subHits >= 2 || looksLikeLabels else { break }
            subs.append(cells)
            r += 1
        }
        if r <= sheet.rows.count, isColumnNumberRow((1...max(width, 1)).map { text(sheet, r, $0) }) { r += 1 }
        var keys: [Int: String] = [:]
        if subs.isEmpty {
            for (i, g) in group.enumerated() where !g.isEmpty { keys[i + 1] = Normalize.header(g) }
        } else {
            // Forward-fill a group label across the blank cells of its merge, where a sub-label sits below.
            var current = ""
            for i in group.indices {
                if !group[i].isEmpty { current = group[i] } else if subs.contains(where: { !$0[i].isEmpty }) { group[i] = current } else { current = "" }
                let sub = subs.first.map { $0[i] } ?? ""
                let g = Normalize.header(group[i]), s = Normalize.header(sub)
                if g.isEmpty && s.isEmpty { continue }
                keys[i + 1] = g.isEmpty ? s : (s.isEmpty ? g : g + "|" + s)
            }
        }
        var columns: [Field: Int] = [:]
        for c in keys.keys.sorted() {
            let key = keys[c]!
            var f = Synonyms.field(key)
            if f == nil, key.contains("|") {
                // A group whose sub-label alone is known (`MASA KERJA|THN` is not; `JABATAN|NAMA` is).
                f = Synonyms.field(String(key.split(separator: "|").first!))
                if f != nil, columns[f!] != nil { f = nil }
            }
            if let f, columns[f] == nil { columns[f] = c }
            // A stacked `NAMA/NIP` cell holds both (spec §1.7).
            if key == "NAMA/NIP" || key == "NAMA NIP", columns[.name] == nil { columns[.name] = c }
        }
        // A name written across several merged columns: the name column and the blank header cells right of it.
        var nameArea: ClosedRange<Int>?
        if let n = columns[.title] ?? columns[.name] {
            var end = n
            while end + 1 <= width, keys[end + 1] == nil { end += 1 }
            if end > n { nameArea = n...end }
        }
        let metadata = (1..<headerRow).compactMap { row -> String? in
            let t = (sheet.rows[row - 1]).map { Normalize.clean($0.text) }.filter { !$0.isEmpty }.joined(separator: " ")
            return t.isEmpty ? nil : t
        }
        var layout = TableLayout(headerRow: headerRow, bodyStart: r, columns: columns, keys: keys, metadata: metadata, nameArea: nameArea)
        // Stacked headers: one cell, several fields, one a line (`NIP\nKARPEG`, `JABATAN\nUNIT KERJA\nTMT`).
        for c in keys.keys.sorted() where layout.columns.values.contains(c) == false || Synonyms.stacked[keys[c]!] != nil {
            guard let fields = Synonyms.stacked[keys[c]!] else { continue }
            for (line, f) in fields.enumerated() {
                guard let f, layout.columns[f] == nil || layout.columns[f] == c else { continue }
                layout.columns[f] = c
                layout.stackedLine[f] = line
            }
        }
        return layout
    }

    /// `1, 2, 3 …` (or `7 = (4 x 5) / 6`) across the row.
    static func isColumnNumberRow(_ cells: [String]) -> Bool {
        let nonEmpty = cells.filter { !$0.isEmpty }
        guard nonEmpty.count >= 3 else { return false }
        var expected = 1
        for c in nonEmpty {
            let lead = c.prefix { $0.isNumber }
            guard let n = Int(lead), n == expected else { return false }
            expected += 1
        }
        return true
    }

    /// The body rows: blank rows dropped, `JUMLAH`/`TOTAL`/`PEMBULATAN` rows as footers, a unit name alone as a
    /// section row, and everything from a signature block (place and date, "Kepala …,", `NIP.`) on left out.
    static func rows(_ sheet: Sheet, _ layout: TableLayout) -> [TableLayout.Row] {
        var out: [TableLayout.Row] = []
        guard layout.bodyStart <= sheet.rows.count else { return out }
        for r in layout.bodyStart...sheet.rows.count {
            let row = sheet.rows[r - 1]
            let filled = row.indices.filter { !row[$0].isEmpty }
            if filled.isEmpty { continue }
            let texts = filled.count > 3 ? [Normalize.clean(row[filled[0]].text)] : filled.map { Normalize.clean(row[$0].text) }
            let first = texts[0].first?.isLetter == true && texts[0].utf8.count <= 24 ? Normalize.header(texts[0]) : ""
            if ["JUMLAH", "TOTAL", "PEMBULATAN", "JUMLAH PEGAWAI", "SUB TOTAL", "SUBTOTAL", "JUMLAH TOTAL", "GRAND TOTAL"].contains(first)
                || first.hasPrefix("JUMLAH PEGAWAI") {
                out.append(.footer(r, first))
                continue
            }
            if filled.count == 1, isSignature(texts[0]) { break }
            if filled.count <= 2, texts.allSatisfy({ isSignature($0) || $0.hasPrefix("NIP") }) { break }
            if filled.count == 1, case .text = row[filled[0]], !texts[0].allSatisfy({ $0.isNumber || $0 == "." }) {
                let noColumn = layout.column(.no)
                let inNo = noColumn == filled[0] + 1
                let titleColumn = layout.column(.title) ?? layout.column(.name)
                // A section row: the unit name alone, in the number column or in a numbered table's name column.
                if inNo || (noColumn != nil && titleColumn == filled[0] + 1 && Inference.unitKind(name: texts[0]) != nil) {
                    out.append(.section(r, texts[0]))
                    continue
                }
            }
            out.append(.data(r))
        }
        return out
    }

    /// A signature block line: `Kota Contoh, 2 Januari 2025`, `Kepala Badan,`, `NIP. 1971…`.
    static func isSignature(_ s: String) -> Bool {
        let t = Normalize.clean(s)
        if t.hasSuffix(",") { return true }
        if t.uppercased().hasPrefix("NIP.") || t.uppercased().hasPrefix("NIP ") { return true }
        if t.contains(","), Normalize.placeAndDate(t).day != nil { return true }
        return false
    }
}
