import Glibc

enum Environment {
    static func get(_ name: String) -> String? {
        guard let value = getenv(name) else { return nil }
        return String(cString: value)
    }

    /// The locale the user asked for, by POSIX precedence.
    static var locale: String? {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = get(name), !value.isEmpty { return value }
        }
        return nil
    }
}
