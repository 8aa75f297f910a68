import Foundation
import OrgModel
@testable import OrgWeb
import Testing
import TestSupport

@Suite struct WorkbenchJobTests {
    /// The JSON `/job/status` answers, as a dictionary.
    func status(_ bench: Bench, _ id: String) async throws -> [String: Any] {
        let r = await bench.get("/job/status?id=\(id)")
        #expect(r.status == 200 && r.header("Content-Type") == "application/json")
        return try #require(try JSONSerialization.jsonObject(with: r.body) as? [String: Any])
    }

    func jobID(_ r: WebResponse) -> String? {
        r.header("Location").flatMap { $0.components(separatedBy: "id=").last }
    }

    @Test func aCancelledJobSaysDibatalkanAndLeavesNoFile() async throws {
        var bench = try Bench()
        try await bench.signIn()
        let started = await bench.post("/job/start", [("f", Bench.chart), ("kind", "pages")])
        #expect(started.status == 303)
        let id = try #require(jobID(started))
        // While it runs, the page has the progress bar, the status script's address and the cancel button.
        let page = await bench.get("/job?id=\(id)").text
        #expect(page.contains("id=\"job-progress\"") && page.contains("data-status=\"/job/status?id=\(id)\"") && page.contains("id=\"cancel\""))
        #expect(try await status(bench, id)["state"] as? String == "running")
        // Cancelling needs the CSRF token.
        #expect(await bench.post("/job/cancel", [("id", id)], csrf: "wrong").status == 403)
        #expect(await bench.post("/job/cancel", [("id", id)]).status == 303)
        await bench.workbench.jobs.wait(id)
        let s = try await status(bench, id)
        #expect(s["state"] as? String == "cancelled" && s["status"] as? String == "dibatalkan", "\(s)")
        #expect(s["result"] == nil)
        #expect(await bench.get("/job?id=\(id)").text.contains("tidak ada berkas yang ditulis"))
        // No file, whole or half, in the export folder.
        let written = (try? FileManager.default.contentsOfDirectory(atPath: bench.folder + "/ekspor")) ?? []
        #expect(written.isEmpty, "\(written)")
    }

    @Test func aFinishedJobLinksItsResultWrittenInTheWorkspace() async throws {
        var bench = try Bench()
        try await bench.signIn()
        let id = try #require(jobID(await bench.post("/job/start", [("f", Bench.chart), ("kind", "careers")])))
        await bench.workbench.jobs.wait(id)
        let s = try await status(bench, id)
        #expect(s["state"] as? String == "done" && s["status"] as? String == "selesai", "\(s)")
        let link = try #require(s["result"] as? String)
        #expect(link == "/file?p=ekspor/kabupaten-contoh-karier.xlsx")
        #expect(FileManager.default.fileExists(atPath: bench.folder + "/ekspor/kabupaten-contoh-karier.xlsx"))
        let file = await bench.get(link)
        #expect(file.status == 200 && file.body.prefix(2) == Data("PK".utf8))
        #expect(await bench.get("/job?id=\(id)").text.contains("class=\"job-result\""))
        // The download route serves the export folder only.
        for p in ["OrgCharts/kabupaten-contoh.yaml", "ekspor/../OrgCharts/kabupaten-contoh.yaml", "ekspor", "/etc/passwd"] {
            #expect(await bench.get("/file?" + HTML.query([("p", p)])).status == 404, "\(p)")
        }
        // A job names a chart of the workspace and a known kind.
        #expect(await bench.post("/job/start", [("f", "../x.yaml"), ("kind", "careers")]).status == 404)
        #expect(await bench.post("/job/start", [("f", Bench.chart), ("kind", "nothing")]).status == 404)
    }

    @Test func theDeckJobPresentsTheChartWithItsSavedScenarios() async throws {
        var bench = try Bench()
        try await bench.signIn()
        let d = try #require(draftID(await bench.post("/scenario/new", [("f", Bench.chart), ("name", "Pelayanan dilebur")])))
        #expect(await bench.post("/scenario/step", [("d", d), ("version", "0"), ("kind", "abolish"), ("unit", "dpmptsp.pelayanan"), ("tasksTo", "dpmptsp.sekretariat")]).status == 303)
        #expect(await bench.post("/scenario/save", [("d", d), ("version", "1")]).status == 303)
        // The saved file opens again in the builder, on the chart its base names (`../kabupaten-contoh.yaml`).
        let opened = await bench.post("/scenario/open", [("s", "OrgCharts/scenarios/pelayanan-dilebur.yaml")])
        #expect(opened.status == 303 && opened.header("Location")?.hasPrefix("/scenario?d=") == true, "\(opened.status) \(opened.text.prefix(300))")
        let id = try #require(jobID(await bench.post("/job/start", [("f", Bench.chart), ("kind", "deck")])))
        await bench.workbench.jobs.wait(id)
        let s = try await status(bench, id)
        #expect(s["state"] as? String == "done", "\(s)")
        let pdf = try Data(contentsOf: URL(fileURLWithPath: bench.folder + "/ekspor/kabupaten-contoh-paparan.pdf"))
        #expect(pdf.prefix(5) == Data("%PDF-".utf8))
        // The scenario's name is in the deck (the PDF's text is compressed; the page count grows with it instead).
        #expect(s["total"] as? Int == 2)
    }

    @Test func theBoardStopsAWorkThatChecksForCancellationAndRefusesBeyondItsLimit() async throws {
        let board = JobBoard()
        let folder = NSTemporaryDirectory() + "ramping-jobs-" + Secret.token(bytes: 6)
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let resolve: @Sendable (String) -> String? = { folder + "/" + $0 }
        let endless: @Sendable (JobBoard.Reporter) async throws -> JobBoard.Output = { reporter in
            var k = 0
            while true {
                try Task.checkCancellation()
                k += 1
                reporter.update(k % 100, 100)
                try await Task.sleep(nanoseconds: 1_000_000)
            }
        }
        let a = try #require(board.start(title: "a", unit: "x", language: .indonesian, resolve: resolve, work: endless))
        let b = try #require(board.start(title: "b", unit: "x", language: .indonesian, resolve: resolve, work: endless))
        #expect(board.start(title: "c", unit: "x", language: .indonesian, resolve: resolve, work: endless) == nil)
        #expect(board.cancel(a) && board.cancel(b))
        await board.wait(a)
        await board.wait(b)
        #expect(board.job(a)?.state == .cancelled && board.job(b)?.state == .cancelled)
        #expect(!board.cancel(a))
        // A work that ignores cancellation and returns anyway still writes nothing once cancelled.
        let stubborn = try #require(board.start(title: "d", unit: "x", language: .indonesian, resolve: resolve) { _ in
            try? await Task.sleep(nanoseconds: 200_000_000)
            return JobBoard.Output(target: "late.txt", data: Data("late".utf8))
        })
        #expect(board.cancel(stubborn))
        await board.wait(stubborn)
        #expect(board.job(stubborn)?.state == .cancelled)
        #expect(!FileManager.default.fileExists(atPath: folder + "/late.txt"))
        // One left alone finishes and writes its file.
        let done = try #require(board.start(title: "e", unit: "x", language: .indonesian, resolve: resolve) { _ in
            JobBoard.Output(target: "done.txt", data: Data("ok".utf8))
        })
        await board.wait(done)
        #expect(board.job(done)?.state == .done && (try? String(contentsOfFile: folder + "/done.txt", encoding: .utf8)) == "ok")
    }
}
