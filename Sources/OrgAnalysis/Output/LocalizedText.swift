public import OrgModel

/// A sentence in both languages, for messages built from figures.
public struct LocalizedText: Hashable, Sendable {
    public let indonesian: String
    public let english: String

    public init(id: String, en: String) {
        indonesian = id
        english = en
    }

    public func text(_ l: Language) -> String { l.pick(indonesian, english) }
}
