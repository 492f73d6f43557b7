import ArgumentParser

@main
struct Scorecards: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scorecards",
        abstract: "The 2017 scorecards of Wuchang district (大成武昌), as a terminal dashboard.",
        discussion: """
        With no command, opens the dashboard on PATH, or on the bundled issue \
        (《长江日报城区读本》2018年第1期) when PATH is absent. When standard output \
        is not a terminal, prints the plain-text report instead.
        """,
        version: Version.string,
        subcommands: [
            DashboardCommand.self, ExportCommand.self, ReportCommand.self, DumpCommand.self, SearchCommand.self, ImportCommand.self, LibraryCommand.self, DoctorCommand.self, ConfigCommand.self,
        ],
        defaultSubcommand: DashboardCommand.self
    )
}

enum Version {
    static let string = "0.1.0"
}
