import Foundation
import OrgModel
import OrgTables

/// Combines what the files say into one chart: the unit tree and posts from the structure files (or, with
/// none, from the staff list's units and titles), people matched to posts by unit and normalised title,
/// workload from ABK worksheets, and what the tree implies (root, heads, levels, eselon, jenjang).
struct ChartBuilder {
    let sources: Sources
    let skip: Set<RowID>
    let options: ImportOptions
    var diagnostics: [ImportDiagnostic] = []

    struct U {
        var key: String
        var name: String
        var kind: UnitKind?
        var parent: String?
        var codes: [String] = []
        var id = ""
    }

    /// A post of the chart being built: what the files say of it (`PostSpec`, read through as `p.title`),
    /// how many people the staff lists place in it, and its id once assigned.
    @dynamicMemberLookup
    struct P {
        var spec: PostSpec
        var holders = 0
        var id = ""

        init(_ spec: PostSpec) {
            self.spec = spec
            // Incumbents are matched to the post as people (`people`), not kept twice.
            self.spec.incumbents = []
        }

        subscript<T>(dynamicMember field: WritableKeyPath<PostSpec, T>) -> T {
            get { spec[keyPath: field] }
            set { spec[keyPath: field] = newValue }
        }
    }

    var units: [U] = []
    var unitIndex: [String: Int] = [:]
    /// Units by name key (several units may share a name: two OPDs each with a Sekretariat).
    var unitsByName: [String: [Int]] = [:]
    var posts: [P] = []
    /// Posts by unit key and title key, for matching a large staff list in linear time.
    var postIndex: [String: Int] = [:]
    /// Units by SIASN id or kode unor.
    var unitByCode: [String: Int] = [:]
    var people: [(row: StaffRow, post: Int?)] = []
    var notInferred: [String] = []

    init(sources: Sources, skip: Set<RowID>, options: ImportOptions) {
        self.sources = sources
        self.skip = skip
        self.options = options
    }

    var firstPath: String { sources.kinds.first?.path ?? "" }

    mutating func problem(_ severity: ImportDiagnostic.Severity, _ at: TableLocation?, _ p: ImportProblem, row: RowID?) {
        diagnostics.append(ImportDiagnostic(severity, path: at?.path ?? row?.path ?? firstPath, at: at, p, row: row))
    }

    // MARK: Units

    @discardableResult
    mutating func addUnit(key: String, name: String, kind: UnitKind?, parent: String?, codes: [String] = []) -> Int {
        if let i = unitIndex[key] { return i }
        units.append(U(key: key, name: name, kind: kind ?? Inference.unitKind(name: name), parent: parent, codes: codes))
        unitIndex[key] = units.count - 1
        unitsByName[Normalize.key(name), default: []].append(units.count - 1)
        for c in codes where unitByCode[c] == nil { unitByCode[c] = units.count - 1 }
        return units.count - 1
    }

    mutating func addPost(_ p: P) {
        posts.append(p)
        let k = p.unitKey + "|" + Normalize.key(p.title)
        if postIndex[k] == nil { postIndex[k] = posts.count - 1 }
    }

    /// A unit by name: exactly (case, spacing and punctuation aside), else a close spelling with a warning.
    mutating func findUnit(named name: String, at: TableLocation?, row: RowID?) -> Int? {
        let k = Normalize.key(name)
        if let i = unitsByName[k]?.first { return i }
        let close = units.indices.filter { Self.isClose(Normalize.key(units[$0].name), k) }
        if close.count == 1 {
            problem(.warning, at, .unitCloseMatch(written: name, matched: units[close[0]].name), row: row)
            return close[0]
        }
        return nil
    }

    /// Close spellings: an edit distance of at most a tenth of the length (at least 2).
    static func isClose(_ a: String, _ b: String) -> Bool {
        if a.isEmpty || b.isEmpty { return false }
        let limit = max(2, max(a.count, b.count) / 10)
        if abs(a.count - b.count) > limit { return false }
        return editDistance(Array(a), Array(b), limit: limit) <= limit
    }

    static func editDistance(_ a: [Character], _ b: [Character], limit: Int) -> Int {
        var previous = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var current = [i] + [Int](repeating: 0, count: b.count)
            var best = current[0]
            for j in stride(from: 1, through: b.count, by: 1) {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                best = min(best, current[j])
            }
            if best > limit { return best }
            previous = current
        }
        return previous[b.count]
    }

    /// Units named along a path from the most specific up (`[Bidang X, Badan Y]`), created where missing.
    mutating func ensurePath(_ path: [String]) -> Int? {
        var parent: String?
        var last: Int?
        for name in path.reversed() {
            if let i = unitsByName[Normalize.key(name)]?.first(where: { units[$0].parent == parent || parent == nil || units[$0].parent == nil }) {
                if units[i].parent == nil, let parent, units[i].key != parent { units[i].parent = parent }
                last = i
            } else {
                last = addUnit(key: "s\(units.count)", name: name, kind: nil, parent: parent)
            }
            parent = units[last!].key
        }
        return last
    }

    // MARK: Building

    // swiftlint:disable:next function_body_length cyclomatic_complexity
    mutating func build() -> OrgChart? {
        let structured = sources.structures.contains { !$0.posts.isEmpty || !$0.units.isEmpty }
        var incumbents: [(StaffRow, Int)] = []
        for spec in sources.structures {
            for u in spec.units { addUnit(key: u.key, name: u.name, kind: u.kind, parent: u.parentKey, codes: u.codes) }
        }
        for spec in sources.structures {
            // A post stays when its row is skipped for an incumbent's error (a pemangku sheet puts both on one row).
            for post in spec.posts {
                guard let u = resolveUnit(post, in: spec) else { continue }
                let unitKey = units[u].key
                let k = Normalize.key(post.title)
                // The same post from another file (a SOTK registry and a position registry): one post.
                if let existing = posts.firstIndex(where: { $0.unitKey == unitKey && Normalize.key($0.title) == k && $0.row.path != post.row.path }) {
                    var p = posts[existing]
                    p.head = p.head || post.head
                    p.level = p.level ?? post.level
                    p.eselon = p.eselon ?? post.eselon
                    p.jenjang = p.jenjang ?? post.jenjang
                    p.grade = p.grade ?? post.grade
                    p.k = p.k ?? post.k
                    p.b = p.b ?? post.b
                    posts[existing] = p
                    for person in post.incumbents where !skip.contains(person.row) { incumbents.append((person, existing)) }
                    continue
                }
                var spec = post
                spec.unitKey = unitKey
                addPost(P(spec))
                for person in post.incumbents where !skip.contains(person.row) { incumbents.append((person, posts.count - 1)) }
            }
        }
        inferParents()

        // People: incumbents already sit in their posts; staff-list rows are matched (or, with no structure, make the posts).
        var byNIP: [String: Int] = [:]
        func addPerson(_ row: StaffRow, _ post: Int?) {
            if let nip = row.nip, let i = byNIP[nip] {
                if people[i].row.row.path == row.row.path {
                    problem(.error, row.at, .nipDuplicate(nip: nip, first: people[i].row.at.description), row: row.row)
                    return
                }
                people[i].row.fillMissing(from: row)
                people[i].post = people[i].post ?? post
                return
            }
            guard row.nip != nil else { return }
            people.append((row, post))
            byNIP[row.nip!] = people.count - 1
        }
        var damaged: [(StaffRow, Int?)] = []
        for (row, post) in incumbents {
            if row.damagedNIP != nil { damaged.append((row, post)) } else { addPerson(row, post) }
        }
        for row in sources.staff where !skip.contains(row.row) {
            if row.damagedNIP != nil { damaged.append((row, nil)) } else { addPerson(row, structured ? match(row) : ownPost(row)) }
        }
        // A NIP Excel damaged is never guessed; it is taken from another file only when exactly one person
        // there has the same name and birth date and a NIP that Excel would have shown the same way.
        for (row, ownPost) in damaged {
            let written = row.damagedNIP!
            let candidates = people.indices.filter { i in
                let other = people[i].row
                guard other.row.path != row.row.path, let nip = other.nip,
                      Normalize.nameKey(other.name) == Normalize.nameKey(row.name) else { return false }
                let born = other.born ?? (try? NIP.parse(nip).get())?.born
                return born != nil && born == row.born && Self.excelWouldShow(nip, as: written)
            }
            guard candidates.count == 1, let nip = people[candidates[0]].row.nip else {
                problem(.error, row.at, .nipDamagedByExcel(written: written), row: row.row)
                continue
            }
            problem(.warning, row.at, .nipRecovered(written: written, nip: nip, from: people[candidates[0]].row.at.description), row: row.row)
            var fixed = row
            fixed.nip = nip
            fixed.damagedNIP = nil
            let post = people[candidates[0]].post ?? ownPost ?? (structured ? match(row) : self.ownPost(row))
            // The candidate has the same name key (the filter above), so its fuller spelling is taken as before.
            people[candidates[0]].row.fillMissing(from: fixed)
            people[candidates[0]].post = post
        }
        if !structured { inferParents() }

        for a in sources.abk where !skip.contains(a.row) { attach(a, structured: structured) }
        guard !units.isEmpty, !posts.isEmpty else {
            // Warnings alone (an unreadable date, a column not read) must not leave the run without its error.
            if !(diagnostics + sources.diagnostics).contains(where: { $0.severity == .error }) {
                problem(.error, nil, .noStructure, row: nil)
            }
            return nil
        }
        for i in people.indices { if let p = people[i].post { posts[p].holders += 1 } }
        return assemble()
    }

    /// The unit a structure post belongs to: by key, by unit code, or by name.
    mutating func resolveUnit(_ post: PostSpec, in spec: StructureSpec) -> Int? {
        if let i = unitIndex[post.unitKey] { return i }
        if post.unitKey.hasPrefix("code:") {
            let code = String(post.unitKey.dropFirst(5))
            if let i = unitByCode[code] { return i }
            // No unit registry: the unit is named by its head post, its parent by the code one segment shorter.
            let headTitle = spec.posts.first { $0.unitKey == post.unitKey && $0.head }?.title
            let name = headTitle.flatMap(Inference.unitName(headTitle:)) ?? code
            let codes = Dictionary(units.enumerated().flatMap { i, u in u.codes.map { ($0, i) } }, uniquingKeysWith: { a, _ in a })
            var parent = StructureReader.parentCode(code, in: codes).map { units[$0].key }
            if parent == nil {
                // Create the parents first, shortest code first.
                var c = code
                while let dot = c.lastIndex(of: ".") {
                    c = String(c[..<dot])
                    if spec.posts.contains(where: { $0.unitKey == "code:" + c }) {
                        var fake = post
                        fake.unitKey = "code:" + c
                        parent = resolveUnit(fake, in: spec).map { units[$0].key }
                        break
                    }
                }
            }
            return addUnit(key: post.unitKey, name: name, kind: nil, parent: parent, codes: [code])
        }
        if post.unitKey.hasPrefix("name:") {
            let name = String(post.unitKey.dropFirst(5))
            if let i = findUnit(named: name, at: post.at, row: post.row) { return i }
            return ensurePath(name.components(separatedBy: " – ").map(Normalize.clean))
        }
        problem(.error, post.at, .postNotFound(title: post.title, unit: nil), row: post.row)
        return nil
    }

    /// Units without a parent that are not perangkat daerah go under the unit their kind sits in
    /// (a subbagian in the sekretariat, a bidang in its dinas/badan), the nearest earlier one first.
    mutating func inferParents() {
        for i in units.indices where units[i].parent == nil {
            guard let kind = units[i].kind, !kind.isPerangkatDaerah, kind != .pemda else { continue }
            for parentKind in Inference.parentKinds(kind) {
                let candidates = units.indices.filter { $0 != i && units[$0].kind == parentKind && !isDescendant($0, of: i) }
                guard !candidates.isEmpty else { continue }
                let earlier = candidates.filter { $0 < i }
                units[i].parent = units[(earlier.last ?? candidates[0])].key
                break
            }
        }
    }

    func isDescendant(_ a: Int, of b: Int) -> Bool {
        var cur: String? = units[a].key
        var steps = 0
        while let c = cur, steps < units.count + 1 {
            if c == units[b].key { return true }
            cur = unitIndex[c].flatMap { units[$0].parent }
            steps += 1
        }
        return false
    }

    /// The post a staff-list row holds in the structure: by unit and title; a close spelling is a warning;
    /// none is an error naming the row.
    mutating func match(_ row: StaffRow) -> Int? {
        guard let title = row.title else { return nil }
        let k = Normalize.key(title.value)
        var unit: Int?
        if let id = row.unitID, let i = unitByCode[id] { unit = i }
        if unit == nil {
            for name in row.unitPath {
                if let i = findUnit(named: name, at: row.unitAt, row: row.row) { unit = i; break }
            }
        }
        if unit == nil, !row.unitPath.isEmpty {
            problem(.error, row.unitAt, .unitUnknown(unit: row.unitPath[0]), row: row.row)
            return nil
        }
        if let u = unit, let p = postIndex[units[u].key + "|" + k] { return p }
        let candidates = posts.indices.filter { unit == nil || posts[$0].unitKey == units[unit!].key }
        let exact = candidates.filter { Normalize.key(posts[$0].title) == k }
        if exact.count == 1 { return exact[0] }
        if exact.count > 1 {
            let names = exact.map { unitIndex[posts[$0].unitKey].map { units[$0].name } ?? "" }
            problem(.warning, title.at, .postAmbiguous(title: title.value, units: names), row: row.row)
            return nil
        }
        let close = candidates.filter { Self.isClose(Normalize.key(posts[$0].title), k) }
        if close.count == 1 {
            let unitName = unitIndex[posts[close[0]].unitKey].map { units[$0].name } ?? ""
            problem(.warning, title.at, .postCloseMatch(written: title.value, matched: posts[close[0]].title, unit: unitName), row: row.row)
            return close[0]
        }
        problem(.error, title.at, .postNotFound(title: title.value, unit: unit.map { units[$0].name }), row: row.row)
        return nil
    }

    /// With no structure file: the post a staff-list row names, made from its unit and title.
    /// Posts already made, by the unit path and title as written.
    var ownPostMemo: [[String]: Int] = [:]

    mutating func ownPost(_ row: StaffRow) -> Int? {
        guard let title = row.title else { return nil }
        if let known = ownPostMemo[row.unitPath + [title.value]] { return known }
        let made = makeOwnPost(row, title)
        if let made, !row.unitPath.isEmpty { ownPostMemo[row.unitPath + [title.value]] = made }
        return made
    }

    mutating func makeOwnPost(_ row: StaffRow, _ title: Located<String>) -> Int? {
        var path = row.unitPath
        let head = Inference.isHeadTitle(title.value)
        if path.isEmpty {
            guard head, let name = Inference.unitName(headTitle: title.value) else {
                problem(.warning, title.at, .noUnit(title: title.value), row: row.row)
                return nil
            }
            path = [name]
        }
        guard let u = ensurePath(path) else { return nil }
        let unitKey = units[u].key
        let k = Normalize.key(title.value)
        if let existing = postIndex[unitKey + "|" + k] { return existing }
        // A head title heads this unit when it names it (`Kepala Bidang X` in Bidang X, `Sekretaris` in the Sekretariat).
        // (`Sekretaris` also heads `Sekretariat Dinas X`: the unit's name starts with the one the title gives.)
        let namesUnit = Inference.unitName(headTitle: title.value).map {
            let named = Normalize.key($0), unit = Normalize.key(units[u].name)
            return named == unit || unit.hasPrefix(named + " ") && Inference.unitKind(name: $0) == units[u].kind
        } ?? false
        var post = P(PostSpec(unitKey: unitKey, title: title.value, head: head && namesUnit, at: title.at, row: row.row))
        if let e = row.eselon { post.eselon = e; post.level = StructureReader.level(e) }
        switch row.postKind {
        case .functional?: if post.level == nil { post.level = .fungsional }
        case .executive?: if post.level == nil { post.level = .pelaksana }
        default: break
        }
        post.grade = row.grade
        addPost(post)
        return posts.count - 1
    }

    mutating func attach(_ a: ABKSheet, structured: Bool) {
        guard structured else {
            problem(.error, a.at, .abkWithoutStructure, row: nil)
            return
        }
        let k = Normalize.key(a.title)
        var candidates = posts.indices.filter { Normalize.key(posts[$0].title) == k }
        if let unit = a.unit, candidates.count > 1 {
            let uk = Normalize.key(unit)
            candidates = candidates.filter { unitIndex[posts[$0].unitKey].map { Normalize.key(units[$0].name) == uk } ?? false }
        }
        guard candidates.count == 1 else {
            problem(.error, a.at, .postNotFound(title: a.title, unit: a.unit), row: a.row)
            return
        }
        posts[candidates[0]].workload = a.tasks
        if posts[candidates[0]].grade == nil { posts[candidates[0]].grade = a.grade }
    }

    /// Whether Excel shows `nip` as `written`: in scientific notation (`1,97608E+17`) or with its last digits
    /// zeroed (`197901052005021000`).
    static func excelWouldShow(_ nip: String, as written: String) -> Bool {
        let w = written.replacingOccurrences(of: ",", with: ".").uppercased()
        if let e = w.range(of: "E+") {
            let mantissa = String(w[..<e.lowerBound]).replacingOccurrences(of: " ", with: "")
            guard let m = Double(mantissa), let exponent = Int(w[e.upperBound...]), let value = Double(nip) else { return false }
            let decimals = max(0, mantissa.count - (mantissa.contains(".") ? 2 : 1))
            var scale = 1.0
            for _ in 0..<decimals { scale *= 10 }
            var power = 1.0
            for _ in 0..<exponent { power *= 10 }
            return abs((value / power * scale).rounded() / scale - m) < 0.5 / scale
        }
        let digits = written.filter(\.isNumber)
        guard digits.count == 18, nip.count == 18 else { return false }
        let kept = digits.reversed().drop { $0 == "0" }.count
        return kept >= 12 && nip.prefix(kept) == digits.prefix(kept)
    }

    // MARK: The chart

    // swiftlint:disable:next function_body_length cyclomatic_complexity
    mutating func assemble() -> OrgChart? {
        let (orgName, region) = organisation()
        // The root: the one top unit, or an added pemda over several.
        let tops = units.indices.filter { units[$0].parent == nil || unitIndex[units[$0].parent!] == nil }
        var rootIndex = tops.first!
        if tops.count > 1 {
            let root = addUnit(key: "root", name: orgName, kind: .pemda, parent: nil)
            for t in tops { units[t].parent = "root" }
            let headTitle = orgNameGuessed ? "Kepala Daerah" : (region == .kota ? "Wali Kota " : "Bupati ") + place(orgName)
            addPost(P(PostSpec(unitKey: "root", title: headTitle, head: true, level: .politik, at: nil, row: RowID(path: firstPath, sheet: nil, row: 0))))
            problem(.warning, nil, .rootAdded(name: orgName, head: headTitle), row: nil)
            rootIndex = root
        } else {
            units[rootIndex].parent = nil
        }
        // Unknown kinds.
        var unknownKinds: [String] = []
        for i in units.indices where units[i].kind == nil {
            units[i].kind = i == rootIndex ? .badan : .bidang
            unknownKinds.append(units[i].name)
        }
        // Heads: one per unit, the head row that names the unit first.
        for u in units.indices {
            let key = units[u].key
            let heads = posts.indices.filter { posts[$0].unitKey == key && posts[$0].head }
            guard heads.count > 1 else { continue }
            let naming = heads.first { Inference.unitName(headTitle: posts[$0].title).map { Normalize.key($0) == Normalize.key(units[u].name) } ?? false }
            for h in heads where h != (naming ?? heads[0]) { posts[h].head = false }
        }
        if !posts.contains(where: { $0.unitKey == units[rootIndex].key && $0.head }) {
            problem(.error, nil, .unitWithoutHead(unit: units[rootIndex].name), row: nil)
            return nil
        }
        // Levels, eselon, jenjang.
        var noJenjang: [String] = []
        for i in posts.indices {
            let u = unitIndex[posts[i].unitKey]!
            let kind = units[u].kind!
            let parentKind = units[u].parent.flatMap { unitIndex[$0] }.flatMap { units[$0].kind }
            var p = posts[i]
            if p.level == nil { p.level = p.head ? Inference.headLevel(kind) : Inference.staffLevel(title: p.title).0 }
            if p.level == .fungsional, p.jenjang == nil { p.jenjang = Normalize.jenjang(p.title) }
            if p.level == .fungsional, p.jenjang == nil {
                noJenjang.append(p.title)
                p.level = .pelaksana
            }
            if p.level!.isStructural {
                if p.eselon == nil || p.eselon!.group != p.level!.eselonGroup {
                    p.eselon = Inference.eselon(level: p.level!, kind: kind, parentKind: parentKind)
                }
            } else {
                p.eselon = nil
            }
            if p.level != .fungsional { p.jenjang = nil }
            if let g = p.grade, !(1...17).contains(g) { p.grade = nil }
            posts[i] = p
        }
        // Ids: short and stable, never shown to the planner in place of a name.
        var used = Set<String>()
        func unique(_ base: String) -> String {
            var id = base, n = 2
            while used.contains(id) { id = "\(base)-\(n)"; n += 1 }
            used.insert(id)
            return id
        }
        var order: [Int] = []
        func visit(_ u: Int, depth: Int) {
            order.append(u)
            guard depth < 64 else { return }
            for c in units.indices where units[c].parent == units[u].key && c != u { visit(c, depth: depth + 1) }
        }
        visit(rootIndex, depth: 0)
        for u in order {
            let parentID = units[u].parent.flatMap { unitIndex[$0] }.map { units[$0].id }
            let own = Self.unitSlug(units[u].name, kind: units[u].kind!)
            units[u].id = unique(u == rootIndex && units[u].kind == .pemda ? "pemda" : (parentID.map { p in p == "pemda" ? own : "\(p).\(own)" } ?? own))
        }
        var chartUnits: [OrgModel.Unit] = []
        for u in order {
            chartUnits.append(OrgModel.Unit(id: units[u].id, name: units[u].name, kind: units[u].kind!,
                                            parent: units[u].parent.flatMap { unitIndex[$0] }.map { units[$0].id }))
        }
        var chartPosts: [Position] = []
        var postOrder: [Int] = []
        for u in order {
            let key = units[u].key
            let here = posts.indices.filter { posts[$0].unitKey == key }.sorted { posts[$0].head && !posts[$1].head }
            postOrder += here
        }
        for i in postOrder {
            let unitID = units[unitIndex[posts[i].unitKey]!].id
            posts[i].id = unique(unitID + "." + (posts[i].head ? "kepala" : Self.slug(posts[i].title, max: 40)))
            let p = posts[i]
            let seats = max(1, p.k ?? max(p.b ?? 0, p.holders))
            chartPosts.append(Position(id: p.id, title: p.title, unit: unitID, head: p.head, level: p.level!, eselon: p.eselon,
                                       jenjang: p.jenjang, grade: p.grade, seats: seats, workload: p.workload))
        }
        var chartPeople: [Person] = []
        for (row, post) in people {
            guard let nip = row.nip else { continue }
            chartPeople.append(Person(nip: nip, name: row.name, position: post.map { posts[$0].id }, since: row.since, rank: row.rank,
                                      rankSince: row.rankSince, education: row.education, born: row.born, gender: row.gender,
                                      status: row.status))
        }
        // What the files cannot say: one warning listing it.
        var missing: [String] = []
        let typed = chartUnits.filter { !$0.kind.allowedTypes.isEmpty }.map(\.name)
        if !typed.isEmpty { missing.append("tipe A/B/C (PP 18/2016): " + typed.joined(separator: ", ")) }
        let pds = chartUnits.filter { $0.kind.isPerangkatDaerah || $0.kind == .badan || $0.kind == .dinas }.map(\.name)
        if !pds.isEmpty { missing.append("urusan pemerintahan (affairs): " + pds.joined(separator: ", ")) }
        if !unknownKinds.isEmpty { missing.append("jenis unit (dicatat 'bidang'): " + unknownKinds.joined(separator: ", ")) }
        if !noJenjang.isEmpty { missing.append("jenjang jabatan fungsional (dicatat pelaksana): " + Array(Set(noJenjang)).sorted().joined(separator: ", ")) }
        if orgNameGuessed { missing.append("nama dan jenis daerah (dipakai '\(orgName)'; ubah di bagian organisation)") }
        if !missing.isEmpty { problem(.warning, nil, .notInferred(items: missing), row: nil) }

        let asOf = options.asOf ?? metadataDay() ?? options.today
        var organisation = Organisation(id: Self.slug(orgName.replacingOccurrences(of: "Pemerintah ", with: ""), max: 40), name: orgName,
                                        region: region, asOf: asOf)
        // The ABK sheets' WKE becomes the chart's effective hours when they agree (older Permendagri files use 72,000).
        let wke = Set(sources.abk.filter { !skip.contains($0.row) }.compactMap(\.effectiveMinutes))
        if wke.count == 1, let minutes = wke.first, minutes != organisation.settings.effectiveHours * 60 {
            organisation.settings.effectiveHours = minutes / 60
        } else if wke.count > 1 {
            problem(.warning, sources.abk.first?.at, .effectiveMinutesDiffer(values: wke.sorted()), row: nil)
        }
        return OrgChart(organisation: organisation, units: chartUnits, positions: chartPosts, people: chartPeople)
    }

    var orgNameGuessed = false

    /// The region from the files' title rows or SIASN's instansi (`KABUPATEN CONTOH`, `Kab. Contoh`, `KOTA X`).
    mutating func organisation() -> (String, Region) {
        for line in sources.metadata {
            let words = Normalize.clean(line).split(separator: " ").map(String.init)
            for (i, w) in words.enumerated() {
                let u = w.uppercased()
                let region: Region? = ["KABUPATEN", "KAB", "KAB."].contains(u) ? .kabupaten : (u == "KOTA" ? .kota : nil)
                guard let region else { continue }
                var name: [String] = []
                for n in words[(i + 1)...] {
                    if n.first?.isNumber == true || ["–", "-", "—", "PERIODE", "TAHUN", "KEADAAN"].contains(n.uppercased()) { break }
                    name.append(n)
                }
                guard !name.isEmpty, name.count <= 3 else { continue }
                let place = name.map { $0.prefix(1).uppercased() + $0.dropFirst().lowercased() }.joined(separator: " ")
                return ((region == .kota ? "Pemerintah Kota " : "Pemerintah Kabupaten ") + place, region)
            }
        }
        orgNameGuessed = true
        return ("Pemerintah Daerah", .kabupaten)
    }

    func place(_ orgName: String) -> String {
        orgName.replacingOccurrences(of: "Pemerintah Kabupaten ", with: "").replacingOccurrences(of: "Pemerintah Kota ", with: "")
    }

    /// The day a title row states (`Keadaan s.d. 31 Desember 2024`, `KEADAAN 1 JANUARI 2025`).
    func metadataDay() -> Day? {
        for line in sources.metadata {
            let words = Normalize.clean(line).split(separator: " ").map(String.init)
            guard words.count >= 3 else { continue }
            for i in 0...(words.count - 3) {
                let candidate = words[i..<(i + 3)].joined(separator: " ")
                if words[i].first?.isNumber == true, let d = Normalize.dateText(candidate) { return d }
            }
            for w in words where w.filter({ $0 == "-" || $0 == "/" }).count == 2 {
                if let d = Normalize.dateText(w) { return d }
            }
        }
        return nil
    }

    /// A slug: lowercase letters and digits joined by `-`, cut at a word boundary.
    static func slug(_ s: String, max: Int) -> String {
        var out = ""
        for c in s.lowercased().folding(options: .diacriticInsensitive, locale: nil) {
            if c.isASCII && (c.isLetter || c.isNumber) { out.append(c) } else if !out.isEmpty && out.last != "-" { out.append("-") }
        }
        while out.hasSuffix("-") { out.removeLast() }
        if out.count > max {
            out = String(out.prefix(max))
            if let dash = out.lastIndex(of: "-") { out = String(out[..<dash]) }
            // Never end on a joining word: `bidang-pengadaan-pemberhentian-dan` → `bidang-pengadaan-pemberhentian`.
            for word in ["-dan", "-serta", "-dari", "-di", "-ke", "-untuk", "-pada"] where out.hasSuffix(word) {
                out = String(out.dropLast(word.count))
            }
        }
        return out.isEmpty ? "unit" : out
    }

    /// A perangkat daerah with a long name by its initials (`Badan Kepegawaian dan Pengembangan Sumber Daya
    /// Manusia` → `bkpsdm`), other units by their name.
    static func unitSlug(_ name: String, kind: UnitKind) -> String {
        let words = name.split(separator: " ").map(String.init).filter { !["dan", "serta", "&", ","].contains($0.lowercased()) }
        if kind.isPerangkatDaerah || kind == .upt, words.count >= 4 {
            return slug(words.compactMap { $0.first.map(String.init) }.joined(), max: 20)
        }
        return slug(name, max: 48)
    }
}
