import Foundation
public import OrgModel
public import OrgTables

/// The normalisations of the HR data specification (§3): every way a planner's file writes a NIP, a
/// golongan, an eselon, a date, an education, a gender, a name with degrees or a number, to the chart's
/// one spelling. Each returns nil (or a typed failure) rather than guess.
public enum Normalize {
    // MARK: Headers

    /// A header as the synonym tables spell it: uppercase, line breaks and `_` as spaces, no `.` `(` `)`,
    /// spaces collapsed (`Pangkat/Gol.\nRuang` → `PANGKAT/GOL RUANG`).
    public static func header(_ s: String) -> String {
        var out = ""
        var lastSpace = true
        for c in s.uppercased() {
            if c == "." || c == "(" || c == ")" || c == ":" { continue }
            if c.isWhitespace || c == "_" {
                if !lastSpace { out.append(" "); lastSpace = true }
                continue
            }
            out.append(c)
            lastSpace = false
        }
        if out.hasSuffix(" ") { out.removeLast() }
        return out.replacingOccurrences(of: " / ", with: "/").replacingOccurrences(of: "/ ", with: "/").replacingOccurrences(of: " /", with: "/")
    }

    /// Text for comparing names and titles: lowercase, punctuation and repeated spaces dropped.
    public static func key(_ s: String) -> String {
        // ASCII text (nearly every title and unit name) without Unicode property look-ups.
        if s.utf8.allSatisfy({ $0 < 0x80 }) {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(s.utf8.count)
            var lastSpace = true
            for b in s.utf8 {
                switch b {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                    bytes.append(b)
                    lastSpace = false
                case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                    bytes.append(b + 32)
                    lastSpace = false
                default:
                    if !lastSpace { bytes.append(0x20); lastSpace = true }
                }
            }
            if bytes.last == 0x20 { bytes.removeLast() }
            return String(decoding: bytes, as: UTF8.self)
        }
        var out = ""
        var lastSpace = true
        for c in s.lowercased() {
            if c.isLetter || c.isNumber {
                out.append(c)
                lastSpace = false
            } else if !lastSpace {
                out.append(" ")
                lastSpace = true
            }
        }
        if out.hasSuffix(" ") { out.removeLast() }
        return out
    }

    /// Trims spaces, NBSP and line breaks at the ends and collapses inner runs of spaces.
    public static func clean(_ s: String) -> String {
        // Most cells are clean already: one pass over the bytes to tell.
        var previousSpace = true, needsWork = false
        for b in s.utf8 {
            if b == 0x20 {
                if previousSpace { needsWork = true; break }
                previousSpace = true
            } else if b < 0x20 || b >= 0x80 {
                needsWork = true
                break
            } else {
                previousSpace = false
            }
        }
        if !needsWork && !previousSpace { return s }
        if s.isEmpty { return s }
        return s.replacingOccurrences(of: "\u{A0}", with: " ")
            .split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    // MARK: NIP

    public enum NIPFailure: Error, Hashable, Sendable {
        /// Excel turned it into a number and dropped digits: `1,97608E+17`, or 18 digits ending `000`.
        case damagedByExcel(written: String)
        /// A 9-digit NIP lama with no new NIP.
        case oldNIPOnly(written: String)
        case malformed(written: String, reason: NIP.Problem)
    }

    /// The 18-digit NIP of a cell: `'`, a trailing backtick, spaces, dots and NBSP are dropped. A number
    /// cell of 18 digits cannot be exact (Excel keeps 15), so it is damaged, as is scientific notation or a
    /// number ending in `000` (no NIP has sequence number 000). Never guessed.
    public static func nip(_ cell: CellValue) -> Result<String, NIPFailure>? {
        if case .number(let d) = cell {
            if d >= 1e16 { return .failure(.damagedByExcel(written: d < 9e18 ? String(Int64(d)) : cell.text)) }
            return nipText(cell.text)
        }
        let text = clean(cell.text)
        if text.isEmpty || text == "-" || text.lowercased() == "null" { return nil }
        return nipText(text)
    }

    static func nipText(_ written: String) -> Result<String, NIPFailure> {
        var digits = ""
        for c in written where !(c == "'" || c == "`" || c == " " || c == "." || c == "\u{A0}" || c == "\t") {
            digits.append(c)
        }
        let upper = digits.uppercased()
        if upper.contains("E+") || upper.contains("E17") {
            return .failure(.damagedByExcel(written: written))
        }
        if digits.count == 9, digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber) {
            return .failure(.oldNIPOnly(written: written))
        }
        switch NIP.parse(digits) {
        case .failure(let reason): return .failure(.malformed(written: written, reason: reason))
        case .success:
            if digits.hasSuffix("000") { return .failure(.damagedByExcel(written: written)) }
            return .success(digits)
        }
    }

    // MARK: Golongan

    static let pangkat: [(String, Rank)] = [
        ("juru muda tingkat i", .iB), ("juru muda", .iA), ("juru tingkat i", .iD), ("juru", .iC),
        ("pengatur muda tingkat i", .iiB), ("pengatur muda", .iiA), ("pengatur tingkat i", .iiD), ("pengatur", .iiC),
        ("penata muda tingkat i", .iiiB), ("penata muda", .iiiA), ("penata tingkat i", .iiiD), ("penata", .iiiC),
        ("pembina utama madya", .ivD), ("pembina utama muda", .ivC), ("pembina utama", .ivE),
        ("pembina tingkat i", .ivB), ("pembina", .ivA),
    ]

    /// `III/c`, `III-c`, `IIIc`, `III.c`, `3c`, `Penata Tk. I (III/d)`, `Penata Tingkat I, III/d`, or a
    /// pangkat name alone (`Penata Muda Tk.I`). A PPPK grade (roman I–XVII alone) is not a golongan: nil.
    public static func rank(_ text: String) -> Rank? {
        let s = clean(text)
        guard !s.isEmpty else { return nil }
        let upper = s.uppercased()
        let chars = Array(upper)
        // Roman group and letter: \b(IV|III|II|I)\s*[/\-.]?\s*([A-E])\b
        var i = 0
        while i < chars.count {
            let boundary = i == 0 || !chars[i - 1].isLetter
            if boundary {
                for roman in ["IV", "III", "II", "I"] where upper.dropFirst(i).hasPrefix(roman) {
                    var j = i + roman.count
                    while j < chars.count, chars[j] == " " { j += 1 }
                    if j < chars.count, "/-.".contains(chars[j]) { j += 1 }
                    while j < chars.count, chars[j] == " " { j += 1 }
                    if j < chars.count, "ABCDE".contains(chars[j]), j + 1 == chars.count || !chars[j + 1].isLetter {
                        if let r = Rank(rawValue: "\(roman)/\(chars[j].lowercased())") { return r }
                    }
                    break
                }
                if chars[i].isNumber, ("1"..."4").contains(chars[i]), i + 1 == chars.count || !chars[i + 1].isNumber {
                    var j = i + 1
                    while j < chars.count, chars[j] == " " || chars[j] == "/" { j += 1 }
                    if j < chars.count, "ABCDE".contains(chars[j]), j + 1 == chars.count || !chars[j + 1].isLetter {
                        let roman = ["I", "II", "III", "IV"][Int(String(chars[i]))! - 1]
                        if let r = Rank(rawValue: "\(roman)/\(chars[j].lowercased())") { return r }
                    }
                }
            }
            i += 1
        }
        // Pangkat names: "Tk.I", "Tk I", "Tingkat I" all read "tingkat i".
        var k = key(s).replacingOccurrences(of: "tk i", with: "tingkat i").replacingOccurrences(of: "tki", with: "tingkat i")
        k = k.replacingOccurrences(of: "tingkat 1", with: "tingkat i")
        for (name, r) in pangkat where k == name || k.hasPrefix(name + " ") {
            // "penata muda tingkat i" must not read as "penata muda": the table lists longer names first.
            return r
        }
        return nil
    }

    /// SIASN's golongan id: 11 (I/a) … 45 (IV/e).
    public static func rank(siasnID: String) -> Rank? {
        guard let n = Int(clean(siasnID)), (1...4).contains(n / 10), (1...5).contains(n % 10) else { return nil }
        return Rank(rawValue: "\(["I", "II", "III", "IV"][n / 10 - 1])/\(["a", "b", "c", "d", "e"][n % 10 - 1])")
    }

    // MARK: Eselon

    public enum EselonValue: Hashable, Sendable { case noEselon, eselon(Eselon) }

    /// `IV.a`, `IVa`, `IV/a`, `IV a`, `IV-A`, `4a`, `Eselon 4A / Jabatan Pengawas`; `-`, `NON`, blank = none;
    /// nil when it is none of these.
    public static func eselon(_ text: String) -> EselonValue? {
        var s = key(text)
        if s.isEmpty || s == "non" || s == "0" || s == "00" || s == "99" || s == "non eselon" || s == "nonjob" { return .noEselon }
        if s.hasPrefix("eselon ") { s = String(s.dropFirst(7)) }
        let words = s.split(separator: " ").map(String.init)
        if words.count >= 2, words[1].count == 1 { s = words[0] + words[1] } else { s = words.first ?? "" }
        let ids = ["21": "II.a", "22": "II.b", "31": "III.a", "32": "III.b", "41": "IV.a", "42": "IV.b"]
        if let id = ids[s] { return .eselon(Eselon(rawValue: id)!) }
        let romanOf = ["2": "ii", "3": "iii", "4": "iv", "ii": "ii", "iii": "iii", "iv": "iv"]
        for roman in ["iii", "iv", "ii", "2", "3", "4"] where s.hasPrefix(roman) {
            let rest = s.dropFirst(roman.count)
            guard rest.count == 1, let letter = rest.first, letter == "a" || letter == "b" else { continue }
            return Eselon(rawValue: romanOf[roman]!.uppercased() + "." + String(letter)).map { .eselon($0) }
        }
        return nil
    }

    // MARK: Dates

    static let months: [String: Int] = [
        "januari": 1, "jan": 1, "februari": 2, "pebruari": 2, "feb": 2, "peb": 2, "maret": 3, "mar": 3, "april": 4, "apr": 4,
        "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "agustus": 8, "agt": 8, "agu": 8, "agus": 8, "ags": 8,
        "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10, "oct": 10, "november": 11, "nov": 11,
        "nopember": 11, "nop": 11, "desember": 12, "des": 12, "dec": 12, "december": 12, "august": 8, "october": 10,
        "may": 5, "june": 6, "july": 7, "january": 1, "february": 2, "march": 3,
    ]

    public enum DateValue: Hashable, Sendable { case empty, day(Day) }

    /// A date cell, an Excel serial (10 000–80 000), `dd-mm-yyyy`, `dd/mm/yyyy`, `d Bulan yyyy`, `yyyy-mm-dd`;
    /// `0000-00-00`, `-`, `null` are empty. Day first always; nil when it is no date.
    public static func date(_ cell: CellValue) -> DateValue? {
        switch cell {
        case .empty: return .empty
        case .date(let d): return .day(d)
        case .number(let n):
            guard n >= 10_000, n <= 80_000, let d = ExcelDate.day(serial: n) else { return nil }
            return .day(d)
        case .bool: return nil
        case .text(let raw):
            let s = clean(raw)
            if s.isEmpty || s == "-" || s.lowercased() == "null" || s.hasPrefix("0000-00-00") || s == "00-00-0000" { return .empty }
            if s.allSatisfy(\.isNumber), let n = Int(s), (10_000...80_000).contains(n), let d = ExcelDate.day(serial: Double(n)) {
                return .day(d)
            }
            return dateText(s).map { .day($0) }
        }
    }

    static func dateText(_ s: String) -> Day? {
        let parts = s.split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == " " || $0 == "." || $0 == "," }).map(String.init)
        guard parts.count >= 3 else { return nil }
        let (a, b, c) = (parts[0], parts[1], parts[2])
        if a.count == 4, let y = Int(a), let m = Int(b), let d = Int(c.prefix(2)) { return Day(year: y, month: m, day: d) }
        guard let d = Int(a), let y = Int(c.prefix(4)), c.prefix(4).count == 4 else { return nil }
        if let m = Int(b) { return Day(year: y, month: m, day: d) }
        if let m = months[b.lowercased()] { return Day(year: y, month: m, day: d) }
        return nil
    }

    /// A date at the end of a text (`Banyuasri, 14 Maret 1971`, `KOTA CONTOH / 09/06/1969`): the place and the day.
    public static func placeAndDate(_ text: String) -> (place: String?, day: Day?) {
        let s = clean(text.replacingOccurrences(of: "\n", with: " "))
        let words = s.split(separator: " ").map(String.init)
        for take in [3, 1] where words.count >= take {
            let tail = words.suffix(take).joined(separator: " ")
            if let d = dateText(tail.replacingOccurrences(of: ",", with: "")) {
                var place = words.dropLast(take).joined(separator: " ")
                while let last = place.last, last == "," || last == "/" || last == " " { place.removeLast() }
                return (place.isEmpty ? nil : place, d)
            }
        }
        return (s.isEmpty ? nil : s, nil)
    }

    // MARK: Education, gender, level

    /// `S-3 Ilmu …` → S3, `Strata 1`/`S-1`/`S1` → S1, `D-IV`/`D4` → D-IV, `D-III`/`D3`/`A.Md` → D-III,
    /// `SLTA`/`SMA`/`SMK`/`MA` → SMA, `SLTP`/`SMP` → SMP, `SD` → SD.
    public static func education(_ text: String) -> Education? {
        let k = " " + key(text.replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "/", with: " ")) + " "
        let table: [([String], Education)] = [
            ([" s 3 ", " s3 ", " strata 3 ", " doktor ", " strata iii "], .s3),
            ([" s 2 ", " s2 ", " strata 2 ", " magister ", " strata ii "], .s2),
            ([" s 1 ", " s1 ", " strata 1 ", " sarjana ", " strata i ", " profesi "], .s1),
            ([" d iv ", " d4 ", " d 4 ", " diploma iv ", " diploma 4 "], .d4),
            ([" d iii ", " d3 ", " d 3 ", " diploma iii ", " diploma 3 ", " a md ", " amd "], .d3),
            ([" d ii ", " d2 ", " d 2 ", " diploma ii ", " diploma 2 "], .d2),
            ([" d i ", " d1 ", " d 1 ", " diploma i ", " diploma 1 "], .d1),
            ([" slta ", " sma ", " smk ", " smea ", " stm ", " ma ", " mak ", " smu ", " spk ", " sekolah menengah atas "], .sma),
            ([" sltp ", " smp ", " mts ", " sekolah menengah pertama "], .smp),
            ([" sd ", " mi ", " sekolah dasar "], .sd),
        ]
        for (needles, e) in table where needles.contains(where: { k.hasPrefix($0) }) { return e }
        for (needles, e) in table where needles.contains(where: { k.contains($0) }) { return e }
        return nil
    }

    /// SIASN's tingkat pendidikan id (05 SD … 50 S-3).
    public static func education(siasnID: String) -> Education? {
        switch Int(clean(siasnID)) {
        case 5: .sd
        case 10, 12: .smp
        case 15, 17, 18: .sma
        case 20: .d1
        case 25: .d2
        case 30: .d3
        case 35: .d4
        case 40, 42: .s1
        case 45, 47, 49: .s2
        case 50: .s3
        default: nil
        }
    }

    /// M/L/1/Laki-laki/Pria → L; F/P/2/Perempuan/Wanita → P.
    public static func gender(_ text: String) -> Gender? {
        switch key(text) {
        case "l", "m", "1", "laki laki", "lakilaki", "laki", "pria", "male": .male
        case "p", "f", "2", "perempuan", "wanita", "female": .female
        default: nil
        }
    }

    public enum PostKind: Hashable, Sendable { case structural, functional, executive }

    /// 1/Struktural/JPT/Administrator/Pengawas → structural; 2/Fungsional Tertentu/JF/"Ahli …"/"Terampil" →
    /// functional; 4/Fungsional Umum/JFU/Pelaksana → executive.
    public static func postKind(_ text: String) -> PostKind? {
        let k = key(text)
        if k.isEmpty { return nil }
        if ["4", "fungsional umum", "jabatan fungsional umum", "jfu", "pelaksana", "jabatan pelaksana"].contains(k) { return .executive }
        if ["2", "fungsional tertentu", "jabatan fungsional tertentu", "jf", "jft", "fungsional", "jabatan fungsional"].contains(k)
            || k.hasPrefix("ahli ") || k == "terampil" || k == "mahir" || k == "penyelia" || k == "pemula" { return .functional }
        if ["1", "3", "struktural", "jabatan struktural", "jpt", "jpt pratama", "administrator", "pengawas", "jabatan rangkap struktural dan fungsional"].contains(k) { return .structural }
        return nil
    }

    /// The level a jenis-jabatan column names exactly, when it does (`JPT Pratama`, `Administrator`, `Pengawas`).
    public static func structuralLevel(_ text: String) -> Level? {
        switch key(text) {
        case "jpt pratama", "jpt", "pimpinan tinggi pratama": .jptPratama
        case "administrator": .administrator
        case "pengawas": .pengawas
        default: nil
        }
    }

    /// The jenjang of a functional title or column: `… Ahli Muda`, `… Terampil`.
    public static func jenjang(_ text: String) -> Jenjang? {
        let k = key(text)
        let table: [(String, Jenjang)] = [("ahli utama", .ahliUtama), ("ahli madya", .ahliMadya), ("ahli muda", .ahliMuda),
                                          ("ahli pertama", .ahliPertama), ("penyelia", .penyelia), ("mahir", .mahir),
                                          ("terampil", .terampil), ("pemula", .pemula)]
        for (needle, j) in table where k == needle || k.hasSuffix(" " + needle) { return j }
        return nil
    }

    // MARK: Names

    static let frontTitles: Set<String> = ["Prof.", "Dr.", "dr.", "drg.", "drh.", "Ir.", "Drs.", "Dra.", "H.", "Hj.", "Ns.", "apt.",
                                           "DR.", "IR.", "DRS.", "DRA.", "Prof", "Dr", "Ir", "Drs", "Dra", "Hj", "H"]

    /// Splits `[front titles] Nama[, back titles]`: `Dr. Ir. Bambang Contoh, M.Si.` → ("Dr. Ir.", "Bambang Contoh", "M.Si.").
    public static func splitName(_ text: String) -> (front: String, name: String, back: String) {
        let s = clean(text)
        var head = s, back = ""
        if let comma = s.range(of: ", ") ?? s.range(of: ",") {
            head = String(s[..<comma.lowerBound])
            back = clean(String(s[comma.upperBound...]))
        }
        var words = head.split(separator: " ").map(String.init)
        var front: [String] = []
        while words.count > 1, let w = words.first, frontTitles.contains(w) {
            front.append(w)
            words.removeFirst()
        }
        return (front.joined(separator: " "), words.joined(separator: " "), back)
    }

    /// A full name with degrees, as the chart keeps it: `Dr. Ir. Bambang Contoh, M.Si.`.
    public static func fullName(front: String, name: String, back: String) -> String {
        var out = clean(name)
        let f = clean(front), b = clean(back)
        if !f.isEmpty, f != "-" { out = f + " " + out }
        if !b.isEmpty, b != "-" { out += ", " + b }
        return out
    }

    /// The name alone, for comparing people across files: no degrees, case and spacing ignored.
    public static func nameKey(_ text: String) -> String { key(splitName(text).name) }

    // MARK: Numbers

    /// `3,2288` and `75.000` (id-ID) as well as `3.2288`; a `+` sign allowed.
    public static func number(_ cell: CellValue) -> Double? {
        switch cell {
        case .number(let n): return n
        case .text(let raw):
            var s = clean(raw)
            if s.hasPrefix("+") { s.removeFirst() }
            if s.isEmpty { return nil }
            let hasComma = s.contains(","), dots = s.filter { $0 == "." }.count
            if hasComma {
                s = s.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: ",", with: ".")
            } else if dots >= 1 {
                // 75.000 and 1.250.000 group thousands; 3.2288 is a decimal point.
                let groups = s.split(separator: ".", omittingEmptySubsequences: false)
                if groups.count > 1, groups.dropFirst().allSatisfy({ $0.count == 3 }), !(groups.first?.isEmpty ?? true),
                   (groups.first?.count ?? 0) <= 3 {
                    s = s.replacingOccurrences(of: ".", with: "")
                }
            }
            return Double(s)
        default: return nil
        }
    }

    /// A whole number ≥ 0 from a count cell (`B`, `K`, `kelas`).
    public static func count(_ cell: CellValue) -> Int? {
        guard let n = number(cell), n >= 0, n == n.rounded(), n < 1_000_000 else { return nil }
        return Int(n)
    }
}
