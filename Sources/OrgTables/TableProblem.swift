public import OrgModel

/// Why a planner's table file (xlsx, CSV, HTML-as-.xls, SIASN JSON) could not be read, as a typed value
/// rendered in Indonesian or English with what to do.
public enum TableProblem: Hashable, Sendable {
    /// A real Excel 97–2003 workbook (BIFF, `D0 CF 11 E0`): Ramping reads .xlsx, not the old binary format.
    case biffWorkbook
    case emptyFile
    case notAZip(detail: String)
    case missingPart(name: String)
    /// A part would unpack past the limit (a zip bomb, or a workbook far larger than any staff list).
    case partTooLarge(part: String, limit: Int)
    case workbookTooLarge(limit: Int)
    case xmlMalformed(part: String, line: Int, detail: String)
    /// A DOCTYPE or entity inside the workbook: Excel never writes one.
    case xmlEntities(part: String)
    case tooManyEmptyRows(sheet: String, limit: Int)
    case tooManyRows(sheet: String, limit: Int)
    case tooManyColumns(sheet: String, limit: Int)
    case cellTooLong(length: Int, limit: Int)
    case noSheets
    case unterminatedQuote(line: Int)
    case noHTMLTable
    case jsonMalformed(detail: String)
    case jsonNotSIASN

    public func text(_ l: Language) -> String {
        func mib(_ n: Int) -> String { l.integer(n / (1 << 20)) + " MiB" }
        switch self {
        case .biffWorkbook:
            return l.pick("ini buku kerja Excel 97–2003 (.xls biner) yang tidak dibaca Ramping; buka di Excel atau LibreOffice lalu Simpan Sebagai .xlsx (Buku Kerja Excel) atau CSV",
                          "this is an Excel 97–2003 workbook (binary .xls), which Ramping does not read; open it in Excel or LibreOffice and Save As .xlsx (Excel Workbook) or CSV")
        case .emptyFile:
            return l.pick("berkas kosong; ekspor ulang daftar dari SIMPEG/SIASN", "the file is empty; export the list from SIMPEG/SIASN again")
        case .notAZip(let detail):
            return l.pick("berkas bukan .xlsx yang utuh (\(detail)); buka di Excel lalu simpan ulang sebagai .xlsx",
                          "the file is not a complete .xlsx (\(detail)); open it in Excel and save it again as .xlsx")
        case .missingPart(let name):
            return l.pick("bagian '\(name)' tidak ada dalam .xlsx; simpan ulang berkas dari Excel atau LibreOffice",
                          "part '\(name)' is missing from the .xlsx; save the file again from Excel or LibreOffice")
        case .partTooLarge(let part, let limit):
            return l.pick("bagian '\(part)' membesar melebihi \(mib(limit)) saat dibuka (bom zip atau lembar terlalu besar); pecah buku kerja atau simpan sebagai CSV",
                          "part '\(part)' unpacks to more than \(mib(limit)) (a zip bomb, or a sheet too large); split the workbook or save it as CSV")
        case .workbookTooLarge(let limit):
            return l.pick("isi buku kerja melebihi \(mib(limit)) setelah dibuka; pecah buku kerja per perangkat daerah",
                          "the workbook unpacks to more than \(mib(limit)); split it by perangkat daerah")
        case .xmlMalformed(let part, let line, let detail):
            return l.pick("XML rusak di '\(part)' baris \(line): \(detail); simpan ulang berkas dari Excel",
                          "malformed XML in '\(part)' line \(line): \(detail); save the file again from Excel")
        case .xmlEntities(let part):
            return l.pick("'\(part)' memuat DOCTYPE/entitas XML yang tidak pernah ditulis Excel dan ditolak (entitas dapat mengembang tanpa batas); simpan ulang dari Excel",
                          "'\(part)' holds an XML DOCTYPE/entities, which Excel never writes, and is refused (entities can expand without bound); save it again from Excel")
        case .tooManyEmptyRows(let sheet, let limit):
            return l.pick("lembar '\(sheet)' berisi lebih dari \(l.integer(limit)) baris kosong (format diterapkan sampai baris terakhir?); hapus baris kosong di bawah tabel lalu simpan ulang",
                          "sheet '\(sheet)' holds more than \(l.integer(limit)) empty rows (formatting applied down to the last row?); delete the empty rows below the table and save again")
        case .tooManyRows(let sheet, let limit):
            return l.pick("lembar '\(sheet)' lebih dari \(l.integer(limit)) baris; pecah daftar per perangkat daerah",
                          "sheet '\(sheet)' has more than \(l.integer(limit)) rows; split the list by perangkat daerah")
        case .tooManyColumns(let sheet, let limit):
            return l.pick("lembar '\(sheet)' lebih dari \(l.integer(limit)) kolom; hapus kolom kosong di kanan tabel",
                          "sheet '\(sheet)' has more than \(l.integer(limit)) columns; delete the empty columns right of the table")
        case .cellTooLong(let length, let limit):
            return l.pick("sel berisi \(l.integer(length)) karakter, melebihi batas Excel \(l.integer(limit)); ini bukan tabel kepegawaian, periksa isinya",
                          "the cell holds \(l.integer(length)) characters, over Excel's limit of \(l.integer(limit)); this is not a staff table, check its content")
        case .noSheets:
            return l.pick("buku kerja tidak berisi lembar kerja", "the workbook holds no worksheet")
        case .unterminatedQuote(let line):
            return l.pick("tanda kutip (\") yang dibuka di baris \(line) tidak pernah ditutup; periksa sel itu atau ekspor ulang",
                          "the quote (\") opened on line \(line) is never closed; check that cell or export again")
        case .noHTMLTable:
            return l.pick("berkas HTML tanpa <table>; ekspor ulang daftar dari SIMPEG", "the HTML file holds no <table>; export the list from SIMPEG again")
        case .jsonMalformed(let detail):
            return l.pick("JSON tidak sah (\(detail)); unduh ulang dari SIASN", "invalid JSON (\(detail)); download it again from SIASN")
        case .jsonNotSIASN:
            return l.pick("JSON ini bukan jawaban data-utama SIASN ({\"code\":1,\"data\":{…}}) atau daftarnya",
                          "this JSON is not a SIASN data-utama response ({\"code\":1,\"data\":{…}}) or a list of them")
        }
    }
}

/// A table file that could not be read: the problem, and where (a part, sheet or cell) when known.
public struct TableReadError: Error, Hashable, Sendable {
    public var problem: TableProblem
    public var location: TableLocation?
    public var path: String

    public init(_ problem: TableProblem, path: String, location: TableLocation? = nil) {
        self.problem = problem
        self.path = path
        self.location = location
    }

    /// `FILE:SHEET!CELL: error: …` or `FILE: error: …`.
    public func rendered(_ l: Language) -> String {
        "\(location?.description ?? path): error: \(problem.text(l))"
    }
}
