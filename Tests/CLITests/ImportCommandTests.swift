import Foundation
import Testing
import TestSupport

@Suite("ramping import of the planner's files")
struct ImportCommandTests {
    let fixtures = "Tests/Fixtures/hr-data/"

    @Test("a staff list and a peta jabatan give a chart that validates")
    func combined() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("bagan.yaml").path
        let r = try runRamping(["import", fixtures + "siasn_export_data_asn.csv", fixtures + "peta_jabatan_numbered.csv", "-o", out])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("dibaca sebagai daftar pegawai") && r.stderr.contains("bagan: 7 unit, 21 jabatan, 22 pegawai"))
        let validate = try runRamping(["validate", out])
        #expect(validate.status == 0, "\(validate.stdout)")
    }

    @Test("errors exit 1 and write nothing; --skip-bad-rows writes without them and lists each")
    func errorsAndSkippedRows() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("bagan.yaml").path
        let files = [fixtures + "simpeg_daftar_pegawai_idlocale.csv", fixtures + "peta_jabatan_numbered.csv"]
        let failed = try runRamping(["import"] + files + ["-o", out, "--lang", "en"])
        #expect(failed.status == 1)
        #expect(failed.stderr.contains("simpeg_daftar_pegawai_idlocale.csv:7:3: error: NIP damaged by Excel ('1,97608E+17')"))
        #expect(failed.stderr.contains("9 errors; nothing was written"))
        #expect(!FileManager.default.fileExists(atPath: out))
        let skipped = try runRamping(["import"] + files + ["-o", out, "--skip-bad-rows", "--lang", "en"])
        #expect(skipped.status == 0, "\(skipped.stderr)")
        #expect(skipped.stderr.components(separatedBy: "skipped (--skip-bad-rows)").count - 1 == 9)
        #expect(try runRamping(["validate", out]).status == 0)
    }

    @Test("a wrong --kind is a usage error")
    func wrongKind() throws {
        let file = fixtures + "sotk_unor.csv"
        #expect(try runRamping(["import", file, "--kind", "\(file)=pegawai"]).status == 2)
        #expect(try runRamping(["import", file, "--kind", "lain.csv=staff"]).status == 2)
    }
}
