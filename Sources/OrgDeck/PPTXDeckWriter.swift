import Foundation
import OrgExport
import ZIPFoundation

/// Writes a `Deck` as a PowerPoint file (PresentationML, ECMA-376) that PowerPoint and LibreOffice Impress open
/// and edit: titles in title placeholders, text in text boxes, tables as real tables, charts and diagrams as SVG
/// pictures with a PNG fallback (the `asvg:svgBlip` extension PowerPoint 2016+ reads; older programs show the PNG),
/// one slide master carrying the regional government's name.
///
/// There is no Swift library for PPTX: each part is written with libxml2 (`XMLWriter`) and the parts are zipped
/// with ZIPFoundation, every entry dated to the deck's date so that the same deck gives the same bytes.
public enum PPTXDeckWriter {
    static let emuPerPoint = 12_700.0
    static func emu(_ points: Double) -> String { String(Int((points * emuPerPoint).rounded())) }

    static let ns = (
        p: "http://schemas.openxmlformats.org/presentationml/2006/main",
        a: "http://schemas.openxmlformats.org/drawingml/2006/main",
        r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
        rel: "http://schemas.openxmlformats.org/package/2006/relationships",
        ct: "http://schemas.openxmlformats.org/package/2006/content-types",
        svg: "http://schemas.microsoft.com/office/drawing/2016/SVG/main"
    )
    static let relType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"

    /// One part of the package: its name in the zip and its bytes.
    struct Part {
        var path: String
        var data: Data
        var contentType: String?
    }

    /// The package's parts, in the order they are zipped (`[Content_Types].xml` first).
    static func parts(_ deck: Deck) throws -> [Part] {
        var parts: [Part] = []
        var media: [Part] = []
        var slideParts: [Part] = []
        for (k, slide) in deck.slides.enumerated() {
            let number = k + 1
            var rels: [(id: String, type: String, target: String)] = [("rId1", "slideLayout", "../slideLayouts/slideLayout1.xml")]
            var pictures: [Int: (png: String, svg: String)] = [:]
            for (b, block) in slide.blocks.enumerated() {
                guard case .picture(let picture) = block.content else { continue }
                let stem = "image\(number)-\(b + 1)"
                let png = try PDFDeckWriter.png(picture, in: block.frame)
                media.append(Part(path: "ppt/media/\(stem).png", data: png, contentType: nil))
                media.append(Part(path: "ppt/media/\(stem).svg", data: Data(picture.svg.utf8), contentType: nil))
                let pngID = "rId\(rels.count + 1)"
                rels.append((pngID, "image", "../media/\(stem).png"))
                let svgID = "rId\(rels.count + 1)"
                rels.append((svgID, "image", "../media/\(stem).svg"))
                pictures[b] = (pngID, svgID)
            }
            slideParts.append(Part(path: "ppt/slides/slide\(number).xml", data: slideXML(slide, number: number, deck: deck, pictures: pictures),
                                   contentType: "application/vnd.openxmlformats-officedocument.presentationml.slide+xml"))
            slideParts.append(Part(path: "ppt/slides/_rels/slide\(number).xml.rels", data: relationships(rels.map { ($0.id, relType + $0.type, $0.target) }),
                                   contentType: nil))
        }
        let n = deck.slides.count
        var presentationRels: [(String, String, String)] = [("rId1", relType + "slideMaster", "slideMasters/slideMaster1.xml")]
        for k in 1...max(n, 1) where k <= n { presentationRels.append(("rId\(k + 1)", relType + "slide", "slides/slide\(k).xml")) }
        presentationRels += [("rId\(n + 2)", relType + "theme", "theme/theme1.xml"), ("rId\(n + 3)", relType + "presProps", "presProps.xml"),
                             ("rId\(n + 4)", relType + "viewProps", "viewProps.xml"), ("rId\(n + 5)", relType + "tableStyles", "tableStyles.xml")]
        let ml = "application/vnd.openxmlformats-officedocument.presentationml."
        parts.append(Part(path: "_rels/.rels", data: relationships([
            ("rId1", relType + "officeDocument", "ppt/presentation.xml"),
            ("rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml"),
            ("rId3", relType + "extended-properties", "docProps/app.xml"),
        ]), contentType: nil))
        parts.append(Part(path: "docProps/core.xml", data: coreXML(deck), contentType: "application/vnd.openxmlformats-package.core-properties+xml"))
        parts.append(Part(path: "docProps/app.xml", data: appXML(deck), contentType: "application/vnd.openxmlformats-officedocument.extended-properties+xml"))
        parts.append(Part(path: "ppt/presentation.xml", data: presentationXML(n), contentType: ml + "presentation.main+xml"))
        parts.append(Part(path: "ppt/_rels/presentation.xml.rels", data: relationships(presentationRels), contentType: nil))
        parts.append(Part(path: "ppt/slideMasters/slideMaster1.xml", data: masterXML(deck), contentType: ml + "slideMaster+xml"))
        parts.append(Part(path: "ppt/slideMasters/_rels/slideMaster1.xml.rels", data: relationships([
            ("rId1", relType + "slideLayout", "../slideLayouts/slideLayout1.xml"), ("rId2", relType + "theme", "../theme/theme1.xml"),
        ]), contentType: nil))
        parts.append(Part(path: "ppt/slideLayouts/slideLayout1.xml", data: layoutXML(deck), contentType: ml + "slideLayout+xml"))
        parts.append(Part(path: "ppt/slideLayouts/_rels/slideLayout1.xml.rels", data: relationships([
            ("rId1", relType + "slideMaster", "../slideMasters/slideMaster1.xml"),
        ]), contentType: nil))
        parts.append(Part(path: "ppt/theme/theme1.xml", data: Data(themeXML.utf8), contentType: "application/vnd.openxmlformats-officedocument.theme+xml"))
        parts.append(Part(path: "ppt/presProps.xml", data: simple("p:presentationPr"), contentType: ml + "presProps+xml"))
        parts.append(Part(path: "ppt/viewProps.xml", data: simple("p:viewPr"), contentType: ml + "viewProps+xml"))
        parts.append(Part(path: "ppt/tableStyles.xml", data: tableStylesXML(), contentType: ml + "tableStyles+xml"))
        parts += slideParts
        parts += media
        return [Part(path: "[Content_Types].xml", data: contentTypes(parts), contentType: nil)] + parts
    }

    /// The PPTX file's bytes.
    public static func write(_ deck: Deck) throws -> Data {
        let all = try parts(deck)
        let date = dateValue(deck.date)
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            for part in all {
                let data = part.data
                try archive.addEntry(with: part.path, type: .file, uncompressedSize: Int64(data.count), modificationDate: date,
                                     permissions: 0o644, compressionMethod: part.path.hasSuffix(".png") ? .none : .deflate) { position, size in
                    data.subdata(in: Int(position)..<Int(position) + size)
                }
            }
            guard let bytes = archive.data else { throw DeckError.packageFailed("empty archive") }
            return bytes
        } catch let error as DeckError {
            throw error
        } catch {
            throw DeckError.packageFailed(String(describing: error))
        }
    }

    /// Noon of the deck's date (UTC): the zip entries' time, the same every run.
    static func dateValue(_ day: String) -> Date {
        var c = DateComponents()
        let parts = day.split(separator: "-").compactMap { Int($0) }
        c.year = parts.count > 0 ? parts[0] : 2026
        c.month = parts.count > 1 ? parts[1] : 1
        c.day = parts.count > 2 ? parts[2] : 1
        c.hour = 12
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar.date(from: c) ?? Date(timeIntervalSince1970: 0)
    }

    // MARK: Package parts

    static func relationships(_ rels: [(String, String, String)]) -> Data {
        let w = XMLWriter(indent: false)
        w.start("Relationships")
        w.attribute("xmlns", ns.rel)
        for (id, type, target) in rels { w.element("Relationship", [("Id", id), ("Type", type), ("Target", target)]) }
        return Data(w.finish().utf8)
    }

    static func contentTypes(_ parts: [Part]) -> Data {
        let w = XMLWriter(indent: false)
        w.start("Types")
        w.attribute("xmlns", ns.ct)
        w.element("Default", [("Extension", "rels"), ("ContentType", "application/vnd.openxmlformats-package.relationships+xml")])
        w.element("Default", [("Extension", "xml"), ("ContentType", "application/xml")])
        w.element("Default", [("Extension", "png"), ("ContentType", "image/png")])
        w.element("Default", [("Extension", "svg"), ("ContentType", "image/svg+xml")])
        for part in parts { if let type = part.contentType { w.element("Override", [("PartName", "/" + part.path), ("ContentType", type)]) } }
        return Data(w.finish().utf8)
    }

    static func simple(_ root: String) -> Data {
        Data(presentationPart(root).finish().utf8)
    }

    /// A writer with a PresentationML part's root element started and its three namespaces (a, r, p) declared.
    static func presentationPart(_ root: String) -> XMLWriter {
        let w = XMLWriter(indent: false)
        w.start(root)
        w.attribute("xmlns:a", ns.a)
        w.attribute("xmlns:r", ns.r)
        w.attribute("xmlns:p", ns.p)
        return w
    }

    static func tableStylesXML() -> Data {
        let w = XMLWriter(indent: false)
        w.start("a:tblStyleLst")
        w.attribute("xmlns:a", ns.a)
        w.attribute("def", "{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}")
        return Data(w.finish().utf8)
    }

    static func coreXML(_ deck: Deck) -> Data {
        let w = XMLWriter(indent: false)
        w.start("cp:coreProperties")
        w.attribute("xmlns:cp", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties")
        w.attribute("xmlns:dc", "http://purl.org/dc/elements/1.1/")
        w.attribute("xmlns:dcterms", "http://purl.org/dc/terms/")
        w.attribute("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance")
        w.element("dc:title", text: deck.title)
        w.element("dc:creator", text: deck.organisation)
        w.element("dc:language", text: deck.language)
        for name in ["dcterms:created", "dcterms:modified"] {
            w.element(name, [("xsi:type", "dcterms:W3CDTF")], text: deck.date + "T00:00:00Z")
        }
        return Data(w.finish().utf8)
    }

    static func appXML(_ deck: Deck) -> Data {
        let w = XMLWriter(indent: false)
        w.start("Properties")
        w.attribute("xmlns", "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties")
        w.element("Application", text: "Ramping")
        w.element("Slides", text: String(deck.slides.count))
        return Data(w.finish().utf8)
    }

    static func presentationXML(_ slides: Int) -> Data {
        let w = presentationPart("p:presentation")
        w.attribute("saveSubsetFonts", "1")
        w.start("p:sldMasterIdLst")
        w.element("p:sldMasterId", [("id", "2147483648"), ("r:id", "rId1")])
        w.end()
        if slides > 0 {
            w.start("p:sldIdLst")
            // Slide ids start at 256, as ECMA-376 requires.
            for k in 0..<slides { w.element("p:sldId", [("id", String(256 + k)), ("r:id", "rId\(k + 2)")]) }
            w.end()
        }
        w.element("p:sldSz", [("cx", emu(Deck.width)), ("cy", emu(Deck.height))])
        w.element("p:notesSz", [("cx", "6858000"), ("cy", "9144000")])
        w.start("p:defaultTextStyle")
        w.start("a:lvl1pPr")
        w.start("a:defRPr")
        w.attribute("lang", "id-ID")
        w.end()
        w.end()
        w.end()
        return Data(w.finish().utf8)
    }

    // MARK: Shapes

    final class ShapeIDs {
        var next = 2
        func take() -> Int { defer { next += 1 }; return next }
    }

    static func spTreeStart(_ w: XMLWriter) {
        w.start("p:spTree")
        w.start("p:nvGrpSpPr")
        w.element("p:cNvPr", [("id", "1"), ("name", "")])
        w.element("p:cNvGrpSpPr")
        w.element("p:nvPr")
        w.end()
        w.start("p:grpSpPr")
        w.start("a:xfrm")
        w.element("a:off", [("x", "0"), ("y", "0")])
        w.element("a:ext", [("cx", "0"), ("cy", "0")])
        w.element("a:chOff", [("x", "0"), ("y", "0")])
        w.element("a:chExt", [("cx", "0"), ("cy", "0")])
        w.end()
        w.end()
    }

    static func xfrm(_ w: XMLWriter, _ f: Frame, prefix: String = "a") {
        w.start("\(prefix):xfrm")
        w.element("a:off", [("x", emu(f.x)), ("y", emu(f.y))])
        w.element("a:ext", [("cx", emu(f.width)), ("cy", emu(f.height))])
        w.end()
    }

    static func solidFill(_ w: XMLWriter, _ colour: Colour) {
        w.start("a:solidFill")
        w.element("a:srgbClr", [("val", colour)])
        w.end()
    }

    static func run(_ w: XMLWriter, _ text: String, size: Double, bold: Bool, colour: Colour, language: String) {
        w.start("a:r")
        w.start("a:rPr")
        w.attribute("lang", language == "en" ? "en-GB" : "id-ID")
        w.attribute("sz", String(Int((size * 100).rounded())))
        w.attribute("b", bold ? "1" : "0")
        w.attribute("dirty", "0")
        solidFill(w, colour)
        w.element("a:latin", [("typeface", DeckStyle.officeFont)])
        w.element("a:cs", [("typeface", DeckStyle.officeFont)])
        w.end()
        w.element("a:t", text: text)
        w.end()
    }

    /// The non-visual properties every shape starts with (`p:nvSpPr`, `p:nvPicPr`, `p:nvGraphicFramePr`):
    /// its id and name, what `locks` writes inside `p:cNv…Pr`, and a placeholder type.
    static func nonVisual(_ w: XMLWriter, _ kind: String, id: Int, name: String, description: String? = nil, placeholder: String? = nil,
                          locks: () -> Void) {
        w.start("p:nv\(kind)Pr")
        w.element("p:cNvPr", [("id", String(id)), ("name", name)] + (description.map { [("descr", $0)] } ?? []))
        w.start("p:cNv\(kind)Pr")
        locks()
        w.end()
        w.start("p:nvPr")
        if let placeholder { w.element("p:ph", [("type", placeholder)]) }
        w.end()
        w.end()
    }

    /// A plain rectangle's geometry.
    static func rectangle(_ w: XMLWriter) {
        w.start("a:prstGeom")
        w.attribute("prst", "rect")
        w.element("a:avLst")
        w.end()
    }

    /// The title placeholder of a slide, its layout or its master.
    static func titleShape(_ w: XMLWriter, id: Int, text: String, y: Double, language: String) {
        let title = TextBox([Paragraph(text, size: DeckStyle.titleSize, bold: true, colour: DeckStyle.accent)])
        textShape(w, id: id, name: "Judul", frame: Frame(Layout.margin, y, Deck.width - 2 * Layout.margin, 36), box: title, scale: 1,
                  placeholder: "title", language: language, inset: 0)
    }

    /// The footer (source and date) and the page number of a slide, on the line at `y`.
    static func footerShapes(_ w: XMLWriter, _ ids: ShapeIDs, deck: Deck, number: Int, y: Double, height: Double) {
        let footer = TextBox([Paragraph(deck.footer, size: DeckStyle.footerSize, colour: DeckStyle.muted)])
        textShape(w, id: ids.take(), name: "Kaki", frame: Frame(Layout.margin, y, Deck.width - 2 * Layout.margin - 80, height),
                  box: footer, scale: 1, language: deck.language, inset: 0)
        let page = TextBox([Paragraph(String(number), size: DeckStyle.footerSize, colour: DeckStyle.muted)], alignment: .right)
        textShape(w, id: ids.take(), name: "Nomor halaman", frame: Frame(Deck.width - Layout.margin - 60, y, 60, height),
                  box: page, scale: 1, language: deck.language, inset: 0)
    }

    /// A text shape: `placeholder` "title" for the slide's title, otherwise a text box.
    static func textShape(_ w: XMLWriter, id: Int, name: String, frame: Frame, box: TextBox, scale: Double, placeholder: String? = nil,
                          language: String, inset: Double) {
        w.start("p:sp")
        nonVisual(w, "Sp", id: id, name: name, placeholder: placeholder) {
            if placeholder == nil { w.attribute("txBox", "1") }
        }
        w.start("p:spPr")
        xfrm(w, frame)
        rectangle(w)
        if let fill = box.fill { solidFill(w, fill) } else { w.element("a:noFill") }
        w.end()
        w.start("p:txBody")
        w.start("a:bodyPr")
        w.attribute("wrap", "square")
        for side in ["lIns", "tIns", "rIns", "bIns"] { w.attribute(side, emu(inset)) }
        w.attribute("anchor", box.fill == nil ? "t" : "ctr")
        w.element("a:noAutofit")
        w.end()
        w.element("a:lstStyle")
        if box.paragraphs.isEmpty { w.element("a:p") }   // a text body holds at least one paragraph
        for (k, p) in box.paragraphs.enumerated() {
            let size = p.size * scale
            w.start("a:p")
            w.start("a:pPr")
            w.attribute("algn", box.alignment == .left ? "l" : box.alignment == .centre ? "ctr" : "r")
            if p.bullet {
                w.attribute("marL", emu(TextLayout.bulletIndent))
                w.attribute("indent", emu(-TextLayout.bulletIndent))
            } else {
                w.attribute("marL", "0")
                w.attribute("indent", "0")
            }
            w.start("a:lnSpc")
            w.element("a:spcPct", [("val", "100000")])
            w.end()
            if k > 0 {
                w.start("a:spcBef")
                w.element("a:spcPts", [("val", String(Int((size * TextLayout.paragraphGap * 100).rounded())))])
                w.end()
            }
            if p.bullet {
                w.element("a:buFont", [("typeface", DeckStyle.officeFont)])
                w.element("a:buChar", [("char", "•")])
            } else {
                w.element("a:buNone")
            }
            w.end()
            run(w, p.text, size: size, bold: p.bold, colour: p.colour, language: language)
            w.end()
        }
        w.end()
        w.end()
    }

    static func tableShape(_ w: XMLWriter, id: Int, frame: Frame, table: TableBox, language: String) {
        let total = table.widths.reduce(0, +)
        let rowH = TableBox.rowHeight(table.size)
        w.start("p:graphicFrame")
        nonVisual(w, "GraphicFrame", id: id, name: "Tabel \(id)") {
            w.element("a:graphicFrameLocks", [("noGrp", "1")])
        }
        xfrm(w, Frame(frame.x, frame.y, frame.width, table.height), prefix: "p")
        w.start("a:graphic")
        w.start("a:graphicData")
        w.attribute("uri", "http://schemas.openxmlformats.org/drawingml/2006/table")
        w.start("a:tbl")
        w.start("a:tblPr")
        w.attribute("firstRow", "1")
        w.attribute("bandRow", "1")
        w.end()
        w.start("a:tblGrid")
        for width in table.widths { w.element("a:gridCol", [("w", emu(frame.width * width / total))]) }
        w.end()
        func row(_ cells: [String], header: Bool, bold: Bool, shaded: Bool) {
            w.start("a:tr")
            w.attribute("h", emu(header ? table.headerHeight : rowH))
            for k in 0..<table.widths.count {
                let cell = k < cells.count ? cells[k] : ""
                w.start("a:tc")
                w.start("a:txBody")
                w.element("a:bodyPr")
                w.element("a:lstStyle")
                w.start("a:p")
                w.start("a:pPr")
                w.attribute("algn", table.numeric.contains(k) ? "r" : "l")
                w.end()
                run(w, cell, size: table.size, bold: header || bold, colour: header ? "FFFFFF" : DeckStyle.text, language: language)
                w.end()
                w.end()
                w.start("a:tcPr")
                for side in ["marL", "marR"] { w.attribute(side, emu(4)) }
                for side in ["marT", "marB"] { w.attribute(side, emu(2)) }
                w.attribute("anchor", "ctr")
                if header { solidFill(w, DeckStyle.accent) } else if shaded { solidFill(w, "F2F2F2") } else { solidFill(w, "FFFFFF") }
                w.end()
                w.end()
            }
            w.end()
        }
        row(table.header, header: true, bold: true, shaded: false)
        for (k, cells) in table.rows.enumerated() { row(cells, header: false, bold: table.emphasised.contains(k), shaded: k % 2 == 1) }
        w.end()
        w.end()
        w.end()
        w.end()
    }

    static func pictureShape(_ w: XMLWriter, id: Int, frame: Frame, picture: Picture, png: String, svg: String) {
        let placed = picture.placed(in: frame)
        w.start("p:pic")
        nonVisual(w, "Pic", id: id, name: "Gambar \(id)", description: picture.description) {
            w.element("a:picLocks", [("noChangeAspect", "1")])
        }
        w.start("p:blipFill")
        w.start("a:blip")
        w.attribute("r:embed", png)
        w.start("a:extLst")
        w.start("a:ext")
        w.attribute("uri", "{96DAC541-7B7A-43D3-8B79-37D633B846F1}")
        w.start("asvg:svgBlip")
        w.attribute("xmlns:asvg", ns.svg)
        w.attribute("r:embed", svg)
        w.end()
        w.end()
        w.end()
        w.end()
        w.start("a:stretch")
        w.element("a:fillRect")
        w.end()
        w.end()
        w.start("p:spPr")
        xfrm(w, placed)
        rectangle(w)
        w.end()
        w.end()
    }

    static func slideXML(_ slide: Slide, number: Int, deck: Deck, pictures: [Int: (png: String, svg: String)]) -> Data {
        let w = presentationPart("p:sld")
        // A diagram fills the page: the master's name would fall on its legend.
        if slide.kind == .diagram { w.attribute("showMasterSp", "0") }
        w.start("p:cSld")
        w.attribute("name", slide.title)
        spTreeStart(w)
        let ids = ShapeIDs()
        if slide.kind == .diagram {
            // The diagram carries its heading: the title placeholder (read by screen readers and the outline) lies
            // just above the slide, where it is not shown.
            titleShape(w, id: ids.take(), text: slide.title, y: -60, language: deck.language)
            footerShapes(w, ids, deck: deck, number: number, y: Layout.diagramFooterY, height: 12)
        } else if slide.kind != .title {
            let bar = TextBox([], fill: DeckStyle.accent)
            textShape(w, id: ids.take(), name: "Garis", frame: Frame(0, 0, Deck.width, 6), box: bar, scale: 1, language: deck.language, inset: 0)
            titleShape(w, id: ids.take(), text: slide.title, y: Layout.titleY, language: deck.language)
            footerShapes(w, ids, deck: deck, number: number, y: Layout.footerY, height: 14)
        }
        for (b, block) in slide.blocks.enumerated() {
            switch block.content {
            case .text(let box):
                let isTitle = slide.kind == .title && b == 0
                textShape(w, id: ids.take(), name: isTitle ? "Judul" : "Teks \(b + 1)", frame: block.frame, box: box, scale: TextLayout.fit(box, in: block.frame),
                          placeholder: isTitle ? "title" : nil, language: deck.language, inset: TextLayout.padding(box))
            case .table(let table):
                tableShape(w, id: ids.take(), frame: block.frame, table: table, language: deck.language)
            case .picture(let picture):
                guard let r = pictures[b] else { continue }
                pictureShape(w, id: ids.take(), frame: block.frame, picture: picture, png: r.png, svg: r.svg)
            }
        }
        w.end()
        w.end()
        w.start("p:clrMapOvr")
        w.element("a:masterClrMapping")
        w.end()
        return Data(w.finish().utf8)
    }

    static func masterXML(_ deck: Deck) -> Data {
        let w = presentationPart("p:sldMaster")
        w.start("p:cSld")
        w.start("p:bg")
        w.start("p:bgPr")
        solidFill(w, "FFFFFF")
        w.element("a:effectLst")
        w.end()
        w.end()
        spTreeStart(w)
        titleShape(w, id: 2, text: "", y: Layout.titleY, language: deck.language)
        // The regional government's name on every slide, right of the footer, above the page number.
        let name = TextBox([Paragraph(deck.organisation, size: DeckStyle.footerSize, bold: true, colour: DeckStyle.accent)], alignment: .right)
        textShape(w, id: 3, name: "Pemerintah daerah", frame: Frame(Deck.width - 360, Layout.footerY + 13, 360 - Layout.margin, 13),
                  box: name, scale: 1, language: deck.language, inset: 0)
        w.end()
        w.end()
        w.element("p:clrMap", [("bg1", "lt1"), ("tx1", "dk1"), ("bg2", "lt2"), ("tx2", "dk2"), ("accent1", "accent1"), ("accent2", "accent2"),
                               ("accent3", "accent3"), ("accent4", "accent4"), ("accent5", "accent5"), ("accent6", "accent6"),
                               ("hlink", "hlink"), ("folHlink", "folHlink")])
        w.start("p:sldLayoutIdLst")
        w.element("p:sldLayoutId", [("id", "2147483649"), ("r:id", "rId1")])
        w.end()
        w.start("p:txStyles")
        for style in ["p:titleStyle", "p:bodyStyle", "p:otherStyle"] {
            w.start(style)
            w.start("a:lvl1pPr")
            w.start("a:defRPr")
            w.attribute("sz", style == "p:titleStyle" ? "2400" : "1500")
            w.element("a:latin", [("typeface", DeckStyle.officeFont)])
            w.end()
            w.end()
            w.end()
        }
        w.end()
        return Data(w.finish().utf8)
    }

    static func layoutXML(_ deck: Deck) -> Data {
        let w = presentationPart("p:sldLayout")
        w.attribute("type", "titleOnly")
        w.attribute("preserve", "1")
        w.start("p:cSld")
        w.attribute("name", deck.language == "en" ? "Title only" : "Judul saja")
        spTreeStart(w)
        titleShape(w, id: 2, text: "", y: Layout.titleY, language: deck.language)
        w.end()
        w.end()
        w.start("p:clrMapOvr")
        w.element("a:masterClrMapping")
        w.end()
        return Data(w.finish().utf8)
    }

    static let themeXML = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Ramping"><a:themeElements>\
        <a:clrScheme name="Ramping"><a:dk1><a:srgbClr val="1A1A1A"/></a:dk1><a:lt1><a:srgbClr val="FFFFFF"/></a:lt1>\
        <a:dk2><a:srgbClr val="1F4E79"/></a:dk2><a:lt2><a:srgbClr val="DCE6F2"/></a:lt2><a:accent1><a:srgbClr val="1F4E79"/></a:accent1>\
        <a:accent2><a:srgbClr val="B23B1E"/></a:accent2><a:accent3><a:srgbClr val="2E7D32"/></a:accent3><a:accent4><a:srgbClr val="7F6000"/></a:accent4>\
        <a:accent5><a:srgbClr val="5B9BD5"/></a:accent5><a:accent6><a:srgbClr val="A5A5A5"/></a:accent6><a:hlink><a:srgbClr val="0563C1"/></a:hlink>\
        <a:folHlink><a:srgbClr val="954F72"/></a:folHlink></a:clrScheme>\
        <a:fontScheme name="Ramping"><a:majorFont><a:latin typeface="Arial"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont>\
        <a:minorFont><a:latin typeface="Arial"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont></a:fontScheme>\
        <a:fmtScheme name="Ramping"><a:fillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill>\
        <a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:fillStyleLst><a:lnStyleLst><a:ln w="6350"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln>\
        <a:ln w="12700"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="19050"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln>\
        </a:lnStyleLst><a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle>\
        <a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst><a:bgFillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill>\
        <a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:bgFillStyleLst></a:fmtScheme>\
        </a:themeElements></a:theme>
        """
}
