/// A size in terminal cells.
public struct Size: Equatable, Hashable, Sendable, CustomStringConvertible {
    public var width: Int
    public var height: Int

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    public var description: String { "\(width)x\(height)" }
}

/// A rectangle of cells; empty when either side is zero or less.
public struct Rect: Equatable, Hashable, Sendable {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    public var maxX: Int { x + width }
    public var maxY: Int { y + height }
    public var isEmpty: Bool { width <= 0 || height <= 0 }

    public func contains(x px: Int, y py: Int) -> Bool {
        px >= x && px < maxX && py >= y && py < maxY
    }

    /// Shrunk by `n` cells on every side (a box's inside).
    public func inset(_ n: Int) -> Rect {
        Rect(x: x + n, y: y + n, width: width - 2 * n, height: height - 2 * n)
    }

    public func inset(left: Int = 0, top: Int = 0, right: Int = 0, bottom: Int = 0) -> Rect {
        Rect(x: x + left, y: y + top, width: width - left - right, height: height - top - bottom)
    }

    /// The first `n` rows, and the rest.
    public func splitTop(_ n: Int) -> (Rect, Rect) {
        let n = min(max(0, n), height)
        return (Rect(x: x, y: y, width: width, height: n), Rect(x: x, y: y + n, width: width, height: height - n))
    }

    /// The last `n` rows, and the rest above them.
    public func splitBottom(_ n: Int) -> (rest: Rect, bottom: Rect) {
        let n = min(max(0, n), height)
        return (Rect(x: x, y: y, width: width, height: height - n), Rect(x: x, y: maxY - n, width: width, height: n))
    }

    /// `count` columns of near-equal width, the leftover cells going to the first ones.
    public func columns(_ count: Int) -> [Rect] {
        guard count > 0 else { return [] }
        let base = width / count, extra = width % count
        var left = x
        return (0..<count).map { i in
            let w = base + (i < extra ? 1 : 0)
            defer { left += w }
            return Rect(x: left, y: y, width: w, height: height)
        }
    }

    /// `count` rows of near-equal height.
    public func rows(_ count: Int) -> [Rect] {
        guard count > 0 else { return [] }
        let base = height / count, extra = height % count
        var top = y
        return (0..<count).map { i in
            let h = base + (i < extra ? 1 : 0)
            defer { top += h }
            return Rect(x: x, y: top, width: width, height: h)
        }
    }
}
