// Times the loader and the analysers on a generated chart (default 100,000 posts): `make bench`.
// Benchmarks live apart from the tests: these machines are noisy, so no test asserts a time.
import Foundation
import OrgAnalysis
import OrgFiles
import OrgImport
import OrgModel
import OrgSpreadsheet
import OrgTables

let posts = CommandLine.arguments.dropFirst().first.flatMap(Int.init) ?? 100_000

/// A pemda of 50 dinas, each with a sekretariat and 5 bidang of 10 seksi; pelaksana posts fill the seksi.
func generate(posts target: Int) -> OrgChart {
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

print("Ramping benchmark: \(posts) posts (release build recommended)")
let chart = time("generate chart") { generate(posts: posts) }
print("  \(chart.units.count) units, \(chart.positions.count) posts, \(chart.people.count) people")
let resolution = time("resolve graph (validate)") { OrgGraph.resolve(chart) }
guard let graph = resolution.graph else {
    print("generated chart invalid: \(resolution.errors.prefix(3))")
    exit(1)
}
_ = time("analyse spans") { SpanAnalysis(graph) }
_ = time("analyse gaps (horizon 5)") { GapAnalysis(graph, horizon: 5, sensitivity: true) }
_ = time("analyse compliance") { ComplianceAnalysis(graph) }
// Excel: the chart's own workbook written and read back, and a form of every post.
let workbook = time("write workbook (xlsx)") { try! XLSXWriter.data(ChartWorkbook.document(chart)) }
print("  \(workbook.count / 1024) KiB")
let readBack = time("read workbook back") { try! ChartWorkbook.chart(from: XLSXReader().read(data: workbook, path: "bench.xlsx")).get() }
print("  same chart: \(readBack == chart)")
_ = time("form peta jabatan (xlsx)") { try! XLSXWriter.data(Forms.document(.petaJabatan, graph)) }
let sample = FileManager.default.currentDirectoryPath + "/OrgCharts/kabupaten-sragen.yaml"
if FileManager.default.fileExists(atPath: sample) {
    let loaded = time("load kabupaten-sragen.yaml") { ChartLoader.load(path: sample) }
    print("  \(loaded.chart?.positions.count ?? 0) posts, \(loaded.diagnostics.count) diagnostics")
}

// The assignment solver behind merit placement.
struct Xorshift {
    var state: UInt64
    mutating func next() -> UInt64 {
        state ^= state << 13; state ^= state >> 7; state ^= state << 17
        return state
    }
}
var rng = Xorshift(state: 2026)
let dense = time("build dense 2000x2000") { () -> AssignmentProblem in
    var p = AssignmentProblem(rows: 2_000, columns: 2_000)
    for r in 0..<2_000 { for c in 0..<2_000 { p.allow(row: r, column: c, score: Int(rng.next() % 1000)) } }
    return p
}
let denseSolution = time("assignment dense 2000x2000") { dense.solve() }
print("  placed \(denseSolution.placed), total \(denseSolution.totalScore)")
var sparse = AssignmentProblem(rows: 20_000, columns: 50_000)
for r in 0..<20_000 {
    var seen = Set<Int>()
    while seen.count < 300 { seen.insert(Int(rng.next() % 50_000)) }
    for c in seen.sorted() { sparse.allow(row: r, column: c, score: Int(rng.next() % 100)) }
}
let sparseSolution = time("assignment sparse 20000x50000") { sparse.solve() }
print("  \(sparse.pairCount) eligible pairs, placed \(sparseSolution.placed)")
if let sragen = ChartLoader.load(path: sample).graph {
    _ = time("merit, full sample's pool") { MeritPlacement(sragen) }
    _ = time("careers, full sample") { CareerAnalysis(sragen) }
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
let csv = time("generate 100,000-row CSV") { staffListCSV(rows: 100_000) }
print("  \(csv.count / (1 << 20)) MiB")
// CPU time too: on a shared machine the wall clock also counts other people's work.
let cpuBefore = clock()
let imported = time("import staff list (100,000)") {
    Importer.run([ImportInput(path: "siasn.csv", data: csv)], options: ImportOptions(today: Day(year: 2026, month: 1, day: 1)!))
}
print("  \(String(format: "%.1f", Double(clock() - cpuBefore) / Double(CLOCKS_PER_SEC))) s of CPU")
print("  \(imported.chart?.people.count ?? 0) people, \(imported.chart?.positions.count ?? 0) posts, \(imported.diagnostics.filter { $0.severity == .error }.count) errors")
