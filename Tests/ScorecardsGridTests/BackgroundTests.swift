import ScorecardsGrid
import Testing

/// Reading the terminal's answer to OSC 11, COLORFGBG, and deciding dark or light.
@Suite struct BackgroundTests {
    static func bytes(_ s: String) -> [UInt8] { Array(s.utf8) }

    @Test func xtermsAnswerWithBelOrST() {
        #expect(BackgroundReply.color(in: Self.bytes("\u{1B}]11;rgb:ffff/ffff/ffff\u{07}")) == .white)
        #expect(BackgroundReply.color(in: Self.bytes("\u{1B}]11;rgb:0000/0000/0000\u{1B}\\")) == .black)
        #expect(BackgroundReply.color(in: Self.bytes("\u{1B}]11;rgb:2e2e/3434/3636\u{07}")) == RGB(0x2E, 0x34, 0x36))
    }

    @Test func shorterChannelsAndAlpha() {
        #expect(BackgroundReply.color(in: Self.bytes("\u{1B}]11;rgb:fd/f6/e3\u{07}")) == RGB(0xFD, 0xF6, 0xE3))
        #expect(BackgroundReply.color(in: Self.bytes("\u{1B}]11;rgb:f/8/0\u{07}")) == RGB(0xFF, 0x88, 0x00))
        #expect(BackgroundReply.color(in: Self.bytes("\u{1B}]11;rgba:ffff/ffff/ffff/8000\u{07}")) == .white)
    }

    @Test func otherBytesAroundTheAnswerAreSkipped() {
        let reply = Self.bytes("j\u{1B}]11;rgb:1c1c/1c1c/1c1c\u{07}\u{1B}[?62;22c")
        #expect(BackgroundReply.color(in: reply) == RGB(0x1C, 0x1C, 0x1C))
        // Only DA1: the terminal does not know OSC 11.
        #expect(BackgroundReply.color(in: Self.bytes("\u{1B}[?1;2c")) == nil)
        // Cut short, or not a colour.
        #expect(BackgroundReply.color(in: Self.bytes("\u{1B}]11;rgb:ffff/ff")) == nil)
        #expect(BackgroundReply.color(in: Self.bytes("\u{1B}]11;?\u{07}")) == nil)
        #expect(BackgroundReply.color(in: Self.bytes("\u{1B}]11;rgb:zz/00/00\u{07}")) == nil)
        #expect(BackgroundReply.color(in: Self.bytes("\u{1B}]11;rgb:12345/0/0\u{07}")) == nil)
    }

    /// Dark or light by which of black and white reads better on it: the usual dark schemes
    /// are dark and the light ones light, and the line falls at a mid grey.
    @Test func darkOrLight() {
        let dark: [UInt32] = [0x000000, 0x1E1E1E, 0x282C34, 0x2E3436, 0x002B36, 0x300A24, 0x171421, 0x5F5F5F, 0x707070]
        let light: [UInt32] = [0xFFFFFF, 0xFDF6E3, 0xEEEEEE, 0xFFFFDD, 0xE5E5E5, 0xD0D0D0, 0x808080, 0xA0A0A0]
        for hex in dark { #expect(TerminalBackground(RGB(hex: hex)) == .dark, "\(RGB(hex: hex))") }
        for hex in light { #expect(TerminalBackground(RGB(hex: hex)) == .light, "\(RGB(hex: hex))") }
    }

    @Test func colorfgbgAsVimReadsIt() {
        #expect(TerminalBackground(colorfgbg: "15;0") == .dark)
        #expect(TerminalBackground(colorfgbg: "0;15") == .light)
        #expect(TerminalBackground(colorfgbg: "0;default;7") == .light)
        #expect(TerminalBackground(colorfgbg: "7;8") == .dark)
        #expect(TerminalBackground(colorfgbg: "15;default") == nil)
        #expect(TerminalBackground(colorfgbg: "") == nil)
        #expect(TerminalBackground(colorfgbg: nil) == nil)
    }

    /// The terminal's own answer first, then COLORFGBG, then dark.
    @Test func detectionOrder() {
        #expect(BackgroundDetection(reported: .white, colorfgbg: "15;0").background == .light)
        #expect(BackgroundDetection(reported: .black, colorfgbg: "0;15").background == .dark)
        #expect(BackgroundDetection(reported: nil, colorfgbg: "0;15").background == .light)
        #expect(BackgroundDetection(reported: nil, colorfgbg: "0;15").source == .colorfgbg("0;15"))
        #expect(BackgroundDetection(reported: nil, colorfgbg: nil) == BackgroundDetection(reported: nil, colorfgbg: "junk"))
        #expect(BackgroundDetection(reported: nil, colorfgbg: nil).background == .dark)
        #expect(Theme.forBackground(.light) == .light && Theme.forBackground(.dark) == .dark)
    }

    /// Keys typed while the terminal was asked are the program's: only the answers go.
    @Test func keysTypedMeanwhileAreKept() {
        let bytes = Self.bytes("jj\u{1B}]11;rgb:ffff/ffff/ffff\u{07}\u{1B}[A\u{1B}[?62;22cq中")
        #expect(BackgroundReply.keysTypedMeanwhile(in: bytes) == Self.bytes("jj\u{1B}[Aq中"))
        let st = Self.bytes("k\u{1B}]11;rgb:0/0/0\u{1B}\\\u{1B}[?1;2c")
        #expect(BackgroundReply.keysTypedMeanwhile(in: st) == Self.bytes("k"))
        #expect(BackgroundReply.keysTypedMeanwhile(in: Self.bytes("\u{1B}[?1;2c")) == [])
        #expect(BackgroundReply.hasDeviceAttributes(Self.bytes("x\u{1B}[?62;22c")))
        #expect(!BackgroundReply.hasDeviceAttributes(Self.bytes("\u{1B}[?62;22")))
        #expect(!BackgroundReply.hasDeviceAttributes(Self.bytes("\u{1B}[A")))
    }
}
