// `make bench`: times the analysers as the chart grows (5,000 to 40,000 posts), the assignment solver
// against SciPy on the same matrices, the export writers, and the load of the full sample (release build).
// Benchmarks live apart from the tests: these machines are noisy, so no test asserts a time.
//
//     ramping-bench [all | analyses | assignment | exports | load | excel | merit] [--sizes 5000,10000]
import BenchSupport
import Foundation
import OrgAnalysis
import OrgExport
import OrgFiles
import OrgImport
import OrgModel
import OrgSpreadsheet
import OrgTables

let arguments = Array(CommandLine.arguments.dropFirst())
let section = arguments.first { !$0.hasPrefix("--") && Int($0) == nil } ?? "all"
let sizes: [Int] = {
    if let i = arguments.firstIndex(of: "--sizes"), i + 1 < arguments.count {
        return arguments[i + 1].split(separator: ",").compactMap { Int($0) }
    }
    return [5_000, 10_000, 20_000, 40_000]
}()
let root = FileManager.default.currentDirectoryPath
let samplePath = root + "/OrgCharts/kabupaten-sragen.yaml"

func seconds(_ work: () -> Void) -> Double {
    let start = ContinuousClock.now
    work()
    let d = ContinuousClock.now - start
    return Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
}

func pad(_ s: String, _ n: Int, right: Bool = false) -> String {
    s.count >= n ? s : (right ? String(repeating: " ", count: n - s.count) + s : s + String(repeating: " ", count: n - s.count))
}

func fmt(_ x: Double, _ decimals: Int = 2) -> String { String(format: "%.\(decimals)f", x) }

guard let sample = ChartLoader.load(path: samplePath).chart else {
    print("Run from the repository root: \(samplePath) is needed")
    exit(1)
}

// MARK: - Analyses as the chart grows

struct Row { var posts = 0, people = 0; var times: [String: Double] = [:] }

func analyses() {
    let perCopy = sample.positions.count
    print("\nAnalyses as the chart grows (the full sample replicated; seconds, release build)")
    let columns = ["validate", "spans", "gaps", "compliance", "talent", "careers", "merit"]
    print(pad("posts", 7, right: true) + pad("people", 8, right: true) + columns.map { pad($0, 11, right: true) }.joined())
    var rows: [Row] = []
    var meritPairs: [(posts: Int, pairs: Int, solver: Int, pool: Int)] = []
    for size in sizes {
        let copies = max(1, Int((Double(size) / Double(perCopy)).rounded()))
        let chart = ReplicatedChart.replicate(sample, copies: copies)
        var row = Row(posts: chart.positions.count, people: chart.people.count)
        var graph: OrgGraph?
        row.times["validate"] = seconds { graph = OrgGraph.resolve(chart).graph }
        guard let graph else { print("replicated chart invalid: \(OrgGraph.resolve(chart).errors.prefix(3))"); exit(1) }
        row.times["spans"] = seconds { _ = SpanAnalysis(graph) }
        row.times["gaps"] = seconds { _ = GapAnalysis(graph, horizon: 5, sensitivity: true) }
        row.times["compliance"] = seconds { _ = ComplianceAnalysis(graph) }
        row.times["talent"] = seconds { _ = TalentBox(graph) }
        row.times["careers"] = seconds { _ = CareerAnalysis(graph) }
        var merit: MeritPlacement?
        row.times["merit"] = seconds { merit = MeritPlacement(graph) }
        meritPairs.append((row.posts, merit!.eligiblePairs, merit!.solverPairs, merit!.placements.count + merit!.unplaced.count))
        print(pad(String(row.posts), 7, right: true) + pad(String(row.people), 8, right: true)
              + columns.map { pad(fmt(row.times[$0]!, 3), 11, right: true) }.joined())
        rows.append(row)
    }
    if let first = rows.first, let last = rows.last, last.posts > first.posts {
        // Growth exponent: time ∝ posts^k between the smallest and the largest chart (1 = linear).
        let scale = Double(last.posts) / Double(first.posts)
        print(pad("growth exponent \(first.posts)→\(last.posts) (1 = linear, 2 = quadratic)", 15)
              + "\n" + pad("", 15) + columns.map { c in
                  let k = log(max(last.times[c]!, 1e-6) / max(first.times[c]!, 1e-6)) / log(scale)
                  return pad(fmt(k, 2), 11, right: true)
              }.joined())
    }
    // Merit's input: pool × the open posts each member qualifies for. Quadratic when pool and vacancies grow
    // together, as they do in a replicated chart.
    print("merit: eligible (person, post) pairs " + meritPairs.map { "\($0.pairs) (pool \($0.pool))" }.joined(separator: ", "))
    if let first = meritPairs.first, let last = meritPairs.last, last.posts > first.posts, first.pairs > 0 {
        print("  growth exponent of the pairs: " + fmt(log(Double(last.pairs) / Double(first.pairs)) / log(Double(last.posts) / Double(first.posts)), 2))
    }
    // What the solver is given: one pair per person and requirement profile (the profile's interchangeable
    // posts are one column with a capacity), so it grows with the pool alone.
    print("merit: the solver's (person, column) pairs " + meritPairs.map { String($0.solver) }.joined(separator: ", "))
    if let first = meritPairs.first, let last = meritPairs.last, last.posts > first.posts, first.solver > 0 {
        print("  growth exponent of the solver's pairs: " + fmt(log(Double(last.solver) / Double(first.solver)) / log(Double(last.posts) / Double(first.posts)), 2))
    }
}

// MARK: - Merit placement apart

/// CPU seconds of this thread while `work` runs: on a machine shared with other builds the wall clock
/// measures the others as much as the code timed.
func cpuSeconds(_ work: () -> Void) -> Double {
    var a = timespec(), b = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &a)
    work()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &b)
    return Double(b.tv_sec - a.tv_sec) + Double(b.tv_nsec - a.tv_nsec) / 1e9
}

/// `ramping-bench merit`: merit placement alone as the chart grows, in CPU seconds of this thread (best of
/// 5), so that its growth can be read on a machine shared with other builds. Not part of `all`: the
/// analyses table above times it once, by the wall clock, beside the others.
func meritApart() {
    print("\nMerit placement apart (the full sample replicated; CPU seconds of this thread, best of 5)")
    var points: [(posts: Int, seconds: Double)] = []
    for size in sizes {
        let chart = ReplicatedChart.replicate(sample, copies: max(1, Int((Double(size) / Double(sample.positions.count)).rounded())))
        guard let graph = OrgGraph.resolve(chart).graph else { print("  replicated chart invalid"); return }
        var t = Double.infinity, merit: MeritPlacement?
        for _ in 0..<5 { t = min(t, cpuSeconds { merit = MeritPlacement(graph) }) }
        print("  \(pad(String(chart.positions.count), 6, right: true)) posts: \(fmt(t, 4)) s, placed \(merit!.placements.count) "
              + "of \(merit!.placements.count + merit!.unplaced.count), solver pairs \(merit!.solverPairs)")
        points.append((chart.positions.count, t))
    }
    if let first = points.first, let last = points.last, last.posts > first.posts {
        print("  growth exponent: " + fmt(log(last.seconds / first.seconds) / log(Double(last.posts) / Double(first.posts)), 2))
    }
}

// MARK: - Assignment against SciPy

struct Xorshift {
    var state: UInt64
    mutating func next() -> UInt64 {
        state ^= state << 13; state ^= state >> 7; state ^= state << 17
        return state
    }
}

/// Writes little-endian Int32 (and, for offsets, Int64) arrays for the SciPy side.
func write(_ path: String, int32 values: [Int32], header: [Int64]) {
    var data = Data()
    header.forEach { var v = $0.littleEndian; data.append(Data(bytes: &v, count: 8)) }
    values.withUnsafeBufferPointer { data.append(Data(buffer: $0)) }
    FileManager.default.createFile(atPath: path, contents: data)
}

func assignment() {
    print("\nAssignment solver against SciPy on the same matrices (seconds; ratio > 1: Ramping is faster)")
    let folder = NSTemporaryDirectory() + "ramping-bench-\(getpid())"
    try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    var rng = Xorshift(state: 2026)
    var cases: [(name: String, problem: AssignmentProblem, file: String)] = []
    for n in [2_000, 4_000] {
        var p = AssignmentProblem(rows: n, columns: n)
        var scores = [Int32](repeating: 0, count: n * n)
        for r in 0..<n { for c in 0..<n { let s = Int(rng.next() % 1000) + 1; scores[r * n + c] = Int32(s); p.allow(row: r, column: c, score: s) } }
        let file = folder + "/dense-\(n).bin"
        write(file, int32: scores, header: [Int64(n), Int64(n)])
        cases.append(("dense \(n)×\(n)", p, file))
    }
    do {
        let rows = 20_000, columns = 50_000, perRow = 300
        var p = AssignmentProblem(rows: rows, columns: columns)
        var indices: [Int32] = [], scores: [Int32] = []
        for r in 0..<rows {
            var seen = Set<Int>()
            while seen.count < perRow { seen.insert(Int(rng.next() % UInt64(columns))) }
            for c in seen.sorted() {
                let s = Int(rng.next() % 100) + 1
                p.allow(row: r, column: c, score: s)
                indices.append(Int32(c)); scores.append(Int32(s))
            }
        }
        let file = folder + "/sparse.bin"
        write(file, int32: indices + scores, header: [Int64(rows), Int64(columns), Int64(perRow)])
        cases.append(("sparse 20000×50000, 300 per row", p, file))
    }
    // SciPy first, in one Python process (numpy/scipy import once).
    let scipy = Process()
    scipy.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    scipy.arguments = ["python3", root + "/Benchmarks/scipy_assignment.py"] + cases.map(\.file)
    let pipe = Pipe()
    scipy.standardOutput = pipe
    var theirs: [String: (seconds: Double, total: Int)] = [:]
    if ProcessInfo.processInfo.environment["RAMPING_BENCH_NO_SCIPY"] == nil, (try? scipy.run()) != nil {
        let out = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        scipy.waitUntilExit()
        for line in out.split(separator: "\n") {
            let f = line.split(separator: " ")
            if f.count == 3, let s = Double(f[1]), let t = Int(f[2]) { theirs[String(f[0])] = (s, t) }
        }
    }
    if theirs.isEmpty { print("  (SciPy not available: `make setup-bench` installs python3-scipy)") }
    print(pad("problem", 34) + pad("Ramping", 9, right: true) + pad("path", 8, right: true) + pad("SciPy", 9, right: true)
          + pad("ratio", 8, right: true) + "  same optimum")
    for c in cases {
        var solution: AssignmentProblem.Solution?
        let dense = 2 * c.problem.pairCount >= c.problem.rows * c.problem.columns
        let t = seconds { solution = c.problem.solve() }
        var line = pad(c.name, 34) + pad(fmt(t), 9, right: true) + pad(dense ? "dense" : "sparse", 8, right: true)
        if let s = theirs[c.file] {
            line += pad(fmt(s.seconds), 9, right: true) + pad(fmt(s.seconds / t) + "×", 8, right: true)
            line += "  " + (s.total == solution!.totalScore ? "yes (\(s.total))" : "NO: \(solution!.totalScore) vs \(s.total)")
        }
        print(line)
        if dense {
            // The sparse path on the same dense matrix, for the record.
            if c.problem.rows <= 2_000 {
                let ts = seconds { solution = c.problem.solve(method: .sparse) }
                print(pad("  same, sparse path", 34) + pad(fmt(ts), 9, right: true) + pad("sparse", 8, right: true))
            }
        }
    }
}

// MARK: - Export writers

func exports() {
    print("\nExport writers, in-process on the sample replicated to ~20,000 posts (load and graph building apart; CPU seconds, best of 3)")
    let chart = ReplicatedChart.replicate(sample, copies: max(1, 20_000 / sample.positions.count))
    guard let graph = OrgGraph.resolve(chart).graph else { print("  replicated chart invalid: \(OrgGraph.resolve(chart).errors.prefix(3))"); return }
    // RAMPING_BENCH_EXPORTS=FOLDER keeps the texts, to compare two versions of the writers byte for byte.
    let keep = ProcessInfo.processInfo.environment["RAMPING_BENCH_EXPORTS"]
    func best(_ work: () -> String) -> (text: String, seconds: Double) {
        var text = "", t = Double.infinity
        for _ in 0..<3 { t = min(t, cpuSeconds { text = work() }) }
        return (text, t)
    }
    for view in [ExportView.positions, .people] {
        let g: ExportGraph
        do { g = try ExportGraph(graph, view: view, language: .indonesian) } catch { print("  view \(view.rawValue): \(error)"); continue }
        let graphML = best { GraphMLWriter.write(g) }
        let dot = best { DOTWriter.write(g) }
        let gm = Double(graphML.text.utf8.count) / 1e6, dm = Double(dot.text.utf8.count) / 1e6
        print("  view \(view.rawValue): GraphML \(fmt(gm, 1)) MB in \(fmt(graphML.seconds, 3)) CPU-s = \(fmt(gm / graphML.seconds, 0)) MB/s; "
              + "DOT \(fmt(dm, 1)) MB in \(fmt(dot.seconds, 3)) CPU-s = \(fmt(dm / dot.seconds, 0)) MB/s")
        if let keep {
            try? graphML.text.write(toFile: keep + "/\(view.rawValue).graphml", atomically: true, encoding: .utf8)
            try? dot.text.write(toFile: keep + "/\(view.rawValue).dot", atomically: true, encoding: .utf8)
        }
    }
}

// MARK: - Load

func loadSample() {
    print("\nLoad")
    let size = Double((try? FileManager.default.attributesOfItem(atPath: samplePath)[.size] as? Int) ?? 0) / 1e6
    let t = seconds { _ = ChartLoader.load(path: samplePath) }
    print("  kabupaten-sragen.yaml (\(fmt(size, 1)) MB): \(fmt(t, 3)) s = \(fmt(size / t, 1)) MB/s")
}


// MARK: - Excel and import

/// A pemda of 50 dinas, each with a sekretariat and 5 bidang of 10 seksi; pelaksana posts fill the seksi.
func generateFlat(posts target: Int) -> OrgChart {
    var units = [Unit(id: "pemda", name: "Pemda", kind: .pemda)]
    var positions = [Position(id: "bupati", title: "Bupati", unit: "pemda", head: true, level: .politik)]
    var people: [Person] = []
    var seksi: [String] = []
    for d in 0..<50 {
        let dinas = "d\(d)"
        units.append(Unit(id: dinas, name: "Dinas \(d)", kind: .dinas, parent: "pemda", type: .a))
        positions.append(Position(id: "\(dinas).kadis", title: "Kadis", unit: dinas, head: true, level: .jptPratama, eselon: .iiB, grade: 14))
        for b in 0..<5 {
            let bidang = "\(dinas).b\(b)"
            units.append(Unit(id: bidang, name: "Bidang", kind: .bidang, parent: dinas))
            positions.append(Position(id: "\(bidang).kabid", title: "Kabid", unit: bidang, head: true, level: .administrator, eselon: .iiiB, grade: 11))
            for s in 0..<10 {
                let id = "\(bidang).s\(s)"
                units.append(Unit(id: id, name: "Seksi", kind: .seksi, parent: bidang))
                positions.append(Position(id: "\(id).kasi", title: "Kasi", unit: id, head: true, level: .pengawas, eselon: .ivA, grade: 9))
                seksi.append(id)
            }
        }
    }
    var i = 0
    while positions.count < target {
        let unit = seksi[i % seksi.count]
        positions.append(Position(id: "p\(i)", title: "Pelaksana", unit: unit, level: .pelaksana, grade: 5, seats: 1 + i % 3,
                                  workload: [WorkloadTask(task: "Tugas", volume: Double(500 + i % 2000), minutes: 60)]))
        i += 1
    }
    for (p, post) in positions.enumerated() where post.level != .politik {
        for _ in 0..<min(post.seats, 1 + p % 2) {
            // Unique, well-formed NIPs: the sequence number runs to 999, then the birth date moves on.
            let n = people.count, k = n / 1000
            // (year, month, day, sequence) is unique for up to 30 × 12 × 28 × 1000 people.
            let born = Day(year: 1965 + k % 30, month: 1 + (k / 30) % 12, day: 1 + (k / 360) % 28)!
            let date = String(born.description.filter { $0 != "-" })
            let nip = "\(date)\(born.year + 25)061" + String(1000 + n % 1000).dropFirst()
            people.append(Person(nip: nip, name: "P\(n)", position: post.id, rank: .iiiA, education: .s1))
        }
    }
    return OrgChart(organisation: Organisation(id: "bench", name: "Bench", region: .kabupaten, asOf: Day(year: 2026, month: 1, day: 1)!),
                    units: units, positions: positions, people: people)
}

func time<T>(_ label: String, _ work: () -> T) -> T {
    let clock = ContinuousClock()
    var result: T?
    let elapsed = clock.measure { result = work() }
    let ms = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
    print("\(label.padding(toLength: 28, withPad: " ", startingAt: 0)) \(String(format: "%8.1f", ms)) ms")
    return result!
}

// `ramping import` of a SIASN-style staff list: 100,000 rows of CSV, 50 perangkat daerah.
func staffListCSV(rows: Int) -> Data {
    var out = "NIP BARU,NAMA,GELAR DEPAN,GELAR BELAKANG,TANGGAL LAHIR,JENIS KELAMIN,GOL AKHIR NAMA,TMT GOLONGAN,"
        + "JENIS JABATAN NAMA,JABATAN NAMA,TMT JABATAN,TINGKAT PENDIDIKAN NAMA,UNOR NAMA,SATUAN KERJA KERJA NAMA\n"
    let ranks = ["II/a", "II/c", "III/a", "III/b", "III/c", "III/d", "IV/a"]
    let titles = ["Pengadministrasi Perkantoran", "Penata Layanan Operasional", "Analis Kebijakan Ahli Muda", "Pranata Komputer Ahli Pertama"]
    for n in 0..<rows {
        let k = n / 1000
        let born = Day(year: 1965 + k % 30, month: 1 + (k / 30) % 12, day: 1 + (k / 360) % 28)!
        let date = String(born.description.filter { $0 != "-" })
        let gender = n % 2 == 0 ? "M" : "F"
        let nip = "'\(date)\(born.year + 25)06\(n % 2 == 0 ? 1 : 2)" + String(1000 + n % 999 + 1).dropFirst()
        let opd = "Dinas Urusan \(n % 50)", unit = "Bidang Layanan \(n % 50)-\((n / 50) % 5)"
        let born1 = String(format: "%02d-%02d-%04d", born.day, born.month, born.year)
        out += "\(nip),PEGAWAI \(n),,S.Sos.,\(born1),\(gender),\(ranks[n % ranks.count]),01-04-2020,Fungsional Umum,"
            + "\(titles[n % titles.count]),02-01-2024,S-1,\(unit),\(opd)\n"
    }
    return Data(out.utf8)
}

func excelAndImport() {
    print("\nExcel and import (a generated 100,000-post chart)")
    let chart = generateFlat(posts: 100_000)
    guard let graph = OrgGraph.resolve(chart).graph else { return }
    // Excel: the chart's own workbook written and read back, and a form of every post.
    let workbook = time("write workbook (xlsx)") { try! XLSXWriter.data(ChartWorkbook.document(chart)) }
    print("  \(workbook.count / 1024) KiB")
    let readBack = time("read workbook back") { try! ChartWorkbook.chart(from: XLSXReader().read(data: workbook, path: "bench.xlsx")).get() }
    print("  same chart: \(readBack == chart)")
    _ = time("form peta jabatan (xlsx)") { try! XLSXWriter.data(Forms.document(.petaJabatan, graph)) }
    let csv = time("generate 100,000-row CSV") { staffListCSV(rows: 100_000) }
    print("  \(csv.count / (1 << 20)) MiB")
    // CPU time too: on a shared machine the wall clock also counts other people's work.
    let cpuBefore = clock()
    let imported = time("import staff list (100,000)") {
        Importer.run([ImportInput(path: "siasn.csv", data: csv)], options: ImportOptions(today: Day(year: 2026, month: 1, day: 1)!))
    }
    print("  \(String(format: "%.1f", Double(clock() - cpuBefore) / Double(CLOCKS_PER_SEC))) s of CPU")
    print("  \(imported.chart?.people.count ?? 0) people, \(imported.chart?.positions.count ?? 0) posts, \(imported.diagnostics.filter { $0.severity == .error }.count) errors")
}

print("Ramping benchmark (release build)")
if section == "all" || section == "analyses" { analyses() }
if section == "all" || section == "assignment" { assignment() }
if section == "merit" { meritApart() }
if section == "all" || section == "exports" { exports() }
if section == "all" || section == "load" { loadSample() }
if section == "all" || section == "excel" { excelAndImport() }
