// swift-tools-version: 6.0
import PackageDescription

// Ramping: restructuring and staffing the governments of Indonesian regencies and cities.
// Data flows one way: files (OrgFiles) -> model (OrgModel) -> analysis (OrgAnalysis) -> the `ramping` CLI.
let package = Package(
    name: "Ramping",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "OrgModel", targets: ["OrgModel"]),
        .library(name: "OrgFiles", targets: ["OrgFiles"]),
        .library(name: "OrgAnalysis", targets: ["OrgAnalysis"]),
        .library(name: "OrgExport", targets: ["OrgExport"]),
        .library(name: "OrgSimulation", targets: ["OrgSimulation"]),
        .library(name: "OrgTables", targets: ["OrgTables"]),
        .library(name: "OrgDeck", targets: ["OrgDeck"]),
        .executable(name: "ramping", targets: ["ramping"]),
    ],
    dependencies: [
        // YAML with node positions (line, column) for every diagnostic.
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        // The command line: subcommands, --help with examples, typed options.
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // Reading .xlsx: the zip container, with sizes checked before and during extraction.
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        .target(name: "OrgModel"),
        .target(name: "OrgFiles", dependencies: ["OrgModel", .product(name: "Yams", package: "Yams")]),
        .target(name: "OrgAnalysis", dependencies: ["OrgModel"]),
        // Tables as planners keep them (xlsx, CSV, SIASN JSON): the model the Excel readers and writers share.
        .target(name: "OrgTables", dependencies: ["OrgModel"]),
        // libxml2, for writing and reading GraphML (Debian: libxml2-dev; pkg-config finds its headers).
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .target(name: "OrgExport", dependencies: ["OrgModel", "OrgAnalysis", "CLibXML2"]),
        .target(name: "OrgSimulation", dependencies: ["OrgModel", "OrgAnalysis"]),
        // The DPRD deck (`ramping deck`): cairo and Pango draw the PDF, librsvg places SVG in it
        // (Debian: libcairo2-dev, libpango1.0-dev, librsvg2-dev); the PPTX is OOXML zipped by ZIPFoundation.
        .systemLibrary(name: "CPangoCairo", pkgConfig: "pangocairo", providers: [.apt(["libcairo2-dev", "libpango1.0-dev"])]),
        .systemLibrary(name: "CRsvg", pkgConfig: "librsvg-2.0", providers: [.apt(["librsvg2-dev"])]),
        .target(name: "OrgDeck", dependencies: ["OrgModel", "OrgAnalysis", "OrgExport", "OrgSimulation", "CLibXML2",
                                                "CPangoCairo", "CRsvg", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .executableTarget(
            name: "ramping",
            dependencies: [
                "OrgModel", "OrgFiles", "OrgAnalysis", "OrgExport", "OrgSimulation", "OrgDeck",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "ramping-bench", dependencies: ["OrgModel", "OrgFiles", "OrgAnalysis"],
                          path: "Benchmarks/RampingBench"),
        .target(name: "TestSupport", dependencies: ["OrgModel", "OrgFiles"], path: "Tests/TestSupport"),
        .testTarget(name: "OrgModelTests", dependencies: ["OrgModel", "TestSupport"]),
        .testTarget(name: "OrgFilesTests", dependencies: ["OrgModel", "OrgFiles", "TestSupport"]),
        .testTarget(name: "OrgAnalysisTests", dependencies: ["OrgModel", "OrgAnalysis", "OrgFiles", "TestSupport"]),
        .testTarget(name: "OrgExportTests", dependencies: ["OrgModel", "OrgFiles", "OrgExport", "TestSupport"]),
        .testTarget(name: "OrgSimulationTests", dependencies: ["OrgModel", "OrgFiles", "OrgAnalysis", "OrgSimulation", "TestSupport"]),
        .testTarget(name: "CLITests", dependencies: ["TestSupport"]),
        .testTarget(name: "OrgDeckTests", dependencies: ["OrgModel", "OrgFiles", "OrgSimulation", "OrgDeck", "TestSupport",
                                                         .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
    ],
    swiftLanguageModes: [.v6]
)
