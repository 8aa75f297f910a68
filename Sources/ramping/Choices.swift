import ArgumentParser
import OrgExport
import OrgModel

// The closed sets the options take: each parsed as an enum, so a wrong value is refused with the list
// of right ones, and `--help` shows them.

extension Language: ExpressibleByArgument {
    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
    public var defaultValueDescription: String { rawValue }
}

extension ExportView: ExpressibleByArgument {
    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
    public var defaultValueDescription: String { rawValue }
}

/// `--fail-on`: the least severe finding that makes `analyse compliance` exit 1.
enum FailOn: String, ExpressibleByArgument, CaseIterable {
    /// Exit 1 when there is an error.
    case error
    /// Exit 1 when there is an error or a warning.
    case warning
}
