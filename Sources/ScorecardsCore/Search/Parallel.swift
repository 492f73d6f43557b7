import Dispatch
import Foundation

/// Index building spreads independent work over the machine's cores.
enum Parallel {
    static var coreCount: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// `work(0)`, …, `work(count - 1)`, run concurrently; results in order.
    static func map<T: Sendable>(_ count: Int, _ work: @Sendable (Int) -> T) -> [T] {
        guard count > 1 else { return count == 1 ? [work(0)] : [] }
        let results = Results<T>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            results.store(work(index), at: index)
        }
        return results.values()
    }

    /// Runs two different jobs concurrently.
    static func both<A: Sendable, B: Sendable>(_ first: @Sendable () -> A, _ second: @Sendable () -> B) -> (A, B) {
        let a = Results<A>(count: 1)
        let b = Results<B>(count: 1)
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            if index == 0 { a.store(first(), at: 0) } else { b.store(second(), at: 0) }
        }
        return (a.values()[0], b.values()[0])
    }

    /// Slots written by exactly one job each, read after all jobs have finished.
    /// `@unchecked Sendable`: `concurrentPerform` returns only when every job is done,
    /// and no two jobs write the same slot.
    private final class Results<T>: @unchecked Sendable {
        private let slots: UnsafeMutablePointer<T?>
        private let count: Int

        init(count: Int) {
            self.count = count
            slots = .allocate(capacity: count)
            slots.initialize(repeating: nil, count: count)
        }

        deinit {
            slots.deinitialize(count: count)
            slots.deallocate()
        }

        func store(_ value: T, at index: Int) {
            slots[index] = value
        }

        func values() -> [T] {
            (0..<count).compactMap { slots[$0] }
        }
    }
}
