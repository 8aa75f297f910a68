import Foundation
import OrgModel
import OrgSpreadsheet
import OrgTables
import Testing
import TestSupport

/// A Python with openpyxl (Debian's python3-openpyxl lives under /usr/bin/python3, which a pyenv `python3`
/// on PATH may hide), or nil: the tests that need it are then skipped and say so.
let openpyxlPython: String? = {
    for python in ["/usr/bin/python3", "/usr/local/bin/python3", "/usr/bin/env"] {
        let args = python == "/usr/bin/env" ? ["python3", "-c", "import openpyxl"] : ["-c", "import openpyxl"]
        if FileManager.default.isExecutableFile(atPath: python), let r = try? run(python, args), r.status == 0 {
            return python
        }
    }
    print("note: openpyxl is missing (make setup installs python3-openpyxl); the xlsx reading checks are skipped")
    return nil
}()

/// LibreOffice, or nil: the checks that open the forms in it are then skipped and say so.
let libreOffice: String? = {
    for path in ["/usr/bin/libreoffice", "/usr/bin/soffice", "/usr/local/bin/libreoffice"] where FileManager.default.isExecutableFile(atPath: path) {
        return path
    }
    print("note: LibreOffice is missing (make setup installs libreoffice-calc-nogui); the LibreOffice checks are skipped")
    return nil
}()

/// Every non-empty cell of an xlsx file as openpyxl reads it: sheet → "A1" → "s:text", "n:number", "d:yyyy-mm-dd".
/// Also each sheet's frozen cell, NIP column number format, and validation count, under the keys "#freeze" etc.
func openpyxlCells(_ file: String) throws -> [String: [String: String]] {
    let script = """
        import json, sys, datetime, openpyxl
        wb = openpyxl.load_workbook(sys.argv[1], data_only=True)   # a formula's stored value
        formulas = openpyxl.load_workbook(sys.argv[1])
        out = {}
        for ws in wb.worksheets:
            cells = {"#freeze": str(ws.freeze_panes), "#validations": str(len(ws.data_validations.dataValidation)),
                     "#state": ws.sheet_state}
            for row in formulas[ws.title].iter_rows():
                for c in row:
                    if isinstance(c.value, str) and c.value.startswith("="): cells["#formula " + c.coordinate] = c.value
            for row in ws.iter_rows():
                for c in row:
                    v = c.value
                    if v is None: continue
                    if isinstance(v, datetime.datetime): s = "d:" + v.date().isoformat() + "|" + c.number_format
                    elif isinstance(v, bool): s = "b:" + str(v)
                    elif isinstance(v, (int, float)): s = "n:" + repr(float(v))
                    else: s = "s:" + v + ("|@" if c.number_format == "@" else "")
                    cells[c.coordinate] = s
            out[ws.title] = cells
        print(json.dumps(out))
        """
    let python = try #require(openpyxlPython)
    let args = python == "/usr/bin/env" ? ["python3", "-c", script, file] : ["-c", script, file]
    let r = try run(python, args)
    guard r.status == 0 else { throw OpenpyxlFailure(message: r.stderr) }
    return try JSONDecoder().decode([String: [String: String]].self, from: Data(r.stdout.utf8))
}

struct OpenpyxlFailure: Error { let message: String }

/// What openpyxl should read from a document: the same encoding as `openpyxlCells`, values only.
func expectedCells(_ layout: SheetLayout) -> [String: String] {
    var out: [String: String] = [:]
    for (r, row) in layout.cells.enumerated() {
        for (c, cell) in row.enumerated() {
            let a1 = CellReference(row: r + 1, column: c + 1).a1
            switch cell.value {
            case .empty: continue
            case .text(let s): out[a1] = "s:" + s + (cell.style.number == .text ? "|@" : "")
            case .number(let d): out[a1] = "n:" + pythonRepr(d)
            case .date(let day): out[a1] = "d:\(day)|dd-mm-yyyy"
            case .bool(let b): out[a1] = "b:" + (b ? "True" : "False")
            }
        }
    }
    return out
}

/// Python's repr of a float, for the values the charts hold (short decimals).
func pythonRepr(_ d: Double) -> String {
    if d == d.rounded() && abs(d) < 1e16 { return String(Int(d)) + ".0" }
    return String(d)
}

/// The values of `file` against `document`, sheet by sheet; returns the differences (empty when equal).
func differences(_ file: String, _ document: SpreadsheetDocument) throws -> [String] {
    let read = try openpyxlCells(file)
    var out: [String] = []
    for sheet in document.sheets {
        guard var cells = read[sheet.name] else { out.append("sheet \(sheet.name) missing"); continue }
        cells = cells.filter { !$0.key.hasPrefix("#") }
        let expected = expectedCells(sheet)
        for (a1, value) in expected where cells[a1] != value { out.append("\(sheet.name)!\(a1): wrote \(value), read \(cells[a1] ?? "nothing")") }
        for (a1, value) in cells where expected[a1] == nil { out.append("\(sheet.name)!\(a1): read \(value), wrote nothing") }
    }
    return out
}
