/// A valid chart resolved into a graph of dense integer indices: the form every analysis reads.
///
/// Units, positions, people and competencies are numbered by their place in the chart's sections.
/// Relations are arrays indexed by those numbers (−1 for none) and compressed adjacency lists, so every
/// whole-graph pass is linear and a national civil service fits in memory. Build one with
/// `OrgGraph.resolve(_:)`, which also validates.
///
///     let resolution = OrgGraph.resolve(chart)
///     guard let graph = resolution.graph else { /* resolution.issues has the errors */ }
///     let boss = graph.superior[graph.positionIndex["dpmptsp.verifikator"]!]
public struct OrgGraph: Sendable {
    public let chart: OrgChart

    public let unitIndex: [String: Int]
    public let positionIndex: [String: Int]
    /// By NIP.
    public let personIndex: [String: Int]
    public let competencyIndex: [String: Int]

    /// Unit contains unit: the parent of each unit, −1 for the root.
    public let unitParent: [Int]
    public let unitChildren: Adjacency
    /// Depth in the unit tree, the root at 0.
    public let unitDepth: [Int]
    /// The head post of each unit, −1 where it has none.
    public let unitHead: [Int]
    /// Position belongs to unit.
    public let positionUnit: [Int]
    public let unitPositions: Adjacency

    /// Position reports to position (the derived chain of command): −1 only for the root post.
    public let superior: [Int]
    public let subordinates: Adjacency
    /// The layer of each post: the root post is layer 1.
    public let layer: [Int]
    /// Dotted (coordination) lines, never part of the chain of command.
    public let dotted: Adjacency

    /// Person holds position: −1 for someone in the placement pool.
    public let personPosition: [Int]
    public let holders: Adjacency

    public let rootUnit: Int
    public let rootPosition: Int

    public var units: [Unit] { chart.units }
    public var positions: [Position] { chart.positions }
    public var people: [Person] { chart.people }
    public var asOf: Day { chart.organisation.asOf }
    public var settings: Settings { chart.organisation.settings }

    init(chart: OrgChart, unitIndex: [String: Int], positionIndex: [String: Int], personIndex: [String: Int],
         competencyIndex: [String: Int], unitParent: [Int], unitDepth: [Int], unitHead: [Int], positionUnit: [Int],
         superior: [Int], layer: [Int], dotted: Adjacency, personPosition: [Int], rootUnit: Int, rootPosition: Int) {
        self.chart = chart
        self.unitIndex = unitIndex
        self.positionIndex = positionIndex
        self.personIndex = personIndex
        self.competencyIndex = competencyIndex
        self.unitParent = unitParent
        self.unitChildren = Adjacency(parents: unitParent, count: unitParent.count)
        self.unitDepth = unitDepth
        self.unitHead = unitHead
        self.positionUnit = positionUnit
        self.unitPositions = Adjacency(parents: positionUnit, count: unitParent.count)
        self.superior = superior
        self.subordinates = Adjacency(parents: superior, count: superior.count)
        self.layer = layer
        self.dotted = dotted
        self.personPosition = personPosition
        self.holders = Adjacency(parents: personPosition, count: superior.count)
        self.rootUnit = rootUnit
        self.rootPosition = rootPosition
    }

    /// People now in post `p` (bezetting).
    public func filled(_ p: Int) -> Int { holders.degree(p) }

    /// Seats of post `p` not filled.
    public func vacantSeats(_ p: Int) -> Int { max(0, positions[p].seats - holders.degree(p)) }

    /// The deepest layer of the chain of command.
    public var layers: Int { layer.max() ?? 0 }

    /// Units in `unit`'s subtree, itself first, in depth-first preorder.
    /// - Complexity: O(size of the subtree)
    public func subtree(of unit: Int) -> [Int] {
        var out: [Int] = []
        var stack = [unit]
        while let u = stack.popLast() {
            out.append(u)
            stack.append(contentsOf: unitChildren[u].reversed())
        }
        return out
    }

    /// The perangkat daerah (child of the root unit) that contains `unit`, or the root unit itself.
    /// - Complexity: O(depth)
    public func topLevelUnit(of unit: Int) -> Int {
        var u = unit
        while unitParent[u] >= 0 && unitParent[u] != rootUnit { u = unitParent[u] }
        return u
    }
}
