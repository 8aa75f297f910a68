import Foundation
public import OrgModel
public import OrgTables

/// What a file holds, as `--kind FILE=staff|structure|abk` names it.
public enum FileKind: String, Sendable, CaseIterable {
    case staff, structure, abk
}

public struct ImportOptions: Sendable {
    /// Kinds the planner named, by path, over what the content says.
    public var kinds: [String: FileKind] = [:]
    /// Leave out rows with errors instead of failing.
    public var skipBadRows = false
    public var asOf: Day?
    /// The day used when neither the files nor `asOf` give one.
    public var today: Day
    public var xlsxLimits = XLSXReader.Limits()

    public init(today: Day) { self.today = today }
}

/// One file to import: how the planner named it, and its bytes.
public struct ImportInput: Sendable {
    public var path: String
    public var data: Data
    public init(path: String, data: Data) {
        self.path = path
        self.data = data
    }
}

public struct ImportResult: Sendable {
    /// The chart, when there is no error left (rows with errors left out under `skipBadRows`).
    public var chart: OrgChart?
    public var diagnostics: [ImportDiagnostic]
    /// Rows left out under `skipBadRows`, each with its first error.
    public var skipped: [ImportDiagnostic]
    /// Which kind each file was read as.
    public var kinds: [(path: String, kind: FileKind)]

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

/// `ramping import`: the planner's own files (staff lists, peta jabatan, SOTK, ABK) into one chart.
public enum Importer {
    public static func run(_ inputs: [ImportInput], options: ImportOptions) -> ImportResult {
        var sources = Sources()
        for input in inputs { sources.load(input, options: options) }
        var skip = Set<RowID>()
        var skipped: [ImportDiagnostic] = []
        // With --skip-bad-rows, rows with errors are left out and the chart built again without them.
        for _ in 0..<4 {
            var builder = ChartBuilder(sources: sources, skip: skip, options: options)
            let chart = builder.build()
            let errors = (sources.diagnostics + builder.diagnostics).filter { $0.severity == .error }
            let rowErrors = errors.filter { $0.row != nil && !skip.contains($0.row!) }
            if options.skipBadRows, !rowErrors.isEmpty, errors.allSatisfy({ $0.row != nil }) {
                for e in rowErrors where !skip.contains(e.row!) {
                    skip.insert(e.row!)
                    skipped.append(e)
                }
                continue
            }
            let all = (sources.diagnostics + builder.diagnostics).filter { $0.row == nil || !skip.contains($0.row!) } + sources.columnNotes
            let failed = all.contains { $0.severity == .error }
            return ImportResult(chart: failed ? nil : chart, diagnostics: all, skipped: skipped, kinds: sources.kinds)
        }
        let all = sources.diagnostics + sources.columnNotes
        return ImportResult(chart: nil, diagnostics: all, skipped: skipped, kinds: sources.kinds)
    }
}

/// The files read and sorted by kind, before anything is combined.
struct Sources {
    var staff: [StaffRow] = []
    var structures: [StructureSpec] = []
    var abk: [ABKSheet] = []
    var metadata: [String] = []
    var diagnostics: [ImportDiagnostic] = []
    /// Columns not read (warnings at header cells): listed after every other message, which are what a
    /// planner fixes first.
    var columnNotes: [ImportDiagnostic] = []
    var kinds: [(path: String, kind: FileKind)] = []

    mutating func load(_ input: ImportInput, options: ImportOptions) {
        let book: Workbook
        do {
            book = try TableFile.read(input.data, path: input.path, xlsxLimits: options.xlsxLimits)
        } catch {
            diagnostics.append(ImportDiagnostic(.error, path: input.path, at: error.location, .unreadable(error.problem)))
            return
        }
        var found = false
        for sheet in book.sheets {
            guard let layout = LayoutFinder.find(sheet) else { continue }
            let kind = options.kinds[input.path] ?? Self.kind(layout)
            guard let kind else {
                diagnostics.append(ImportDiagnostic(.error, path: input.path, at: sheet.location(path: input.path, row: layout.headerRow, column: 1),
                                                    .unknownKind(path: input.path)))
                found = true
                continue
            }
            found = true
            kinds.append((input.path, kind))
            metadata += layout.metadata
            switch kind {
            case .staff: readStaff(input.path, sheet, layout)
            case .structure: readStructure(input.path, sheet, layout)
            case .abk:
                if layout.column(.task) != nil { readABK(input.path, sheet, layout) } else { readStructure(input.path, sheet, layout) }
            }
            if kind != .abk || layout.column(.task) == nil { columnNotes += Self.columnsNotRead(input.path, sheet, layout) }
        }
        if !found {
            diagnostics.append(ImportDiagnostic(.error, path: input.path, at: nil, .noHeader))
        }
    }

    /// The columns no field is read from, never silently lost: a warning at the header cell of a column whose
    /// header is close to a known one (did you mean) or repeats a field already read, and one warning listing
    /// the other columns with their cells.
    static func columnsNotRead(_ path: String, _ sheet: Sheet, _ layout: TableLayout) -> [ImportDiagnostic] {
        let read = Set(layout.columns.values)
        var out: [ImportDiagnostic] = []
        var others: [(header: String, cell: String)] = []
        var firstOther: Int?
        for c in layout.keys.keys.sorted() {
            let key = layout.keys[c]!
            guard !read.contains(c), Synonyms.stacked[key] == nil else { continue }
            let written = Normalize.clean(sheet[layout.headerRow, c].text)
            let header = key.contains("|") || written.isEmpty ? key.replacingOccurrences(of: "|", with: " / ") : written
            let at = sheet.location(path: path, row: layout.headerRow, column: c)
            if let field = Synonyms.field(key), let first = layout.column(field) {
                out.append(ImportDiagnostic(.warning, path: path, at: at, .columnRepeated(header: header, first: CellReference.columnLetters(first))))
            } else if let suggestion = Synonyms.suggestion(for: key) {
                out.append(ImportDiagnostic(.warning, path: path, at: at, .columnNotRead(header: header, suggestion: suggestion)))
            } else {
                others.append((header, at.cell.a1))
                if firstOther == nil { firstOther = c }
            }
        }
        if let c = firstOther {
            out.append(ImportDiagnostic(.warning, path: path, at: sheet.location(path: path, row: layout.headerRow, column: c), .columnsNotRead(headers: others.map(\.header), cells: others.map(\.cell))))
        }
        return out
    }

    /// The kind a table's columns say it is.
    static func kind(_ l: TableLayout) -> FileKind? {
        let has = { (f: Field) in l.column(f) != nil }
        if has(.task) && (has(.volume) || has(.minutes)) { return .abk }
        if has(.unitName) || has(.parentID) || has(.postCode) || (has(.unitCode) && has(.title)) { return .structure }
        // A rekap ABK (HASIL ABK per post, unit section rows) is read like a peta jabatan, and named as what it is.
        if (has(.k) || has(.b)) && has(.title) { return l.keys.values.contains("HASIL ABK") ? .abk : .structure }
        if has(.nip) || (has(.name) && (has(.title) || has(.rank))) { return .staff }
        return nil
    }

    mutating func readStaff(_ path: String, _ sheet: Sheet, _ layout: TableLayout) {
        var reader = StaffReader(path: path, sheet: sheet, layout: layout)
        var section: String?
        if let c = layout.column(.instansi), layout.bodyStart <= sheet.rows.count {
            let name = Normalize.clean(sheet[layout.bodyStart, c].text)
            if !name.isEmpty { metadata.append(name) }
        }
        for row in LayoutFinder.rows(sheet, layout) {
            switch row {
            case .section(_, let name): section = StructureReader.displayName(name)
            case .footer: continue
            case .data(let r):
                guard reader.hasPerson(r) else { continue }
                if let p = reader.person(r, sectionUnit: section) { staff.append(p) }
            }
        }
        diagnostics += reader.diagnostics
    }

    mutating func readStructure(_ path: String, _ sheet: Sheet, _ layout: TableLayout) {
        var reader = StructureReader(path: path, sheet: sheet, layout: layout)
        var spec = reader.read()
        diagnostics += reader.diagnostics
        // Incumbents written beside their posts.
        if layout.column(.nip) != nil || layout.column(.name) != nil, layout.column(.title) != nil {
            var staffReader = StaffReader(path: path, sheet: sheet, layout: layout)
            for i in spec.posts.indices {
                spec.posts[i].incumbents = spec.posts[i].incumbents.compactMap { staffReader.person($0.row.row) }
            }
            diagnostics += staffReader.diagnostics
        }
        // Keys unique across files.
        let prefix = "f\(structures.count)."
        for i in spec.units.indices {
            spec.units[i].key = prefix + spec.units[i].key
            spec.units[i].parentKey = spec.units[i].parentKey.map { prefix + $0 }
        }
        for i in spec.posts.indices where spec.posts[i].unitKey.hasPrefix("u") {
            spec.posts[i].unitKey = prefix + spec.posts[i].unitKey
        }
        structures.append(spec)
    }

    mutating func readABK(_ path: String, _ sheet: Sheet, _ layout: TableLayout) {
        // The key : value block above the header: Nama Jabatan, Unit Kerja, Kelas Jabatan.
        var info: [String: (String, Int)] = [:]
        for r in 1..<layout.headerRow {
            let cells = sheet.rows[r - 1].map { Normalize.clean($0.text) }
            guard let label = cells.first(where: { !$0.isEmpty }) else { continue }
            let value = cells.drop { $0 != label }.dropFirst().first { !$0.isEmpty && $0 != ":" } ?? ""
            var key = Normalize.header(label)
            while let f = key.first, f.isNumber || f == " " { key.removeFirst() }
            info[key] = (value, r)
        }
        let hours = layout.keys[layout.column(.minutes) ?? 0]?.contains("JAM") ?? false
        var tasks: [WorkloadTask] = []
        var wke = Set<Double>()
        let wkeHours = layout.keys[layout.column(.effectiveMinutes) ?? 0]?.contains("JAM") ?? false
        for case .data(let r) in LayoutFinder.rows(sheet, layout) {
            // A year's WKE: 72,000–75,000 minutes, or 1,200–1,250 hours (a column in hours, or a value too small for minutes).
            if let c = layout.column(.effectiveMinutes), let w = Normalize.number(sheet[r, c]), w > 0 {
                let minutes = wkeHours || w <= 2_000 ? w * 60 : w
                if (60_000...80_000).contains(minutes) { wke.insert(minutes) }
            }
            let task = Normalize.clean(layout.column(.task).map { sheet[r, $0].text } ?? "")
            guard !task.isEmpty, let volume = Normalize.number(layout.column(.volume).map { sheet[r, $0] } ?? .empty),
                  let minutes = Normalize.number(layout.column(.minutes).map { sheet[r, $0] } ?? .empty) else { continue }
            tasks.append(WorkloadTask(task: task, volume: volume, minutes: hours ? minutes * 60 : minutes))
        }
        let title = info["NAMA JABATAN"]?.0 ?? ""
        let titleRow = info["NAMA JABATAN"]?.1 ?? layout.headerRow
        guard !title.isEmpty else {
            diagnostics.append(ImportDiagnostic(.error, path: path, at: sheet.location(path: path, row: titleRow, column: 1), .abkWithoutTitle))
            return
        }
        abk.append(ABKSheet(title: title, unit: info["UNIT KERJA"]?.0 ?? info["UNIT ORGANISASI"]?.0,
                            grade: info["KELAS JABATAN"].flatMap { Int($0.0) }, tasks: tasks,
                            effectiveMinutes: wke.count == 1 ? wke.first : nil,
                            at: sheet.location(path: path, row: titleRow, column: 1), row: RowID(path: path, sheet: sheet.name, row: titleRow)))
    }
}
