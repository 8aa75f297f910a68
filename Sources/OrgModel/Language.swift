/// The language of output people read: Indonesian by default, English on request.
public enum Language: String, Sendable, CaseIterable {
    case indonesian = "id"
    case english = "en"

    /// Picks the phrase for this language.
    @inlinable
    public func pick(_ id: String, _ en: String) -> String { self == .indonesian ? id : en }
}
