import Foundation
import Glibc

/// Wall-clock timing of repeated runs, reported as median and 99th percentile.
struct Stopwatch {
    static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) * 1e3 + Double(ts.tv_nsec) / 1e6
    }

    /// Milliseconds per run of `body`, after `warmup` untimed runs.
    static func measure(runs: Int, warmup: Int = 3, _ body: () -> Void) -> Sample {
        for _ in 0..<warmup { body() }
        var times: [Double] = []
        times.reserveCapacity(runs)
        for _ in 0..<runs {
            let start = now()
            body()
            times.append(now() - start)
        }
        return Sample(times)
    }
}

/// Repeated timings. A percentile is reported only when enough runs stand behind it
/// (`p99` from 100 runs up); with fewer, the fastest and slowest run are shown instead, so
/// no row claims a tail it did not measure.
struct Sample {
    var times: [Double]
    init(_ times: [Double]) { self.times = times.sorted() }
    var median: Double { percentile(50) }
    var count: Int { times.count }
    /// Nil under 100 runs: a 99th percentile of fewer is just the maximum.
    var p99: Double? { count >= 100 ? percentile(99) : nil }

    func percentile(_ p: Double) -> Double {
        guard !times.isEmpty else { return .nan }
        let rank = Int((p / 100 * Double(times.count - 1)).rounded())
        return times[min(times.count - 1, max(0, rank))]
    }

    /// `p99 4.2 ms` from 100 runs up; else `4.0–4.6 ms` (fastest–slowest).
    func spread(_ unit: String) -> String {
        if let p99 { return "p99 \(Table.format(p99)) \(unit)" }
        guard let first = times.first, let last = times.last else { return "–" }
        return "\(Table.format(first))–\(Table.format(last)) \(unit)"
    }
}

/// Prints rows of a results table as it goes. Each row with a baseline gives the ratio
/// of the median to the baseline's median, both measured in this run.
struct Table {
    static func header() {
        print("| measured | median | spread | runs | baseline, same run | ratio | target | command |")
        print("|---|---|---|---|---|---|---|---|")
    }

    static func row(_ name: String, _ sample: Sample, unit: String = "ms", baseline: (name: String, sample: Sample)? = nil,
                    target: String, command: String) {
        var base = "—", ratio = "—"
        if let baseline, baseline.sample.count > 0 {
            base = "\(baseline.name): \(format(baseline.sample.median)) \(unit)"
            ratio = String(format: "%.2f×", sample.median / baseline.sample.median)
        }
        print("| \(name) | \(format(sample.median)) \(unit) | \(sample.spread(unit)) | \(sample.count) | \(base) | \(ratio) | \(target) | `\(command)` |")
        flush()
    }

    /// A row at a time, so that a long run written to a file shows where it is.
    static func flush() {
        fflush(nil)
    }

    /// A row whose figure is not a timing (a rate, a size), with what it is compared with.
    static func figure(_ name: String, value: String, runs: Int, baseline: String, ratio: String = "—", target: String,
                       command: String) {
        print("| \(name) | \(value) | — | \(runs) | \(baseline) | \(ratio) | \(target) | `\(command)` |")
        flush()
    }

    static func format(_ v: Double) -> String {
        guard v.isFinite else { return "–" }
        if v >= 100 { return String(Int(v.rounded())) }
        if v >= 1 { return String(Double(Int(v * 100)) / 100) }
        return String(Double(Int(v * 1000)) / 1000)
    }
}
