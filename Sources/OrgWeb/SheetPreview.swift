import Foundation
import OrgModel
import OrgTables

/// The sheet an import message points at: the uploaded file, read through OrgTables as the importer read it,
/// shown as a grid with Excel's column letters and row numbers, scrolled to the cell the message names and
/// that cell marked (`#C12` with CSS `:target`, and a class for the row).
extension Workbench {
    var uploadsFolder: String { store.folder + "/uploads" }

    /// Keeps an upload's files in `.ramping/uploads/ID/` (mode 0600); the newest 20 uploads are kept.
    func keepUpload(_ files: [(name: String, data: Data)]) -> String? {
        let id = Secret.token(bytes: 8)
        for f in files {
            do { try store.write(f.data, to: uploadsFolder + "/\(id)/\(f.name)") } catch { return nil }
        }
        let fm = FileManager.default
        if let all = try? fm.contentsOfDirectory(atPath: uploadsFolder), all.count > 20 {
            let dated = all.compactMap { name -> (String, Date)? in
                guard let d = (try? fm.attributesOfItem(atPath: uploadsFolder + "/" + name))?[.modificationDate] as? Date else { return nil }
                return (name, d)
            }.sorted { $0.1 > $1.1 }
            for (name, _) in dated.dropFirst(20) where name != id { try? fm.removeItem(atPath: uploadsFolder + "/" + name) }
        }
        return id
    }

    func sheetLink(upload: String, file: String, sheet: String?, cell: String) -> String {
        "/sheet?" + HTML.query([("u", upload), ("file", file), ("sheet", sheet ?? ""), ("cell", cell)]) + "#" + cell
    }

    /// The path of an uploaded file, or nil: the upload id is hex and the name one of its files.
    func uploadedFile(_ upload: String, _ file: String) -> String? {
        guard (8...64).contains(upload.count), upload.allSatisfy(\.isHexDigit), !file.isEmpty, !file.contains("/"), !file.hasPrefix("."),
              let names = try? FileManager.default.contentsOfDirectory(atPath: uploadsFolder + "/" + upload), names.contains(file) else { return nil }
        return uploadsFolder + "/" + upload + "/" + file
    }

    /// `A1` → (row 1, column 1).
    static func parseCell(_ a1: String) -> CellReference? {
        let letters = a1.prefix { $0.isASCII && $0.isUppercase }, digits = a1.dropFirst(letters.count)
        guard !letters.isEmpty, letters.count <= 3, let row = Int(digits), row >= 1 else { return nil }
        var column = 0
        for ch in letters.unicodeScalars { column = column * 26 + Int(ch.value) - 64 }
        return CellReference(row: row, column: column)
    }

    func sheetPage(_ c: Context) -> WebResponse {
        let l = c.l
        guard let upload = c.request.q("u"), let file = c.request.q("file"), let path = uploadedFile(upload, file),
              let data = FileManager.default.contents(atPath: path) else {
            return errorPage(404, l.pick("Berkas unggahan itu tidak ada lagi; unggah lagi untuk melihat lembarnya.", "That upload is gone; upload it again to see its sheet."), l)
        }
        let workbook: Workbook
        do { workbook = try TableFile.read(data, path: file) } catch {
            return errorPage(422, error.rendered(l), l)
        }
        let wanted = c.request.q("sheet") ?? ""
        guard let sheet = wanted.isEmpty ? workbook.sheets.first : workbook.sheets.first(where: { $0.name == wanted }) else { return notFound(l) }
        let target = c.request.q("cell").flatMap(Self.parseCell)
        // A window of rows around the cell, so a sheet of 100,000 rows still opens at once.
        let rowCount = sheet.rows.count
        let first = max(1, (target?.row ?? 1) - 200), last = min(rowCount, first + 499)
        let widest = sheet.rows[(first - 1)..<max(first - 1, last)].map(\.count).max() ?? 0
        let columns = max(min(widest, 60), min(target?.column ?? 0, 16_384))
        var b = "<div class=\"crumbs\">\(l.pick("Unggahan", "Upload")): \(HTML.escape(file))</div><h1>\(HTML.escape(file))\(sheet.name.map { " — " + HTML.escape($0) } ?? "")</h1>"
        if workbook.sheets.count > 1 {
            b += "<p class=\"downloads\">\(l.pick("Lembar", "Sheets")): "
            for s in workbook.sheets { if let n = s.name { b += HTML.link("/sheet?" + HTML.query([("u", upload), ("file", file), ("sheet", n)]), n) + " " } }
            b += "</p>"
        }
        if let target { b += "<p>\(l.pick("Sel yang disebut pesan", "The cell the message names")): <b>\(HTML.escape(target.a1))</b></p>" }
        b += "<div class=\"sheet\"><table class=\"sheet\" id=\"sheet\"><thead><tr><th></th>"
        for col in 0..<columns { b += "<th>\(CellReference.columnLetters(col + 1))</th>" }
        b += "</tr></thead><tbody>"
        if first <= last {
            for r in first...last {
                let row = sheet.rows[r - 1]
                b += "<tr\(target?.row == r ? " class=\"target-row\"" : "")><th>\(r)</th>"
                for col in 0..<columns {
                    let a1 = CellReference(row: r, column: col + 1).a1
                    let text = col < row.count ? row[col].text : ""
                    b += "<td id=\"\(a1)\"\(target?.a1 == a1 ? " class=\"target\"" : "")>\(HTML.escape(text))</td>"
                }
                b += "</tr>"
            }
        }
        b += "</tbody></table></div>"
        if first > 1 || last < rowCount {
            b += "<p class=\"muted\">\(l.pick("Baris \(l.integer(first))–\(l.integer(last)) dari \(l.integer(rowCount)).", "Rows \(l.integer(first))–\(l.integer(last)) of \(l.integer(rowCount)).")))</p>"
        }
        return page(file, b, c)
    }
}
