import OrgModel
import OrgTables

/// Reads the unit tree and posts of a structure file (spec §4): a SOTK/unor registry with parent pointers
/// or hierarchical codes, a position registry keyed to units, or a peta jabatan / rekap ABK table whose tree
/// is in its numbering (`1.1.2`), its indentation (empty leading cells or leading spaces), its section rows
/// (a unit name alone), or a Unit Kerja column.
struct StructureReader {
    let path: String
    let sheet: Sheet
    let layout: TableLayout
    var diagnostics: [ImportDiagnostic] = []
    var spec = StructureSpec()

    init(path: String, sheet: Sheet, layout: TableLayout) {
        self.path = path
        self.sheet = sheet
        self.layout = layout
        spec.metadata = layout.metadata
    }

    func at(_ r: Int, _ f: Field?) -> TableLocation {
        sheet.location(path: path, row: r, column: f.flatMap { layout.column($0) } ?? 1)
    }
    func rowID(_ r: Int) -> RowID { RowID(path: path, sheet: sheet.name, row: r) }
    func text(_ r: Int, _ f: Field) -> String {
        guard let c = layout.column(f) else { return "" }
        let t = Normalize.clean(sheet[r, c].text)
        return t.lowercased() == "null" ? "" : t
    }
    func cell(_ r: Int, _ f: Field) -> CellValue { layout.column(f).map { sheet[r, $0] } ?? .empty }

    mutating func read() -> StructureSpec {
        if layout.column(.unitName) != nil || layout.column(.parentID) != nil {
            readRegistry()
        } else if layout.column(.postCode) != nil || (layout.column(.unitCode) != nil && layout.column(.title) != nil) {
            readPositionRegistry()
        } else {
            readTable()
        }
        return spec
    }

    // MARK: SOTK / unor registries

    mutating func readRegistry() {
        var byID: [String: Int] = [:]
        var parents: [(Int, String, Int)] = []
        for case .data(let r) in LayoutFinder.rows(sheet, layout) {
            let name = text(r, .unitName)
            guard !name.isEmpty else { continue }
            let id = text(r, .id).isEmpty ? (text(r, .unitCode).isEmpty ? "r\(r)" : text(r, .unitCode)) : text(r, .id)
            var unit = UnitSpec(key: "u\(spec.units.count)", parentKey: nil, name: name, kind: Inference.unitKind(name: name), at: at(r, .unitName))
            unit.codes = [id, text(r, .unitCode)].filter { !$0.isEmpty }
            byID[id] = spec.units.count
            let parent = text(r, .parentID)
            if !parent.isEmpty { parents.append((spec.units.count, parent, r)) }
            spec.units.append(unit)
            let title = text(r, .title)
            if !title.isEmpty {
                var eselon: Eselon?
                if case .eselon(let e)? = Normalize.eselon(text(r, .eselon)) { eselon = e } else if case .eselon(let e)? = Normalize.eselon(text(r, .eselonID)) { eselon = e }
                spec.posts.append(PostSpec(unitKey: unit.key, title: title, head: true, level: eselon.map(Self.level), eselon: eselon,
                                           grade: Normalize.count(cell(r, .grade)), k: nil, at: at(r, .title), row: rowID(r)))
            }
        }
        // Parent pointers first; hierarchical codes (01.05.01 under 01.05) where there are none.
        let byCode = Dictionary(spec.units.enumerated().flatMap { i, u in u.codes.map { ($0, i) } }, uniquingKeysWith: { a, _ in a })
        for (i, parent, r) in parents {
            if let p = byID[parent] { spec.units[i].parentKey = spec.units[p].key } else {
                diagnostics.append(ImportDiagnostic(.error, path: path, at: at(r, .parentID),
                                                    .unitParentUnknown(unit: spec.units[i].name, parent: parent), row: rowID(r)))
            }
        }
        if parents.isEmpty {
            for i in spec.units.indices {
                guard let code = spec.units[i].codes.last, let p = Self.parentCode(code, in: byCode) else { continue }
                spec.units[i].parentKey = spec.units[p].key
            }
        }
    }

    static func level(_ e: Eselon) -> Level {
        switch e.group {
        case 2: .jptPratama
        case 3: .administrator
        default: .pengawas
        }
    }

    /// The code one segment shorter that exists: `01.05.01` → `01.05`; fixed-width codes by length.
    static func parentCode(_ code: String, in codes: [String: Int]) -> Int? {
        var c = code
        while let dot = c.lastIndex(where: { $0 == "." || $0 == "-" }) {
            c = String(c[..<dot])
            if let p = codes[c] { return p }
        }
        if !code.contains("."), code.count > 2 {
            var shorter = String(code.dropLast(2))
            while shorter.count >= 2 {
                if let p = codes[shorter] { return p }
                shorter = String(shorter.dropLast(2))
            }
        }
        return nil
    }

    // MARK: Position registries (posts keyed to unit codes)

    mutating func readPositionRegistry() {
        for case .data(let r) in LayoutFinder.rows(sheet, layout) {
            let title = text(r, .title)
            guard !title.isEmpty else { continue }
            let unitCode = text(r, .unitCode)
            let postCode = text(r, .postCode)
            let head = postCode.hasSuffix(".00") || (postCode.isEmpty && Inference.isHeadTitle(title))
            var post = PostSpec(unitKey: "code:" + unitCode, title: title, head: head, level: nil, eselon: nil,
                                grade: Normalize.count(cell(r, .grade)), k: Normalize.count(cell(r, .k)), at: at(r, .title), row: rowID(r))
            fillLevel(&post, r)
            spec.posts.append(post)
        }
    }

    /// Level, eselon and jenjang from the jenis-jabatan, eselon and jenjang columns and the title.
    mutating func fillLevel(_ post: inout PostSpec, _ r: Int) {
        let kindText = text(r, .postKind)
        if case .eselon(let e)? = Normalize.eselon(text(r, .eselon)) { post.eselon = e; post.level = Self.level(e) }
        if post.level == nil, let l = Normalize.structuralLevel(kindText) { post.level = l }
        let jenjangText = text(r, .jenjang)
        if let j = Normalize.jenjang(jenjangText) ?? Normalize.jenjang(post.title) { post.jenjang = j }
        if post.level == nil {
            switch Normalize.postKind(kindText) {
            case .functional?: post.level = .fungsional
            case .executive?: post.level = .pelaksana
            default: break
            }
        }
        if post.level != .fungsional, post.level != nil { post.jenjang = nil }
    }

    // MARK: Peta jabatan and rekap tables

    // swiftlint:disable:next function_body_length cyclomatic_complexity
    mutating func readTable() {
        let rows = LayoutFinder.rows(sheet, layout)
        let titleColumn = layout.column(.title) ?? layout.column(.name) ?? 2
        // Stack of (depth, unit key) for tree tables; the current section for rekap tables.
        var stack: [(depth: Int, key: String)] = []
        var sectionKey: String?
        var lastPost: Int?
        var unitByName: [String: String] = [:]
        let hasUnitColumn = layout.column(.unit) != nil
        let numbered = rows.contains { if case .data(let r) = $0 { return text(r, .no).contains(".") } else { return false } }
        let indented = layout.nameArea != nil || rows.contains {
            if case .data(let r) = $0, case .text(let s) = sheet[r, titleColumn] { return s.hasPrefix("  ") } else { return false }
        }
        let tree = numbered || indented

        func unitFor(name: String, at: TableLocation, parent: String?) -> String {
            let k = Normalize.key(name) + "|" + (parent ?? "")
            if let u = unitByName[k] { return u }
            let key = "u\(spec.units.count)"
            spec.units.append(UnitSpec(key: key, parentKey: parent, name: name, kind: Inference.unitKind(name: name), at: at))
            unitByName[k] = key
            return key
        }

        for row in rows {
            switch row {
            case .footer: continue
            case .section(let r, let name):
                let display = Self.displayName(name)
                sectionKey = unitFor(name: display, at: sheet.location(path: path, row: r, column: 1), parent: nil)
                lastPost = nil
                continue
            case .data(let r):
                // The title, and its depth from empty leading cells in a merged name area or leading spaces.
                var title = "", depth = 0
                if let area = layout.nameArea {
                    for c in area where !Normalize.clean(sheet[r, c].text).isEmpty {
                        title = Normalize.clean(sheet[r, c].text)
                        depth = c - area.lowerBound + 1
                        break
                    }
                } else {
                    let raw = sheet[r, titleColumn].text
                    title = Normalize.clean(raw)
                    depth = raw.prefix { $0 == " " || $0 == "\u{A0}" }.count > 0 ? 99 : 0
                }
                let number = text(r, .no)
                if numbered { depth = number.isEmpty ? 99 : number.split(separator: ".").count }
                // An incumbent row under its post: position cells blank, a person beside them.
                if title.isEmpty {
                    if lastPost != nil, !text(r, .nip).isEmpty || !text(r, .name).isEmpty {
                        spec.posts[lastPost!].incumbents.append(StaffRow(row: rowID(r), at: at(r, .nip), name: "", unitPath: []))
                    }
                    continue
                }
                let head = Inference.isHeadTitle(title)
                var unitKey: String
                if tree {
                    if head && depth != 99 {
                        while let top = stack.last, top.depth >= depth { stack.removeLast() }
                        let name = Inference.unitName(headTitle: title) ?? title
                        unitKey = unitFor(name: name, at: at(r, .title), parent: stack.last?.key)
                        stack.append((depth, unitKey))
                    } else if head, let top = stack.last, depth == 99 {
                        // An un-numbered head row (rare): a unit under the current one.
                        let name = Inference.unitName(headTitle: title) ?? title
                        unitKey = unitFor(name: name, at: at(r, .title), parent: top.key)
                    } else if let top = stack.last {
                        if layout.nameArea != nil {
                            while let t = stack.last, t.depth >= depth, stack.count > 1 { stack.removeLast() }
                        }
                        unitKey = stack.last?.key ?? top.key
                    } else {
                        unitKey = unitFor(name: title, at: at(r, .title), parent: nil)
                    }
                } else if hasUnitColumn, !text(r, .unit).isEmpty {
                    unitKey = "name:" + text(r, .unit)
                } else if let s = sectionKey {
                    unitKey = s
                    if head, let name = Inference.unitName(headTitle: title),
                       Normalize.key(name) != Normalize.key(spec.units.first { $0.key == s }?.name ?? "") {
                        // A head row naming another unit than its section: that unit, inside the section.
                        unitKey = unitFor(name: name, at: at(r, .title), parent: nil)
                    }
                } else if head, let name = Inference.unitName(headTitle: title) {
                    unitKey = "name:" + name
                } else {
                    unitKey = "none"
                }
                var post = PostSpec(unitKey: unitKey, title: title, head: head, level: nil, eselon: nil,
                                    grade: Normalize.count(cell(r, .grade)), k: Normalize.count(cell(r, .k)),
                                    b: Normalize.count(cell(r, .b)), at: at(r, .title), row: rowID(r))
                fillLevel(&post, r)
                spec.posts.append(post)
                lastPost = spec.posts.count - 1
                if !text(r, .nip).isEmpty || !text(r, .name).isEmpty {
                    spec.posts[lastPost!].incumbents.append(StaffRow(row: rowID(r), at: at(r, .nip), name: "", unitPath: []))
                }
            }
        }
    }

    /// A section row in capitals (`SUBBAGIAN UMUM DAN KEPEGAWAIAN`) as a name (`Subbagian Umum dan Kepegawaian`).
    static func displayName(_ s: String) -> String {
        guard s == s.uppercased(), s.contains(where: \.isLetter) else { return s }
        let small: Set<String> = ["dan", "dari", "di", "ke", "pada", "untuk", "yang", "serta"]
        let acronyms: Set<String> = ["SDM", "DPRD", "UPT", "UPTD", "RSUD", "PP", "KB", "UKM", "PTSP", "ABK", "OPD", "BKPSDM", "II", "III", "IV"]
        return s.split(separator: " ").enumerated().map { i, w in
            let word = String(w)
            if acronyms.contains(word.trimmingCharacters(in: .punctuationCharacters)) { return word }
            let lower = word.lowercased()
            if i > 0, small.contains(lower) { return lower }
            return lower.prefix(1).uppercased() + lower.dropFirst()
        }.joined(separator: " ")
    }
}
