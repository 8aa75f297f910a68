import Foundation
import OrgModel

extension ChartReader {
    /// `typology: FILE`: the pemetaan figures in a file beside the chart (a path relative to the chart's
    /// folder), holding the same mapping as the section (optionally under its own `typology:` key).
    /// Problems in it are located in that file.
    mutating func readTypologyFile(_ name: String, at node: Node, kecamatan: [String]) -> TypologyInput? {
        let folder = (context.file as NSString).deletingLastPathComponent
        let path = name.hasPrefix("/") || folder.isEmpty ? name : (folder as NSString).appendingPathComponent(name)
        let data: Data
        switch FileReader.read(path, maxBytes: 64 << 20) {
        case .failure(let f):
            context.add(.error, node.mark, nil, f.problem)
            return nil
        case .success(let d): data = d
        }
        let text: String
        switch ChartLoader.decode(data) {
        case .failure(let located):
            context.diagnostics.append(Diagnostic(.error, file: path, at: located.position, located.problem))
            return nil
        case .success(let t): text = t
        }
        let sub = ReadContext(file: path, text: text, bytes: data.count)
        var reader = ChartReader(context: sub)
        defer { context.diagnostics += sub.diagnostics }
        let root: Node
        switch YAMLTree.singleRoot(text) {
        case .failure(let failure):
            sub.add(.error, at: failure.position, nil, failure.problem)
            return nil
        case .success(nil):
            sub.add(.error, at: nil, nil, .fileEmpty)
            return nil
        case .success(let r?): root = r
        }
        guard var mapping = root.mapping else {
            sub.add(.error, root.mark, nil, .wrongType(field: "typology", expected: .mapping, found: describe(root)))
            return nil
        }
        if let inner = mapping.first(where: { $0.key.scalar?.string == "typology" })?.value.mapping { mapping = inner }
        var input = reader.readTypology(mapping, kecamatan: kecamatan)
        input.file = name
        return input
    }
}
