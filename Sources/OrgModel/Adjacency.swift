/// A compressed adjacency list: for each of `count` sources, a contiguous run of target indices.
///
/// Built in O(sources + edges) by counting sort; neighbours of `i` are `self[i]`, in ascending order of
/// the order the edges were given in.
public struct Adjacency: Sendable, Hashable {
    public let offsets: [Int]
    public let targets: [Int]

    /// From `(source, target)` pairs; sources in `0..<count`. Targets keep the order of `pairs`.
    /// - Complexity: O(count + pairs.count)
    public init(count: Int, pairs: [(Int, Int)]) {
        var offsets = [Int](repeating: 0, count: count + 1)
        for (s, _) in pairs { offsets[s + 1] += 1 }
        for i in 0..<count { offsets[i + 1] += offsets[i] }
        var fill = offsets
        var targets = [Int](repeating: 0, count: pairs.count)
        for (s, t) in pairs {
            targets[fill[s]] = t
            fill[s] += 1
        }
        self.offsets = offsets
        self.targets = targets
    }

    /// The inverse of a parent array (−1 for none): for each of `count` parents, its children in index order.
    /// - Complexity: O(count + parents.count)
    public init(parents: [Int], count: Int) {
        var pairs: [(Int, Int)] = []
        pairs.reserveCapacity(parents.count)
        for (child, parent) in parents.enumerated() where parent >= 0 { pairs.append((parent, child)) }
        self.init(count: count, pairs: pairs)
    }

    public var count: Int { offsets.count - 1 }

    /// The targets of `source`.
    /// - Complexity: O(1)
    public subscript(source: Int) -> ArraySlice<Int> { targets[offsets[source]..<offsets[source + 1]] }

    public func degree(_ source: Int) -> Int { offsets[source + 1] - offsets[source] }
}
