/// The closest spelling among `candidates`, for a "did you mean" hint; nil when nothing is close.
///
/// Close means an edit distance of at most a third of the word's length (at least 1, at most 3).
/// - Complexity: O(candidates × length²); callers bound the candidate list.
public func closestSpelling(to word: String, among candidates: some Sequence<String>) -> String? {
    let target = Array(word.lowercased().unicodeScalars)
    let limit = min(3, max(1, target.count / 3))
    var best: (String, Int)?
    for candidate in candidates {
        let c = Array(candidate.lowercased().unicodeScalars)
        if abs(c.count - target.count) > limit { continue }
        let d = editDistance(target, c)
        if d <= limit, d < (best?.1 ?? Int.max) { best = (candidate, d) }
    }
    return best?.0
}

/// Edit distance counting a swap of two neighbouring letters as one edit ("dinsa" → "dinas"), the
/// commonest typing slip (optimal string alignment distance).
func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var before = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = previous
    for i in 1...a.count {
        current[0] = i
        for j in 1...b.count {
            let cost = a[i - 1] == b[j - 1] ? 0 : 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                current[j] = min(current[j], before[j - 2] + 1)
            }
        }
        (before, previous, current) = (previous, current, before)
    }
    return previous[b.count]
}

/// The value of vocabulary `V` a planner most likely meant by `word`: a spelling the domain knows
/// first (`D3` → D-III, `IIb` → II/b, `SLTA` → SMA, `Perempuan` → P), else the nearest by letters.
public func suggestion<V: Vocabulary>(for word: String, in _: V.Type) -> String? {
    V.domainSuggestion(for: word)?.rawValue ?? closestSpelling(to: word, among: V.allSpellings)
}
