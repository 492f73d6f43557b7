import Foundation
import ScorecardsGrid

/// A window's pixels, eight bits a channel, row by row.
public struct Screenshot {
    public let width: Int
    public let height: Int
    public private(set) var pixels: [UInt8]

    public init?(rawRGB data: Data, width: Int, height: Int) {
        guard width > 0, height > 0, data.count == width * height * 3 else { return nil }
        self.width = width
        self.height = height
        pixels = Array(data)
    }

    /// A plain picture, for tests of the checks themselves.
    public init(width: Int, height: Int, color: RGB) {
        self.width = width
        self.height = height
        pixels = Array([color.red, color.green, color.blue].repeated(width * height))
    }

    public subscript(x: Int, y: Int) -> RGB {
        get {
            let i = (y * width + x) * 3
            return RGB(pixels[i], pixels[i + 1], pixels[i + 2])
        }
        set {
            let i = (y * width + x) * 3
            (pixels[i], pixels[i + 1], pixels[i + 2]) = (newValue.red, newValue.green, newValue.blue)
        }
    }

    /// Paints a rectangle, as a terminal paints a cell.
    public mutating func fill(x: Int, y: Int, width w: Int, height h: Int, color: RGB) {
        for row in y..<min(height, y + h) {
            for column in x..<min(width, x + w) { self[column, row] = color }
        }
    }

    /// How many pixels of each colour the rectangle holds.
    public func colors(x: Int, y: Int, width w: Int, height h: Int) -> [RGB: Int] {
        var counts: [RGB: Int] = [:]
        for row in y..<min(height, y + h) {
            for column in x..<min(width, x + w) { counts[self[column, row], default: 0] += 1 }
        }
        return counts
    }
}

private extension Array {
    func repeated(_ times: Int) -> [Element] {
        var out: [Element] = []
        out.reserveCapacity(count * times)
        for _ in 0..<times { out += self }
        return out
    }
}
