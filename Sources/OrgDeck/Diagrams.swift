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
    ///
    /// A whole regency (some 80 perangkat daerah and kecamatan) does not reach 7 pt (14 px at 1920 × 1080) on
    /// one slide: then the perangkat daerah are one page and the kecamatan and kelurahan the next, each with
    /// the bupati, the DPRD and the annex block.
    public static func structure(_ graph: OrgGraph, _ l: Language) throws -> [Picture] {
        let pager = PagedDiagram(page: slide, view: .units, options: DiagramOptions(style: .perbup), language: l, depth: 1)
        return try regencyPages(pager, graph)
    }

    /// The perangkat daerah of `graph` on one page, or, when they do not reach the minimum text on one, the
    /// offices on one page and the kecamatan and kelurahan on the next (and, if still too small, the dinas
    /// apart from the other offices).
    static func regencyPages(_ pager: PagedDiagram, _ graph: OrgGraph) throws -> [Picture] {
        let whole = try pager.pages(graph)
        guard whole.contains(where: { $0.smallestText < slide.minimumText - 1e-9 }) else { return whole.map(picture) }
        let regional: Set<UnitKind> = [.kecamatan, .kelurahan]
        var children = graph.unitChildren[graph.rootUnit].map { graph.units[$0] }
        // A diff draws the abolished perangkat daerah too (as ghosts): they go with their kind.
        if let base = pager.base {
            children += base.unitChildren[base.rootUnit].map { base.units[$0] }.filter { graph.unitIndex[$0.id] == nil }
        }
        let offices = children.filter { !regional.contains($0.kind) }.map(\.id)
        let areas = children.filter { regional.contains($0.kind) }.map(\.id)
        guard !offices.isEmpty, !areas.isEmpty else { return whole.map(picture) }
        let two = try pager.pages(graph, parts: [offices, areas])
        guard two.contains(where: { $0.smallestText < slide.minimumText - 1e-9 }) else { return two.map(picture) }
        // Still too small (a change page, whose boxes carry tags): the dinas on a page of their own.
        let dinas = children.filter { $0.kind == .dinas }.map(\.id)
        let rest = children.filter { $0.kind != .dinas && !regional.contains($0.kind) }.map(\.id)
        guard !dinas.isEmpty, !rest.isEmpty else { return two.map(picture) }
        return try pager.pages(graph, parts: [rest, dinas, areas]).map(picture)
    }

    /// What a scenario changes, on the perangkat daerah: tags BARU, DIPINDAH, DIHAPUS, DISETARAKAN on the boxes.
    public static func changes(_ after: OrgGraph, base: OrgGraph, _ l: Language) throws -> [Picture] {
        let pager = PagedDiagram(page: slide, view: .units, options: DiagramOptions(style: .standard), language: l, depth: 1, base: base)
        return try regencyPages(pager, after)
    }

    /// The BKN peta jabatan of one perangkat daerah: its first page (the overview when it needs several).
    public static func positionMap(_ graph: OrgGraph, unit: String, base: OrgGraph?, showNames: Bool, _ l: Language) throws -> (Picture, pages: Int)? {
        let pager = PagedDiagram(page: slide, view: .positions, options: DiagramOptions(style: .bkn, showNames: showNames), language: l, base: base)
        let pages = try pager.pages(graph, unit: unit)
        return pages.first.map { (picture($0), pages.count) }
    }
}
