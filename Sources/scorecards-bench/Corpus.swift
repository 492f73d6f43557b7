import ScorecardsCorpus

/// `scorecards-bench corpus N DIR`: writes N synthetic issues, for trying the library by hand.
enum CorpusCommand {
    static func run(_ arguments: [String]) -> Int32 {
        guard arguments.count == 2, let count = Int(arguments[0]), count > 0 else {
            print("usage: scorecards-bench corpus N DIRECTORY")
            return 64
        }
        do {
            let files = try CorpusGenerator.writeCorpus(count: count, seed: 2018, to: arguments[1])
            print("wrote \(files.count) synthetic issues to \(arguments[1])")
            return 0
        } catch {
            print("scorecards-bench: \(error)")
            return 1
        }
    }
}
