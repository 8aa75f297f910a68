/// Every kind of problem Ramping reports about a chart file, as a typed value.
///
/// Each case renders as a message a planner can act on, naming the id and what to do, in Indonesian
/// (the default) or English. Tests match on the case; people read `text(_:)`.
public enum Problem: Hashable, Sendable {
    // Reading the file
    case fileNotFound(path: String)
    case fileUnreadable(path: String, reason: String)
    case fileEmpty
    case fileBinary
    case fileNotUTF8
    /// Saved as UTF-16 (Windows Notepad's "Unicode"): readable once saved again as UTF-8.
    case fileUTF16
    /// A scenario file with nothing in it.
    case scenarioEmpty
    /// The whole document is one value (`hello`, or a list), not the mapping a chart or scenario is.
    case documentNotMapping(found: String, scenario: Bool)
    case fileTooLarge(bytes: Int, limit: Int)
    case yamlSyntax(detail: String)
    case yamlAliasExpansion
    /// A control character (U+0000–U+001F other than tab and newline, or U+007F–U+009F) that YAML forbids.
    case yamlControlCharacter(code: Int)
    case yamlSeveralDocuments
    case yamlDuplicateKey(key: String)
    // The shape of the document
    case formatMissing
    case formatUnsupported(found: String)
    case missingField(field: String)
    case wrongType(field: String, expected: ValueKind, found: String)
    case unknownField(field: String, suggestion: String?)
    case commaInFlowValue(fragment: String)
    case unknownValue(field: String, value: String, allowed: [String], suggestion: String?)
    case invalidSlug(field: String, value: String)
    case invalidDate(field: String, value: String)
    /// A date written another way (`15/04/1982`, `15 April 1982`, an Excel serial): the day it means.
    case dateNotISO(field: String, value: String, meant: Day)
    /// A vocabulary value right but for upper/lower case (`sma` for SMA): accepted, with a warning.
    case vocabularyCase(field: String, value: String, spelling: String)
    /// A value outside the range its field may take: the range is typed, so each language groups its digits.
    case outOfRange(field: String, value: String, allowed: AllowedRange)
    case nipUnquoted(nip: String)
    // Identity and references
    case duplicateID(kind: RecordKind, id: String)
    case unknownReference(field: String, id: String, target: RecordKind, suggestion: String?)
    case selfReference(field: String, id: String)
    // The unit tree
    case noRootUnit
    case severalRootUnits(ids: [String])
    case unitCycle(ids: [String])
    case typeNotAllowed(kind: UnitKind, type: UnitType, allowed: [UnitType])
    case typeMissing(kind: UnitKind)
    // Posts
    case severalHeads(unit: String, heads: [String])
    case eselonRequired(level: Level)
    case eselonForbidden(level: Level)
    case eselonLevelMismatch(eselon: Eselon, level: Level)
    case jenjangRequired
    case jenjangForbidden(level: Level)
    // The chain of command
    case rootUnitWithoutHead(unit: String)
    case rootPostReportsTo(position: String)
    case noSuperior(position: String, unit: String)
    case chainCycle(ids: [String])
    // People
    case nipMalformed(nip: String, reason: NIP.Problem)
    case nipBornMismatch(nip: String, written: Day, encoded: Day)
    case nipGenderMismatch(nip: String, written: Gender, encoded: Gender)
    case overfilled(position: String, people: Int, seats: Int)
    case rankOutsideRange(person: String, rank: Rank, position: String, eselon: Eselon)
    case dateAfterAsOf(field: String, day: Day, asOf: Day)

    /// The kinds of value a field can expect.
    public enum ValueKind: String, Hashable, Sendable {
        case text, number, wholeNumber, boolean, date, list, mapping, listOfMappings

        func name(_ l: Language) -> String {
            switch self {
            case .text: l.pick("teks", "a text")
            case .number: l.pick("angka", "a number")
            case .wholeNumber: l.pick("bilangan bulat", "a whole number")
            case .boolean: l.pick("true atau false", "true or false")
            case .date: l.pick("tanggal YYYY-MM-DD", "a date YYYY-MM-DD")
            case .list: l.pick("daftar [a, b]", "a list [a, b]")
            case .mapping: l.pick("pemetaan (kunci: nilai)", "a mapping (key: value)")
            case .listOfMappings: l.pick("daftar entri (- { ... })", "a list of entries (- { ... })")
            }
        }
    }

    // swiftlint:disable:next cyclomatic_complexity function_body_length
    public func text(_ l: Language) -> String {
        func q(_ s: String) -> String { "'\(s)'" }
        func list(_ items: [String], max: Int = 12) -> String {
            let shown = items.prefix(max).joined(separator: ", ")
            return items.count > max ? shown + ", …" : shown
        }
        func didYouMean(_ s: String?) -> String {
            guard let s else { return "" }
            return l.pick(" (maksudnya \(q(s))?)", " (did you mean \(q(s))?)")
        }
        switch self {
        case .fileNotFound(let path):
            return l.pick("berkas \(q(path)) tidak ada; periksa nama dan foldernya",
                          "file \(q(path)) does not exist; check its name and folder")
        case .fileUnreadable(let path, let reason):
            let why: String
            switch reason {
            case "it is a folder": why = l.pick("itu sebuah folder; sebutkan berkas di dalamnya", "it is a folder; name a file inside it")
            case "not a regular file": why = l.pick("bukan berkas biasa; sebutkan berkas .yaml atau .graphml", "it is not a regular file; name a .yaml or .graphml file")
            case "no permission": why = l.pick("tidak ada izin membaca; periksa izin aksesnya", "no permission to read it; check its permissions")
            case "the link points to nothing": why = l.pick("tautan (symlink) menunjuk ke berkas yang tidak ada; periksa tujuannya",
                                                            "the link (symlink) points to a file that does not exist; check its target")
            default: why = reason
            }
            return l.pick("berkas \(q(path)) tidak dapat dibaca: \(why)", "file \(q(path)) cannot be read: \(why)")
        case .fileEmpty:
            return l.pick("berkas kosong; sebuah bagan dimulai dengan 'format: ramping/1' (lihat OrgCharts/kabupaten-contoh.yaml)",
                          "the file is empty; a chart starts with 'format: ramping/1' (see OrgCharts/kabupaten-contoh.yaml)")
        case .fileBinary:
            return l.pick("ini bukan berkas teks (berisi byte NUL); simpan bagan sebagai teks YAML UTF-8, bukan .xlsx atau .docx",
                          "this is not a text file (it contains NUL bytes); save the chart as UTF-8 YAML text, not .xlsx or .docx")
        case .fileNotUTF8:
            return l.pick("berkas bukan teks UTF-8; simpan ulang dengan pengodean UTF-8",
                          "the file is not UTF-8 text; save it again with UTF-8 encoding")
        case .fileUTF16:
            return l.pick("UTF-16: simpan sebagai UTF-8 (di Notepad: Simpan Sebagai, Pengodean UTF-8)",
                          "UTF-16: save as UTF-8 (in Notepad: Save As, Encoding UTF-8)")
        case .scenarioEmpty:
            return l.pick("berkas skenario kosong; sebuah skenario dimulai dengan 'format: ramping-scenario/1' lalu 'steps:' berisi langkah-langkah (lihat docs/scenarios.md dan OrgCharts/scenarios/)",
                          "the scenario file is empty; a scenario starts with 'format: ramping-scenario/1' and then 'steps:' with its steps (see docs/scenarios.md and OrgCharts/scenarios/)")
        case .documentNotMapping(let found, let scenario):
            if scenario {
                return l.pick("berkas hanya berisi \(q(found)), bukan skenario; sebuah skenario dimulai dengan 'format: ramping-scenario/1' lalu 'steps:' (lihat docs/scenarios.md)",
                              "the file holds only \(q(found)), not a scenario; a scenario starts with 'format: ramping-scenario/1' and then 'steps:' (see docs/scenarios.md)")
            }
            return l.pick("berkas hanya berisi \(q(found)), bukan bagan; sebuah bagan dimulai dengan 'format: ramping/1' lalu 'organisation:' (lihat OrgCharts/kabupaten-contoh.yaml)",
                          "the file holds only \(q(found)), not a chart; a chart starts with 'format: ramping/1' and then 'organisation:' (see OrgCharts/kabupaten-contoh.yaml)")
        case .fileTooLarge(let bytes, let limit):
            let mib = { (n: Int) in String(n / (1 << 20)) + " MiB" }
            return l.pick("berkas berukuran \(mib(bytes)), melebihi batas \(mib(limit)); pecah bagan per perangkat daerah atau naikkan batas dengan --max-file-size",
                          "the file is \(mib(bytes)), over the \(mib(limit)) limit; split the chart by perangkat daerah or raise the limit with --max-file-size")
        case .yamlSyntax(let detail):
            return l.pick("kesalahan sintaks YAML: \(detail); periksa indentasi (spasi, bukan tab), titik dua dan tanda kurung",
                          "YAML syntax error: \(detail); check the indentation (spaces, not tabs), colons and brackets")
        case .yamlControlCharacter(let code):
            let hex = String(code, radix: 16, uppercase: true)
            let u = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
            return l.pick("karakter kendali \(u) tidak boleh ada dalam YAML; hapus karakter itu (sering terbawa saat menyalin dari PDF atau Excel)",
                          "the control character \(u) is not allowed in YAML; delete it (it often comes along when copying from a PDF or Excel)")
        case .yamlAliasExpansion:
            return l.pick("alias YAML (*nama) mengembang jauh melebihi ukuran berkas; tulis setiap entri secara utuh tanpa &jangkar/*alias",
                          "YAML aliases (*name) expand far beyond the file's size; write each entry out in full, without &anchors/*aliases")
        case .yamlSeveralDocuments:
            return l.pick("berkas berisi lebih dari satu dokumen YAML (---); satu bagan per berkas",
                          "the file holds more than one YAML document (---); keep one chart per file")
        case .yamlDuplicateKey(let key):
            return l.pick("kunci \(q(key)) ditulis dua kali dalam entri yang sama; hapus salah satunya",
                          "key \(q(key)) is written twice in the same entry; remove one of them")
        case .formatMissing:
            return l.pick("baris 'format: ramping/1' tidak ada; tambahkan di awal berkas",
                          "the line 'format: ramping/1' is missing; add it at the top of the file")
        case .formatUnsupported(let found):
            return l.pick("format \(q(found)) tidak didukung; versi ini membaca 'ramping/1'",
                          "format \(q(found)) is not supported; this version reads 'ramping/1'")
        case .missingField(let field):
            return l.pick("isian wajib \(q(field)) tidak ada; tambahkan",
                          "required field \(q(field)) is missing; add it")
        case .wrongType(let field, let expected, let found):
            return l.pick("\(q(field)) harus berupa \(expected.name(l)), tertulis \(q(found))",
                          "\(q(field)) must be \(expected.name(l)), found \(q(found))")
        case .unknownField(let field, let suggestion):
            return l.pick("isian \(q(field)) tidak dikenal dan diabaikan\(didYouMean(suggestion))",
                          "unknown field \(q(field)) is ignored\(didYouMean(suggestion))")
        case .unknownValue(let field, let value, let allowed, let suggestion):
            return l.pick("\(q(field)): nilai \(q(value)) tidak dikenal\(didYouMean(suggestion)); gunakan salah satu dari: \(list(allowed, max: 30))",
                          "\(q(field)): unknown value \(q(value))\(didYouMean(suggestion)); use one of: \(list(allowed, max: 30))")
        case .commaInFlowValue(let fragment):
            return l.pick("koma di dalam { … } memulai isian baru, sehingga \(q(fragment)) terbaca sebagai nama isian; beri tanda kutip pada nilai yang berkoma, misalnya name: \"Drs. Budi, M.Si\"",
                          "a comma inside { … } starts a new field, so \(q(fragment)) was read as a field name; quote values that contain commas, e.g. name: \"Drs. Budi, M.Si\"")
        case .invalidSlug(let field, let value):
            return l.pick("\(q(field)) \(q(value)) bukan id yang sah; gunakan huruf, angka, '-', '.', '_' saja, tanpa spasi",
                          "\(q(field)) \(q(value)) is not a valid id; use letters, digits, '-', '.', '_' only, no spaces")
        case .invalidDate(let field, let value):
            return l.pick("\(q(field)): \(q(value)) bukan tanggal yang ada; tulis YYYY-MM-DD, misalnya 2026-01-01",
                          "\(q(field)): \(q(value)) is not a real date; write YYYY-MM-DD, for example 2026-01-01")
        case .dateNotISO(let field, let value, let meant):
            let excel = value.allSatisfy { $0.isASCII && $0.isNumber }
            return excel
                ? l.pick("\(q(field)): \(value) tampaknya nomor seri tanggal Excel (\(l.date(meant))); tulis \(meant) (YYYY-MM-DD)",
                         "\(q(field)): \(value) looks like an Excel date serial (\(l.date(meant))); write \(meant) (YYYY-MM-DD)")
                : l.pick("\(q(field)): \(q(value)) bukan tanggal YYYY-MM-DD; jika maksudnya \(l.date(meant)), tulis \(meant)",
                         "\(q(field)): \(q(value)) is not a YYYY-MM-DD date; if you mean \(l.date(meant)), write \(meant)")
        case .vocabularyCase(let field, let value, let spelling):
            return l.pick("\(q(field)): \(q(value)) dibaca sebagai \(q(spelling)); tulis \(q(spelling)) persis (huruf besar/kecil)",
                          "\(q(field)): \(q(value)) is read as \(q(spelling)); write \(q(spelling)) exactly (upper/lower case)")
        case .outOfRange(let field, let value, let allowed):
            return l.pick("\(q(field)) = \(value) di luar rentang yang sah (\(allowed.text(l)))",
                          "\(q(field)) = \(value) is outside the valid range (\(allowed.text(l)))")
        case .nipUnquoted(let nip):
            return l.pick("NIP \(nip) ditulis sebagai angka; beri tanda kutip (\"\(nip)\") agar Excel dan alat lain tidak mengubahnya",
                          "NIP \(nip) is written as a number; quote it (\"\(nip)\") so that Excel and other tools keep it intact")
        case .duplicateID(let kind, let id):
            let what = kind == .person ? "NIP" : "id"
            return l.pick("\(what) \(q(id)) dipakai dua kali di \(kind.section); setiap \(kind.name(l)) perlu \(what) sendiri",
                          "\(what) \(q(id)) is used twice in \(kind.section); each \(kind.name(l)) needs its own \(what)")
        case .unknownReference(let field, let id, let target, let suggestion):
            return l.pick("\(q(field)): \(target.name(l)) \(q(id)) tidak ada\(didYouMean(suggestion)); periksa ejaannya atau tambahkan ke \(target.section)",
                          "\(q(field)): \(target.name(l)) \(q(id)) does not exist\(didYouMean(suggestion)); check the spelling or add it to \(target.section)")
        case .selfReference(let field, let id):
            return l.pick("\(q(field)) dari \(q(id)) menunjuk dirinya sendiri; hapus atau tunjuk entri lain",
                          "\(q(field)) of \(q(id)) points to itself; remove it or name another entry")
        case .noRootUnit:
            return l.pick("tidak ada unit akar; satu unit, pemerintah daerahnya (kind: pemda), harus tanpa 'parent'",
                          "there is no root unit; exactly one unit, the regional government (kind: pemda), must have no 'parent'")
        case .severalRootUnits(let ids):
            return l.pick("ada \(ids.count) unit tanpa 'parent' (\(list(ids))); hanya pemerintah daerah (kind: pemda) yang boleh tanpa induk, beri yang lain 'parent'",
                          "\(ids.count) units have no 'parent' (\(list(ids))); only the regional government (kind: pemda) may have none, give the others a 'parent'")
        case .unitCycle(let ids):
            return l.pick("pohon unit berputar: \(list(ids + [ids[0]], max: 20).replacingOccurrences(", ", "→")); putuskan dengan memperbaiki salah satu 'parent'",
                          "the unit tree has a cycle: \(list(ids + [ids[0]], max: 20).replacingOccurrences(", ", "→")); break it by fixing one 'parent'")
        case .typeNotAllowed(let kind, let type, let allowed):
            if allowed.isEmpty {
                return l.pick("unit berjenis \(q(kind.rawValue)) tidak bertipe menurut PP 18/2016; hapus 'type: \(type.rawValue)'",
                              "a unit of kind \(q(kind.rawValue)) has no type under PP 18/2016; remove 'type: \(type.rawValue)'")
            }
            let names = allowed.map(\.rawValue).joined(separator: l.pick(" atau ", " or "))
            return l.pick("tipe \(q(type.rawValue)) tidak berlaku untuk \(q(kind.rawValue)); gunakan \(names)",
                          "type \(q(type.rawValue)) does not apply to \(q(kind.rawValue)); use \(names)")
        case .typeMissing(let kind):
            return l.pick("\(q(kind.rawValue)) tanpa 'type' (A, B atau C); batas ukuran PP 18/2016 tidak dapat diperiksa",
                          "\(q(kind.rawValue)) has no 'type' (A, B or C); the PP 18/2016 size caps cannot be checked")
        case .severalHeads(let unit, let heads):
            return l.pick("unit \(q(unit)) punya lebih dari satu kepala (\(list(heads))); hanya satu jabatan boleh 'head: true'",
                          "unit \(q(unit)) has more than one head (\(list(heads))); only one post may have 'head: true'")
        case .eselonRequired(let level):
            return l.pick("jabatan \(q(level.rawValue)) wajib punya 'eselon' (\(Level.eselonChoices(level)))",
                          "a \(q(level.rawValue)) post needs an 'eselon' (\(Level.eselonChoices(level)))")
        case .eselonForbidden(let level):
            return l.pick("jabatan \(q(level.rawValue)) bukan jabatan struktural; hapus 'eselon'",
                          "a \(q(level.rawValue)) post is not structural; remove its 'eselon'")
        case .eselonLevelMismatch(let eselon, let level):
            return l.pick("eselon \(eselon.rawValue) tidak sesuai dengan level \(q(level.rawValue)); gunakan \(Level.eselonChoices(level))",
                          "eselon \(eselon.rawValue) does not fit level \(q(level.rawValue)); use \(Level.eselonChoices(level))")
        case .jenjangRequired:
            return l.pick("jabatan fungsional wajib punya 'jenjang' (\(list(Jenjang.allSpellings)))",
                          "a functional post needs a 'jenjang' (\(list(Jenjang.allSpellings)))")
        case .jenjangForbidden(let level):
            return l.pick("'jenjang' hanya untuk jabatan fungsional, bukan \(q(level.rawValue)); hapus atau ubah level menjadi 'fungsional'",
                          "'jenjang' is for functional posts only, not \(q(level.rawValue)); remove it or make the level 'fungsional'")
        case .rootUnitWithoutHead(let unit):
            return l.pick("unit akar \(q(unit)) tidak punya kepala; tambahkan jabatan bupati/wali kota dengan 'head: true'",
                          "the root unit \(q(unit)) has no head; add the bupati/wali kota post with 'head: true'")
        case .rootPostReportsTo(let position):
            return l.pick("\(q(position)) adalah puncak rantai komando dan tidak boleh punya 'reports_to'; hapus isian itu",
                          "\(q(position)) is the top of the chain of command and cannot have 'reports_to'; remove it")
        case .noSuperior(let position, let unit):
            return l.pick("jabatan \(q(position)) tidak punya atasan: unit \(q(unit)) dan unit di atasnya tanpa kepala; tambahkan kepala unit atau 'reports_to'",
                          "post \(q(position)) has no superior: unit \(q(unit)) and the units above it have no head; add a head or 'reports_to'")
        case .chainCycle(let ids):
            return l.pick("rantai komando berputar: \(list(ids + [ids[0]], max: 20).replacingOccurrences(", ", "→")); perbaiki salah satu 'reports_to'",
                          "the chain of command has a cycle: \(list(ids + [ids[0]], max: 20).replacingOccurrences(", ", "→")); fix one 'reports_to'")
        case .nipMalformed(let nip, let reason):
            let why: String
            switch reason {
            case .notADigit: why = l.pick("hanya boleh angka", "it may hold digits only")
            case .notEighteenDigits(let n): why = l.pick("harus 18 angka, tertulis \(n)", "it must have 18 digits, not \(n)")
            case .noSuchBirthDate(let s): why = l.pick("8 angka pertama (\(s)) bukan tanggal lahir yang ada", "its first 8 digits (\(s)) are not a real birth date")
            case .genderDigit(let c): why = l.pick("angka ke-15 (\(c)) harus 1 (laki-laki) atau 2 (perempuan)", "digit 15 (\(c)) must be 1 (male) or 2 (female)")
            }
            return l.pick("NIP \(q(nip)) tidak sah: \(why)", "NIP \(q(nip)) is malformed: \(why)")
        case .nipBornMismatch(let nip, let written, let encoded):
            return l.pick("'born' \(written) tidak sesuai dengan NIP \(nip) (lahir \(encoded)); perbaiki salah satunya",
                          "'born' \(written) disagrees with NIP \(nip) (born \(encoded)); correct one of them")
        case .nipGenderMismatch(let nip, let written, let encoded):
            return l.pick("'gender' \(written.rawValue) tidak sesuai dengan NIP \(nip) (\(encoded.rawValue)); perbaiki salah satunya",
                          "'gender' \(written.rawValue) disagrees with NIP \(nip) (\(encoded.rawValue)); correct one of them")
        case .overfilled(let position, let people, let seats):
            return l.pick("jabatan \(q(position)) diisi \(people) orang untuk \(seats) formasi; tambah 'seats' atau pindahkan pegawai",
                          "post \(q(position)) holds \(people) people in \(seats) seats; raise 'seats' or move someone")
        case .rankOutsideRange(let person, let rank, let position, let eselon):
            let r = eselon.rankRange
            return l.pick("pangkat \(rank.rawValue) pegawai \(person) di luar rentang eselon \(eselon.rawValue) (\(r.lowerBound.rawValue)–\(r.upperBound.rawValue), boleh satu tingkat di bawah) untuk jabatan \(q(position))",
                          "rank \(rank.rawValue) of \(person) is outside the eselon \(eselon.rawValue) range (\(r.lowerBound.rawValue)–\(r.upperBound.rawValue), one step below allowed) for post \(q(position))")
        case .dateAfterAsOf(let field, let day, let asOf):
            return l.pick("\(q(field)) \(day) jatuh setelah as_of \(asOf); periksa tanggalnya",
                          "\(q(field)) \(day) is after as_of \(asOf); check the date")
        }
    }
}

extension Level {
    /// The eselons a structural level may carry, for messages: "II.a or II.b".
    static func eselonChoices(_ level: Level) -> String {
        Eselon.allCases.filter { $0.group == level.eselonGroup }.map(\.rawValue).joined(separator: "/")
    }
}

extension String {
    func replacingOccurrences(_ target: String, _ replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}

/// The values a field may take (rentang yang sah), for an out-of-range message: kept as numbers or days
/// and written in the reader's language, `1–10.000` in Indonesian and `1–10,000` in English.
public enum AllowedRange: Hashable, Sendable, ExpressibleByStringInterpolation, CustomStringConvertible {
    /// Whole numbers from the lower to the upper bound.
    case integers(ClosedRange<Int>)
    /// A whole number at least this.
    case atLeast(Int)
    /// Numbers from the lower to the upper bound.
    case numbers(ClosedRange<Double>)
    /// Days from the first to the last.
    case days(ClosedRange<Day>)
    /// A rule a range cannot say, written out where the field is read.
    case described(String)

    public init(stringLiteral value: String) { self = .described(value) }

    /// `1–10.000` (id), `1–10,000` (en); days as people write them, `1 Januari 1900–31 Desember 2200`.
    public func text(_ l: Language) -> String {
        switch self {
        case .integers(let r): return "\(l.integer(r.lowerBound))–\(l.integer(r.upperBound))"
        case .atLeast(let n): return "≥ \(l.integer(n))"
        case .numbers(let r): return "\(l.number(r.lowerBound))–\(l.number(r.upperBound))"
        case .days(let r): return "\(l.date(r.lowerBound))–\(l.date(r.upperBound))"
        case .described(let text): return text
        }
    }

    public var description: String { text(.english) }
}
