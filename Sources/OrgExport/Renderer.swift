import Foundation
public import OrgModel

/// Lays a DOT graph out with Graphviz's `dot` and returns the picture (SVG, PDF or PNG).
public enum Renderer {
    public enum Format: String, Sendable, CaseIterable { case svg, pdf, png }

    /// The `dot` program on PATH, or nil.
    public static func dotExecutable() -> String? { executable("dot") }

    /// The `rsvg-convert` program (librsvg2-bin) on PATH, or nil.
    public static func rsvgExecutable() -> String? { executable("rsvg-convert") }

    static func executable(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for dir in path.split(separator: ":") {
            let candidate = "\(dir)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Page-sized pictures: SVG pages as they are, PNG pages at 2 pixels a point (a 16:9 page is
    /// 1920 × 1080), or all pages as one PDF titled `title` and dated `date` (same input, same bytes).
    /// - Returns: one `Data` per page, or one for the whole PDF.
    public static func render(pages: [DiagramPage], as format: Format, title: String, date: Day?) throws -> [Data] {
        if format == .svg { return pages.map { Data($0.svg.utf8) } }
        guard let rsvg = rsvgExecutable() else { throw ExportError.rsvgMissing }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ramping-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var inputs: [String] = []
        for (k, page) in pages.enumerated() {
            let path = folder.appendingPathComponent("page-\(k + 1).svg").path
            try Data(page.svg.utf8).write(to: URL(fileURLWithPath: path))
            inputs.append(path)
        }
        func convert(_ arguments: [String], output: String) throws -> Data {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: rsvg)
            process.arguments = arguments + ["-o", output]
            let errors = Pipe()
            process.standardError = errors
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            let message = errors.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            guard process.terminationStatus == 0, let data = try? Data(contentsOf: URL(fileURLWithPath: output)) else {
                let text = String(decoding: message, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
                throw ExportError.rsvgFailed(text.isEmpty ? "exit status \(process.terminationStatus)" : text)
            }
            return data
        }
        switch format {
        case .pdf:
            var pdf = try convert(["-f", "pdf"] + inputs, output: folder.appendingPathComponent("out.pdf").path)
            if let date { pdf = stampCreationDate(pdf, date) }
            return [addInfo(pdf, title: title, date: date)]
        default:
            return try inputs.enumerated().map { k, input in
                try convert(["-f", "png", "--dpi-x", "144", "--dpi-y", "144", "-b", "white", input], output: folder.appendingPathComponent("out-\(k).png").path)
            }
        }
    }

    /// Gives a PDF a title (and Ramping as its creator) by an incremental update: a new document
    /// information dictionary, a one-entry cross-reference section and a trailer pointing back to the
    /// old one. The bytes before stay as they are, so their offsets stay right.
    static func addInfo(_ pdf: Data, title: String, date: Day?) -> Data {
        let text = String(decoding: pdf.suffix(1024), as: UTF8.self)
        guard let trailer = text.range(of: "trailer", options: .backwards),
              let sizeRange = text.range(of: "/Size ", range: trailer.upperBound..<text.endIndex),
              let rootRange = text.range(of: "/Root ", range: trailer.upperBound..<text.endIndex),
              let startRange = text.range(of: "startxref", options: .backwards) else { return pdf }
        let size = Int(text[sizeRange.upperBound...].prefix { $0.isNumber }) ?? 0
        let root = text[rootRange.upperBound...].prefix { $0 != "/" && $0 != ">" }.trimmingCharacters(in: .whitespacesAndNewlines)
        let previous = Int(text[startRange.upperBound...].trimmingCharacters(in: .whitespacesAndNewlines).prefix { $0.isNumber }) ?? 0
        guard size > 0, previous > 0, !root.isEmpty else { return pdf }
        // UTF-16BE with a byte-order mark: any script in the title.
        var hex = "FEFF"
        for unit in title.utf16 { hex += String(format: "%04X", unit) }
        var out = pdf
        if out.last != 0x0A { out.append(0x0A) }
        let offset = out.count
        var info = "\(size) 0 obj\n<< /Title <\(hex)> /Creator (Ramping) /Producer (Ramping, librsvg, cairo)"
        if let date { info += " /CreationDate (D:\(date.description.filter(\.isNumber))000000Z)" }
        info += " >>\nendobj\n"
        let xref = out.count + info.utf8.count
        info += "xref\n0 1\n0000000000 65535 f \n\(size) 1\n\(String(format: "%010d", offset)) 00000 n \n"
        info += "trailer\n<< /Size \(size + 1) /Root \(root) /Info \(size) 0 R /Prev \(previous) >>\nstartxref\n\(xref)\n%%EOF\n"
        out.append(Data(info.utf8))
        return out
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
