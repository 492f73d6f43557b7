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

struct Sample {
    var times: [Double]
    init(_ times: [Double]) { self.times = times.sorted() }
    var median: Double { percentile(50) }
    var p99: Double { percentile(99) }
    var count: Int { times.count }

    func percentile(_ p: Double) -> Double {
        guard !times.isEmpty else { return .nan }
        let rank = Int((p / 100 * Double(times.count - 1)).rounded())
        return times[min(times.count - 1, max(0, rank))]
    }
}

/// Prints rows of a results table as it goes.
struct Table {
    static func header() {
        print("| measured | median | p99 | runs | baseline, same run | target | command |")
        print("|---|---|---|---|---|---|---|")
    }

    static func row(_ name: String, _ sample: Sample, unit: String = "ms", baseline: String = "—", target: String,
                    command: String) {
        print("| \(name) | \(format(sample.median)) \(unit) | \(format(sample.p99)) \(unit) | \(sample.count) | \(baseline) | \(target) | `\(command)` |")
    }

    static func memory(_ name: String, kilobytes: Int, baseline: String, target: String, command: String) {
        print("| \(name) | \(String(format: "%.1f", Double(kilobytes) / 1024)) MB | — | 1 | \(baseline) | \(target) | `\(command)` |")
    }

    static func format(_ v: Double) -> String {
        guard v.isFinite else { return "–" }
        if v >= 100 { return String(Int(v.rounded())) }
        if v >= 1 { return String(Double(Int(v * 100)) / 100) }
        return String(Double(Int(v * 1000)) / 1000)
    }
}
