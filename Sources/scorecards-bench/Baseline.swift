import ScorecardsCore
import Foundation
import Glibc

/// The programs a user would compare against, built or found at run time.
enum Baseline {
    /// A Foundation hello-world that reads the file named by its argument, compiled with
    /// the same toolchain and optimisation, as `swiftc -O` links by default.
    static func helloWorld(in directory: String) -> String? {
        let source = directory + "/hello.swift", binary = directory + "/hello"
        let program = """
            import Foundation
            let data = FileManager.default.contents(atPath: CommandLine.arguments[1]) ?? Data()
            print("hello \\(data.count)")

            """
        guard (try? program.write(toFile: source, atomically: true, encoding: .utf8)) != nil else { return nil }
        let result = Processes.run(["swiftc", "-O", source, "-o", binary])
        return result.status == 0 ? binary : nil
    }
}

enum Machine {
    static var load: String {
        (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").prefix(3).joined(separator: " ") ?? "?"
    }
}

