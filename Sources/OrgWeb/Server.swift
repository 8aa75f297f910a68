import Foundation
import Hummingbird
import Logging
import HTTPTypes
import NIOCore

/// Carries HTTP to and from the workbench: Hummingbird (on SwiftNIO) parses requests, limits the body, and
/// writes responses; every decision is the workbench's.
public enum WorkbenchServer {
    struct Responder: HTTPResponder {
        typealias Context = BasicRequestContext
        let workbench: Workbench

        func respond(to request: Request, context: Context) async throws -> Response {
            var request = request
            var headers: [String: String] = [:]
            for field in request.headers { headers[field.name.canonicalName.lowercased()] = field.value }
            let limit = workbench.options.maxUploadBytes
            if let length = headers["content-length"].flatMap(Int.init), length > limit { return tooLarge() }
            let body: Data
            do {
                body = Data(try await request.collectBody(upTo: limit).readableBytesView)
            } catch {
                return tooLarge()
            }
            var target = request.uri.path
            if let q = request.uri.query { target += "?" + q }
            let answer = await workbench.respond(to: WebRequest(method: request.method.rawValue, target: target, headers: headers, body: body))
            var fields = HTTPFields()
            for (name, value) in answer.headers {
                if let n = HTTPField.Name(name) { fields.append(HTTPField(name: n, value: value)) }
            }
            return Response(status: .init(code: answer.status), headers: fields, body: .init(byteBuffer: ByteBuffer(bytes: answer.body)))
        }

        func tooLarge() -> Response {
            let l = workbench.options.language
            let mib = workbench.options.maxUploadBytes >> 20
            let message = l.pick("Berkas terlalu besar: paling besar \(mib) MiB per unggahan.", "The file is too large: at most \(mib) MiB per upload.")
            var fields = HTTPFields()
            fields[.contentType] = "text/plain; charset=utf-8"
            fields[.connection] = "close"
            for (name, value) in Workbench.securityHeaders { if let n = HTTPField.Name(name) { fields[n] = value } }
            return Response(status: .contentTooLarge, headers: fields, body: .init(byteBuffer: ByteBuffer(string: message)))
        }
    }

    /// Serves until the task is cancelled (or SIGINT/SIGTERM); `running` is called with the bound port.
    public static func run(_ workbench: Workbench, host: String, port: Int, running: @escaping @Sendable (Int) async -> Void) async throws {
        var logger = Logger(label: "ramping-serve")
        logger.logLevel = .critical   // a failure to listen is thrown and reported by the caller
        let app = Application(
            responder: Responder(workbench: workbench),
            configuration: .init(address: .hostname(host, port: port), serverName: nil),
            onServerRunning: { channel in await running(channel.localAddress?.port ?? port) },
            logger: logger
        )
        try await app.runService(gracefulShutdownSignals: [.sigterm, .sigint])
    }
}
