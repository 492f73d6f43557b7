#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// A colour as the screen shows it, eight bits a channel.
public struct RGB: Equatable, Hashable, Sendable, CustomStringConvertible {
    public var red: UInt8
    public var green: UInt8
    public var blue: UInt8

    public init(_ red: UInt8, _ green: UInt8, _ blue: UInt8) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    /// `0xRRGGBB`.
    public init(hex: UInt32) {
        self.init(UInt8((hex >> 16) & 0xFF), UInt8((hex >> 8) & 0xFF), UInt8(hex & 0xFF))
    }

    public static let black = RGB(hex: 0x000000)
    public static let white = RGB(hex: 0xFFFFFF)

    public var description: String {
        "#" + [red, green, blue].map { ($0 < 16 ? "0" : "") + String($0, radix: 16, uppercase: true) }.joined()
    }

    /// WCAG 2's relative luminance: sRGB channels linearised, weighted 0.2126, 0.7152, 0.0722.
    public var relativeLuminance: Double {
        func linear(_ channel: UInt8) -> Double {
            let c = Double(channel) / 255
            return c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
    }

    /// WCAG 2's contrast ratio, from 1 (the same) to 21 (black on white).
    public static func contrast(_ a: RGB, _ b: RGB) -> Double {
        let (la, lb) = (a.relativeLuminance, b.relativeLuminance)
        return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
    }

    /// `fraction` of the way from this colour to `other`.
    public func mixed(with other: RGB, _ fraction: Double) -> RGB {
        func mix(_ a: UInt8, _ b: UInt8) -> UInt8 { UInt8((Double(a) * (1 - fraction) + Double(b) * fraction).rounded()) }
        return RGB(mix(red, other.red), mix(green, other.green), mix(blue, other.blue))
    }

    /// Light enough that dark text belongs on it: black has more contrast on it than white
    /// (a relative luminance over about 0.18, a mid grey).
    public var isLight: Bool { RGB.contrast(self, .black) > RGB.contrast(self, .white) }
}

/// xterm's default palette: what the 256 colour numbers look like in xterm, and what the
/// contrast rules and the screenshot test measure against.
public enum XtermPalette {
    /// Colours 0–15 as xterm's default resources set them (red3, green3, … gray90, gray50 …).
    static let sixteen: [UInt32] = [
        0x000000, 0xCD0000, 0x00CD00, 0xCDCD00, 0x0000EE, 0xCD00CD, 0x00CDCD, 0xE5E5E5,
        0x7F7F7F, 0xFF0000, 0x00FF00, 0xFFFF00, 0x5C5CFF, 0xFF00FF, 0x00FFFF, 0xFFFFFF,
    ]

    /// Colour `index` (0–255): the sixteen, the 6×6×6 cube, then the 24 greys.
    public static func rgb(_ index: Int) -> RGB {
        switch index {
        case ..<0: return .black
        case 0..<16: return RGB(hex: sixteen[index])
        case 16..<232:
            let levels: [UInt8] = [0, 95, 135, 175, 215, 255]
            let i = index - 16
            return RGB(levels[i / 36], levels[(i / 6) % 6], levels[i % 6])
        case 232..<256:
            let level = UInt8(8 + 10 * (index - 232))
            return RGB(level, level, level)
        default: return .white
        }
    }
}
