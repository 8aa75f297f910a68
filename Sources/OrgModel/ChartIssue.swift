/// Something wrong (an error) or worth a look (a warning) in a chart, with what it concerns.
///
/// Issues carry no file position: `OrgFiles` maps `subject` and `field` to the line and column the
/// planner wrote them at.
public struct ChartIssue: Hashable, Sendable {
    public enum Severity: String, Hashable, Sendable, Comparable {
        case error, warning
        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs == .error && rhs == .warning }
    }

    public var severity: Severity
    public var subject: Subject
    /// The field the issue is about, as the file spells it (`reports_to`, `requires.rank`); nil for the record.
    public var field: String?
    public var problem: Problem
    /// Another record the issue points to (the first of two duplicates), for a "see line N" note.
    public var related: Subject?

    public init(_ severity: Severity, _ subject: Subject, field: String? = nil, _ problem: Problem,
                related: Subject? = nil) {
        self.severity = severity
        self.subject = subject
        self.field = field
        self.problem = problem
        self.related = related
    }
}

/// The sections of a chart file.
public enum RecordKind: String, Hashable, Sendable {
    case organisation, competency, unit, position, person, careerPath

    /// The file's section key.
    public var section: String {
        switch self {
        case .organisation: "organisation"
        case .competency: "competencies"
        case .unit: "units"
        case .position: "positions"
        case .person: "people"
        case .careerPath: "career_paths"
        }
    }

    public func name(_ language: Language) -> String {
        switch self {
        case .organisation: language.pick("organisasi", "organisation")
        case .competency: language.pick("kompetensi", "competency")
        case .unit: language.pick("unit", "unit")
        case .position: language.pick("jabatan", "position")
        case .person: language.pick("pegawai", "person")
        case .careerPath: language.pick("jalur karier", "career path")
        }
    }
}

/// What an issue is about: the document, or one record by its index in its section.
public enum Subject: Hashable, Sendable {
    case document
    case organisation
    case record(RecordKind, Int)

    public static func unit(_ i: Int) -> Subject { .record(.unit, i) }
    public static func position(_ i: Int) -> Subject { .record(.position, i) }
    public static func person(_ i: Int) -> Subject { .record(.person, i) }
    public static func competency(_ i: Int) -> Subject { .record(.competency, i) }
    public static func careerPath(_ i: Int) -> Subject { .record(.careerPath, i) }
}

/// How a message names the record it is about: "unit 'dinkes'", "pegawai 198204152006041003".
public struct RecordLabel: Hashable, Sendable {
    public var kind: RecordKind?
    public var id: String?

    public init(_ kind: RecordKind?, _ id: String?) {
        self.kind = kind
        self.id = id
    }

    public func text(_ l: Language) -> String? {
        guard let kind else { return nil }
        guard let id, !id.isEmpty else { return kind.name(l) }
        return kind == .person ? "\(kind.name(l)) \(id)" : "\(kind.name(l)) '\(id)'"
    }
}

extension OrgChart {
    /// The label of a subject, for messages.
    public func label(of subject: Subject) -> RecordLabel {
        switch subject {
        case .document: return RecordLabel(nil, nil)
        case .organisation: return RecordLabel(.organisation, organisation.id)
        case .record(let kind, let i):
            switch kind {
            case .organisation: return RecordLabel(.organisation, organisation.id)
            case .competency: return RecordLabel(kind, competencies[i].id)
            case .unit: return RecordLabel(kind, units[i].id)
            case .position: return RecordLabel(kind, positions[i].id)
            case .person: return RecordLabel(kind, people[i].nip)
            case .careerPath: return RecordLabel(kind, "\(careerPaths[i].from) → \(careerPaths[i].to)")
            }
        }
    }
}
