import Foundation
public import OrgModel

/// Lays a DOT graph out with Graphviz's `dot` and returns the picture (SVG, PDF or PNG).
public enum Renderer {
    public enum Format: String, Sendable, CaseIterable { case svg, pdf, png }

    /// The `dot` program on PATH, or nil.
    public static func dotExecutable() -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for dir in path.split(separator: ":") {
            let candidate = "\(dir)/dot"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// - Parameter date: the day the picture is dated (a PDF's creation date); the chart's `as_of`, so
    ///   that the same chart always gives the same bytes.
    /// Dates a PDF to `date` in place: `/CreationDate (D:YYYYMMDDHHMMSS` keeps its length, so the
    /// file's cross-reference offsets stay right and the same chart gives the same bytes.
    static func stampCreationDate(_ pdf: Data, _ date: Day) -> Data {
        let marker = Array("/CreationDate (D:".utf8)
        let digits = Array((date.description.filter(\.isNumber) + "000000").utf8)
        var bytes = [UInt8](pdf)
        guard let start = bytes.firstRange(of: marker)?.upperBound, start + 14 <= bytes.count,
              bytes[start..<start + 14].allSatisfy({ (48...57).contains($0) }) else { return pdf }
        bytes.replaceSubrange(start..<start + 14, with: digits)
        return Data(bytes)
    }

    public static func render(dot source: String, as format: Format, date: Day? = nil) throws -> Data {
        guard let dot = dotExecutable() else { throw ExportError.graphvizMissing }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ramping-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("chart.dot"), output = folder.appendingPathComponent("chart.\(format.rawValue)")
        try Data(source.utf8).write(to: input)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: dot)
        process.arguments = ["-T\(format.rawValue)", "-o", output.path, input.path]
        if let date, let epoch = Day(year: 1970, month: 1, day: 1) {
            var environment = ProcessInfo.processInfo.environment
            environment["SOURCE_DATE_EPOCH"] = String((date.ordinal - epoch.ordinal) * 86_400)   // for cairo ≥ 1.17
            process.environment = environment
        }
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0, let data = try? Data(contentsOf: output) else {
            let text = String(decoding: message, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            throw ExportError.graphvizFailed(text.isEmpty ? "exit status \(process.terminationStatus)" : text)
        }
        if format == .pdf, let date { return stampCreationDate(data, date) }
        return data
    }
}
