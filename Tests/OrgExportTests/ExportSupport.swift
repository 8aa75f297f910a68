import Foundation
import OrgExport
import OrgFiles
import OrgModel
import TestSupport

let sampleCharts = ["OrgCharts/kabupaten-contoh.yaml", "OrgCharts/kabupaten-sragen.yaml"]


/// Writes `text` to a fresh temporary file and returns its path (the folder is left to the OS).
func temporaryFile(_ text: String, name: String) throws -> String {
    let path = try temporaryFolder().appendingPathComponent(name).path
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    return path
}

/// xmllint against the official GraphML schema, offline, through the catalog kept in the repository
/// (Tests/Fixtures/graphml-xsd), so that a clone with nothing beside it tests the same.
func schemaCheck(_ path: String) throws -> CommandResult {
    try run("/usr/bin/xmllint", ["--noout", "--nonet", "--schema", "http://graphml.graphdrawing.org/xmlns/1.1/graphml.xsd", path],
            environment: ["XML_CATALOG_FILES": repoPath("Tests/Fixtures/graphml-xsd/catalog.xml")])
}

/// What NetworkX makes of a GraphML file: counts, graph data, and the Python type of each attribute.
func networkx(_ path: String) throws -> [String: Any] {
    let script = """
        import json, sys, warnings
        import networkx as nx
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            g = nx.read_graphml(sys.argv[1])
        types = {}
        for _, d in g.nodes(data=True):
            for k, v in d.items(): types.setdefault("node." + k, type(v).__name__)
        for _, _, d in g.edges(data=True):
            for k, v in d.items(): types.setdefault("edge." + k, type(v).__name__)
        nodes = {n: d for n, d in g.nodes(data=True)}
        print(json.dumps({"nodes": g.number_of_nodes(), "edges": g.number_of_edges(), "graph": g.graph,
                          "types": types, "warnings": [str(w.message) for w in caught], "data": nodes}))
        """
    let r = try run("/usr/bin/env", ["python3", "-c", script, path])
    guard r.status == 0, let object = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any] else {
        throw NSError(domain: "networkx", code: Int(r.status), userInfo: [NSLocalizedDescriptionKey: r.stderr])
    }
    return object
}

func dotExecutable() -> String { Renderer.dotExecutable() ?? "/usr/bin/dot" }
