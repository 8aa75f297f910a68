import Foundation

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

    public static func render(dot source: String, as format: Format) throws -> Data {
        guard let dot = dotExecutable() else { throw ExportError.graphvizMissing }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ramping-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("chart.dot"), output = folder.appendingPathComponent("chart.\(format.rawValue)")
        try Data(source.utf8).write(to: input)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: dot)
        process.arguments = ["-T\(format.rawValue)", "-o", output.path, input.path]
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
        return data
    }
}
