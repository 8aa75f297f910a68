/// An organisation as its OrgChart file (`format: ramping/1`) writes it: records in file order, each
/// referring to the others by id.
///
/// This is the document a planner edits; `OrgGraph` is the resolved, index-based form that analysis
/// reads. A scenario edits an `OrgChart` copy and resolves it again.
public struct OrgChart: Hashable, Sendable {
    public static let format = "ramping/1"

    public var organisation: Organisation
    public var competencies: [Competency]
    public var units: [Unit]
    public var positions: [Position]
    public var people: [Person]
    public var careerPaths: [CareerPath]
    /// The pemetaan urusan figures (`typology:`), when the chart gives them.
    public var typology: TypologyInput?

    public init(organisation: Organisation, competencies: [Competency] = [], units: [Unit] = [],
                positions: [Position] = [], people: [Person] = [], careerPaths: [CareerPath] = []) {
        self.organisation = organisation
        self.competencies = competencies
        self.units = units
        self.positions = positions
        self.people = people
        self.careerPaths = careerPaths
    }
}

/// The regional government the chart describes.
public struct Organisation: Hashable, Sendable {
    public var id: String
    public var name: String
    public var region: Region
    public var province: String?
    /// The PP 18/2016 geographic difficulty factor.
    public var geoFactor: Double?
    /// The day the chart describes: ages, years in post and retirements are counted to it.
    public var asOf: Day
    public var settings: Settings
    /// The region's APBD (Rp a year), when given: the general typology variable and the base of the
    /// belanja pegawai ceiling (UU 1/2022 Ps 146).
    public var apbd: Double?

    public init(id: String, name: String, region: Region, province: String? = nil, geoFactor: Double? = nil,
                asOf: Day, settings: Settings = Settings()) {
        self.id = id
        self.name = name
        self.region = region
        self.province = province
        self.geoFactor = geoFactor
        self.asOf = asOf
        self.settings = settings
    }
}

/// An entry of the competency dictionary.
public struct Competency: Hashable, Sendable {
    public var id: String
    public var name: String
    public var kind: CompetencyKind

    public init(id: String, name: String, kind: CompetencyKind) {
        self.id = id
        self.name = name
        self.kind = kind
    }
}

/// An organisational unit: the pemda itself, a perangkat daerah, or a part of one.
public struct Unit: Hashable, Sendable {
    public var id: String
    public var name: String
    public var kind: UnitKind
    /// The containing unit; nil only for the one root (the pemda).
    public var parent: String?
    public var type: UnitType?
    /// The government affairs (urusan) the unit carries out.
    public var affairs: [String]

    public init(id: String, name: String, kind: UnitKind, parent: String? = nil, type: UnitType? = nil,
                affairs: [String] = []) {
        self.id = id
        self.name = name
        self.kind = kind
        self.parent = parent
        self.type = type
        self.affairs = affairs
    }
}

/// A competency at a level 1–5, as a post requires it or a person holds it.
public struct CompetencyLevel: Hashable, Sendable {
    public var competency: String
    public var level: Int

    public init(_ competency: String, _ level: Int) {
        self.competency = competency
        self.level = level
    }
}

/// What a post requires of its holder.
public struct Requirements: Hashable, Sendable {
    /// Minimum pangkat/golongan.
    public var rank: Rank?
    /// Minimum education.
    public var education: Education?
    public var competencies: [CompetencyLevel]

    public init(rank: Rank? = nil, education: Education? = nil, competencies: [CompetencyLevel] = []) {
        self.rank = rank
        self.education = education
        self.competencies = competencies
    }

    public var isEmpty: Bool { rank == nil && education == nil && competencies.isEmpty }
}

/// One task of a post's workload analysis (ABK): yearly volume × standard minutes per unit of output.
public struct WorkloadTask: Hashable, Sendable {
    public var task: String
    public var volume: Double
    public var minutes: Double

    public init(task: String, volume: Double, minutes: Double) {
        self.task = task
        self.volume = volume
        self.minutes = minutes
    }

    /// Yearly minutes of work.
    public var totalMinutes: Double { volume * minutes }
}

/// A post (jabatan) in a unit, holding `seats` people.
public struct Position: Hashable, Sendable {
    public var id: String
    public var title: String
    public var unit: String
    /// Heads its unit; at most one head per unit.
    public var head: Bool
    public var level: Level
    public var eselon: Eselon?
    public var jenjang: Jenjang?
    /// The kind of a functional post (jenis jabatan fungsional: guru, dokter, analis-kebijakan, ...):
    /// its retirement age, education minimum and allowance follow from it.
    public var functionalKind: String?
    /// Kelas jabatan, 1–17.
    public var grade: Int?
    /// Formasi: how many people the post holds.
    public var seats: Int
    public var requires: Requirements
    public var workload: [WorkloadTask]
    /// Coordination lines: drawn and exported, never part of the chain of command.
    public var dotted: [String]
    /// An explicit superior; when nil the chain of command derives it from the unit tree.
    public var reportsTo: String?

    public init(id: String, title: String, unit: String, head: Bool = false, level: Level, eselon: Eselon? = nil,
                jenjang: Jenjang? = nil, grade: Int? = nil, seats: Int = 1, requires: Requirements = Requirements(),
                workload: [WorkloadTask] = [], dotted: [String] = [], reportsTo: String? = nil, functionalKind: String? = nil) {
        self.id = id
        self.title = title
        self.unit = unit
        self.head = head
        self.level = level
        self.eselon = eselon
        self.jenjang = jenjang
        self.grade = grade
        self.seats = seats
        self.requires = requires
        self.workload = workload
        self.dotted = dotted
        self.reportsTo = reportsTo
        self.functionalKind = functionalKind
    }
}

/// A person: a civil servant (PNS) or contract employee (PPPK), in a post or in the placement pool.
public struct Person: Hashable, Sendable {
    /// The 18-digit NIP as written.
    public var nip: String
    public var name: String
    /// The post held; nil for someone in the placement pool.
    public var position: String?
    /// A vacant post the person acts in beside their own (pelaksana tugas, Plt): it covers the post
    /// without filling it.
    public var acting: String?
    /// In this post since.
    public var since: Day?
    public var rank: Rank?
    public var rankSince: Day?
    public var education: Education?
    public var born: Day?
    public var gender: Gender?
    public var status: EmploymentStatus?
    public var competencies: [CompetencyLevel]
    public var performance: Performance?
    public var potential: Potential?

    public init(nip: String, name: String, position: String? = nil, since: Day? = nil, rank: Rank? = nil,
                rankSince: Day? = nil, education: Education? = nil, born: Day? = nil, gender: Gender? = nil,
                status: EmploymentStatus? = nil, competencies: [CompetencyLevel] = [],
                performance: Performance? = nil, potential: Potential? = nil, acting: String? = nil) {
        self.nip = nip
        self.name = name
        self.position = position
        self.since = since
        self.rank = rank
        self.rankSince = rankSince
        self.education = education
        self.born = born
        self.gender = gender
        self.status = status
        self.competencies = competencies
        self.performance = performance
        self.potential = potential
        self.acting = acting
    }

    /// A PNS unless the chart says PPPK.
    public var isPPPK: Bool { status == .pppk }

    /// The birth date: as written, or else as the NIP encodes it.
    public var birthDate: Day? {
        if let born { return born }
        if case .success(let parsed) = NIP.parse(nip) { return parsed.born }
        return nil
    }
}

/// An allowed move from one post to another, for succession and career analysis.
public struct CareerPath: Hashable, Sendable {
    public var from: String
    public var to: String
    public var minYears: Double?

    public init(from: String, to: String, minYears: Double? = nil) {
        self.from = from
        self.to = to
        self.minYears = minYears
    }
}
