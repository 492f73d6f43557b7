// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "scorecards",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "scorecards", targets: ["scorecards"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // Pure text rules: display width, sanitising, line breaking, wrapping.
        .target(name: "ScorecardsText"),
        // glibc's own wcwidth and locale calls, for tests and `doctor` to compare against.
        .target(name: "CGlibcLocale"),
        // Pure model, decoding, parser, metrics, search. Knows nothing of terminals.
        .target(
            name: "ScorecardsCore",
            // The licences travel with the generated Unihan tables and word list but are not build inputs.
            exclude: ["Search/Generated/UNICODE-LICENSE.txt", "Search/Generated/JIEBA-LICENSE.txt"]),
        // The bundled issue (raw text and parsed JSON), embedded in the binary.
        .target(name: "ScorecardsBundle"),
        // The persistent library of issues: SQLite through GRDB, full-text search, series.
        .target(name: "ScorecardsLibrary", dependencies: ["ScorecardsCore", .product(name: "GRDB", package: "GRDB.swift")]),
        // Synthetic issues recombined from the bundled one, for tests and benchmarks.
        .target(name: "ScorecardsCorpus", dependencies: ["ScorecardsCore", "ScorecardsBundle"]),
        // Pure cell grid and widgets: where the wide-character rules are applied, once.
        .target(name: "ScorecardsGrid", dependencies: ["ScorecardsText"]),
        // Pure state machine, key table, views, and the in-memory terminal double.
        .target(name: "ScorecardsApp", dependencies: ["ScorecardsCore", "ScorecardsGrid", "ScorecardsText"]),
        // The only code that talks to ncurses.
        .systemLibrary(name: "CNcursesw", providers: [.apt(["libncursesw5-dev"])]),
        .target(name: "CTerminalSupport"),
        .target(name: "ScorecardsTerminal", dependencies: ["CNcursesw", "CTerminalSupport", "ScorecardsApp", "ScorecardsGrid"]),
        .executableTarget(
            name: "scorecards",
            dependencies: [
                "ScorecardsCore", "ScorecardsBundle", "ScorecardsApp", "ScorecardsTerminal", "CGlibcLocale",
                "ScorecardsLibrary", "ScorecardsCorpus",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // `make bench`: timings, not tests.
        .executableTarget(
            name: "scorecards-bench",
            dependencies: ["ScorecardsCore", "ScorecardsBundle", "ScorecardsApp", "ScorecardsGrid", "ScorecardsText",
                           "ScorecardsLibrary", "ScorecardsCorpus", "ScorecardsTerminal"]),
        // What one fuzz input drives: the libFuzzer target (Tests/Fuzz) and the regression
        // tests share it.
        .target(name: "ScorecardsFuzzing", dependencies: ["ScorecardsCore"]),
        .target(name: "ScorecardsTestSupport", dependencies: ["ScorecardsCore", "ScorecardsBundle", "ScorecardsApp"]),
        .testTarget(
            name: "ScorecardsTextTests", dependencies: ["ScorecardsText", "CGlibcLocale"],
            // Unicode's conformance files, read through #filePath rather than as bundle resources.
            exclude: ["Fixtures"]),
        .testTarget(
            name: "ScorecardsCoreTests",
            dependencies: ["ScorecardsCore", "ScorecardsBundle", "ScorecardsTestSupport", "ScorecardsFuzzing"]),
        .testTarget(name: "ScorecardsGridTests", dependencies: ["ScorecardsGrid", "ScorecardsTestSupport"]),
        .testTarget(name: "ScorecardsAppTests", dependencies: ["ScorecardsApp", "ScorecardsTestSupport", "ScorecardsCorpus"]),
        .testTarget(name: "ScorecardsCLITests", dependencies: ["ScorecardsTestSupport", "ScorecardsCorpus"]),
        .testTarget(name: "ScorecardsLibraryTests", dependencies: ["ScorecardsLibrary", "ScorecardsCorpus", "ScorecardsCore"]),
    ],
    swiftLanguageModes: [.v6]
)
