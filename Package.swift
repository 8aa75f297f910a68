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
        .library(name: "OrgSpreadsheet", targets: ["OrgSpreadsheet"]),
        .library(name: "OrgImport", targets: ["OrgImport"]),
        .library(name: "OrgDeck", targets: ["OrgDeck"]),
        .executable(name: "ramping", targets: ["ramping"]),
    ],
    dependencies: [
        // YAML with node positions (line, column) for every diagnostic.
        // The command line: subcommands, --help with examples, typed options.
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // Reading .xlsx: the zip container, with sizes checked before and during extraction.
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        // The workbench (`ramping serve`): an HTTP server on SwiftNIO; only OrgWeb and the CLI depend on it.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        // Password hashes for the office-server accounts: PBKDF2-HMAC-SHA256 (CryptoExtras), not a fast hash.
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
        // Property tests (generated charts) in Swift Testing.
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        .target(name: "OrgModel"),
        .target(name: "OrgFiles", dependencies: ["OrgModel", "CYAML"]),
        .systemLibrary(name: "CYAML", pkgConfig: "yaml-0.1", providers: [.apt(["libyaml-dev"])]),
        .target(name: "OrgAnalysis", dependencies: ["OrgModel"]),
        // Tables as planners keep them (xlsx, CSV, SIASN JSON): the model the Excel readers and writers share.
        .target(name: "OrgTables", dependencies: ["OrgModel", "CLibXML2", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        // libxml2, for writing and reading GraphML (Debian: libxml2-dev; pkg-config finds its headers).
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        // The planner's own files (staff lists, peta jabatan, SOTK, ABK) read into a chart.
        .target(name: "OrgImport", dependencies: ["OrgModel", "OrgTables", "OrgFiles"]),
        .target(name: "OrgExport", dependencies: ["OrgModel", "OrgAnalysis", "CLibXML2"]),
        .target(name: "OrgSimulation", dependencies: ["OrgModel", "OrgAnalysis"]),
        // The planner's workbench in a browser: a thin web layer over the libraries, as the CLI is.
        .target(name: "OrgWeb", dependencies: [
            "OrgModel", "OrgFiles", "OrgAnalysis", "OrgExport", "OrgSimulation", "OrgTables", "OrgImport", "OrgSpreadsheet", "OrgDeck",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "CryptoExtras", package: "swift-crypto"),
        ]),
        // libxlsxwriter, for writing .xlsx (Debian: libxlsxwriter-dev; pkg-config name xlsxwriter).
        .systemLibrary(name: "CLibXlsxWriter", pkgConfig: "xlsxwriter", providers: [.apt(["libxlsxwriter-dev"])]),
        // Excel outputs: Ramping's own workbook (chart <-> sheets) and the forms planners file.
        .target(name: "OrgSpreadsheet", dependencies: ["OrgModel", "OrgTables", "OrgAnalysis", "OrgFiles", "CLibXlsxWriter"]),
        // The DPRD deck (`ramping deck`): cairo and Pango draw the PDF, librsvg places SVG in it
        // (Debian: libcairo2-dev, libpango1.0-dev, librsvg2-dev); the PPTX is OOXML zipped by ZIPFoundation.
        .systemLibrary(name: "CPangoCairo", pkgConfig: "pangocairo", providers: [.apt(["libcairo2-dev", "libpango1.0-dev"])]),
        .systemLibrary(name: "CRsvg", pkgConfig: "librsvg-2.0", providers: [.apt(["librsvg2-dev"])]),
        .target(name: "OrgDeck", dependencies: ["OrgModel", "OrgAnalysis", "OrgExport", "OrgSimulation", "CLibXML2",
                                                "CPangoCairo", "CRsvg", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .executableTarget(
            name: "ramping",
            dependencies: [
                "OrgModel", "OrgFiles", "OrgAnalysis", "OrgExport", "OrgSimulation", "OrgTables", "OrgImport", "OrgSpreadsheet", "OrgDeck", "OrgWeb",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The replicated chart both benchmarks grow from the sample.
        .target(name: "BenchSupport", dependencies: ["OrgModel"], path: "Benchmarks/BenchSupport"),
        .executableTarget(name: "ramping-bench", dependencies: ["OrgModel", "OrgFiles", "OrgAnalysis", "OrgExport", "OrgTables", "OrgImport", "OrgSpreadsheet",
                                                                "BenchSupport"],
                          path: "Benchmarks/RampingBench"),
        // The chart loader against libyaml's event rate and PyYAML + NetworkX (`make bench`).
        .executableTarget(name: "ramping-loader-bench", dependencies: ["OrgModel", "OrgFiles", "CYAML", "BenchSupport"],
                          path: "Benchmarks/LoaderBench"),
        .target(name: "TestSupport", dependencies: ["OrgModel", "OrgFiles"], path: "Tests/TestSupport"),
        .testTarget(name: "OrgModelTests", dependencies: ["OrgModel", "TestSupport"]),
        .testTarget(name: "OrgFilesTests", dependencies: ["OrgModel", "OrgFiles", "TestSupport"]),
        .testTarget(name: "OrgAnalysisTests", dependencies: ["OrgModel", "OrgAnalysis", "OrgFiles", "OrgSimulation", "TestSupport"]),
        .testTarget(name: "OrgExportTests", dependencies: ["OrgModel", "OrgFiles", "OrgExport", "TestSupport"]),
        .testTarget(name: "OrgSimulationTests", dependencies: ["OrgModel", "OrgFiles", "OrgAnalysis", "OrgSimulation", "TestSupport"]),
        .testTarget(name: "CLITests", dependencies: ["TestSupport"]),
        .testTarget(name: "OrgSpreadsheetTests", dependencies: ["OrgModel", "OrgTables", "OrgSpreadsheet", "OrgAnalysis", "TestSupport"]),
        .testTarget(name: "OrgImportTests", dependencies: ["OrgModel", "OrgFiles", "OrgTables", "OrgImport", "TestSupport",
                                                           .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .testTarget(name: "OrgWebTests", dependencies: ["OrgWeb", "OrgModel", "OrgFiles", "OrgSimulation", "TestSupport"]),
        // What the fuzz targets run on one input; `make fuzz` links it into libFuzzer harnesses (Fuzz/Harness).
        .target(name: "FuzzTargets", dependencies: ["OrgModel", "OrgFiles", "OrgAnalysis", "OrgExport", "OrgSimulation",
                                                  "OrgTables", "OrgImport", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
                path: "Fuzz/Targets"),
        // Replays the fuzz corpus and every past crash; property tests on generated charts.
        .testTarget(name: "FuzzTests", dependencies: [
            "FuzzTargets", "OrgModel", "OrgFiles", "OrgAnalysis", "TestSupport",
            .product(name: "PropertyBased", package: "swift-property-based"),
        ]),
        .testTarget(name: "OrgDeckTests", dependencies: ["OrgModel", "OrgFiles", "OrgSimulation", "OrgDeck", "TestSupport",
                                                         .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
    ],
    swiftLanguageModes: [.v6]
)
