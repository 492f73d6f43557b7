import Foundation
import ScorecardsCore

/// Turns the paths given to `import` into the list of files to read: a directory stands for
/// the `*.txt` files directly inside it, in byte order of their names (so `issue-0002.txt`
/// comes before `issue-0010.txt` when zero-padded, and the order never depends on locale).
enum ImportSources {
    static func expand(_ paths: [String]) -> (files: [String], failures: [ImportFailure]) {
        var files: [String] = []
        var failures: [ImportFailure] = []
        for path in paths {
            let absolute = absolutePath(path)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: absolute, isDirectory: &isDirectory) else {
                failures.append(ImportFailure(path: path, message: "no such file or directory"))
                continue
            }
            guard isDirectory.boolValue else {
                files.append(absolute)
                continue
            }
            do {
                files += try IssueFile.textFiles(inDirectory: absolute)
            } catch {
                failures.append(ImportFailure(path: path, message: "cannot list the directory: \(error.summary)"))
            }
        }
        return (files, failures)
    }

    static func absolutePath(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }
}
