// The chart loader against libyaml's own event rate and the analyst's PyYAML + NetworkX route, on one generated
// chart of about 20,000 posts (the Sragen sample replicated): `make bench` runs it after the main benchmark.
// Set OLD_RAMPING to another build's `ramping` to time its `validate` on the same file (before/after).
import CYAML
import Foundation
import OrgFiles
import OrgModel

let root = FileManager.default.currentDirectoryPath
let targetPosts = CommandLine.arguments.dropFirst().first.flatMap(Int.init) ?? 20_000

func seconds(_ work: () -> Void) -> Double {
    let start = ContinuousClock.now
    work()
    let d = ContinuousClock.now - start
    return Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
}

func fmt(_ x: Double, _ decimals: Int = 2) -> String { String(format: "%.\(decimals)f", x) }

guard let sample = ChartLoader.load(path: root + "/OrgCharts/kabupaten-sragen.yaml").chart else {
    print("Run from the repository root: OrgCharts/kabupaten-sragen.yaml is needed")
    exit(1)
}

/// The sample replicated `copies` times under one pemda, each copy with its own ids and NIPs.
func replicate(_ chart: OrgChart, copies: Int) -> OrgChart {
    let rootUnit = chart.units.first { $0.parent == nil }!.id
    let rootPosts = Set(chart.positions.filter { $0.unit == rootUnit }.map(\.id))
    var out = chart
    out.units = [chart.units.first { $0.id == rootUnit }!]
    out.positions = []
    out.people = []
    out.careerPaths = []
    var prefixCount: [Substring: Int] = [:]
    var sequence: [Int] = []
    for p in chart.people {
        let prefix = p.nip.prefix(15)
        sequence.append(prefixCount[prefix, default: 0])
        prefixCount[prefix, default: 0] += 1
    }
    let maxSame = prefixCount.values.max() ?? 1
    for k in 0..<copies {
        func post(_ id: String) -> String { rootPosts.contains(id) ? id : "c\(k).\(id)" }
        for u in chart.units where u.id != rootUnit {
            var u = u
            u.id = "c\(k).\(u.id)"
            if let parent = u.parent, parent != rootUnit { u.parent = "c\(k).\(parent)" }
            out.units.append(u)
        }
        for p in chart.positions where k == 0 || !rootPosts.contains(p.id) {
            var p = p
            if !rootPosts.contains(p.id) { p.id = post(p.id); p.unit = "c\(k).\(p.unit)" }
            p.dotted = p.dotted.map(post)
            p.reportsTo = p.reportsTo.map(post)
            out.positions.append(p)
        }
        for (n, person) in chart.people.enumerated() {
            var person = person
            person.nip = String(person.nip.prefix(15)) + String(format: "%03d", 1 + k * maxSame + sequence[n])
            if let at = person.position { person.position = k > 0 && rootPosts.contains(at) ? nil : post(at) }
            out.people.append(person)
        }
        for c in chart.careerPaths {
            var c = c
            c.from = post(c.from)
            c.to = post(c.to)
            out.careerPaths.append(c)
        }
    }
    return out
}

let copies = max(1, (targetPosts + sample.positions.count - 1) / sample.positions.count)
let chart = replicate(sample, copies: copies)
let path = NSTemporaryDirectory() + "ramping-loader-bench-\(getpid()).yaml"
try! ChartWriter.yaml(chart).write(toFile: path, atomically: true, encoding: .utf8)
let data = FileManager.default.contents(atPath: path)!
let mb = Double(data.count) / 1e6
print("Chart loader: \(chart.positions.count) posts, \(chart.people.count) people, \(fmt(mb, 1)) MB of YAML")

// 1. libyaml alone: every event pulled and dropped.
var events = 0
let tEvents = seconds {
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
var valid = false
let tLoad = seconds { valid = ChartLoader.load(path: path).isValid }
guard valid else { print("generated chart invalid"); exit(1) }

/// Runs a program; its wall time, and peak RSS in bytes (this process's children's maximum so far).
func run(_ arguments: [String]) -> (seconds: Double, rss: Int, output: String)? {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = arguments
    let pipe = Pipe()
    p.standardOutput = pipe
    p.standardError = FileHandle.nullDevice
    var out = Data()
    let t = seconds {
        guard (try? p.run()) != nil else { return }
        out = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
    }
    guard p.terminationReason == .exit, p.terminationStatus == 0 else { return nil }
    var usage = rusage()
    getrusage(RUSAGE_CHILDREN.rawValue, &usage)
    return (t, usage.ru_maxrss * 1024, String(decoding: out, as: UTF8.self))
}

// 3. The command a planner runs, in its own process: time and peak memory.
let ramping = root + "/.build/release/ramping"
let cli = run([ramping, "validate", path, "--quiet"])

// 4. The analyst's route: PyYAML's C loader and NetworkX spans.
let python = run(["python3", root + "/Benchmarks/pyyaml_spans.py", path])
let tPython = python.flatMap { Double($0.output.split(separator: " ").first ?? "") }

print("  libyaml events only            \(fmt(tEvents, 3)) s  \(fmt(mb / tEvents, 1)) MB/s  (\(events) events)")
print("  ChartLoader.load (in process)  \(fmt(tLoad, 3)) s  \(fmt(mb / tLoad, 1)) MB/s  = \(fmt(tLoad / tEvents, 1))× libyaml (target ≤ 3×)")
if let cli {
    print("  ramping validate (process)     \(fmt(cli.seconds, 3)) s  \(fmt(mb / cli.seconds, 1)) MB/s  = \(fmt(cli.seconds / tEvents, 1))× libyaml")
    print("  peak RSS of validate           \(fmt(Double(cli.rss) / 1e6, 0)) MB  = \(fmt(Double(cli.rss) / Double(data.count), 1))× the file (target ≤ 3×)")
} else {
    print("  ramping validate: \(ramping) missing or failed (build it with `swift build -c release --product ramping`)")
}
if let tPython {
    print("  PyYAML CSafeLoader + NetworkX  \(fmt(tPython, 3)) s  = we are \(fmt(tPython / tLoad, 1))× faster (target ≥ 10×)")
} else {
    print("  PyYAML + NetworkX: not available (python3-yaml and python3-networkx)")
}
if let old = ProcessInfo.processInfo.environment["OLD_RAMPING"] {
    if let before = run([old, "validate", path, "--quiet"]) {
        print("  old loader (\(old)) validate   \(fmt(before.seconds, 3)) s  = \(fmt(before.seconds / (cli?.seconds ?? tLoad), 1))× slower than now")
    } else {
        print("  old loader (\(old)): failed")
    }
}
if ProcessInfo.processInfo.environment["KEEP_CHART"] == nil { try? FileManager.default.removeItem(atPath: path) }
