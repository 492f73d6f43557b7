/// An immutable, manually allocated array for the index's large tables, so hot loops
/// read through a plain pointer without copy-on-write checks or reference counting.
///
/// `@unchecked Sendable`: the memory is written only while the index is being built,
/// before the buffer is shared (`init`, `writableBuffer`), and freed in `deinit`; after
/// that it is read-only, so sharing it between threads is safe.
final class FrozenBuffer<Element: BitwiseCopyable>: @unchecked Sendable {
    let base: UnsafePointer<Element>
    let count: Int

    /// A buffer of `count` zero elements (every element type used here is a plain integer).
    init(zeroedCount count: Int) {
        let storage = UnsafeMutablePointer<Element>.allocate(capacity: max(count, 1))
        UnsafeMutableRawPointer(storage).initializeMemory(
            as: UInt8.self, repeating: 0, count: max(count, 1) * MemoryLayout<Element>.stride)
        base = UnsafePointer(storage)
        self.count = count
    }

    convenience init(_ elements: [Element]) {
        self.init(zeroedCount: elements.count)
        _ = writableBuffer().initialize(from: elements)
    }

    deinit {
        UnsafeMutablePointer(mutating: base).deallocate()
    }

    /// For the builder only, before the buffer is shared.
    func writableBuffer() -> UnsafeMutableBufferPointer<Element> {
        UnsafeMutableBufferPointer(start: UnsafeMutablePointer(mutating: base), count: count)
    }

    @inline(__always)
    subscript(index: Int) -> Element {
        assert(index >= 0 && index < count)
        return base[index]
    }

    var buffer: UnsafeBufferPointer<Element> {
        UnsafeBufferPointer(start: base, count: count)
    }
}
