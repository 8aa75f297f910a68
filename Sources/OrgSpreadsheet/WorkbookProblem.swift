public import OrgModel
public import OrgTables

/// A problem in a workbook a planner edited, at its cell: `bagan.xlsx:Jabatan!E7: error: …`.
public struct WorkbookProblem: Hashable, Sendable, Error {
    public var location: TableLocation
    public var message: WorkbookMessage

    public init(_ location: TableLocation, _ message: WorkbookMessage) {
        self.location = location
        self.message = message
    }

    /// `FILE:SHEET!CELL: error: MESSAGE`, as a spreadsheet user finds it.
    public func rendered(_ l: Language) -> String {
        // The `error:` token stays in English in both languages, as compilers print it: editors jump on it.
        "\(location): error: \(message.text(l))"
    }
}

/// Every problem found in a workbook, in sheet order.
public struct WorkbookProblems: Error, Hashable, Sendable {
    public let problems: [WorkbookProblem]

    public init(problems: [WorkbookProblem]) { self.problems = problems }
}

/// What is wrong with a cell of Ramping's own workbook, and what to do.
public enum WorkbookMessage: Hashable, Sendable {
    case missingSheet(name: String)
    case missingColumn(header: String)
    case required(header: String)
    case unknownValue(header: String, value: String, allowed: [String])
    case notANumber(header: String, value: String)
    case notAWholeNumber(header: String, value: String)
    case notADate(header: String, value: String)
    /// An 18-digit NIP that Excel stored as a number: its last digits are lost.
    case nipDamaged(value: String)
    case badLevels(header: String, value: String)
    case unknownReference(header: String, id: String, sheet: String)
    case duplicate(header: String, id: String)
    case unknownSetting(label: String)
    case notRampingWorkbook

    public func text(_ l: Language) -> String {
        switch self {
        case .missingSheet(let name):
            return l.pick("lembar '\(name)' tidak ada; buat buku kerja baru dengan `ramping new --template -o bagan.xlsx` dan salin datanya",
                          "sheet '\(name)' is missing; start from `ramping new --template -o bagan.xlsx` and copy the data in")
        case .missingColumn(let header):
            return l.pick("kolom '\(header)' tidak ada di baris judul; jangan hapus atau ganti nama judul kolom",
                          "column '\(header)' is missing from the header row; do not delete or rename header cells")
        case .required(let header):
            return l.pick("'\(header)' wajib diisi", "'\(header)' must be filled in")
        case .unknownValue(let header, let value, let allowed):
            let list = allowed.count > 20 ? allowed.prefix(20).joined(separator: ", ") + ", …" : allowed.joined(separator: ", ")
            return l.pick("'\(header)': '\(value)' tidak dikenal; pilih dari daftar: \(list)",
                          "'\(header)': '\(value)' is not known; pick from the list: \(list)")
        case .notANumber(let header, let value):
            return l.pick("'\(header)': '\(value)' bukan angka", "'\(header)': '\(value)' is not a number")
        case .notAWholeNumber(let header, let value):
            return l.pick("'\(header)': '\(value)' bukan bilangan bulat", "'\(header)': '\(value)' is not a whole number")
        case .notADate(let header, let value):
            return l.pick("'\(header)': '\(value)' bukan tanggal; tulis dd-mm-yyyy, mis. 01-03-1985",
                          "'\(header)': '\(value)' is not a date; write dd-mm-yyyy, e.g. 01-03-1985")
        case .nipDamaged(let value):
            return l.pick("NIP rusak oleh Excel (\(value)): disimpan sebagai angka, digit terakhirnya hilang; ketik ulang sebagai teks (format sel Teks)",
                          "NIP damaged by Excel (\(value)): stored as a number, its last digits are lost; type it again as text (cell format Text)")
        case .badLevels(let header, let value):
            return l.pick("'\(header)': '\(value)' tidak terbaca; tulis kode: tingkat; kode: tingkat (mis. integritas: 3; kepemimpinan: 2)",
                          "'\(header)': '\(value)' cannot be read; write code: level; code: level (e.g. integritas: 3; kepemimpinan: 2)")
        case .unknownReference(let header, let id, let sheet):
            return l.pick("'\(header)': '\(id)' tidak ada di lembar \(sheet)", "'\(header)': '\(id)' is not on sheet \(sheet)")
        case .duplicate(let header, let id):
            return l.pick("'\(header)': '\(id)' sudah dipakai di baris lain; setiap kode harus unik",
                          "'\(header)': '\(id)' is already used on another row; every code must be unique")
        case .unknownSetting(let label):
            return l.pick("isian '\(label)' tidak dikenal", "entry '\(label)' is not known")
        case .notRampingWorkbook:
            return l.pick("bukan buku kerja Ramping (lembar Organisasi, Unit, Jabatan)",
                          "not a Ramping workbook (sheets Organisasi, Unit, Jabatan)")
        }
    }
}
