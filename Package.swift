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
        // A complete TOML 1.0 parser (toml++, C++) for the config file.
        .package(url: "https://github.com/LebJe/TOMLKit", exact: "0.6.0"),
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
        .target(name: "ScorecardsApp", dependencies: ["ScorecardsCore", "ScorecardsGrid", "ScorecardsText",
                                                      .product(name: "TOMLKit", package: "TOMLKit")]),
        // The only code that talks to ncurses.
        .systemLibrary(name: "CNcursesw", providers: [.apt(["libncursesw5-dev"])]),
        .target(name: "CTerminalSupport"),
        .target(name: "ScorecardsTerminal", dependencies: ["CNcursesw", "CTerminalSupport", "ScorecardsApp", "ScorecardsGrid", "ScorecardsText"]),
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
        // `make test-visual`: screenshots of the dashboard in xterm under Xvfb, checked cell by cell.
        .executableTarget(
            name: "scorecards-visual",
            dependencies: ["ScorecardsApp", "ScorecardsBundle", "ScorecardsCore", "ScorecardsGrid", "ScorecardsTestSupport"]),
        // What one fuzz input drives: the libFuzzer target (Tests/Fuzz) and the regression
        // tests share it.
        .target(name: "ScorecardsFuzzing", dependencies: ["ScorecardsCore"]),
        // posix_spawn's GNU extension the tests' process spawning needs.
        .target(name: "CSpawn"),
        .target(name: "ScorecardsTestSupport", dependencies: ["ScorecardsCore", "ScorecardsBundle", "ScorecardsApp", "ScorecardsGrid", "CSpawn"]),
        .testTarget(
            name: "ScorecardsTextTests", dependencies: ["ScorecardsText"],
            // Unicode's conformance files, read through #filePath rather than as bundle resources.
            exclude: ["Fixtures"]),
        .testTarget(
            name: "ScorecardsCoreTests",
            dependencies: ["ScorecardsCore", "ScorecardsBundle", "ScorecardsTestSupport", "ScorecardsFuzzing"],
            // The hand-checked figures of the bundled issue, read through #filePath.
            exclude: ["Fixtures"]),
        .testTarget(name: "ScorecardsGridTests", dependencies: ["ScorecardsGrid", "ScorecardsTestSupport"]),
        .testTarget(name: "ScorecardsAppTests", dependencies: ["ScorecardsApp", "ScorecardsTestSupport", "ScorecardsCorpus"]),
        // What ncursesw is given, in process; glibc's own wcwidth for comparison.
        .testTarget(name: "ScorecardsTerminalTests", dependencies: ["ScorecardsTerminal", "ScorecardsText", "CGlibcLocale"]),
        .testTarget(name: "ScorecardsCLITests", dependencies: ["ScorecardsTestSupport", "ScorecardsCorpus", "ScorecardsLibrary", "ScorecardsTerminal"]),
        .testTarget(name: "ScorecardsLibraryTests", dependencies: ["ScorecardsLibrary", "ScorecardsCorpus", "ScorecardsCore"]),
    ],
    swiftLanguageModes: [.v6]
)
