import Foundation
import OrgExport
import OrgModel

/// The structure diagrams a deck shows: OrgExport's page-fitted diagrams (`PagedDiagram`), each a whole 16:9
/// page with its own heading and legend, so that its smallest text is at least 14 px at 1920 × 1080.
public enum DeckDiagrams {
    /// A page as a picture the size of the slide.
    static func picture(_ page: DiagramPage) -> Picture {
        Picture(svg: page.svg, description: page.title, smallestFont: page.smallestText, width: Deck.width, height: Deck.height)
    }

    static let slide = PageSpec(.slide)

    /// The perangkat daerah as the bagan attached to a Perbup (black and white, names in capitals).
    public static func structure(_ graph: OrgGraph, _ l: Language) throws -> [Picture] {
        let pager = PagedDiagram(page: slide, view: .units, options: DiagramOptions(style: .perbup), language: l, depth: 1)
        return try pager.pages(graph).map(picture)
    }

    /// What a scenario changes, on the perangkat daerah: tags BARU, DIPINDAH, DIHAPUS, DISETARAKAN on the boxes.
    public static func changes(_ after: OrgGraph, base: OrgGraph, _ l: Language) throws -> [Picture] {
        let pager = PagedDiagram(page: slide, view: .units, options: DiagramOptions(style: .standard), language: l, depth: 1, base: base)
        return try pager.pages(after).map(picture)
    }

    /// The BKN peta jabatan of one perangkat daerah: its first page (the overview when it needs several).
    public static func positionMap(_ graph: OrgGraph, unit: String, base: OrgGraph?, showNames: Bool, _ l: Language) throws -> (Picture, pages: Int)? {
        let pager = PagedDiagram(page: slide, view: .positions, options: DiagramOptions(style: .bkn, showNames: showNames), language: l, base: base)
        let pages = try pager.pages(graph, unit: unit)
        return pages.first.map { (picture($0), pages.count) }
    }
}
