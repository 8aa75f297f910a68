import Foundation
import Testing
import TestSupport

@Suite("A clone with nothing beside it tests the same")
struct RepositoryTests {
    /// Ways a test could reach outside the repository: the shared folder of the machine it was written on,
    /// or the folder above the repository root. (Spelt in pieces so that this file does not match itself.)
    static let outside = ["../" + "shared", "/work/" + "shared", "repositoryRoot" + ".deletingLastPathComponent"]

    @Test("no test or fixture path names a place outside the repository")
    func testsStayInside() throws {
        let tests = repositoryRoot.appendingPathComponent("Tests")
        let files = FileManager.default.enumerator(at: tests, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" } ?? []
        #expect(files.count > 10)
        var found: [String] = []
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            where Self.outside.contains(where: { line.contains($0) }) {
                found.append("\(file.path):\(n + 1): \(line.trimmingCharacters(in: .whitespaces))")
            }
        }
        #expect(found.isEmpty, "\(found.joined(separator: "\n"))")
    }

    @Test("the GraphML schema the tests validate against is in the repository, byte for byte as published")
    func schemaCopyIsComplete() throws {
        let folder = repositoryRoot.appendingPathComponent("Tests/Fixtures/graphml-xsd")
        let catalog = try String(contentsOf: folder.appendingPathComponent("catalog.xml"), encoding: .utf8)
        #expect(catalog.contains("rewritePrefix=\"official/\""))
        for name in ["graphml.xsd", "graphml-structure.xsd", "graphml-attributes.xsd", "graphml-parseinfo.xsd", "xlink.xsd"] {
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("official/\(name)").path), "\(name)")
        }
        let readme = try String(contentsOf: folder.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(readme.contains("Creative Commons Attribution"))
    }
}
