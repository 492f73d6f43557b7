import ArgumentParser
import ScorecardsApp

struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Print the default configuration, where the config file lives, or check one.")

    @Flag(help: "Print a commented configuration with every default.")
    var `default` = false

    @Flag(help: "Print where the config file is read from.")
    var path = false

    @Option(help: "Check this file and say what is wrong with it, if anything.")
    var check: String?

    func validate() throws {
        if [`default`, path, check != nil].filter({ $0 }).count != 1 {
            throw ValidationError("give one of --default, --path or --check FILE")
        }
    }

    func run() throws {
        if `default` {
            Stdout.write(DefaultConfiguration.text())
        } else if path {
            Stdout.write(ConfigSource.defaultPath + "\n")
        } else if let check {
            let configuration = try ConfigSource.load(explicit: check)
            for warning in configuration.keyWarnings() {
                Stderr.line("scorecards: warning: config '\(Stderr.safe(check))' \(warning.description)")
            }
            Stdout.write("\(Stderr.safe(check)): ok\n")
        }
    }
}
