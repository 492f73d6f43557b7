import ScorecardsGrid

/// Vim's key notation, as `scorecards dump --keys` takes it: a plain character stands for
/// itself (Chinese too), `<Tab>`, `<C-d>`, `<lt>` for a literal `<`, and `<Resize:WxH>`.
public enum KeyNotation {
    public struct Failure: Error, Equatable, CustomStringConvertible {
        public var description: String
    }

    static let named: [String: Key] = [
        "tab": .tab, "s-tab": .backTab, "cr": .enter, "enter": .enter, "return": .enter,
        "esc": .escape, "bs": .backspace, "space": .char(" "), "up": .up, "down": .down,
        "left": .left, "right": .right, "pageup": .pageUp, "pagedown": .pageDown,
        "home": .home, "end": .end, "del": .delete, "insert": .insert, "lt": .char("<"),
        "bar": .char("|"), "bslash": .char("\\"),
    ]

    public static func parse(_ text: String) throws(Failure) -> [Event] {
        var events: [Event] = []
        var rest = Substring(text)
        while let first = rest.first {
            guard first == "<" else {
                // A control character typed into the text is the key a terminal would make
                // of that byte (a line feed is <C-j>, as when Ctrl-J is pressed).
                // (CR LF is one Character: two keys.)
                if first.unicodeScalars.allSatisfy({ $0.value < 0x20 || $0.value == 0x7F }) {
                    for scalar in first.unicodeScalars {
                        guard let key = ControlKeys.key(forByte: scalar.value) else {
                            throw Failure(description: "control character U+\(String(scalar.value, radix: 16, uppercase: true)) in keys is no key")
                        }
                        events.append(.key(key))
                    }
                } else {
                    events.append(.key(.char(first)))
                }
                rest = rest.dropFirst()
                continue
            }
            guard let close = rest.firstIndex(of: ">") else {
                throw Failure(description: "unclosed '<' in keys at \"\(rest.prefix(12))\"; write <lt> for a literal <")
            }
            let name = String(rest[rest.index(after: rest.startIndex)..<close])
            events.append(try event(named: name))
            rest = rest[rest.index(after: close)...]
        }
        return events
    }

    static func event(named name: String) throws(Failure) -> Event {
        let lower = name.lowercased()
        if let key = named[lower] { return .key(key) }
        if lower.hasPrefix("resize:") {
            let parts = lower.dropFirst(7).split(separator: "x")
            guard parts.count == 2, let w = Int(parts[0]), let h = Int(parts[1]), (1...1000).contains(w), (1...1000).contains(h) else {
                throw Failure(description: "bad size in <\(name)>: expected <Resize:WxH> with W and H from 1 to 1000")
            }
            return .resize(Size(width: w, height: h))
        }
        if lower.hasPrefix("c-"), lower.count == 3, let c = lower.last, let key = ControlKeys.key(ctrl: c) {
            return .key(key)
        }
        if lower.hasPrefix("f"), let n = Int(lower.dropFirst()), (1...12).contains(n) {
            return .key(.function(n))
        }
        throw Failure(description: "unknown key <\(name)>; write <lt> for a literal <")
    }
}
