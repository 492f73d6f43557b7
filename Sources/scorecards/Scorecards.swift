import ArgumentParser

@main
struct Scorecards: ParsableCommand {
    /// Opening the dashboard is the common case and start-up time shows: it skips building
    /// the parser for every subcommand and goes to the dashboard's own.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        let names = Set(configuration.subcommands.map { $0._commandName } + ["help", "--help", "-h", "--version",
                                                                             "--experimental-dump-help", "--generate-completion-script"])
        if let first = arguments.first, names.contains(first) || first.hasPrefix("--generate-completion") {
            main(arguments)
        } else if arguments.contains(where: { $0 == "--help" || $0 == "-h" || $0 == "--version" }) {
            main(arguments)
        } else {
            let command: ParsableCommand
            do {
                command = try DashboardCommand.parseAsRoot(arguments)
            } catch {
                // The full parser words usage errors as `scorecards …`.
                main(arguments)
                return
            }
            do {
                var dashboard = command
                try dashboard.run()
            } catch {
                DashboardCommand.exit(withError: error)
            }
        }
    }

    static let configuration = CommandConfiguration(
        commandName: "scorecards",
        abstract: "The 2017 scorecards of Wuchang district (大成武昌), as a terminal dashboard.",
        discussion: """
        With no command, opens the dashboard on the issue files or directories given; with \
        none, on the library when it holds issues, else on the bundled issue \
        (《长江日报城区读本》2018年第1期). When standard output is not a terminal, prints \
        the plain-text report instead.
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
