/// Counts with their nouns, the reader's way.
extension Language {
    /// "3 jabatan" in Indonesian (its nouns do not change with the number); "1 post", "3 posts" in
    /// English. The number is grouped as the language writes it: "1.200 jabatan", "1,200 posts".
    public func counted(_ n: Int, _ indonesian: String, _ one: String, _ many: String) -> String {
        "\(integer(n)) \(pick(indonesian, n == 1 ? one : many))"
    }
}
