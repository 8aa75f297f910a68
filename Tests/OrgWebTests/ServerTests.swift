import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
@testable import OrgWeb
import Testing
import TestSupport

final class PortBox: @unchecked Sendable {
    private var value: Int?
    private let lock = NSLock()
    func set(_ p: Int) { lock.lock(); value = p; lock.unlock() }
    func get() -> Int? { lock.lock(); defer { lock.unlock() }; return value }
}

/// The real HTTP server on a free loopback port.
@Suite(.serialized) struct WorkbenchServerTests {
    func withServer(_ bench: Bench, _ body: (Int) async throws -> Void) async throws {
        let port = PortBox()
        let task = Task { try await WorkbenchServer.run(bench.workbench, host: "127.0.0.1", port: 0) { port.set($0) } }
        defer { task.cancel() }
        for _ in 0..<200 where port.get() == nil { try await Task.sleep(for: .milliseconds(25)) }
        let p = try #require(port.get())
        try await body(p)
        task.cancel()
        _ = await task.result
    }

    func request(_ url: String, method: String = "GET", cookie: String = "", body: Data? = nil, type: String? = nil) async throws -> (Int, Data) {
        var r = URLRequest(url: URL(string: url)!)
        r.httpMethod = method
        r.setValue(cookie, forHTTPHeaderField: "Cookie")
        r.httpShouldHandleCookies = false
        if let type { r.setValue(type, forHTTPHeaderField: "Content-Type") }
        r.httpBody = body
        let (data, response) = try await URLSession.shared.data(for: r)
        return ((response as! HTTPURLResponse).statusCode, data)
    }

    @Test func fiftyConcurrentRequestsAreAllAnswered() async throws {
        var bench = try Bench()
        try await bench.signIn()
        let cookie = bench.cookie
        try await withServer(bench) { port in
            let statuses = try await withThrowingTaskGroup(of: Int.self) { group in
                for k in 0..<50 {
                    let target = k % 2 == 0 ? "/chart?f=OrgCharts/kabupaten-contoh.yaml" : "/unit?f=OrgCharts/kabupaten-contoh.yaml&u=dpmptsp"
                    group.addTask { try await request("http://127.0.0.1:\(port)\(target)", cookie: cookie).0 }
                }
                var all: [Int] = []
                for try await s in group { all.append(s) }
                return all
            }
            #expect(statuses.count == 50 && statuses.allSatisfy { $0 == 200 }, "\(statuses)")
            // Without the cookie the same address answers 401.
            #expect(try await request("http://127.0.0.1:\(port)/chart?f=OrgCharts/kabupaten-contoh.yaml").0 == 401)
        }
    }

    @Test func anUploadOverTheLimitIsRefusedAndNotRead() async throws {
        var bench = try Bench(maxUpload: 1 << 20)
        try await bench.signIn()
        let cookie = bench.cookie
        try await withServer(bench) { port in
            let big = Data(repeating: 0x41, count: (1 << 20) + 10)
            let (status, data) = try await request("http://127.0.0.1:\(port)/upload", method: "POST", cookie: cookie, body: big,
                                                   type: "multipart/form-data; boundary=x")
            #expect(status == 413)
            #expect(String(decoding: data, as: UTF8.self).contains("MiB"))
            #expect(try FileManager.default.contentsOfDirectory(atPath: bench.folder).filter { !$0.hasPrefix(".") } == ["OrgCharts"])
            #expect(!FileManager.default.fileExists(atPath: bench.folder + "/.ramping/uploads"))   // not even kept hidden
        }
    }
}
