import Foundation
public import OrgModel

/// Limits on what the loader reads.
public struct LoadOptions: Sendable {
    /// Files larger than this are refused before reading, with a message; 256 MiB by default.
    public var maxFileBytes: Int = 256 << 20

    public init(maxFileBytes: Int = 256 << 20) { self.maxFileBytes = maxFileBytes }
}

/// The outcome of loading an OrgChart file: every diagnostic, in file order, and the chart and its
/// graph when they could be built.
public struct LoadedChart: Sendable {
    public let file: String
    /// The chart as read; present whenever the YAML could be read, even with errors in it.
    public let chart: OrgChart?
    /// The resolved graph; present only for a valid chart (warnings allowed).
    public let graph: OrgGraph?
    public let sourceMap: SourceMap
    public let diagnostics: [Diagnostic]
    /// True when the file itself could not be read (missing, a folder, no permission): exit status 2.
    public let unreadable: Bool

    public var isValid: Bool { graph != nil && !diagnostics.hasErrors }
}

/// Reads, checks and resolves OrgChart files (`format: ramping/1`).
///
/// Security: the YAML is parsed without executing anything; aliases that expand beyond the file's size
/// are refused, as are files over `LoadOptions.maxFileBytes`.
public enum ChartLoader {
    /// Loads the chart at `path`.
    ///
    /// The file is handed to libyaml in chunks and never held whole. A file the chunked read cannot take
    /// to the end (a YAML error, text that is not UTF-8, a file that changed while read) is read again
    /// whole, the way `load(text:file:)` reads it, so that its diagnostics are the same either way.
    public static func load(path: String, options: LoadOptions = LoadOptions()) -> LoadedChart {
        if let loaded = loadInChunks(path: path, options: options) { return loaded }
        return loadWhole(path: path, options: options)
    }

    /// Bytes handed to libyaml at a time when a chart file is read in chunks.
    static let chunkBytes = 1 << 16

    /// The chart at `path` read in chunks of `chunk` bytes, or nil when it must be read whole to be reported.
    static func loadInChunks(path: String, options: LoadOptions, chunk: Int = chunkBytes) -> LoadedChart? {
        guard case .success(let opened) = FileReader.openRegular(path, maxBytes: options.maxFileBytes) else { return nil }
        defer { close(opened.descriptor) }
        let input = YAMLTree.ChunkedInput(chunk: chunk) { buffer, count in
            while true {
                let n = systemRead(opened.descriptor, buffer, count)
                if n >= 0 { return n }
                if errno != EINTR { return nil }
            }
        }
        let context = ReadContext(file: path, bytes: opened.size) {
            guard case .success(let data) = FileReader.read(path, maxBytes: options.maxFileBytes),
                  case .success(let text) = decode(data) else { return "" }
            return text
        }
        return load(context: context, file: path) { item in
            let parsed = YAMLTree.singleRoot(reading: input, streaming: ChartReader.streamedKeys, item: item)
            // Everything read, and no more than the size checked when the file was opened.
            guard case .success = parsed, !input.failed, input.total == opened.size else { return nil }
            return parsed
        }
    }

    /// The chart at `path`, read whole into memory first.
    static func loadWhole(path: String, options: LoadOptions) -> LoadedChart {
        func fail(_ problem: Problem, unreadable: Bool) -> LoadedChart {
            LoadedChart(file: path, chart: nil, graph: nil, sourceMap: SourceMap(),
                        diagnostics: [Diagnostic(.error, file: path, at: nil, problem)], unreadable: unreadable)
        }
        // The bytes are let go once decoded, so that the file is held once (as text) while it is read.
        let text: String, bytes: Int
        switch FileReader.read(path, maxBytes: options.maxFileBytes) {
        case .failure(let f): return fail(f.problem, unreadable: f.unreadable)
        case .success(let data):
            switch decode(data) {
            case .failure(let located):
                return LoadedChart(file: path, chart: nil, graph: nil, sourceMap: SourceMap(),
                                   diagnostics: [Diagnostic(.error, file: path, at: located.position, located.problem)], unreadable: false)
            case .success(let decoded): (text, bytes) = (decoded, data.count)
            }
        }
        return load(text: text, file: path, bytes: bytes)
    }

    /// Loads a chart from bytes; `file` names it in diagnostics.
    public static func load(data: Data, file: String) -> LoadedChart {
        func fail(_ problem: Problem, at position: SourcePosition? = nil) -> LoadedChart {
            LoadedChart(file: file, chart: nil, graph: nil, sourceMap: SourceMap(),
                        diagnostics: [Diagnostic(.error, file: file, at: position, problem)], unreadable: false)
        }
        switch decode(data) {
        case .failure(let located): return fail(located.problem, at: located.position)
        case .success(let text): return load(text: text, file: file, bytes: data.count)
        }
    }

    /// Loads a chart from text; `file` names it in diagnostics.
    public static func load(text: String, file: String) -> LoadedChart {
        load(text: text, file: file, bytes: text.utf8.count)
    }

    static func load(text: consuming String, file: String, bytes: Int) -> LoadedChart {
        let context = ReadContext(file: file, text: consume text, bytes: bytes)
        return load(context: context, file: file) { item in
            YAMLTree.singleRoot(context.text, streaming: ChartReader.streamedKeys, item: item)
        }!
    }

    /// Reads the chart whose YAML `parse` reads (handing each item of the big lists to its argument), or
    /// nil when `parse` gives up.
    ///
    /// The big lists (units, posts, people) are read record by record as libyaml's events arrive; the
    /// rest of the document is a small tree read afterwards. Diagnostics are sorted by position at the end.
    private static func load(context: ReadContext, file: String,
                             parse: (_ item: (String, Node) -> Void) -> Result<Node?, YAMLFailure>?) -> LoadedChart? {
        func fail(_ problem: Problem, at position: SourcePosition? = nil) -> LoadedChart {
            LoadedChart(file: file, chart: nil, graph: nil, sourceMap: SourceMap(),
                        diagnostics: [Diagnostic(.error, file: file, at: position, problem)], unreadable: false)
        }
        var reader = ChartReader(context: context)
        let root: Node
        guard let parsed = parse({ reader.stream($0, $1) }) else { return nil }
        switch parsed {
        case .failure(let failure): return fail(failure.problem, at: failure.position)
        case .success(nil): return fail(.fileEmpty)
        case .success(let node?): root = node
        }
        if let scalar = root.scalar, scalar.string.isEmpty { return fail(.fileEmpty) }
        if root.mapping == nil {
            return fail(.documentNotMapping(found: OrgFiles.describe(root), scenario: false), at: root.mark.map(SourcePosition.init))
        }
        let read = reader.read(root)
        context.releaseText()
        reader.map.setFieldNames(context.fieldNames)
        var diagnostics = context.diagnostics
        guard let chart = read, !context.exhausted else {
            return LoadedChart(file: file, chart: nil, graph: nil, sourceMap: reader.map,
                               diagnostics: diagnostics.sortedByPosition(), unreadable: false)
        }
        let resolution = OrgGraph.resolve(chart)
        for issue in resolution.issues {
            if reader.incomplete.contains(issue.subject) { continue }
            if case .dateAfterAsOf = issue.problem, reader.asOfMissing { continue }
            let related = issue.related.flatMap { reader.map.position(of: $0, field: nil)?.line }
            diagnostics.append(Diagnostic(issue.severity, file: file, at: reader.map.position(of: issue.subject, field: issue.field),
                                          record: chart.label(of: issue.subject), issue.problem, relatedLine: related))
        }
        let valid = !diagnostics.hasErrors
        return LoadedChart(file: file, chart: chart, graph: valid ? resolution.graph : nil, sourceMap: reader.map,
                           diagnostics: diagnostics.sortedByPosition(), unreadable: false)
    }

    /// A problem and where it is, when the file has a place for it.
    struct Located: Error {
        let problem: Problem
        let position: SourcePosition?
    }

    /// The text of a chart or scenario file: UTF-8, a byte-order mark dropped. UTF-16 is named as such,
    /// NUL bytes mean a binary file, and invalid UTF-8 is reported at the line of its first bad byte.
    static func decode(_ data: Data) -> Result<String, Located> {
        let b = Array(data.prefix(4))
        let bom16 = b.count >= 2 && ((b[0] == 0xFF && b[1] == 0xFE) || (b[0] == 0xFE && b[1] == 0xFF))
        let plain16 = b.count >= 4 && ((b[0] != 0 && b[1] == 0 && b[2] != 0 && b[3] == 0) || (b[0] == 0 && b[1] != 0 && b[2] == 0 && b[3] != 0))
        if bom16 || plain16 { return .failure(Located(problem: .fileUTF16, position: nil)) }
        let hasNUL = data.withUnsafeBytes { $0.baseAddress.map { memchr($0, 0, data.count) != nil } ?? false }
        if hasNUL { return .failure(Located(problem: .fileBinary, position: nil)) }
        guard var text = String(data: data, encoding: .utf8) else {
            return .failure(Located(problem: .fileNotUTF8, position: firstInvalidUTF8(data)))
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return .success(text)
    }

    /// Line and column (in characters) of the first byte that is not valid UTF-8.
    static func firstInvalidUTF8(_ data: Data) -> SourcePosition? {
        var bytes = data.makeIterator()
        var decoder = UTF8()
        var line = 1, column = 1
        while true {
            switch decoder.decode(&bytes) {
            case .scalarValue(let scalar):
                if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
            case .emptyInput: return nil
            case .error: return SourcePosition(line: line, column: column)
            }
        }
    }
}
