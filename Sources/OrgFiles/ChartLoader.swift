import Foundation
internal import Yams
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
    public static func load(path: String, options: LoadOptions = LoadOptions()) -> LoadedChart {
        func fail(_ problem: Problem, unreadable: Bool) -> LoadedChart {
            LoadedChart(file: path, chart: nil, graph: nil, sourceMap: SourceMap(),
                        diagnostics: [Diagnostic(.error, file: path, at: nil, problem)], unreadable: unreadable)
        }
        switch FileReader.read(path, maxBytes: options.maxFileBytes) {
        case .failure(let f): return fail(f.problem, unreadable: f.unreadable)
        case .success(let data): return load(data: data, file: path)
        }
    }

    /// Loads a chart from bytes; `file` names it in diagnostics.
    public static func load(data: Data, file: String) -> LoadedChart {
        func fail(_ problem: Problem, at position: SourcePosition? = nil) -> LoadedChart {
            LoadedChart(file: file, chart: nil, graph: nil, sourceMap: SourceMap(),
                        diagnostics: [Diagnostic(.error, file: file, at: position, problem)], unreadable: false)
        }
        if data.contains(0) { return fail(.fileBinary) }
        guard var text = String(data: data, encoding: .utf8) else { return fail(.fileNotUTF8) }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return load(text: text, file: file, bytes: data.count)
    }

    /// Loads a chart from text; `file` names it in diagnostics.
    public static func load(text: String, file: String) -> LoadedChart {
        load(text: text, file: file, bytes: text.utf8.count)
    }

    static func load(text: String, file: String, bytes: Int) -> LoadedChart {
        func fail(_ problem: Problem, at position: SourcePosition? = nil) -> LoadedChart {
            LoadedChart(file: file, chart: nil, graph: nil, sourceMap: SourceMap(),
                        diagnostics: [Diagnostic(.error, file: file, at: position, problem)], unreadable: false)
        }
        let root: Node
        do {
            let parser = try Parser(yaml: text, encoding: .utf8)
            guard let node = try parser.singleRoot() else { return fail(.fileEmpty) }
            root = node
        } catch let error as YamlError {
            let (problem, position) = describe(error)
            return fail(problem, at: position)
        } catch {
            return fail(.yamlSyntax(detail: String(describing: error)))
        }
        if let scalar = root.scalar, scalar.string.isEmpty { return fail(.fileEmpty) }

        let context = ReadContext(file: file, text: text, bytes: bytes)
        var reader = ChartReader(context: context)
        let read = reader.read(root)
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

    /// A Yams error as a problem at a position.
    static func describe(_ error: YamlError) -> (Problem, SourcePosition?) {
        func detail(_ context: YamlError.Context?, _ problem: String) -> String {
            guard let context, !context.text.isEmpty else { return problem }
            return "\(problem) (\(context.text))"
        }
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _):
            return (.yamlSyntax(detail: detail(context, problem)), SourcePosition(mark))
        case .composer(let context, let problem, let mark, _):
            if context?.text == "expected a single document in the stream" {
                return (.yamlSeveralDocuments, SourcePosition(mark))
            }
            return (.yamlSyntax(detail: detail(context, problem)), SourcePosition(mark))
        case .duplicatedKeysInMapping(let duplicates, let context):
            return (.yamlDuplicateKey(key: duplicates.joined(separator: ", ")), SourcePosition(context.mark))
        case .reader(let problem, _, _, _):
            return (.yamlSyntax(detail: problem), nil)
        default:
            return (.yamlSyntax(detail: String(describing: error)), nil)
        }
    }
}
