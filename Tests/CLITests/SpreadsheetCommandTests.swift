import Foundation
import Testing
import TestSupport

@Suite("ramping export --format xlsx, import, new, form")
struct SpreadsheetCommandTests {
    let tutorial = "OrgCharts/kabupaten-contoh.yaml"

    @Test("a chart goes to its workbook and back to the same chart")
    func workbookRoundTrip() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let xlsx = folder.appendingPathComponent("bagan.xlsx").path, yaml = folder.appendingPathComponent("bagan.yaml").path
        let export = try runRamping(["export", tutorial, "--format", "xlsx", "-o", xlsx])
        #expect(export.status == 0 && export.stderr.contains("Ditulis: \(xlsx)"), "\(export.stderr)")
        let back = try runRamping(["import", xlsx, "-o", yaml])
        #expect(back.status == 0, "\(back.stderr)")
        // Written again from the chart read back, the workbook is the same file, byte for byte.
        let again = folder.appendingPathComponent("lagi.xlsx").path
        #expect(try runRamping(["export", yaml, "--format", "xlsx", "-o", again]).status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: again)) == Data(contentsOf: URL(fileURLWithPath: xlsx)))
        #expect(try runRamping(["validate", yaml]).status == 0)
    }

    @Test("xlsx needs -o, and takes the whole chart")
    func exportMisuse() throws {
        let r = try runRamping(["export", tutorial, "--format", "xlsx"])
        #expect(r.status == 2 && r.stderr.contains("--format xlsx needs -o FILE"))
        let each = try runRamping(["export", tutorial, "--format", "xlsx", "--unit", "dpmptsp", "-o", "/tmp/x.xlsx"])
        #expect(each.status == 2 && each.stderr.contains("leave out --each, --diff, --unit and --depth"))
    }

    @Test("the template reads back with its empty cells named, and nothing is written")
    func template() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let xlsx = folder.appendingPathComponent("baru.xlsx").path
        let r = try runRamping(["new", "--template", "--as-of", "2026-01-01", "-o", xlsx])
        #expect(r.status == 0, "\(r.stderr)")
        let out = folder.appendingPathComponent("baru.yaml").path
        let back = try runRamping(["import", xlsx, "-o", out, "--lang", "en"])
        #expect(back.status == 1)
        #expect(back.stderr.contains("\(xlsx):Organisasi!B2: error: 'Kode' must be filled in"))
        #expect(!FileManager.default.fileExists(atPath: out))
        #expect(try runRamping(["new", "-o", xlsx]).status == 2)
    }

    @Test("the four forms are written as workbooks, and as CSV for Indonesian Excel", arguments: ["peta-jabatan", "rekap-abk", "abk", "duk"])
    func forms(_ form: String) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let xlsx = folder.appendingPathComponent("\(form).xlsx").path
        let r = try runRamping(["form", form, tutorial, "--unit", "dpmptsp", "-o", xlsx])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: xlsx)).prefix(2) == Data("PK".utf8))
        let csv = folder.appendingPathComponent("\(form).csv").path
        #expect(try runRamping(["form", form, tutorial, "--unit", "dpmptsp", "-o", csv]).status == 0)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: csv))
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])   // UTF-8 with a byte-order mark
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains(";") && text.contains("\r\n"))
    }

    @Test("a form names an unknown unit or post and writes nothing")
    func formMisuse() throws {
        let r = try runRamping(["form", "peta-jabatan", tutorial, "--unit", "dpmptps", "-o", "/tmp/never.xlsx", "--lang", "en"])
        #expect(r.status == 2 && r.stderr.contains("--unit: unit 'dpmptps' does not exist (did you mean 'dpmptsp'?)"))
        #expect(try runRamping(["form", "duk", tutorial, "--position", "x", "-o", "/tmp/never.xlsx"]).status == 2)
        #expect(try runRamping(["form", "duk", tutorial, "-o", "/tmp/never.pdf"]).status == 2)
        #expect(!FileManager.default.fileExists(atPath: "/tmp/never.xlsx"))
        let noFolder = try runRamping(["form", "duk", tutorial, "-o", "/nonexistent-folder/duk.xlsx", "--lang", "en"])
        #expect(noFolder.status == 2 && noFolder.stderr.contains("/nonexistent-folder/duk.xlsx cannot be written: folder /nonexistent-folder does not exist"),
                "\(noFolder.stderr)")
    }

    @Test("the analyses and compare write workbooks with --format xlsx -o")
    func analysesAsWorkbooks() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["spans", "gaps", "compliance", "merit", "talent", "careers"] {
            let path = folder.appendingPathComponent("\(name).xlsx").path
            let r = try runRamping(["analyse", name, tutorial, "--format", "xlsx", "-o", path])
            #expect(r.status == 0, "\(name): \(r.stderr)")
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)).prefix(2) == Data("PK".utf8))
        }
        let compare = folder.appendingPathComponent("banding.xlsx").path
        #expect(try runRamping(["compare", tutorial, "--format", "xlsx", "-o", compare]).status == 0)
        #expect(FileManager.default.fileExists(atPath: compare))
        let noOutput = try runRamping(["analyse", "gaps", tutorial, "--format", "xlsx"])
        #expect(noOutput.status == 2 && noOutput.stderr.contains("--format xlsx needs -o FILE.xlsx"))
    }
}
