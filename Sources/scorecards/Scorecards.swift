import ArgumentParser
import Glibc

@main
struct Scorecards: ParsableCommand {
    /// Opening the dashboard is the common case and start-up time shows: it skips building
    /// the parser for every subcommand and goes to the dashboard's own.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        let names = Set(commandNames + ["help", "--help", "-h", "--version", "--experimental-dump-help", "--generate-completion-script"])
        if let first = arguments.first, names.contains(first) || first.hasPrefix("--generate-completion") {
            run(arguments)
        } else if arguments.contains(where: { $0 == "--help" || $0 == "-h" || $0 == "--version" }) {
            run(arguments)
        } else {
            let command: ParsableCommand
            do {
                command = try DashboardCommand.parseAsRoot(arguments)
            } catch {
                // The full parser words usage errors as `scorecards …`.
                run(arguments)
                return
            }
            if let dashboard = command as? DashboardCommand, let word = dashboard.paths.first {
                CommandWord.refuseUnknown(word)
            }
            do {
                var dashboard = command
                try dashboard.run()
            } catch {
                finish(error, arguments: arguments)
            }
        }
    }

    /// Parses and runs any command; every failure ends as one line on stderr.
    static func run(_ arguments: [String]) {
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
        } catch {
            finish(error, arguments: arguments)
        }
    }

    /// Help and version go to stdout as ArgumentParser writes them; a usage error is one line
    /// on stderr (the contract's "one clear line"), naming where to read more, with
    /// swift-argument-parser's status (64). Errors that already printed their line
    /// (`ExitCode`) only set the status.
    static func finish(_ error: Error, arguments: [String]) -> Never {
        let code = exitCode(for: error)
        if error is ExitCode || code == .success { exit(withError: error) }
        let message = Self.message(for: error)
        guard !message.isEmpty else { exit(withError: error) }
        Stderr.line("scorecards: " + CommandWord.oneLine(message) + " (see: \(helpCommand(arguments)))")
        Glibc.exit(code.rawValue)
    }

    /// `scorecards dump --help` for a dump's error, and so on.
    static func helpCommand(_ arguments: [String]) -> String {
        var words = ["scorecards"]
        if let first = arguments.first, commandNames.contains(first) {
            words.append(first)
            if first == "library", arguments.count > 1, ["list", "remove"].contains(arguments[1]) { words.append(arguments[1]) }
        }
        return (words + ["--help"]).joined(separator: " ")
    }

    static var commandNames: [String] { configuration.subcommands.map { $0._commandName } }

    static let configuration = CommandConfiguration(
        commandName: "scorecards",
        abstract: "The 2017 scorecards of Wuchang district (大成武昌), as a terminal dashboard.",
        discussion: """
        With no command, opens the dashboard on the issue files or directories given; with \
        none, on the library when it holds issues, else on the bundled issue \
        (《长江日报城区读本》2018年第1期). When standard output is not a terminal, prints \
        the plain-text report instead. A first word that is neither a file nor a command \
        is an unknown command.
        """,
        version: Version.string,
        subcommands: [
            DashboardCommand.self, ExportCommand.self, ReportCommand.self, DumpCommand.self, SearchCommand.self, MetricsCommand.self, ImportCommand.self, LibraryCommand.self, DoctorCommand.self, ConfigCommand.self,
        ],
        defaultSubcommand: DashboardCommand.self
    )
}

enum Version {
    static let string = "0.1.0"
}
