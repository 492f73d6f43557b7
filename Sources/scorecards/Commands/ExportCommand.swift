import ArgumentParser
import ScorecardsCore

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Print the parsed issue (scorecards, articles, metrics) as JSON.")

    @OptionGroup var source: IssueChoice

    @Option(help: "Output format. Only 'json'.")
    var format: ExportFormat = .json

    enum ExportFormat: String, ExpressibleByArgument { case json }

    func run() throws {
        let loaded = try source.load()
        IssueSource.report(loaded)
        Stdout.write(IssueExport.text(loaded.issue))
    }
}
