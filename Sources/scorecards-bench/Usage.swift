import Glibc

/// What `scorecards-bench` accepts: nothing (the whole benchmark), `corpus N DIR`, or
/// `--help`. Anything else is a usage error before any work starts, so a stray argument
/// never sets off minutes of generating and timing.
enum Usage {
    static let text = """
        usage: scorecards-bench                  run every benchmark and print the table
               scorecards-bench corpus N DIR     write N synthetic issues into DIR
               scorecards-bench phase P DIR      time one phase (parse, index, keys) on DIR's issues
               scorecards-bench phase keys DIR Q...   the search keys typing queries Q...
               scorecards-bench --help           print this

        The benchmark wants the release build of scorecards beside it (make bench builds
        both). BENCH_ISSUES sets how many synthetic issues the library rows use (default 1000).

        """

    /// Exits for --help (0) and for anything it does not know (64); returns otherwise.
    static func check(_ arguments: [String]) {
        guard let first = arguments.first else { return }
        if first == "--help" || first == "-h" || first == "help" {
            print(text, terminator: "")
            exit(0)
        }
        if first == "corpus" || first == "phase" { return }
        let bytes = Array("scorecards-bench: unknown argument '\(first)'; see scorecards-bench --help\n".utf8)
        bytes.withUnsafeBytes { _ = write(2, $0.baseAddress, $0.count) }
        exit(64)
    }
}
