import Foundation
import Testing
import TestSupport

@Suite("ramping analyse typology, cost, formasi")
struct PlanCommandTests {
    let sample = "OrgCharts/kabupaten-sragen.yaml"

    @Test("typology on the sample: the Dinas Kesehatan (type A) warrants B; Indonesian by default, English on request, no ids")
    func typology() throws {
        let r = try runRamping(["analyse", "typology", sample])
        #expect(r.status == 0, "\(r.stderr)")
        let line = try #require(r.stdout.split(separator: "\n").first { $0.hasPrefix("Dinas Kesehatan ") })
        #expect(line.contains("tipe B") && line.contains("tipe A") && line.contains("lebih besar dari hasil pemetaan"))
        #expect(r.stdout.contains("Kesehatan: lembar pemetaan urusan (Lampiran II.B.B"))
        #expect(!r.stdout.contains("dinkes"))
        let en = try runRamping(["analyse", "typology", sample, "--lang", "en", "--format", "markdown"])
        #expect(en.stdout.contains("| Dinas Kesehatan | kesehatan | type B | type A | larger than warranted |"))
        let csv = try runRamping(["analyse", "typology", sample, "--format", "csv"])
        #expect(csv.stdout.hasPrefix("urusan,variabel,indikator,nilai,kelas,skala_nilai,bobot,skor\r\npendidikan,umum,Jumlah penduduk (jiwa),990000,d,800,10,80\r\n"))
    }

    @Test("cost and formasi on the sample: JSON figures and the tables they name")
    func costAndFormasi() throws {
        let cost = try runRamping(["analyse", "cost", sample, "--format", "json"])
        #expect(cost.status == 0, "\(cost.stderr)")
        let o = try #require(try JSONSerialization.jsonObject(with: Data(cost.stdout.utf8)) as? [String: Any])
        #expect(o["exceeds_ceiling"] as? Bool == false && (o["share"] as? Double ?? 1) < 0.3)
        #expect((o["tables"] as? [String: String])?["gaji_pokok"]?.contains("PP 5/2024") == true)
        let formasi = try runRamping(["analyse", "formasi", sample, "--years", "3"])
        #expect(formasi.status == 0, "\(formasi.stderr)")
        #expect(formasi.stdout.contains("Rencana kebutuhan ASN 3 tahun") && formasi.stdout.contains("2028") && !formasi.stdout.contains("2029 "))
    }

    @Test("formasi --format xlsx on the sample: the four BKN sheets; the PPPK pay line in cost; the kecamatan worksheets in typology")
    func formasiWorkbookAndKecamatan() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("formasi.xlsx").path
        let r = try runRamping(["analyse", "formasi", sample, "--format", "xlsx", "-o", file])
        #expect(r.status == 0, "\(r.stderr)")
        let zip = try run("/usr/bin/python3", ["-c", "import sys, zipfile; print(zipfile.ZipFile(sys.argv[1]).read('xl/workbook.xml').decode())", file])
        for name in ["Bezetting", "Kebutuhan ABK", "Pensiun per Tahun", "Kebutuhan per Tahun"] { #expect(zip.stdout.contains("name=\"\(name)\"")) }
        let noOutput = try runRamping(["analyse", "formasi", sample, "--format", "xlsx"])
        #expect(noOutput.status != 0 && noOutput.stderr.contains("-o"))
        let cost = try runRamping(["analyse", "cost", sample])
        #expect(cost.stdout.contains("Gaji PPPK") && cost.stdout.contains("tidak dihitung") && cost.stdout.contains("143 pegawai PPPK"))
        let typology = try runRamping(["analyse", "typology", sample])
        #expect(typology.stdout.contains("Kecamatan Gesi: lembar pemetaan (Lampiran IV.B.H"))
    }

    @Test func badYearsAreRefused() throws {
        let zero = try runRamping(["analyse", "formasi", sample, "--years", "0"])
        #expect(zero.status != 0 && zero.stderr.contains("--years"))
        let misplaced = try runRamping(["analyse", "gaps", sample, "--years", "3"])
        #expect(misplaced.status != 0 && misplaced.stderr.contains("analyse formasi"))
    }
}
