import Foundation
import Testing
@testable import OrgDeck
import OrgFiles
import OrgModel
import OrgSimulation
import TestSupport
import ZIPFoundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The tutorial chart with one scenario, built into a deck once (Graphviz and cairo are slow on a shared machine),
/// written as PDF and PPTX into a temporary folder for the outside tools.
enum Sample {
    static let graph: OrgGraph = {
        guard let g = ChartLoader.load(path: repoPath("OrgCharts/kabupaten-contoh.yaml")).graph else { fatalError("tutorial chart invalid") }
        return g
    }()

    static func scenario() throws -> DeckBuilder.ScenarioResult {
        let loaded = ScenarioLoader.load(path: repoPath("Tests/Fixtures/deck/contoh-penyederhanaan.yaml"))
        guard let script = loaded.scenario else { fatalError("fixture scenario invalid") }
        let sim = try Simulator.run(graph.chart, script)
        guard let after = OrgGraph.resolve(sim.after).graph else { fatalError("scenario result invalid") }
        return DeckBuilder.ScenarioResult(name: script.name, simulation: sim, after: after)
    }

    static func deck(_ l: Language, showNames: Bool = false, recommended: String? = nil) throws -> Deck {
        try DeckBuilder(graph: graph, scenarios: [scenario()], language: l, showNames: showNames, source: "kabupaten-contoh.yaml",
                        presenter: "Bagian Organisasi Setda Kabupaten Contoh", recommended: recommended).build()
    }

    struct Files: Sendable {
        let deck: Deck
        let pdf: Data
        let pptx: Data
        let folder: URL
        var pdfPath: String { folder.appendingPathComponent("paparan.pdf").path }
        var pptxPath: String { folder.appendingPathComponent("paparan.pptx").path }
    }

    static let files: Result<Files, Error> = Result {
        let deck = try Sample.deck(.indonesian, recommended: "Penyederhanaan birokrasi")
        let folder = try temporaryFolder()
        let files = Files(deck: deck, pdf: try PDFDeckWriter.write(deck), pptx: try PPTXDeckWriter.write(deck), folder: folder)
        try files.pdf.write(to: URL(fileURLWithPath: files.pdfPath))
        try files.pptx.write(to: URL(fileURLWithPath: files.pptxPath))
        return files
    }
}

/// The words of a text (letters and digits), for comparing what two renderings show.
func words(_ s: String) -> [String] {
    s.split { !$0.isLetter && !$0.isNumber }.map { String($0) }
}

func which(_ program: String) -> String? {
    for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
        let path = "\(dir)/\(program)"
        if FileManager.default.isExecutableFile(atPath: path) { return path }
    }
    return nil
}

@Suite struct DeckContentTests {
    @Test func slidesFollowTheHearing() throws {
        let deck = try Sample.files.get().deck
        let titles = deck.slides.map(\.title)
        // In the order of the hearing (a diagram may take more than one page).
        let expected = ["Penataan Organisasi Perangkat Daerah", "Ringkasan angka", "Struktur organisasi saat ini", "Permasalahan struktur saat ini",
                        "Lapisan dan rentang kendali", "Kebutuhan pegawai menurut ABK", "Pensiun dalam lima tahun",
                        "Skenario 1: Penyederhanaan birokrasi — yang berubah", "Skenario 1: Penyederhanaan birokrasi — perubahan, angka dan biaya",
                        "Perbandingan skenario dan rekomendasi"]
        var seen: [String] = []
        for t in titles where seen.last != t && !t.hasPrefix("Lampiran") { seen.append(t) }
        #expect(seen == expected)
        #expect(deck.slides.filter { $0.kind == .diagram }.count >= 3)
        // The appendix: one peta jabatan page per affected perangkat daerah (the conversion touches the dinas), at the end.
        let appendix = titles.drop { !$0.hasPrefix("Lampiran") }
        #expect(!appendix.isEmpty)
        #expect(appendix.allSatisfy { $0.hasPrefix("Lampiran: peta jabatan ") })
        #expect(Set(appendix).count == appendix.count)
        let all = deck.slides.flatMap(\.texts).joined(separator: "\n")
        #expect(all.contains("1 Januari 2026"))
        #expect(all.contains("Bagian Organisasi Setda Kabupaten Contoh"))
        #expect(all.contains("Rekomendasi: Penyederhanaan birokrasi"))
        #expect(deck.footer.contains("kabupaten-contoh.yaml") && deck.footer.contains("1 Januari 2026"))
    }

    @Test func findingsNameTheirArticleOfLaw() throws {
        let deck = try Sample.files.get().deck
        let problems = try #require(deck.slides.first { $0.title == "Permasalahan struktur saat ini" })
        let tables = problems.blocks.compactMap { b -> TableBox? in if case .table(let t) = b.content { t } else { nil } }
        let table = try #require(tables.first)
        #expect(table.header == ["Sifat", "Temuan", "Jumlah", "Dasar hukum"])
        #expect(!table.rows.isEmpty)
        // Every finding has plain words (no rule id) and a legal source.
        for row in table.rows {
            #expect(!row[1].contains("."), "rule id instead of words: \(row[1])")
            #expect(!row[3].isEmpty)
        }
    }

    @Test func noNamesOrNIPsUnlessAsked() throws {
        let files = try Sample.files.get()
        let people = Sample.graph.people
        #expect(!people.isEmpty)
        var shown = files.deck.slides.flatMap(\.texts).joined(separator: "\n")
        for slide in files.deck.slides {
            for b in slide.blocks { if case .picture(let p) = b.content { shown += p.svg } }
        }
        for person in people {
            #expect(!shown.contains(person.nip), "NIP \(person.nip) shown")
            #expect(!shown.contains(person.name), "name \(person.name) shown")
        }
    }

    @Test func englishDeckSpeaksEnglish() throws {
        var builder = DeckBuilder(graph: Sample.graph, scenarios: [try Sample.scenario()], language: .english, source: "kabupaten-contoh.yaml")
        builder.diagrams = false
        let deck = try builder.build()
        let titles = deck.slides.map(\.title)
        #expect(titles.contains("The numbers on one page"))
        #expect(titles.contains("The scenarios side by side, and the recommendation"))
        let all = deck.slides.flatMap(\.texts).joined(separator: " ")
        #expect(all.contains("1 January 2026"))
        #expect(all.contains("No scenario is recommended yet."))
        for word in ["pegawai", "kekurangan", "Skenario", "Ringkasan", "Sumber"] { #expect(!all.contains(word), "Indonesian word '\(word)' in the English deck") }
    }

    /// Everything placed on a slide lies inside the page, and no text is smaller than 14 px at 1920 × 1080.
    @Test func everythingFitsThePage() throws {
        let deck = try Sample.files.get().deck
        for (k, slide) in deck.slides.enumerated() {
            for block in slide.blocks {
                let f = block.frame
                #expect(f.x >= 0 && f.y >= 0 && f.x + f.width <= Deck.width && f.y + f.height <= Deck.height, "slide \(k + 1): \(f)")
                switch block.content {
                case .text(let box):
                    for p in box.paragraphs { #expect(p.size >= Deck.minimumFontSize, "slide \(k + 1): \(p.text) at \(p.size) pt") }
                case .table(let t):
                    #expect(t.size >= Deck.minimumFontSize)
                    #expect(f.y + t.height <= Layout.bodyBottom, "slide \(k + 1): the table runs into the footer")
                    // Each column name fits the header row (two lines when the row is doubled), as the PDF lays it out.
                    let total = t.widths.reduce(0, +)
                    let room = t.headerHeight > TableBox.rowHeight(t.size) ? 2 : 1
                    for (c, name) in t.header.enumerated() {
                        let lines = TextLayout.lineCount(name, size: t.size, width: f.width * t.widths[c] / total - 8)
                        #expect(lines <= room, "slide \(k + 1) '\(slide.title)': column '\(name)' needs \(lines) lines, the header holds \(room)")
                    }
                case .picture(let p):
                    // Points on a 960-point page are pixels ÷ 2 on a 1920-pixel screen.
                    #expect(p.smallestText(in: f) * 2 >= 14, "slide \(k + 1) '\(slide.title)': smallest text \(p.smallestText(in: f) * 2) px")
                }
            }
        }
    }
}

@Suite struct DeckPDFTests {
    @Test func sameInputSameBytes() throws {
        let files = try Sample.files.get()
        #expect(try PDFDeckWriter.write(files.deck) == files.pdf)
        let text = String(decoding: files.pdf, as: UTF8.self)
        // Dated to the chart's as_of, not the clock (cairo 1.16 writes the date without its "D:" prefix; readers take it).
        #expect(text.contains("/CreationDate (20260101000000") || text.contains("/CreationDate (D:20260101000000"))
    }

    @Test func pagesAreSlidesWithEmbeddedFonts() throws {
        let files = try Sample.files.get()
        guard let pdfinfo = which("pdfinfo"), let pdffonts = which("pdffonts") else {
            Issue.record("poppler-utils (pdfinfo, pdffonts, pdftotext, pdftoppm) is missing: make setup-test installs it")
            return
        }
        let info = try run(pdfinfo, ["-f", "1", "-l", "999", files.pdfPath]).stdout
        let sizes = info.split(separator: "\n").filter { $0.contains("size:") && $0.hasPrefix("Page") }
        #expect(sizes.count == files.deck.slides.count)
        #expect(sizes.allSatisfy { $0.contains("960 x 540 pts") })
        let fonts = try run(pdffonts, [files.pdfPath]).stdout.split(separator: "\n").dropFirst(2)
        #expect(!fonts.isEmpty)
        for line in fonts { #expect(line.split(separator: " ").contains("yes"), "font not embedded: \(line)") }
    }

    /// pdftotext's word boxes: every word inside the page and at least 14 px high at 1920 × 1080.
    @Test func everyWordIsReadableAndOnThePage() throws {
        let files = try Sample.files.get()
        guard let pdftotext = which("pdftotext") else { Issue.record("pdftotext is missing: make setup-test installs poppler-utils"); return }
        let html = try run(pdftotext, ["-bbox", files.pdfPath, "-"]).stdout
        var page = 0, smallest = Double.infinity, words = 0
        for line in html.split(separator: "\n") {
            if line.contains("<page ") { page += 1 }
            guard line.contains("<word ") else { continue }
            func attribute(_ name: String) -> Double {
                guard let r = line.range(of: " \(name)=\"") else { return .nan }
                return Double(line[r.upperBound...].prefix { $0 != "\"" }) ?? .nan
            }
            let (x0, y0, x1, y1) = (attribute("xMin"), attribute("yMin"), attribute("xMax"), attribute("yMax"))
            words += 1
            #expect(x0 >= 0 && y0 >= 0 && x1 <= Deck.width + 0.5 && y1 <= Deck.height + 0.5, "page \(page): a word outside the page: \(line)")
            smallest = min(smallest, y1 - y0)
            if (y1 - y0) * 2 < 14 { Issue.record("page \(page): text \((y1 - y0) * 2) px high: \(line)") }
        }
        #expect(words > 200)
        #expect(smallest * 2 >= 14)
    }

    @Test func pagesRenderToImages() throws {
        let files = try Sample.files.get()
        guard let pdftoppm = which("pdftoppm") else { Issue.record("pdftoppm is missing: make setup-test installs poppler-utils"); return }
        let out = files.folder.appendingPathComponent("page").path
        _ = try run(pdftoppm, ["-r", "144", "-png", "-f", "1", "-l", "3", files.pdfPath, out])
        let pngs = try FileManager.default.contentsOfDirectory(atPath: files.folder.path).filter { $0.hasPrefix("page") && $0.hasSuffix(".png") }
        #expect(pngs.count == 3)
        // 144 dpi: a 960 × 540 pt page is 1920 × 1080 px (PNG IHDR width and height).
        for name in pngs {
            let data = try Data(contentsOf: files.folder.appendingPathComponent(name))
            let w = data[16..<20].reduce(0) { $0 << 8 | Int($1) }, h = data[20..<24].reduce(0) { $0 << 8 | Int($1) }
            #expect(w == 1920 && h == 1080)
        }
    }
}

@Suite struct DeckPPTXTests {
    /// The package rules PowerPoint enforces: content types for every part, relationship targets that exist,
    /// slide ids from 256 and unique, shape ids unique on each slide, slide and notes sizes.
    @Test func packageFollowsTheRules() throws {
        let files = try Sample.files.get()
        let archive = try Archive(data: files.pptx, accessMode: .read)
        var parts: [String: Data] = [:]
        for entry in archive {
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            parts[entry.path] = data
        }
        func xml(_ path: String) throws -> XMLDocument { try XMLDocument(data: try #require(parts[path], "missing \(path)")) }
        #expect(Array(archive).first?.path == "[Content_Types].xml")
        let types = try xml("[Content_Types].xml")
        let defaults = Set(try types.nodes(forXPath: "//*[local-name()='Default']/@Extension").compactMap(\.stringValue))
        let overrides = Set(try types.nodes(forXPath: "//*[local-name()='Override']/@PartName").compactMap(\.stringValue))
        for path in parts.keys where path != "[Content_Types].xml" {
            let ext = path.split(separator: ".").last.map(String.init) ?? ""
            #expect(overrides.contains("/" + path) || defaults.contains(ext), "no content type for \(path)")
        }
        for o in overrides { #expect(parts[String(o.dropFirst())] != nil, "content type for a missing part \(o)") }
        // Every relationship's target exists.
        for (path, data) in parts where path.hasSuffix(".rels") {
            let doc = try XMLDocument(data: data)
            let folder = path.replacingOccurrences(of: "_rels/", with: "").replacingOccurrences(of: ".rels", with: "")
            let base = (folder as NSString).deletingLastPathComponent
            for target in try doc.nodes(forXPath: "//*[local-name()='Relationship']/@Target").compactMap(\.stringValue) {
                var resolved: [Substring] = []
                for piece in (base.isEmpty ? target : base + "/" + target).split(separator: "/") {
                    if piece == ".." { _ = resolved.popLast() } else if piece != "." { resolved.append(piece) }
                }
                let resolvedPath = resolved.joined(separator: "/")
                #expect(parts[resolvedPath] != nil, "\(path): target \(target) (\(resolvedPath)) missing")
            }
        }
        let presentation = try xml("ppt/presentation.xml")
        let ids = try presentation.nodes(forXPath: "//*[local-name()='sldId']/@id").compactMap { Int($0.stringValue ?? "") }
        #expect(ids.count == files.deck.slides.count)
        #expect(Set(ids).count == ids.count && ids.allSatisfy { $0 >= 256 })
        #expect(try presentation.nodes(forXPath: "//*[local-name()='sldSz']").count == 1)
        #expect(try presentation.nodes(forXPath: "//*[local-name()='notesSz']").count == 1)
        for k in 1...files.deck.slides.count {
            let slide = try xml("ppt/slides/slide\(k).xml")
            let shapeIDs = try slide.nodes(forXPath: "//*[local-name()='cNvPr']/@id").compactMap(\.stringValue)
            #expect(Set(shapeIDs).count == shapeIDs.count, "slide \(k): shape ids repeat")
        }
        // Pictures: an SVG with a PNG fallback.
        #expect(parts.keys.contains { $0.hasSuffix(".svg") } && parts.keys.contains { $0.hasSuffix(".png") })
        let master = String(decoding: try #require(parts["ppt/slideMasters/slideMaster1.xml"]), as: UTF8.self)
        #expect(master.contains(Sample.graph.chart.organisation.name))
    }

    @Test func sameInputSameBytes() throws {
        let files = try Sample.files.get()
        #expect(try PPTXDeckWriter.write(files.deck) == files.pptx)
    }

    /// python-pptx reads every slide: its title as the title placeholder, and the same texts the deck holds.
    @Test func pythonPPTXReadsTheSlides() throws {
        let files = try Sample.files.get()
        let script = """
            import json, sys
            try:
                from pptx import Presentation
            except ImportError:
                print("MISSING"); sys.exit(0)
            p = Presentation(sys.argv[1])
            out = []
            for s in p.slides:
                texts = []
                for sh in s.shapes:
                    if sh.has_text_frame: texts.append(sh.text_frame.text)
                    if sh.has_table:
                        texts += [c.text for r in sh.table.rows for c in r.cells]
                out.append({"title": s.shapes.title.text if s.shapes.title is not None else None, "texts": texts})
            print(json.dumps(out))
            """
        guard let python = which("python3") else { Issue.record("python3 is missing: make setup-test installs it"); return }
        let result = try run(python, ["-c", script, files.pptxPath])
        if result.stdout.hasPrefix("MISSING") {
            print("skipped: python-pptx is not installed (make setup-test installs it)")
            return
        }
        let slides = try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]], "\(result.stderr)")
        #expect(slides.count == files.deck.slides.count)
        for (k, slide) in files.deck.slides.enumerated() where k < slides.count {
            #expect(slides[k]["title"] as? String == slide.title, "slide \(k + 1)")
            let shown = words(((slides[k]["texts"] as? [String]) ?? []).joined(separator: " "))
            #expect(Set(words(slide.texts.joined(separator: " "))).isSubset(of: Set(shown)), "slide \(k + 1) '\(slide.title)'")
        }
    }

    /// LibreOffice Impress opens the PPTX and prints it: each page carries the words of its slide, as our PDF does.
    @Test func libreOfficeShowsWhatThePDFShows() throws {
        let files = try Sample.files.get()
        guard let office = which("libreoffice") ?? which("soffice") else {
            print("skipped: LibreOffice is not installed (make setup-test installs libreoffice-impress-nogui)")
            return
        }
        guard let pdftotext = which("pdftotext") else { Issue.record("pdftotext is missing"); return }
        let out = files.folder.appendingPathComponent("libreoffice")
        let profile = files.folder.appendingPathComponent("lo-profile")
        let converted = try run(office, ["-env:UserInstallation=file://\(profile.path)", "--headless", "--convert-to", "pdf", "--outdir", out.path, files.pptxPath])
        let pdf = out.appendingPathComponent("paparan.pdf").path
        #expect(FileManager.default.fileExists(atPath: pdf), "LibreOffice did not convert: \(converted.stderr)")
        for (k, slide) in files.deck.slides.enumerated() {
            let page = ["-f", String(k + 1), "-l", String(k + 1)]
            let theirs = Set(words(try run(pdftotext, page + [pdf, "-"]).stdout))
            let ours = Set(words(try run(pdftotext, page + [files.pdfPath, "-"]).stdout))
            // A diagram slide's title is for the outline and screen readers; the diagram's own heading is what shows.
            let expected = Set(words((slide.kind == .diagram ? Array(slide.texts.dropFirst()) : slide.texts).joined(separator: " ")))
            #expect(expected.isSubset(of: theirs), "LibreOffice page \(k + 1) lacks \(expected.subtracting(theirs).sorted().prefix(8))")
            #expect(expected.isSubset(of: ours), "PDF page \(k + 1) lacks \(expected.subtracting(ours).sorted().prefix(8))")
        }
    }
}

@Suite struct DeckPerbupTests {
    /// A whole regency's Perbup bagan did not reach 7 pt on one slide (6.4 pt: 12.9 px by pdftotext's boxes);
    /// it is now two pages, the perangkat daerah and the kecamatan, each at least 7 pt = 14 px at 1920 × 1080.
    @Test func wholeRegencyBaganReachesFourteenPixels() throws {
        let graph = sampleGraph("OrgCharts/kabupaten-sragen.yaml")
        let pages = try DeckDiagrams.structure(graph, .indonesian)
        #expect(pages.count == 2)
        let page = Frame(0, 0, Deck.width, Deck.height)
        for p in pages { #expect(p.smallestText(in: page) * 2 >= 14 - 1e-9, "\(p.description): \(p.smallestText(in: page) * 2) px") }
        #expect(pages[1].svg.contains("KECAMATAN") && !pages[0].svg.contains("KECAMATAN GESI"))
    }

    /// The change page of a conversion scenario tags each perangkat daerah with its conversions; on the full
    /// sample that no longer fits one slide at 7 pt, so it is split like the bagan, and every page reaches 14 px.
    @Test func conversionDiffOfAWholeRegencyReachesFourteenPixels() throws {
        let graph = sampleGraph("OrgCharts/kabupaten-sragen.yaml")
        let script = try #require(ScenarioLoader.load(path: repoPath("OrgCharts/scenarios/penyederhanaan-birokrasi.yaml")).scenario)
        let after = try #require(OrgGraph.resolve(try Simulator.run(graph.chart, script).after).graph)
        let pages = try DeckDiagrams.changes(after, base: graph, .indonesian)
        #expect(pages.count >= 2)
        let page = Frame(0, 0, Deck.width, Deck.height)
        for p in pages { #expect(p.smallestText(in: page) * 2 >= 14 - 1e-9, "\(p.description): \(p.smallestText(in: page) * 2) px") }
        #expect(pages[0].svg.contains(" disetarakan"))
    }
}
