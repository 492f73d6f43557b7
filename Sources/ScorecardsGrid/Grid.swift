import ScorecardsText

/// An in-memory screen of cells. Views draw into it; the terminal backend copies it out;
/// tests and `scorecards dump` read it as text.
///
/// All wide-character rules live here: text is sanitised before it lands, a wide character
/// never straddles a clip edge (a lone leftover cell gets a space), and writing over either
/// half of a wide character clears the other half, so the terminal never shifts a line.
public struct Grid: Equatable, Sendable {
    public let size: Size
    /// How the terminal draws East Asian Ambiguous characters; decides their cell widths.
    public let ambiguous: AmbiguousWidth
    public private(set) var cells: [Cell]

    public init(_ size: Size, ambiguous: AmbiguousWidth = .narrow) {
        let size = Size(width: max(0, size.width), height: max(0, size.height))
        self.size = size
        self.ambiguous = ambiguous
        self.cells = Array(repeating: .blank, count: size.width * size.height)
    }

    public var width: Int { size.width }
    public var height: Int { size.height }
    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    public subscript(x: Int, y: Int) -> Cell {
        guard x >= 0, y >= 0, x < width, y < height else { return .blank }
        return cells[y * width + x]
    }

    /// Draws `text` from column `x` of row `y`, never past `clip` (nor the grid), and returns
    /// the number of columns used.
    @discardableResult
    public mutating func put<S: StringProtocol>(_ text: S, x: Int, y: Int, clip: Rect? = nil, role: Role = .normal) -> Int {
        let area = clip ?? bounds
        guard y >= max(0, area.y), y < min(height, area.maxY) else { return 0 }
        let left = max(0, area.x), right = min(width, area.maxX)
        let safe = TerminalSafe.sanitize(String(text))
        var column = x
        var overflowed = false
        for character in safe {
            Self.forEachPiece(of: character, ambiguous: ambiguous) { text, width in
                if column + width > right {
                    // A wide character with one cell left: a space, never half a glyph.
                    if column < right, column >= left { set(column, y, Cell(" ", role: role)) }
                    overflowed = true
                    return false
                }
                if column >= left {
                    set(column, y, Cell(text, width: UInt8(width), role: role))
                } else if column + width > left {
                    set(left, y, Cell(" ", role: role))
                }
                column += width
                return true
            }
            if overflowed { return max(0, min(column + 1, right) - x) }
        }
        return column - x
    }

    /// Paints `role` over an area without changing the text (selection bars, highlights).
    public mutating func paint(_ rect: Rect, role: Role) {
        let r = clipped(rect)
        guard !r.isEmpty else { return }
        for y in r.y..<r.maxY {
            for x in r.x..<r.maxX { cells[y * width + x].role = role }
        }
    }

    /// Clears an area to spaces in `role`.
    public mutating func fill(_ rect: Rect, role: Role = .normal) {
        let r = clipped(rect)
        guard !r.isEmpty else { return }
        let space = Cell(" ", role: role)
        for y in r.y..<r.maxY {
            // Only the edges can cut a wide character in half; the inside is written as is.
            set(r.x, y, space)
            if r.width > 1 { set(r.maxX - 1, y, space) }
            if r.width > 2 {
                let row = y * width
                for x in (r.x + 1)..<(r.maxX - 1) { cells[row + x] = space }
            }
        }
    }

    /// Each row as plain text, trailing spaces trimmed: what `dump` prints.
    public func lines() -> [String] {
        (0..<height).map { row in
            var line = ""
            for x in 0..<width {
                let cell = cells[row * width + x]
                if !cell.isContinuation { line += cell.text }
            }
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    public var text: String { lines().joined(separator: "\n") }

    private func clipped(_ rect: Rect) -> Rect {
        let x0 = max(0, rect.x), y0 = max(0, rect.y)
        return Rect(x: x0, y: y0, width: min(width, rect.maxX) - x0, height: min(height, rect.maxY) - y0)
    }

    /// Writes one cell, keeping wide characters whole.
    private mutating func set(_ x: Int, _ y: Int, _ cell: Cell) {
        let i = y * width + x
        // Overwriting the right half of a wide character: its left half becomes a space.
        if cells[i].isContinuation, x > 0 {
            cells[i - 1] = Cell(" ", role: cells[i - 1].role)
        }
        // Overwriting the left half of a wide character: its right half becomes a space.
        if cells[i].width == 2, x + 1 < width, cell.width != 2 {
            cells[i + 1] = Cell(" ", role: cells[i + 1].role)
        }
        cells[i] = cell
        if cell.width == 2, x + 1 < width {
            if cells[i + 1].width == 2, x + 2 < width {
                cells[i + 2] = Cell(" ", role: cells[i + 2].role)
            }
            cells[i + 1] = Cell("", width: 0, role: cell.role)
        }
    }

    /// How ncursesw lays out one grapheme: each scalar with a positive width starts a cell
    /// group and zero-width scalars ride on the one before. A grapheme with no spacing scalar
    /// (a lone combining mark) is put on a space so it has a cell to sit on. Under `.wide`,
    /// a character the terminal would paint only half of is drawn as its stand-in
    /// (`WideStandIn`). `body` gets each group's text and width and returns false to stop;
    /// no array per character, as the common single-scalar grapheme is most of every frame.
    static func forEachPiece(of character: Character, ambiguous: AmbiguousWidth,
                             _ body: (String, Int) -> Bool) {
        let scalars = character.unicodeScalars
        var iterator = scalars.makeIterator()
        guard let first = iterator.next() else { return }
        if iterator.next() == nil {
            let width = max(1, min(2, DisplayWidth.of(first, ambiguous: ambiguous)))
            if ambiguous == .wide, let standIn = WideStandIn.forScalar(first) {
                _ = body(String(standIn), width)
            } else {
                _ = body(String(character), width)
            }
            return
        }
        var pending: (text: String, width: Int)?
        for original in scalars {
            let w = DisplayWidth.of(original, ambiguous: ambiguous)
            let scalar = ambiguous == .wide ? WideStandIn.forScalar(original) ?? original : original
            if w > 0 || pending == nil {
                if let piece = pending, !body(piece.text, piece.width) { return }
                pending = (w > 0 ? String(scalar) : " " + String(scalar), max(1, min(2, w)))
            } else {
                pending?.text.unicodeScalars.append(scalar)
            }
        }
        if let piece = pending { _ = body(piece.text, piece.width) }
    }
}
