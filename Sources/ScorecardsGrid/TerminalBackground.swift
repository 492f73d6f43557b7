/// Whether the terminal's background is dark or light: which theme reads on it.
public enum TerminalBackground: String, Equatable, Sendable, CaseIterable {
    case dark, light

    /// Light when the colour's luminance is over the middle grey's.
    public init(_ color: RGB) {
        self = color.isLight ? .light : .dark
    }

    /// From `COLORFGBG` (`15;0`, `0;default;15`), which rxvt, Konsole and others set: the last
    /// field is the background's colour number; 0–6 and 8 are dark, 7 and 9–15 light, as Vim
    /// reads it. nil when absent or not a number.
    public init?(colorfgbg: String?) {
        guard let last = colorfgbg?.split(separator: ";").last, let index = Int(last), (0...15).contains(index) else { return nil }
        self = index < 7 || index == 8 ? .dark : .light
    }
}

/// How the background was decided, for `doctor` and for the dashboard's `theme = "auto"`:
/// the terminal's answer to OSC 11, else `COLORFGBG`, else dark.
public struct BackgroundDetection: Equatable, Sendable, CustomStringConvertible {
    public enum Source: Equatable, Sendable {
        /// The terminal answered OSC 11 with this colour.
        case terminal(RGB)
        /// `COLORFGBG` had this value.
        case colorfgbg(String)
        /// Neither: dark is assumed, as most terminals are.
        case assumed
    }

    public var source: Source
    public var background: TerminalBackground

    /// Decides from what was learnt: the terminal's own colour first.
    public init(reported: RGB?, colorfgbg: String?) {
        if let reported {
            source = .terminal(reported)
            background = TerminalBackground(reported)
        } else if let colorfgbg, let background = TerminalBackground(colorfgbg: colorfgbg) {
            source = .colorfgbg(colorfgbg)
            self.background = background
        } else {
            source = .assumed
            background = .dark
        }
    }

    public var description: String {
        switch source {
        case .terminal(let color): "\(background) (the terminal's background is \(color))"
        case .colorfgbg(let value): "\(background) (COLORFGBG=\(value))"
        case .assumed: "\(background) (assumed: no answer to OSC 11 and no COLORFGBG)"
        }
    }
}

/// The terminal's answer to `OSC 11 ; ?`: `ESC ] 11 ; rgb:RRRR/GGGG/BBBB` ended by BEL or
/// ST, each channel one to four hex digits (xterm gives four, some terminals two), or
/// `rgba:` with a fourth. Other bytes around it (a DA1 answer, keys typed meanwhile) are
/// skipped.
public enum BackgroundReply {
    public static func color(in bytes: [UInt8]) -> RGB? {
        guard let reply = colorReply(in: bytes) else { return nil }
        let body = String(decoding: reply.body, as: UTF8.self)
        let spec: Substring
        if body.hasPrefix("rgb:") {
            spec = body.dropFirst(4)
        } else if body.hasPrefix("rgba:") {
            spec = body.dropFirst(5)
        } else {
            return nil
        }
        let parts = spec.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count >= 3 else { return nil }
        var channels: [UInt8] = []
        for part in parts.prefix(3) {
            guard (1...4).contains(part.count), let value = UInt32(part, radix: 16) else { return nil }
            // Scale the channel's own range (0xF, 0xFF, 0xFFF or 0xFFFF) to eight bits.
            let top = Double((1 << (4 * UInt32(part.count))) - 1)
            channels.append(UInt8((Double(value) / top * 255).rounded()))
        }
        return RGB(channels[0], channels[1], channels[2])
    }

    /// What else came in while waiting: keys typed meanwhile, which belong to the program.
    /// The OSC 11 answer and the device attributes (`ESC [ ? … c`) are taken out.
    public static func keysTypedMeanwhile(in bytes: [UInt8]) -> [UInt8] {
        var rest = bytes
        if let reply = colorReply(in: rest) { rest.removeSubrange(reply.whole) }
        if let attributes = deviceAttributes(in: rest) { rest.removeSubrange(attributes) }
        return rest
    }

    /// Whether the answer to DA1 is in: the last thing the terminal sends.
    public static func hasDeviceAttributes(_ bytes: [UInt8]) -> Bool {
        deviceAttributes(in: bytes) != nil
    }

    /// `ESC ] 11 ; body` and its terminator (BEL, or ST: ESC \).
    private static func colorReply(in bytes: [UInt8]) -> (whole: Range<Int>, body: ArraySlice<UInt8>)? {
        guard let open = bytes.firstRange(of: Array("\u{1B}]11;".utf8)) else { return nil }
        var end = open.upperBound
        while end < bytes.count, bytes[end] != 0x07, bytes[end] != 0x1B { end += 1 }
        guard end < bytes.count else { return nil }
        let close = bytes[end] == 0x07 ? end + 1 : min(bytes.count, end + 2)
        return (open.lowerBound..<close, bytes[open.upperBound..<end])
    }

    /// `ESC [ ? digits ; … c`.
    private static func deviceAttributes(in bytes: [UInt8]) -> Range<Int>? {
        var from = 0
        while let open = bytes[from...].firstRange(of: [0x1B, 0x5B, 0x3F]) {
            var i = open.upperBound
            while i < bytes.count, (0x30...0x3B).contains(bytes[i]) { i += 1 }
            if i < bytes.count, bytes[i] == UInt8(ascii: "c") { return open.lowerBound..<(i + 1) }
            from = open.upperBound
        }
        return nil
    }
}
