import ArgumentParser
import ScorecardsApp

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Print every scorecard with its lead and article headlines as plain text.")

    @OptionGroup var source: IssueChoice

    @OptionGroup var display: DisplayOptions

    @Option(help: "Wrap lines at this many columns.")
    var width: Int = 80

    func run() throws {
        let configuration = try display.configuration()
        let loaded = try source.load()
        IssueSource.report(loaded)
        Stdout.write(Report.text(loaded.issue, settings: display.settings(ambiguous: display.fixedAmbiguous(configuration), configuration: configuration), width: width))
    }
}
