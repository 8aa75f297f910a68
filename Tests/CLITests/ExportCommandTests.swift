import Foundation
import Testing
import TestSupport

@Suite("ramping export and import")
struct ExportCommandTests {
    let tutorial = "OrgCharts/kabupaten-contoh.yaml"

    @Test("text formats go to standard output")
    func stdout() throws {
        let dot = try runRamping(["export", tutorial, "--format", "dot"])
        #expect(dot.status == 0 && dot.stdout.hasPrefix("digraph \"ramping\" {"))
        let graphml = try runRamping(["export", tutorial, "--format", "graphml", "--view", "units"])
        #expect(graphml.status == 0 && graphml.stdout.contains("<graphml"))
    }

    @Test("pictures are written whole to -o", arguments: ["svg", "pdf", "png"])
    func pictures(_ format: String) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("chart.\(format)").path
        let r = try runRamping(["export", tutorial, "--format", format, "--unit", "dpmptsp", "-o", path])
        #expect(r.status == 0, "\(r.stderr)")
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let magic: [String: [UInt8]] = ["svg": Array("<?xml".utf8), "pdf": Array("%PDF".utf8), "png": [0x89, 0x50, 0x4E, 0x47]]
        #expect(Array(data.prefix(magic[format]!.count)) == magic[format]!)
        // Nothing but the file itself is left in the folder.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["chart.\(format)"])
        // The same chart gives the same picture (a PDF is dated to the chart's as_of, not to now).
        let again = folder.appendingPathComponent("again.\(format)").path
        #expect(try runRamping(["export", tutorial, "--format", format, "--unit", "dpmptsp", "-o", again]).status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: again)) == data)
    }

    @Test("without Graphviz the command says how to install it, and writes nothing")
    func noGraphviz() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("chart.svg").path
        let r = try runRamping(["export", tutorial, "--format", "svg", "-o", path], environment: ["PATH": "/nonexistent"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("apt-get install -y graphviz"))
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test("a write into a missing folder fails with a message in the chosen language", arguments: ["id", "en"])
    func writeIntoMissingFolder(_ lang: String) throws {
        let r = try runRamping(["export", tutorial, "--format", "dot", "-o", "/nonexistent/folder/chart.dot", "--lang", lang])
        #expect(r.status == 2)
        #expect(r.stderr.contains(lang == "en" ? "/nonexistent/folder/chart.dot cannot be written" : "/nonexistent/folder/chart.dot tidak dapat ditulis"),
                "\(r.stderr)")
    }

    @Test("a failed write keeps the old file, whole, and leaves no temporary file")
    func failedWriteKeepsOldFile() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("chart.dot").path
        let old = "digraph old { a -> b }\n"
        try Data(old.utf8).write(to: URL(fileURLWithPath: path))
        // The write fails part-way, even for root: a file-size limit of 512 bytes (the DOT is ~10 KB), with
        // SIGXFSZ ignored so that write(2) returns EFBIG instead of the signal ending the process.
        let r = try run("/bin/sh", ["-c", "trap '' XFSZ; ulimit -f 1; exec \"$0\" \"$@\"", rampingExecutable,
                                    "export", tutorial, "--format", "dot", "-o", path, "--lang", "en"])
        #expect(r.status == 2, "\(r.stderr)")
        #expect(r.stderr.contains("\(path) cannot be written"), "\(r.stderr)")
        #expect(String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self) == old)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["chart.dot"])
    }

    @Test("--each writes one file per perangkat daerah")
    func each() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("peta").path
        let r = try runRamping(["export", tutorial, "--format", "dot", "--each", "-o", out])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out).sorted() == ["dpmptsp.dot", "kec-kota.dot", "setda.dot"])
        #expect(try runRamping(["export", tutorial, "--format", "dot", "--each"]).status == 2)
    }

    @Test("wrong use exits 2")
    func wrongUse() throws {
        #expect(try runRamping(["export", tutorial, "--format", "png"]).status == 2)          // needs -o
        #expect(try runRamping(["export", tutorial, "--format", "jpg"]).status == 2)
        #expect(try runRamping(["export", tutorial, "--format", "dot", "--view", "orang"]).status == 2)
        let unknown = try runRamping(["export", tutorial, "--format", "dot", "--unit", "dpmpstp", "--lang", "en"])
        #expect(unknown.status == 2 && unknown.stderr.contains("did you mean 'dpmptsp'"))
        #expect(try runRamping(["export", tutorial, "--format", "dot", "--groups"]).status == 2)
    }

    @Test("export then import gives back a chart that validates and summarises the same")
    func roundTrip() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let graphml = folder.appendingPathComponent("c.graphml").path, yaml = folder.appendingPathComponent("c.yaml").path
        #expect(try runRamping(["export", tutorial, "--format", "graphml", "--view", "people", "-o", graphml]).status == 0)
        let imported = try runRamping(["import", graphml, "-o", yaml, "--lang", "en"])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stderr.contains("mapped: a Ramping file"))
        #expect(try runRamping(["validate", yaml]).status == 0)
        #expect(try runRamping(["info", yaml, "--format", "json"]).stdout == runRamping(["info", tutorial, "--format", "json"]).stdout)
    }

    @Test("a hostile or wrong file is refused with a message and nothing is written")
    func hostile() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bad = folder.appendingPathComponent("xxe.graphml").path, out = folder.appendingPathComponent("out.yaml").path
        try Data("<?xml version=\"1.0\"?><!DOCTYPE g [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><graphml><graph><node id=\"&x;\"/></graph></graphml>".utf8)
            .write(to: URL(fileURLWithPath: bad))
        let r = try runRamping(["import", bad, "-o", out, "--lang", "en"])
        #expect(r.status == 1 && r.stderr.contains("declares XML entities"))
        #expect(!FileManager.default.fileExists(atPath: out))
        let yamlGiven = try runRamping(["import", tutorial, "--lang", "en"])
        #expect(yamlGiven.status == 1 && yamlGiven.stderr.contains("already a Ramping chart"))
        #expect(try runRamping(["import", "nothing.graphml"]).status == 2)
    }
}
