/// A presentation (paparan) as a value: slides of titles, text, tables and pictures placed on a 16:9 page.
///
/// The builder (`DeckBuilder`) decides what goes where; the two writers (`PDFDeckWriter`, `PPTXDeckWriter`)
/// only draw what the deck says, so a PDF page and a PowerPoint slide carry the same texts in the same places.
/// Sizes are points on PowerPoint's 16:9 page, 960 × 540 pt (13.333 × 7.5 in); on a 1920 × 1080 screen a
/// point is two pixels, so the smallest text allowed, 7 pt, is 14 px.
public struct Deck: Sendable {
    public static let width = 960.0
    public static let height = 540.0
    /// The smallest font size any text on a slide may have (14 px at 1920 × 1080).
    public static let minimumFontSize = 7.0

    /// The document's title (PDF title, PowerPoint's title property).
    public var title: String
    /// The regional government's name: on the slide master of the PPTX.
    public var organisation: String
    /// The footer on every slide but the title: source and date.
    public var footer: String
    /// The date the deck is dated to (the chart's as_of), "YYYY-MM-DD".
    public var date: String
    public var language: String
    public var slides: [Slide]

    public init(title: String, organisation: String, footer: String, date: String, language: String, slides: [Slide]) {
        self.title = title
        self.organisation = organisation
        self.footer = footer
        self.date = date
        self.language = language
        self.slides = slides
    }
}

/// A rectangle on the slide, in points from the top left.
public struct Frame: Hashable, Sendable {
    public var x, y, width, height: Double
    public init(_ x: Double, _ y: Double, _ width: Double, _ height: Double) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }
}

/// One slide: a title and blocks placed in frames.
public struct Slide: Sendable {
    /// `diagram`: a page-fitted diagram fills the slide (its heading is the slide's visible title); the footer
    /// and page number sit in the page's bottom margin.
    public enum Kind: Sendable { case title, content, section, diagram }
    public var kind: Kind
    public var title: String
    public var blocks: [Block]
    /// What the presenter says (the PPTX's notes would carry it; the PDF does not show it).
    public var note: String?

    public init(kind: Kind = .content, title: String, blocks: [Block], note: String? = nil) {
        self.kind = kind
        self.title = title
        self.blocks = blocks
        self.note = note
    }

    /// Every text the slide shows, in reading order (for the checks that compare PDF and PPTX).
    public var texts: [String] {
        [title] + blocks.flatMap { b -> [String] in
            switch b.content {
            case .text(let t): return t.paragraphs.map(\.text)
            case .table(let t): return (t.header + t.rows.flatMap { $0 })
            case .picture: return []
            }
        }
    }
}

/// Something placed on a slide.
public struct Block: Sendable {
    public enum Content: Sendable {
        case text(TextBox)
        case table(TableBox)
        case picture(Picture)
    }
    public var frame: Frame
    public var content: Content

    public init(_ frame: Frame, _ content: Content) {
        self.frame = frame
        self.content = content
    }
}

/// Colours as RGB hex, "1F3864".
public typealias Colour = String

public struct Paragraph: Sendable {
    public var text: String
    public var size: Double
    public var bold: Bool
    public var colour: Colour
    /// A bullet in front (and the text indented).
    public var bullet: Bool

    public init(_ text: String, size: Double = 16, bold: Bool = false, colour: Colour = DeckStyle.text, bullet: Bool = false) {
        self.text = text
        self.size = size
        self.bold = bold
        self.colour = colour
        self.bullet = bullet
    }
}

public struct TextBox: Sendable {
    public enum Alignment: String, Sendable { case left, centre, right }
    public var paragraphs: [Paragraph]
    public var alignment: Alignment
    /// A filled background (number tiles), or nil. A filled box centres its text vertically.
    public var fill: Colour?

    public init(_ paragraphs: [Paragraph], alignment: Alignment = .left, fill: Colour? = nil) {
        self.paragraphs = paragraphs
        self.alignment = alignment
        self.fill = fill
    }
}

public struct TableBox: Sendable {
    public var header: [String]
    public var rows: [[String]]
    /// Relative column widths (they are scaled to the frame).
    public var widths: [Double]
    /// Columns aligned right (numbers).
    public var numeric: Set<Int>
    public var size: Double
    /// Rows drawn in bold (a total, the recommended scenario).
    public var emphasised: Set<Int>

    public init(header: [String], rows: [[String]], widths: [Double]? = nil, numeric: Set<Int> = [], size: Double = 12, emphasised: Set<Int> = []) {
        self.header = header
        self.rows = rows
        self.widths = widths ?? Array(repeating: 1, count: header.count)
        self.numeric = numeric
        self.size = size
        self.emphasised = emphasised
    }

    /// Height of one row in points for a font size.
    public static func rowHeight(_ size: Double) -> Double { (size * 1.9).rounded() }

    /// The header row holds two lines (long column names wrap instead of being cut).
    public var headerHeight: Double { TableBox.rowHeight(size) * (header.contains { $0.count > 14 } && header.count > 4 ? 1.75 : 1) }

    /// The table's height in points.
    public var height: Double { headerHeight + TableBox.rowHeight(size) * Double(rows.count) }
}

/// An SVG picture (a chart or a diagram), with a description for screen readers and the PPTX's alt text.
public struct Picture: Sendable {
    public var svg: String
    public var description: String
    /// The smallest text in the SVG in its own units, and the SVG's own width and height: with the frame they
    /// give the smallest text on the slide (`smallestText(in:)`).
    public var smallestFont: Double
    public var width: Double
    public var height: Double

    public init(svg: String, description: String, smallestFont: Double, width: Double, height: Double) {
        self.svg = svg
        self.description = description
        self.smallestFont = smallestFont
        self.width = width
        self.height = height
    }

    /// The scale at which the picture fits `frame`, keeping its aspect (centred).
    public func scale(in frame: Frame) -> Double { min(frame.width / width, frame.height / height) }

    /// The placed rectangle of the picture inside `frame`.
    public func placed(in frame: Frame) -> Frame {
        let s = scale(in: frame)
        let (w, h) = (width * s, height * s)
        return Frame(frame.x + (frame.width - w) / 2, frame.y + (frame.height - h) / 2, w, h)
    }

    public func smallestText(in frame: Frame) -> Double { smallestFont * scale(in: frame) }
}

/// The deck's colours and fonts, in one place.
public enum DeckStyle {
    public static let font = "Liberation Sans"
    /// The font named in the PPTX: PowerPoint has Arial, LibreOffice maps it to Liberation Sans (same metrics).
    public static let officeFont = "Arial"
    public static let text: Colour = "1A1A1A"
    public static let muted: Colour = "555555"
    public static let accent: Colour = "1F4E79"
    public static let accentLight: Colour = "DCE6F2"
    public static let good: Colour = "2E7D32"
    public static let bad: Colour = "B23B1E"
    public static let rule: Colour = "BFBFBF"
    public static let titleSize = 24.0
    public static let bodySize = 15.0
    public static let footerSize = 8.0
}
