import OrgModel
import OrgTables

/// A cell's value and where it stands, for messages.
struct Located<T> {
    var value: T
    var at: TableLocation
}

/// One person as a staff list writes them, normalised.
struct StaffRow {
    var row: RowID
    var at: TableLocation
    var nip: String?
    /// A NIP Excel damaged, as written: recovered only from another file (same name and birth date).
    var damagedNIP: String?
    var name: String
    var born: Day?
    var gender: Gender?
    var rank: Rank?
    var rankSince: Day?
    var title: Located<String>?
    var postKind: Normalize.PostKind?
    var eselon: Eselon?
    var since: Day?
    /// Unit names from the most specific up: `Bidang X – Badan Y` gives [Bidang X, Badan Y].
    var unitPath: [String]
    var unitAt: TableLocation?
    var unitID: String?
    var education: Education?
    var status: EmploymentStatus?
    var grade: Int?

    /// One person met in two files: the facts this row lacks are taken from `other`, and the fuller
    /// spelling of the same name wins ("Sri Wahyuni" → "Sri Wahyuni, S.Kom.").
    mutating func fillMissing(from other: StaffRow) {
        born = born ?? other.born
        gender = gender ?? other.gender
        rank = rank ?? other.rank
        rankSince = rankSince ?? other.rankSince
        since = since ?? other.since
        education = education ?? other.education
        status = status ?? other.status
        if name.count < other.name.count, Normalize.nameKey(name) == Normalize.nameKey(other.name) { name = other.name }
    }
}

/// A unit as a structure file gives it.
struct UnitSpec {
    var key: String
    var parentKey: String?
    var name: String
    var kind: UnitKind?
    var at: TableLocation
    /// The SIASN unit id or kode unor, to join other files by.
    var codes: [String] = []
}

/// A post as a structure file gives it (or as the importer adds it: from a staff list's title, or the
/// head of an added root unit).
struct PostSpec {
    var unitKey: String
    var title: String
    var head: Bool
    var level: Level? = nil
    var eselon: Eselon? = nil
    var jenjang: Jenjang? = nil
    var grade: Int? = nil
    var k: Int? = nil
    var b: Int? = nil
    /// Where its title is written; nil for a post no file writes (the head of an added root unit).
    var at: TableLocation?
    /// The row it was read from (row 0 of the first file for a post no file writes).
    var row: RowID
    var workload: [WorkloadTask] = []
    /// People written under the post in an incumbent-style sheet (peta jabatan with pemangku).
    var incumbents: [StaffRow] = []
}

/// The unit tree and posts read from the structure files, in file order.
struct StructureSpec {
    var units: [UnitSpec] = []
    var posts: [PostSpec] = []
    /// Metadata (title rows) of the files, for the organisation's name and date.
    var metadata: [String] = []
}

/// One ABK-per-post worksheet.
struct ABKSheet {
    var title: String
    var unit: String?
    var grade: Int?
    var tasks: [WorkloadTask]
    /// The effective working minutes a year the sheet divides by (WKE), when its rows agree on one.
    var effectiveMinutes: Double?
    var at: TableLocation
    var row: RowID
}
