/// The jobs under way beside the loop, and how far each has got: the status bar's busy
/// mark is drawn from it.
public struct WorkState: Equatable, Sendable {
    public private(set) var running: [JobSlot: JobKey] = [:]
    public private(set) var progress: [JobSlot: WorkProgress] = [:]

    public init() {}

    public var isBusy: Bool { !running.isEmpty }

    mutating func begin(_ key: JobKey) {
        running[key.slot] = key
        progress[key.slot] = nil
    }

    /// The job of `slot` is no longer wanted or has finished.
    mutating func end(_ slot: JobSlot) {
        running[slot] = nil
        progress[slot] = nil
    }

    /// Whether `key` is the job under way in its slot.
    func isRunning(_ key: JobKey) -> Bool { running[key.slot] == key }

    mutating func note(_ report: WorkProgress) {
        guard isRunning(report.key) else { return }
        progress[report.key.slot] = report
    }
}
