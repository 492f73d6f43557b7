import Glibc

/// CPU time of the calling thread: what a piece of work costs, whatever else the machine is
/// doing. Tests that hold work to a time limit measure with it, so that a loaded machine
/// (other tests run in parallel) does not fail them, while a slower algorithm still does.
public enum ThreadCPUClock {
    public static func now() -> Duration {
        var spec = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
        return .seconds(spec.tv_sec) + .nanoseconds(spec.tv_nsec)
    }

    /// How much of this thread's CPU time `work` took.
    public static func measure(_ work: () throws -> Void) rethrows -> Duration {
        let start = now()
        try work()
        return now() - start
    }
}
