import ArgumentParser
import ScorecardsLibrary
import ScorecardsText

struct LibraryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "library",
        abstract: "List the issues in the library, or remove some.",
        subcommands: [List.self, Remove.self],
        defaultSubcommand: List.self)

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List the stored issues, newest first.")

        @Option(help: "The library file.")
        var library: String?

        func run() throws {
            guard let store = try LibrarySource.existing(library) else {
                Stdout.write("the library is empty (\(LibrarySource.path(library)))\n")
                return
            }
            let entries: [LibraryEntry]
            do { entries = try store.issues() } catch { throw LibrarySource.failure(error) }
            var lines = ["ID\tDATE\tNUMBER\tARTICLES\tFIGURES\tHASH\tTITLE"]
            for entry in entries {
                lines.append([String(entry.id), entry.date ?? "-", entry.number ?? "-", String(entry.articleCount),
                              String(entry.metricCount), String(entry.hash.prefix(12)), entry.title ?? entry.path]
                    .map { TerminalSafe.sanitize($0) }.joined(separator: "\t"))
            }
            Stdout.write(lines.joined(separator: "\n") + "\n")
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "remove", abstract: "Remove issues by id or by a hash prefix (4 hex digits or more).")

        @Argument(help: "Issue ids or hash prefixes, as `scorecards library` lists them.")
        var keys: [String]

        @Option(help: "The library file.")
        var library: String?

        func validate() throws {
            if keys.isEmpty { throw ValidationError("give the id or hash prefix of an issue to remove") }
        }

        func run() throws {
            guard let store = try LibrarySource.existing(library) else {
                throw Failure.exit("the library is empty; nothing to remove", status: 66)
            }
            for key in keys {
                do {
                    // A number that is an id is an id; anything else is a hash prefix.
                    if let id = Int64(key), try store.issues().contains(where: { $0.id == id }) {
                        _ = try store.remove(ids: [id])
                        Stdout.write("removed issue \(id)\n")
                    } else {
                        let removed = try store.remove(hashPrefix: key)
                        Stdout.write(TerminalSafe.sanitize("removed issue \(removed.id) (\(removed.date ?? "-") \(removed.title ?? ""))") + "\n")
                    }
                } catch {
                    throw LibrarySource.failure(error)
                }
            }
        }
    }
}
