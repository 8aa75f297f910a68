import Testing
@testable import OrgFiles
import OrgModel

/// The reader over libyaml's events: plain scalars' YAML 1.1 types recognised by hand, keys told apart by text
/// and type, and errors placed where libyaml saw them.
@Suite("Reading YAML from libyaml's events")
struct YAMLEventReaderTests {
    @Test("plain scalars get YAML 1.1's types without regular expressions", arguments: [
        ("198203142006041002", OrgFiles.Tag.Name.int), ("1_000", .int), ("0x1F", .int), ("0o17", .int), ("017", .int), ("0", .int),
        ("-12", .int), ("12:30", .int), ("1.5", .float), ("1e3", .float), ("-.inf", .float), (".NaN", .float), (".5", .float),
        ("2024-01-31", .timestamp), ("2024-1-5 10:00:00", .timestamp), ("2024-1-5", .str), ("yes", .bool), ("Off", .bool),
        ("~", .null), ("", .null), ("NULL", .null), ("<<", .merge), ("Budi", .str), ("19690609 199603 1 905", .str),
        ("III/a", .str), ("1.2.3", .str), ("-", .str), ("0x", .str), ("08", .float), ("12:60", .str), ("nully", .str),
    ])
    func plainTypes(text: String, type: OrgFiles.Tag.Name) {
        #expect(resolvePlain(text) == type, "\(text)")
    }

    @Test("a quoted value is text, whatever it spells")
    func quotedIsText() throws {
        let root = try #require(try YAMLTree.singleRoot("a: '1982'\nb: \"null\"\nc: 1982\nd:\n").get())
        let m = try #require(root.mapping)
        #expect(m.map { $0.value.tag } == [OrgFiles.Tag(.str), OrgFiles.Tag(.str), OrgFiles.Tag(.int), OrgFiles.Tag(.null)])
        #expect(m.map { $0.value.isNull } == [false, false, false, true])
        #expect(m[2].value.mark == Mark(line: 3, column: 4))
    }

    @Test("keys are the same only with the same text and type; a duplicate is placed at its first writing")
    func duplicateKeys() throws {
        #expect(throws: Never.self) { try YAMLTree.singleRoot("1: a\n'1': b\n").get() }
        let yaml = "b: 1\na: 1\nb: 2\na: 2\n"
        guard case .failure(let f) = YAMLTree.singleRoot(yaml) else { Issue.record("accepted \(yaml)"); return }
        #expect(f.problem == .yamlDuplicateKey(key: "a, b"))
        #expect(f.position == SourcePosition(line: 2, column: 1))
    }

    @Test("an alias to no anchor, and an alias to a mapping")
    func aliases() throws {
        guard case .failure(let f) = YAMLTree.singleRoot("a: 1\nb: *nowhere\n") else { Issue.record("accepted"); return }
        #expect(f.problem == .yamlSyntax(detail: "found undefined alias"))
        #expect(f.position == SourcePosition(line: 2, column: 4))
        let root = try #require(try YAMLTree.singleRoot("a: &x { k: v }\nb: *x\n").get())
        #expect(root.mapping?[1].value.mapping?.first?.value.scalar?.string == "v")
    }
}
