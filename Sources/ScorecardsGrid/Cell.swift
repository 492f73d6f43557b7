/// One terminal cell. A wide character takes its cell with `width` 2 and the next cell as a
/// continuation (`width` 0, empty text), exactly as ncursesw lays it out.
public struct Cell: Equatable, Sendable {
    /// One grapheme (a base character and any combining marks), or empty for a continuation.
    public var text: String
    public var width: UInt8
    public var role: Role

    public init(_ text: String, width: UInt8 = 1, role: Role = .normal) {
        self.text = text
        self.width = width
        self.role = role
    }

    public static let blank = Cell(" ")
    public var isContinuation: Bool { width == 0 }
}
