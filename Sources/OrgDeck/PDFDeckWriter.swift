import CPangoCairo
import CRsvg
import Foundation
import OrgModel

/// Why a deck cannot be written.
public enum DeckError: Error, Equatable, Sendable {
    /// librsvg could not read a picture (the picture's description).
    case pictureUnreadable(String)
    /// cairo failed (its status text).
    case drawingFailed(String)
    /// The zip container of the PPTX could not be made.
    case packageFailed(String)
}

/// Draws a `Deck` as a PDF: one 960 × 540 pt page a slide, vector throughout (text through Pango with its fonts
/// embedded as subsets, pictures through librsvg), dated to the deck's date so the same deck gives the same bytes.
public enum PDFDeckWriter {
    public static func write(_ deck: Deck) throws -> Data {
        final class Sink { var data = Data() }
        let sink = Sink()
        let unmanaged = Unmanaged.passRetained(sink)
        defer { unmanaged.release() }
        guard let surface = cairo_pdf_surface_create_for_stream({ closure, bytes, length in
            guard let closure, let bytes else { return CAIRO_STATUS_WRITE_ERROR }
            Unmanaged<Sink>.fromOpaque(closure).takeUnretainedValue().data.append(bytes, count: Int(length))
            return CAIRO_STATUS_SUCCESS
        }, unmanaged.toOpaque(), Deck.width, Deck.height) else { throw DeckError.drawingFailed("surface") }
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, deck.title)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_AUTHOR, deck.organisation)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "Ramping")
        // The chart's date, not the clock: the same input gives the same bytes.
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, deck.date + "T00:00:00")
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_MOD_DATE, deck.date + "T00:00:00")
        let cr = cairo_create(surface)!
        var failure: Error?
        for (k, slide) in deck.slides.enumerated() {
            do { try SlidePainter(cr: cr, deck: deck).paint(slide, number: k + 1) } catch { failure = failure ?? error }
            cairo_show_page(cr)
        }
        let status = cairo_status(cr)
        cairo_destroy(cr)
        cairo_surface_finish(surface)
        cairo_surface_destroy(surface)
        if let failure { throw failure }
        guard status == CAIRO_STATUS_SUCCESS else { throw DeckError.drawingFailed(String(cString: cairo_status_to_string(status))) }
        return sink.data
    }

    /// A picture as PNG the size it has on the slide `frame`, at `pixelsPerPoint` (2: as sharp as on a 1920 × 1080
    /// screen), for the PPTX's programs without SVG.
    public static func png(_ picture: Picture, in frame: Frame, pixelsPerPoint: Double = 2) throws -> Data {
        let placed = picture.placed(in: frame)
        let w = Int32((placed.width * pixelsPerPoint).rounded()), h = Int32((placed.height * pixelsPerPoint).rounded())
        let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, w, h)!
        defer { cairo_surface_destroy(surface) }
        let cr = cairo_create(surface)!
        cairo_set_source_rgb(cr, 1, 1, 1)
        cairo_paint(cr)
        try drawSVG(picture, in: Frame(0, 0, Double(w), Double(h)), cr)
        cairo_destroy(cr)
        final class Sink { var data = Data() }
        let sink = Sink()
        let unmanaged = Unmanaged.passRetained(sink)
        defer { unmanaged.release() }
        let status = cairo_surface_write_to_png_stream(surface, { closure, bytes, length in
            guard let closure, let bytes else { return CAIRO_STATUS_WRITE_ERROR }
            Unmanaged<Sink>.fromOpaque(closure).takeUnretainedValue().data.append(bytes, count: Int(length))
            return CAIRO_STATUS_SUCCESS
        }, unmanaged.toOpaque())
        guard status == CAIRO_STATUS_SUCCESS else { throw DeckError.drawingFailed(String(cString: cairo_status_to_string(status))) }
        return sink.data
    }

    /// Draws an SVG into `frame`, keeping its aspect (librsvg centres it).
    static func drawSVG(_ picture: Picture, in frame: Frame, _ cr: OpaquePointer) throws {
        var error: UnsafeMutablePointer<GError>?
        let bytes = Array(picture.svg.utf8)
        guard let handle = bytes.withUnsafeBufferPointer({ rsvg_handle_new_from_data($0.baseAddress, gsize($0.count), &error) }) else {
            if let error { g_error_free(error) }
            throw DeckError.pictureUnreadable(picture.description)
        }
        defer { g_object_unref(UnsafeMutableRawPointer(handle)) }
        var viewport = RsvgRectangle(x: frame.x, y: frame.y, width: frame.width, height: frame.height)
        guard rsvg_handle_render_document(handle, cr, &viewport, &error) != 0 else {
            if let error { g_error_free(error) }
            throw DeckError.pictureUnreadable(picture.description)
        }
    }
}

/// Text laid out with Pango, the same way for drawing and for measuring.
enum TextLayout {
    static let pangoScale = Double(PANGO_SCALE)

    /// A layout of one paragraph in `width` points (wrapped at words).
    static func layout(_ context: OpaquePointer, _ text: String, size: Double, bold: Bool, width: Double,
                       alignment: TextBox.Alignment = .left, singleLine: Bool = false) -> OpaquePointer {
        let layout = pango_layout_new(context)!
        let description = pango_font_description_new()!
        pango_font_description_set_family(description, DeckStyle.font)
        pango_font_description_set_weight(description, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
        pango_font_description_set_absolute_size(description, size * pangoScale)
        pango_layout_set_font_description(layout, description)
        pango_font_description_free(description)
        pango_layout_set_width(layout, Int32(width * pangoScale))
        if singleLine {
            pango_layout_set_ellipsize(layout, PANGO_ELLIPSIZE_END)
        } else {
            pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR)
        }
        switch alignment {
        case .left: pango_layout_set_alignment(layout, PANGO_ALIGN_LEFT)
        case .centre: pango_layout_set_alignment(layout, PANGO_ALIGN_CENTER)
        case .right: pango_layout_set_alignment(layout, PANGO_ALIGN_RIGHT)
        }
        pango_layout_set_text(layout, text, -1)
        return layout
    }

    static func height(_ layout: OpaquePointer) -> Double {
        var w: Int32 = 0, h: Int32 = 0
        pango_layout_get_size(layout, &w, &h)
        return Double(h) / pangoScale
    }

    /// Lines a text takes in `width` points.
    static func lineCount(_ text: String, size: Double, bold: Bool = true, width: Double) -> Int {
        let context = measuringContext()
        defer { g_object_unref(UnsafeMutableRawPointer(context)) }
        let l = layout(context, text, size: size, bold: bold, width: width)
        defer { g_object_unref(UnsafeMutableRawPointer(l)) }
        return Int(pango_layout_get_line_count(l))
    }

    static let bulletIndent = 16.0
    static let paragraphGap = 0.45

    /// Height of a text box's paragraphs at `scale` of their sizes.
    static func height(_ box: TextBox, width: Double, scale: Double, _ context: OpaquePointer) -> Double {
        var total = 0.0
        for (k, p) in box.paragraphs.enumerated() {
            let size = p.size * scale
            let l = layout(context, p.text, size: size, bold: p.bold, width: width - (p.bullet ? bulletIndent : 0))
            total += height(l) + (k == 0 ? 0 : size * paragraphGap)
            g_object_unref(UnsafeMutableRawPointer(l))
        }
        return total
    }

    /// A context for measuring, at 72 dpi (a point is a unit).
    static func measuringContext() -> OpaquePointer {
        let map = pango_cairo_font_map_get_default()
        let context = pango_font_map_create_context(map)!
        pango_cairo_context_set_resolution(context, 72)
        return context
    }

    /// The scale (≤ 1) at which a text box's paragraphs fit its frame: both writers draw at this scale,
    /// so the PDF and the PPTX wrap the same way. It never goes below the deck's smallest text.
    static func fit(_ box: TextBox, in frame: Frame) -> Double {
        let context = measuringContext()
        defer { g_object_unref(UnsafeMutableRawPointer(context)) }
        let inner = frame.width - 2 * padding(box)
        var scale = 1.0
        let smallest = box.paragraphs.map(\.size).min() ?? Deck.minimumFontSize
        let floor = min(1, Deck.minimumFontSize / smallest)
        while scale > floor && height(box, width: inner, scale: scale, context) > frame.height - 2 * padding(box) {
            scale = max(floor, scale - 0.05)
        }
        return scale
    }

    static func padding(_ box: TextBox) -> Double { box.fill == nil ? 2 : 10 }
}

/// Draws one slide onto a cairo context.
struct SlidePainter {
    let cr: OpaquePointer
    let deck: Deck

    func colour(_ hex: Colour) {
        let v = UInt32(hex, radix: 16) ?? 0
        cairo_set_source_rgb(cr, Double((v >> 16) & 0xFF) / 255, Double((v >> 8) & 0xFF) / 255, Double(v & 0xFF) / 255)
    }

    func rect(_ f: Frame, fill: Colour) {
        colour(fill)
        cairo_rectangle(cr, f.x, f.y, f.width, f.height)
        cairo_fill(cr)
    }

    func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, _ c: Colour, width: Double = 0.75) {
        colour(c)
        cairo_set_line_width(cr, width)
        cairo_move_to(cr, x1, y1)
        cairo_line_to(cr, x2, y2)
        cairo_stroke(cr)
    }

    var context: OpaquePointer {
        let c = pango_cairo_create_context(cr)!
        pango_cairo_context_set_resolution(c, 72)
        return c
    }

    /// Draws a text at (x, y), `width` wide; returns its height.
    @discardableResult
    func text(_ s: String, x: Double, y: Double, width: Double, size: Double, bold: Bool = false, colour c: Colour = DeckStyle.text,
              alignment: TextBox.Alignment = .left, singleLine: Bool = false) -> Double {
        let ctx = context
        defer { g_object_unref(UnsafeMutableRawPointer(ctx)) }
        let layout = TextLayout.layout(ctx, s, size: size, bold: bold, width: width, alignment: alignment, singleLine: singleLine)
        defer { g_object_unref(UnsafeMutableRawPointer(layout)) }
        colour(c)
        cairo_move_to(cr, x, y)
        pango_cairo_show_layout(cr, layout)
        return TextLayout.height(layout)
    }

    func paint(_ slide: Slide, number: Int) throws {
        rect(Frame(0, 0, Deck.width, Deck.height), fill: "FFFFFF")
        switch slide.kind {
        case .title:
            rect(Frame(0, 0, Deck.width, 8), fill: DeckStyle.accent)
        case .diagram:
            break
        case .section, .content:
            rect(Frame(0, 0, Deck.width, 6), fill: DeckStyle.accent)
            text(slide.title, x: Layout.margin, y: Layout.titleY, width: Deck.width - 2 * Layout.margin, size: DeckStyle.titleSize, bold: true,
                 colour: DeckStyle.accent, singleLine: true)
            line(Layout.margin, Layout.footerY - 4, Deck.width - Layout.margin, Layout.footerY - 4, DeckStyle.rule)
            text(deck.footer, x: Layout.margin, y: Layout.footerY, width: Deck.width - 2 * Layout.margin - 80, size: DeckStyle.footerSize,
                 colour: DeckStyle.muted, singleLine: true)
            text("\(number)", x: Deck.width - Layout.margin - 60, y: Layout.footerY, width: 60, size: DeckStyle.footerSize,
                 colour: DeckStyle.muted, alignment: .right)
        }
        for block in slide.blocks {
            switch block.content {
            case .text(let box): draw(box, in: block.frame)
            case .table(let table): draw(table, in: block.frame)
            case .picture(let picture): try PDFDeckWriter.drawSVG(picture, in: block.frame, cr)
            }
        }
        if slide.kind == .diagram {
            text(deck.footer, x: Layout.margin, y: Layout.diagramFooterY, width: Deck.width - 2 * Layout.margin - 80, size: DeckStyle.footerSize,
                 colour: DeckStyle.muted, singleLine: true)
            text("\(number)", x: Deck.width - Layout.margin - 60, y: Layout.diagramFooterY, width: 60, size: DeckStyle.footerSize,
                 colour: DeckStyle.muted, alignment: .right)
        } else {
            // The regional government's name, as on the PPTX's slide master.
            text(deck.organisation, x: Deck.width - 360, y: Layout.footerY + 13, width: 360 - Layout.margin, size: DeckStyle.footerSize, bold: true,
                 colour: DeckStyle.accent, alignment: .right, singleLine: true)
        }
    }

    func draw(_ box: TextBox, in frame: Frame) {
        if let fill = box.fill { rect(frame, fill: fill) }
        let pad = TextLayout.padding(box)
        let scale = TextLayout.fit(box, in: frame)
        let width = frame.width - 2 * pad
        var y = frame.y + pad
        if box.fill != nil {
            let ctx = context
            y += max(0, (frame.height - 2 * pad - TextLayout.height(box, width: width, scale: scale, ctx)) / 2)
            g_object_unref(UnsafeMutableRawPointer(ctx))
        }
        for (k, p) in box.paragraphs.enumerated() {
            let size = p.size * scale
            if k > 0 { y += size * TextLayout.paragraphGap }
            var x = frame.x + pad
            if p.bullet {
                text("•", x: x, y: y, width: TextLayout.bulletIndent, size: size, colour: p.colour)
                x += TextLayout.bulletIndent
            }
            y += text(p.text, x: x, y: y, width: width - (p.bullet ? TextLayout.bulletIndent : 0), size: size, bold: p.bold, colour: p.colour,
                      alignment: box.alignment)
        }
    }

    func draw(_ table: TableBox, in frame: Frame) {
        let total = table.widths.reduce(0, +)
        let widths = table.widths.map { frame.width * $0 / total }
        let rowH = TableBox.rowHeight(table.size)
        var y = frame.y
        func row(_ cells: [String], header: Bool, bold: Bool, shaded: Bool) {
            let h = header ? table.headerHeight : rowH
            if header { rect(Frame(frame.x, y, frame.width, h), fill: DeckStyle.accent) }
            else if shaded { rect(Frame(frame.x, y, frame.width, h), fill: "F2F2F2") }
            var x = frame.x
            for (k, cell) in cells.enumerated() where k < widths.count {
                let numeric = table.numeric.contains(k)
                let lines = header && h > rowH && TextLayout.lineCount(cell, size: table.size, width: widths[k] - 8) > 1 ? 2.0 : 1.0
                text(cell, x: x + 4, y: y + (h - table.size * 1.15 * lines) / 2, width: widths[k] - 8, size: table.size, bold: header || bold,
                     colour: header ? "FFFFFF" : DeckStyle.text, alignment: numeric ? .right : .left, singleLine: !(header && h > rowH))
                x += widths[k]
            }
            y += h
        }
        row(table.header, header: true, bold: true, shaded: false)
        for (k, cells) in table.rows.enumerated() { row(cells, header: false, bold: table.emphasised.contains(k), shaded: k % 2 == 1) }
        line(frame.x, y, frame.x + frame.width, y, DeckStyle.rule)
    }
}

/// The fixed places on a content slide.
public enum Layout {
    public static let margin = 36.0
    public static let titleY = 20.0
    /// Where the body starts and ends.
    public static let bodyTop = 70.0
    public static let bodyBottom = 500.0
    public static let footerY = 512.0
    /// The footer of a diagram slide: in the 16-point bottom margin of the page-fitted diagram.
    public static let diagramFooterY = 527.0
    public static var body: Frame { Frame(margin, bodyTop, Deck.width - 2 * margin, bodyBottom - bodyTop) }
}

extension DeckError {
    /// The reason in the reader's language.
    public func text(_ l: OrgModel.Language) -> String {
        switch self {
        case .pictureUnreadable(let what): l.pick("gambar '\(what)' tidak dapat dibaca (librsvg)", "the picture '\(what)' cannot be read (librsvg)")
        case .drawingFailed(let why): l.pick("PDF tidak dapat digambar (cairo: \(why))", "the PDF cannot be drawn (cairo: \(why))")
        case .packageFailed(let why): l.pick("berkas PowerPoint tidak dapat disusun (\(why))", "the PowerPoint file cannot be put together (\(why))")
        }
    }
}
