import Foundation
import OrgModel
import OrgTables

/// Reads the people of a staff list (SIMPEG list, DUK, SIASN export, SIASN JSON, or the pemangku columns of
/// a peta jabatan) row by row, normalising every value and reporting each problem at its cell.
struct StaffReader {
    let path: String
    let sheet: Sheet
    let layout: TableLayout
    var diagnostics: [ImportDiagnostic] = []
    // A staff list repeats the same golongan, dates, education and units on thousands of rows: each text
    // is normalised once.
    var rankMemo: [String: Rank?] = [:]
    var dateMemo: [CellValue: Normalize.DateValue?] = [:]
    var educationMemo: [String: Education?] = [:]
    var unitMemo: [String: [String]] = [:]
    var textMemo: [String: String] = [:]

    init(path: String, sheet: Sheet, layout: TableLayout) {
        self.path = path
        self.sheet = sheet
        self.layout = layout
    }

    func at(_ r: Int, _ c: Int) -> TableLocation { sheet.location(path: path, row: r, column: c) }
    func rowID(_ r: Int) -> RowID { RowID(path: path, sheet: sheet.name, row: r) }

    func cell(_ r: Int, _ f: Field) -> CellValue {
        guard let c = layout.column(f) else { return .empty }
        guard let line = layout.stackedLine[f] else { return sheet[r, c] }
        // One line of a stacked cell.
        let lines = sheet[r, c].text.split(omittingEmptySubsequences: true, whereSeparator: \.isNewline).map(String.init)
        guard line < lines.count else { return .empty }
        let text = Normalize.clean(lines[line])
        return text.isEmpty ? .empty : .text(text)
    }

    func text(_ r: Int, _ f: Field) -> String {
        let t = Normalize.clean(cell(r, f).text)
        return t.lowercased() == "null" || t == "-" ? "" : t
    }

    mutating func problem(_ severity: ImportDiagnostic.Severity, _ r: Int, _ f: Field?, _ p: ImportProblem) {
        let c = f.flatMap { layout.column($0) } ?? 1
        diagnostics.append(ImportDiagnostic(severity, path: path, at: at(r, c), p, row: rowID(r)))
    }

    /// Whether a row carries a person (a NIP or a name).
    func hasPerson(_ r: Int) -> Bool { !text(r, .nip).isEmpty || !text(r, .name).isEmpty }

    // swiftlint:disable:next function_body_length cyclomatic_complexity
    mutating func person(_ r: Int, sectionUnit: String? = nil) -> StaffRow? {
        var nipValue: String?
        var damaged: String?
        var nipCell = cell(r, .nip)
        let stacked = layout.column(.nip) != nil && layout.column(.nip) == layout.column(.name) && layout.stackedLine[.nip] == nil
        if stacked {
            // `Dewi Fiktif, S.H.\nNIP. 19760822 200212 2 902`: the NIP is what follows "NIP" or the last line.
            let lines = nipCell.text.components(separatedBy: .newlines).map(Normalize.clean).filter { !$0.isEmpty }
            var nipLine = lines.count > 1 ? lines.last! : ""
            if let range = nipCell.text.range(of: "NIP", options: .caseInsensitive) {
                nipLine = String(nipCell.text[range.upperBound...]).components(separatedBy: .newlines).first ?? ""
            }
            nipLine = nipLine.trimmingCharacters(in: CharacterSet(charactersIn: ".: "))
            nipCell = nipLine.isEmpty ? .empty : .text(nipLine)
        }
        switch Normalize.nip(nipCell) {
        case .success(let n): nipValue = n
        case .failure(.damagedByExcel(let w)): damaged = w
        case .failure(.oldNIPOnly(let w)): problem(.error, r, .nip, .nipOldOnly(written: w))
        case .failure(.malformed(let w, let reason)): problem(.error, r, .nip, .nipMalformed(written: w, reason: reason))
        case nil:
            if layout.column(.nip) != nil, !stacked, !text(r, .name).isEmpty {
                problem(.error, r, .nip, .nipMissing(name: text(r, .name)))
            }
        }
        // Names: separate degree columns (SIASN) or degrees inside the name.
        var name = text(r, .name)
        if stacked {
            let raw = cell(r, .name).text
            let cut = raw.range(of: "NIP", options: .caseInsensitive)?.lowerBound ?? raw.endIndex
            name = Normalize.clean(String(raw[..<cut]).replacingOccurrences(of: "\r\n", with: " ").replacingOccurrences(of: "\n", with: " "))
        }
        if layout.column(.frontTitles) != nil || layout.column(.backTitles) != nil {
            name = Normalize.fullName(front: text(r, .frontTitles), name: name, back: text(r, .backTitles))
        }
        name = name.replacingOccurrences(of: "\r\n", with: " ").replacingOccurrences(of: "\n", with: " ")
        if name.isEmpty {
            if nipValue != nil { problem(.error, r, .name, .nameMissing) }
            return nil
        }
        var out = StaffRow(row: rowID(r), at: at(r, layout.column(.nip) ?? layout.column(.name) ?? 1), nip: nipValue, name: name,
                           unitPath: [])
        out.damagedNIP = damaged

        // Birth: a date column, or place and date in one cell.
        if layout.column(.birthDate) != nil {
            out.born = day(r, .birthDate, field: "tanggal lahir")
        } else if layout.column(.birthPlaceAndDate) != nil {
            let written = text(r, .birthPlaceAndDate)
            let (_, d) = Normalize.placeAndDate(written)
            if d == nil, !written.isEmpty { problem(.warning, r, .birthPlaceAndDate, .unreadableValue(field: "tanggal lahir", written: written)) }
            out.born = d
        }
        let g = text(r, .gender)
        if !g.isEmpty {
            out.gender = Normalize.gender(g)
            if out.gender == nil { problem(.warning, r, .gender, .unreadableValue(field: "jenis kelamin", written: g)) }
        }
        // Cross-checks with the NIP: a disagreement is an error, as `ramping validate` would find it.
        if let nip = nipValue, case .success(let parsed) = NIP.parse(nip) {
            if let born = out.born, born != parsed.born {
                problem(.error, r, layout.column(.birthDate) != nil ? .birthDate : .birthPlaceAndDate,
                        .bornMismatch(nip: nip, written: born, encoded: parsed.born))
            }
            if let gender = out.gender, gender != parsed.gender {
                problem(.error, r, .gender, .genderMismatch(nip: nip, written: gender, encoded: parsed.gender))
            }
        }
        let rankText = text(r, .rank)
        if let id = Normalize.rank(siasnID: text(r, .rankID)) {
            out.rank = id
        } else if !rankText.isEmpty {
            out.rank = rankMemo[rankText] ?? { let r = Normalize.rank(rankText); rankMemo[rankText] = r; return r }()
            if out.rank == nil, !isPPPKGrade(rankText) { problem(.warning, r, .rank, .unreadableValue(field: "golongan", written: rankText)) }
            if isPPPKGrade(rankText) { out.status = .pppk }
        }
        out.rankSince = day(r, .rankSince, field: "TMT golongan")
        if layout.column(.title) != nil {
            let t = text(r, .title).replacingOccurrences(of: "\r\n", with: " ").replacingOccurrences(of: "\n", with: " ")
            if !t.isEmpty { out.title = Located(value: Normalize.clean(t), at: at(r, layout.column(.title)!)) }
        }
        let kindText = text(r, .postKind)
        if !kindText.isEmpty { out.postKind = Normalize.postKind(kindText) }
        let eselonText = text(r, .eselon)
        if !eselonText.isEmpty {
            switch Normalize.eselon(eselonText) {
            case .eselon(let e): out.eselon = e
            case .noEselon: break
            case nil: problem(.warning, r, .eselon, .unreadableValue(field: "eselon", written: eselonText))
            }
        }
        out.since = day(r, .since, field: "TMT jabatan")
        // The unit: `Bidang X – Badan Y` names the parent too; an OPD column adds the perangkat daerah.
        let unitText = text(r, .unit)
        if !unitText.isEmpty {
            out.unitPath = unitMemo[unitText] ?? { let p = splitUnitPath(unitText); unitMemo[unitText] = p; return p }()
            out.unitAt = at(r, layout.column(.unit)!)
        } else if let s = sectionUnit {
            out.unitPath = [s]
        }
        let opd = text(r, .opd)
        if !opd.isEmpty, !out.unitPath.isEmpty, Normalize.key(opd) != Normalize.key(out.unitPath.last!) {
            out.unitPath.append(opd)
        } else if !opd.isEmpty, out.unitPath.isEmpty {
            out.unitPath = [opd]
            out.unitAt = at(r, layout.column(.opd)!)
        }
        out.unitID = text(r, .unitID).isEmpty ? nil : text(r, .unitID)
        let level = text(r, .educationLevel)
        let edu = text(r, .education)
        func education(_ s: String) -> Education? {
            if s.isEmpty { return nil }
            if let e = educationMemo[s] { return e }
            let e = Normalize.education(s)
            educationMemo[s] = e
            return e
        }
        out.education = Normalize.education(siasnID: text(r, .educationLevelID)) ?? education(level) ?? education(edu)
        if out.education == nil, !(edu + level).isEmpty {
            problem(.warning, r, level.isEmpty ? .education : .educationLevel, .unreadableValue(field: "pendidikan", written: level.isEmpty ? edu : level))
        }
        let status = Normalize.key(text(r, .status))
        if status.contains("pppk") { out.status = .pppk } else if status.contains("pns") || status == "aktif" { out.status = out.status ?? .pns }
        out.grade = Normalize.count(cell(r, .grade))
        return out
    }

    func isPPPKGrade(_ s: String) -> Bool {
        let romans = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII"]
        return romans.contains(Normalize.clean(s).uppercased())
    }

    mutating func day(_ r: Int, _ f: Field, field: String) -> Day? {
        guard layout.column(f) != nil else { return nil }
        let c = cell(r, f)
        let value: Normalize.DateValue?
        if let memo = dateMemo[c] { value = memo } else {
            value = Normalize.date(c)
            if dateMemo.count < 50_000 { dateMemo[c] = value }
        }
        switch value {
        case .day(let d): return d
        case .empty: return nil
        case nil:
            problem(.warning, r, f, .unreadableValue(field: field, written: Normalize.clean(c.text)))
            return nil
        }
    }

    /// `Bidang X – Badan Y` → [Bidang X, Badan Y]: an en dash (or ` - `) separates a unit from its parent.
    func splitUnitPath(_ s: String) -> [String] {
        let parts = s.components(separatedBy: " – ").flatMap { $0.components(separatedBy: " — ") }
            .flatMap { $0.components(separatedBy: " - ") }
            .map(Normalize.clean).filter { !$0.isEmpty }
        return parts.isEmpty ? [s] : parts
    }
}
