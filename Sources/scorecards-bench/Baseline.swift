import ScorecardsCore
import Foundation
import Glibc

/// The programs a user would compare against, built or found at run time.
enum Baseline {
    /// A Foundation hello-world, compiled with the same toolchain and optimisation.
    static func helloWorld(in directory: String) -> String? {
        let source = directory + "/hello.swift", binary = directory + "/hello"
        guard (try? "import Foundation\nprint(\"hello\")\n".write(toFile: source, atomically: true, encoding: .utf8)) != nil else { return nil }
        let result = Processes.run(["swiftc", "-O", source, "-o", binary])
        return result.status == 0 ? binary : nil
    }
}

enum Machine {
    static var load: String {
        (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").prefix(3).joined(separator: " ") ?? "?"
    }
}

