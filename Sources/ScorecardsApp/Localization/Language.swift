/// The interface language. Content stays as printed; only labels, hints and messages change.
public enum Language: String, Sendable, CaseIterable, Equatable {
    case zh, en

    /// From a POSIX locale name such as `zh_CN.UTF-8`: Chinese for `zh*`, English otherwise.
    public static func from(locale: String?) -> Language {
        guard let locale, !locale.isEmpty else { return .zh }
        if locale.hasPrefix("zh") { return .zh }
        if locale == "C" || locale == "POSIX" || locale.hasPrefix("C.") { return .zh }
        return .en
    }
}
