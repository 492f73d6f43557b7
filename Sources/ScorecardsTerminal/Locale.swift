import CNcursesw
import Glibc

/// The locale decides how ncursesw encodes and measures characters. In the C locale every
/// non-ASCII character has width -1 and comes out as junk, so a C or POSIX locale (LANG
/// unset, as under CI or a bare tmux) falls back to C.UTF-8.
public enum TerminalLocale {
    public struct Result: Equatable, Sendable {
        public var name: String
        public var codeset: String
        public var fellBack: Bool
        public var isUTF8: Bool { codeset.uppercased().replacingOccurrences(of: "-", with: "") == "UTF8" }
    }

    @discardableResult
    public static func setUp() -> Result {
        var name = setlocale(LC_ALL, "").map { String(cString: $0) } ?? "C"
        var fellBack = false
        if name == "C" || name == "POSIX" || codeset() != "UTF-8" && (name.hasPrefix("C") || name.hasPrefix("POSIX")) {
            if let utf8 = setlocale(LC_ALL, "C.UTF-8") {
                name = String(cString: utf8)
                fellBack = true
            }
        }
        return Result(name: name, codeset: codeset(), fellBack: fellBack)
    }

    static func codeset() -> String {
        guard let value = nl_langinfo(nl_item(CODESET)) else { return "" }
        return String(cString: value)
    }
}

private extension String {
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: Character(target), omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
