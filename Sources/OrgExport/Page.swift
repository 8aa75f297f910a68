/// A sheet a diagram is drawn for: a 16:9 slide or a printed A4, A3 or F4 page, landscape by default.
///
/// Sizes are in points (1/72 inch), as SVG and PDF measure them. A 16:9 page is PowerPoint's
/// 13.333 × 7.5 in (960 × 540 pt); shown on a 1920 × 1080 screen one point is two pixels.
public struct PageSpec: Hashable, Sendable {
    public enum Size: String, Sendable, CaseIterable {
        case slide = "16:9", a4, a3, f4

        /// Landscape width and height in points.
        var landscape: (Double, Double) {
            switch self {
            case .slide: (960, 540)
            case .a4: (841.89, 595.28)      // 297 × 210 mm
            case .a3: (1190.55, 841.89)     // 420 × 297 mm
            case .f4: (935.43, 609.45)      // 330 × 215 mm (folio, common in Indonesian offices)
            }
        }
    }

    public var size: Size
    public var portrait: Bool

    public init(_ size: Size, portrait: Bool = false) {
        self.size = size
        self.portrait = portrait
    }

    public var width: Double { portrait ? size.landscape.1 : size.landscape.0 }
    public var height: Double { portrait ? size.landscape.0 : size.landscape.1 }

    /// The smallest text a page may carry, in points: 14 px on a 1920 × 1080 slide (7 pt on 960 × 540),
    /// 9 pt on paper.
    public var minimumText: Double { size == .slide ? 7 : 9 }

    /// Pixels per point when the page is shown as large as fits on a 1920 × 1080 screen.
    public var pixelsPerPointAt1080p: Double { min(1920 / width, 1080 / height) }

    /// The page's name for people: "16:9", "A4 lanskap".
    public func name(_ l: OrgModel.Language) -> String {
        let base = size == .slide ? "16:9" : size.rawValue.uppercased()
        return base + (portrait ? l.pick(" tegak", " portrait") : l.pick(" lanskap", " landscape"))
    }
}

import OrgModel
