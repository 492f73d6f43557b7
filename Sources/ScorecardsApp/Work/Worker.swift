import Dispatch
import Synchronization

/// Runs jobs beside the event loop, one queue for each kind of work, and hands each result
/// to the loop as an event through `Background`. A newer job of a kind supersedes the one
/// before it: one still queued is skipped, one running is asked to stop at its next piece,
/// and the result of one that finishes anyway is dropped.
public final class Worker: Sendable {
    private let queues: [JobSlot: DispatchQueue]
    /// Per kind, the number of the newest job; a job whose number is no longer the newest
    /// has been superseded or cancelled.
    private let newest = Mutex<[JobSlot: UInt64]>([:])
    private let outstanding = Mutex(0)
    private let idle = DispatchSemaphore(value: 0)
    private let background: Background

    /// Progress is reported at most this often.
    static let progressInterval = Duration.milliseconds(100)

    public init(into background: Background) {
        self.background = background
        var queues: [JobSlot: DispatchQueue] = [:]
        for slot in JobSlot.allCases {
            queues[slot] = DispatchQueue(label: "scorecards.work.\(slot)", qos: .userInitiated)
        }
        self.queues = queues
    }

    /// Whether no job is queued or running.
    public var isIdle: Bool { outstanding.withLock { $0 == 0 } }

    func start(_ job: Job) {
        let slot = job.key.slot
        let number = newest.withLock { numbers -> UInt64 in
            numbers[slot, default: 0] += 1
            return numbers[slot]!
        }
        outstanding.withLock { $0 += 1 }
        queues[slot]!.async { [self] in
            defer { finishOne() }
            let current = { self.newest.withLock { $0[slot] == number } }
            guard current() else { return }
            var reported = ContinuousClock.now
            let result = job.run(cancelled: { !current() }, progress: { done, total in
                guard ContinuousClock.now - reported >= Self.progressInterval else { return }
                reported = ContinuousClock.now
                self.background.post(.working(WorkProgress(key: job.key, done: done, total: total)))
            })
            if let result, current() { background.post(.worked(result)) }
        }
    }

    /// The job of `slot`, if any, is no longer wanted.
    func cancel(_ slot: JobSlot) {
        newest.withLock { $0[slot, default: 0] += 1 }
    }

    /// Asks every job to stop: the loop has ended.
    public func stop() {
        for slot in JobSlot.allCases { cancel(slot) }
    }

    private func finishOne() {
        let nowIdle = outstanding.withLock { count -> Bool in
            count -= 1
            return count == 0
        }
        if nowIdle { idle.signal() }
    }

    /// Waits until no job is queued or running, at most `milliseconds`; whether it is idle.
    func waitIdle(milliseconds: Int) -> Bool {
        let deadline = DispatchTime.now() + .milliseconds(milliseconds)
        while !isIdle {
            if idle.wait(timeout: deadline) == .timedOut { return isIdle }
        }
        return true
    }
}
