import ArgumentParser
import ScorecardsCore

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Print the parsed issue (scorecards, articles, metrics) as JSON.")

    @Argument(help: "An issue file (UTF-8, UTF-8 with BOM or GB18030). Default: the bundled issue.")
    var path: String?

    @Option(help: "Output format. Only 'json'.")
    var format: ExportFormat = .json

    enum ExportFormat: String, ExpressibleByArgument { case json }

    func run() throws {
        let loaded = try IssueSource.load(path)
        IssueSource.report(loaded)
        Stdout.write(IssueExport.text(loaded.issue))
    }
}
