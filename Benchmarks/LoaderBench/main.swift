// The chart loader against libyaml's own event rate and the analyst's PyYAML + NetworkX route, on one generated
// chart the size of issue 13's (20,000 posts, 71,000 people: the Sragen sample replicated, with more staff per
// post): `make bench` runs it after the main benchmark. Everything is measured in this one run.
//
//     ramping-loader-bench [POSTS]          generate, measure, remove the chart (KEEP_CHART=1 keeps it)
//     ramping-loader-bench --load FILE      load FILE once and exit (the process whose peak memory is measured)
//     ramping-loader-bench --parts FILE     the heap that the source map, the graph and the chart each hold
//
// Set OLD_RAMPING to another build's `ramping` to time its `validate` on the same file (before/after).
import BenchSupport
import CYAML
import Foundation
import OrgFiles
import OrgModel

let arguments = Array(CommandLine.arguments.dropFirst())
/// Resident memory now, after handing freed pages back to the system (glibc's malloc_trim), in bytes.
func residentNow() -> Int {
    if let trim = dlsym(dlopen(nil, RTLD_NOW), "malloc_trim") {
        _ = unsafeBitCast(trim, to: (@convention(c) (Int) -> Int32).self)(0)
    }
    let statm = (try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8)) ?? ""
    let pages = statm.split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? 0
    return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
}

if arguments.first == "--load", arguments.count == 2 {
    // Prints the resident memory before the load and with its result (chart, graph, source map) held.
    let before = residentNow()
    let loaded = ChartLoader.load(path: arguments[1])
    let held = residentNow()
    print(before, held)
    exit(withExtendedLifetime(loaded) { loaded.isValid } ? 0 : 1)
}
/// Parts of a load held while their memory is measured (globals, so the optimiser keeps them).
nonisolated(unsafe) var heldMap: SourceMap?
nonisolated(unsafe) var heldGraph: OrgGraph?
nonisolated(unsafe) var heldChart: OrgChart?
/// Bytes malloc has handed out and not had back (glibc's mallinfo): unlike the resident size, not blurred
/// by freed memory that malloc keeps between live blocks.
func heapInUse() -> Int {
    // Swift does not see `mallinfo2`; on x86-64 its 80-byte result comes back through a pointer passed first.
    #if arch(x86_64)
    guard let f = dlsym(dlopen(nil, RTLD_NOW), "mallinfo2") else { return 0 }
    var info = [Int](repeating: 0, count: 10) // arena, ordblks, smblks, hblks, hblkhd, usmblks, fsmblks, uordblks, ...
    info.withUnsafeMutableBytes { _ = unsafeBitCast(f, to: (@convention(c) (UnsafeMutableRawPointer) -> UnsafeMutableRawPointer).self)($0.baseAddress!) }
    return info[7] + info[4]
    #else
    return 0
    #endif
}
if arguments.first == "--parts", arguments.count == 2 {
    // What each part of the result holds: malloc's bytes in use as the source map, the graph and the chart go.
    let before = heapInUse()
    do {
        let loaded = ChartLoader.load(path: arguments[1])
        heldMap = loaded.sourceMap; heldGraph = loaded.graph; heldChart = loaded.chart
    }
    let all = heapInUse()
    heldMap = nil
    let noMap = heapInUse()
    heldGraph = nil
    let noGraph = heapInUse()
    heldChart = nil
    let none = heapInUse()
    func mib(_ n: Int) -> String { fmt(Double(n) / 1_048_576, 1) }
    print("heap in use: all \(mib(all - before)) MiB; source map \(mib(all - noMap)); graph beyond the chart \(mib(noMap - noGraph)); chart \(mib(noGraph - none))")
    exit(0)
}

let root = FileManager.default.currentDirectoryPath
let targetPosts = arguments.first.flatMap(Int.init) ?? 20_000
/// People per post in issue 13's chart: 71,000 people in 20,000 posts.
let peoplePerPost = 71_000.0 / 20_000.0

/// Wall and CPU seconds of `work` (this process's CPU time: on a machine shared by other builds, the
/// CPU time is the fairer comparison, and both are printed), the best of `runs` runs: one run of half a
/// second moved the ratios by a third from one bench run to the next.
func seconds(runs: Int = 3, _ work: () -> Void) -> (wall: Double, cpu: Double) {
    var best = (wall: Double.infinity, cpu: Double.infinity)
    for _ in 0..<runs {
        let t = once(work)
        best = (min(best.wall, t.wall), min(best.cpu, t.cpu))
    }
    return best
}

func once(_ work: () -> Void) -> (wall: Double, cpu: Double) {
    func cpuNow() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }
    let start = ContinuousClock.now, cpu = cpuNow()
    work()
    let d = ContinuousClock.now - start
    return (Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18, cpuNow() - cpu)
}

func fmt(_ x: Double, _ decimals: Int = 2) -> String { String(format: "%.\(decimals)f", x) }


guard let sample = ChartLoader.load(path: root + "/OrgCharts/kabupaten-sragen.yaml").chart else {
    print("Run from the repository root: OrgCharts/kabupaten-sragen.yaml is needed")
    exit(1)
}

let perCopy = sample.positions.count - sample.positions.filter { p in sample.units.first { $0.parent == nil }?.id == p.unit }.count
let copies = max(1, (targetPosts + perCopy - 1) / perCopy)
let path = NSTemporaryDirectory() + "ramping-loader-bench-\(getpid()).yaml"
do {
    let chart = ReplicatedChart.replicate(sample, copies: copies, peoplePerPost: peoplePerPost)
    try! ChartWriter.yaml(chart).write(toFile: path, atomically: true, encoding: .utf8)
    print("Chart loader: \(chart.positions.count) posts, \(chart.people.count) people, \(chart.units.count) units")
}
defer { if ProcessInfo.processInfo.environment["KEEP_CHART"] == nil { try? FileManager.default.removeItem(atPath: path) } }
let data = FileManager.default.contents(atPath: path)!
let mb = Double(data.count) / 1e6
print("  file                           \(fmt(mb, 1)) MB of YAML (\(data.count) bytes)\(ProcessInfo.processInfo.environment["KEEP_CHART"] != nil ? ": \(path)" : "")")

// 1. libyaml alone: every event pulled and dropped.
var events = 0
let tEvents = seconds {
    events = 0
    data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
        var parser = yaml_parser_t()
        yaml_parser_initialize(&parser)
        yaml_parser_set_input_string(&parser, bytes.baseAddress!.assumingMemoryBound(to: UInt8.self), bytes.count)
        var event = yaml_event_t()
        while yaml_parser_parse(&parser, &event) == 1 {
            let end = event.type == YAML_STREAM_END_EVENT
            yaml_event_delete(&event)
            events += 1
            if end { break }
        }
        yaml_parser_delete(&parser)
    }
}

// 2. Our load (read, decode, parse, read fields, resolve the graph), in this process.
var kept: LoadedChart?
let tLoad = seconds { kept = ChartLoader.load(path: path) }
guard kept!.isValid else {
    print("generated chart invalid:")
    for d in kept!.diagnostics.prefix(5) { print("  \(d)") }
    exit(1)
}
kept = nil

/// Runs a program under GNU time: its wall and CPU time, peak RSS in bytes, and what it printed.
func run(_ command: [String]) -> (seconds: Double, cpu: Double, rss: Int, output: String)? {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/time")
    p.arguments = ["-f", "%e %U %S %M", "-o", path + ".time"] + command
    let pipe = Pipe()
    p.standardOutput = pipe
    p.standardError = FileHandle.nullDevice
    guard (try? p.run()) != nil else { return nil }
    let out = pipe.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    defer { try? FileManager.default.removeItem(atPath: path + ".time") }
    guard p.terminationReason == .exit, p.terminationStatus == 0,
          let report = try? String(contentsOfFile: path + ".time", encoding: .utf8),
          let last = report.split(separator: "\n").last?.split(separator: " "), last.count == 4,
          let wall = Double(last[0]), let user = Double(last[1]), let system = Double(last[2]), let kb = Int(last[3]) else { return nil }
    return (wall, user + system, kb * 1024, String(decoding: out, as: UTF8.self))
}

// 3. The command a planner runs, in its own process: time and peak memory; and the loader alone.
let ramping = root + "/.build/release/ramping"
/// The best of three runs by CPU time (peak memory is the same from run to run).
func bestOfThree(_ command: [String]) -> (seconds: Double, cpu: Double, rss: Int, output: String)? {
    (0..<3).compactMap { _ in run(command) }.min { $0.cpu < $1.cpu }
}
let cli = bestOfThree([ramping, "validate", path, "--quiet"])
let loadOnly = run([CommandLine.arguments[0], "--load", path])
let parts = run([CommandLine.arguments[0], "--parts", path])

// 4. The analyst's route: PyYAML's C loader and NetworkX spans (the script times itself, start-up apart).
let python = run(["python3", root + "/Benchmarks/pyyaml_spans.py", path])
let pythonFigures = python.map { $0.output.split(whereSeparator: \.isWhitespace).compactMap { Double($0) } } ?? []
let tPython: (wall: Double, cpu: Double)? = pythonFigures.count == 4 ? (pythonFigures[0], pythonFigures[3]) : nil

let load = uptime()
func line(_ label: String, _ t: (wall: Double, cpu: Double)) -> String {
    label.padding(toLength: 33, withPad: " ", startingAt: 0)
        + "\(fmt(t.cpu, 3)) s CPU (\(fmt(t.wall, 3)) s wall)  \(fmt(mb / t.cpu, 1)) MB/s"
}
print("  (CPU and wall times: the best of three runs)")
print(line("  libyaml events only", tEvents) + "  (\(events) events)")
print(line("  ChartLoader.load (in process)", tLoad)
      + "  = \(fmt(tLoad.cpu / tEvents.cpu, 2))× libyaml's CPU time, \(fmt(tLoad.wall / tEvents.wall, 2))× its wall time (target ≤ 3×)")
if let cli {
    print(line("  ramping validate (process)", (cli.seconds, cli.cpu))
          + "  = \(fmt(cli.cpu / tEvents.cpu, 2))× libyaml's CPU time, \(fmt(cli.seconds / tEvents.wall, 2))× its wall time")
    print("  peak RSS of ramping validate   \(fmt(Double(cli.rss) / 1e6, 0)) MB  = \(fmt(Double(cli.rss) / Double(data.count), 2))× the file (target ≤ 3×)")
} else {
    print("  ramping validate: \(ramping) missing or failed (build it with `swift build -c release --product ramping`)")
}
if let loadOnly {
    print("  peak RSS of the load alone     \(fmt(Double(loadOnly.rss) / 1e6, 0)) MB  = \(fmt(Double(loadOnly.rss) / Double(data.count), 2))× the file")
    let figures = loadOnly.output.split(whereSeparator: \.isWhitespace).compactMap { Int($0) }
    if figures.count == 2 {
        let model = Double(figures[1] - figures[0])
        print("  resident for the result        \(fmt(model / 1e6, 0)) MB  = \(fmt(model / Double(data.count), 2))× the file (chart, graph, source map held)")
    }
}
if let parts, let line = parts.output.split(separator: "\n").first {
    print("  \(line)")
}
if let cli, let loadOnly {
    // What the process needs before it reads anything: the same programs on the small sample.
    let small = root + "/OrgCharts/kabupaten-sragen.yaml"
    if let base = run([ramping, "validate", small, "--quiet"]), let baseLoad = run([CommandLine.arguments[0], "--load", small]) {
        print("  peak RSS on the small sample   validate \(fmt(Double(base.rss) / 1e6, 0)) MB, load alone \(fmt(Double(baseLoad.rss) / 1e6, 0)) MB"
              + " (the programs themselves); above that: \(fmt(Double(cli.rss - base.rss) / 1e6, 0)) and \(fmt(Double(loadOnly.rss - baseLoad.rss) / 1e6, 0)) MB")
    }
}
if let tPython {
    print(line("  PyYAML CSafeLoader + NetworkX", tPython)
          + "  = we are \(fmt(tPython.cpu / tLoad.cpu, 1))× faster in CPU time, \(fmt(tPython.wall / tLoad.wall, 1))× in wall time (target ≥ 10×)")
} else {
    print("  PyYAML + NetworkX: not available (python3-yaml and python3-networkx)")
}
print("  machine load average           \(load)")
if let old = ProcessInfo.processInfo.environment["OLD_RAMPING"] {
    if let before = run([old, "validate", path, "--quiet"]) {
        print("  old loader (\(old)) validate   \(fmt(before.seconds, 3)) s, \(fmt(Double(before.rss) / 1e6, 0)) MB peak"
              + "  = \(fmt(before.cpu / (cli?.cpu ?? tLoad.cpu), 1))× the CPU time of now")
    } else {
        print("  old loader (\(old)): failed")
    }
}

/// The 1-, 5- and 15-minute load averages, as /proc/loadavg has them.
func uptime() -> String {
    let text = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? ""
    return text.split(separator: " ").prefix(3).joined(separator: " ")
}
