import Foundation
import ScorecardsCore

/// Turns the paths given to `import` into the list of files to read: a directory stands for
/// the `*.txt` files directly inside it, in byte order of their names (so `issue-0002.txt`
/// comes before `issue-0010.txt` when zero-padded, and the order never depends on locale).
enum ImportSources {
    /// `listed`: the files found by listing a directory, rather than named.
    static func expand(_ paths: [String]) -> (files: [String], listed: Set<String>, failures: [ImportFailure]) {
        var files: [String] = []
        var listed: Set<String> = []
        var named: Set<String> = []
        var failures: [ImportFailure] = []
        for path in paths {
            let absolute = absolutePath(path)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: absolute, isDirectory: &isDirectory) else {
                failures.append(ImportFailure(path: path, problem: .unreadable(reason: IssueFile.describe(ENOENT))))
                continue
            }
            guard isDirectory.boolValue else {
                files.append(absolute)
                named.insert(absolute)
                continue
            }
            do {
                let found = try IssueFile.textFiles(inDirectory: absolute)
                files += found
                listed.formUnion(found)
            } catch {
                failures.append(ImportFailure(path: path, problem: .unreadable(reason: "cannot list the directory: \(error.summary)")))
            }
        }
        // A file named on the command line is held to the stricter rule, wherever else it appears.
        return (files, listed.subtracting(named), failures)
    }

    static func absolutePath(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }
}
