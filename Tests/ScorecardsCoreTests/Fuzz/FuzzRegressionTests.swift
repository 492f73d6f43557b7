import Foundation
import Testing
import ScorecardsCore
import ScorecardsFuzzing
import ScorecardsTestSupport

/// Every input the fuzzer has found a fault with (Tests/Fuzz/regressions) replayed through
/// the code the fuzz target drives, plus the faults themselves stated as plain tests.
@Suite struct FuzzRegressionTests {
    static let directory = Fixtures.root.appendingPathComponent("Tests/Fuzz/regressions")

    static var findings: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).sorted()
    }

    @Test func findingsAreThere() {
        #expect(Self.findings.count >= 2)
    }

    @Test(arguments: findings)
    func findingRunsThrough(name: String) throws {
        let bytes = Array(try Data(contentsOf: Self.directory.appendingPathComponent(name)))
        let took = ThreadCPUClock.measure { FuzzInput.exercise(bytes) }
        // The fuzzer stops an input at 10 s; each of these once took that long or trapped.
        #expect(took < .seconds(5), "\(name) took \(took)")
    }

    /// 一亿亿亿 is 1e24, past Int64: printing it trapped.
    @Test func wholeNumbersPastInt64Print() {
        #expect(FigureFormat.number(1e24) == "1e+24")
        #expect(FigureFormat.number(-1e24) == "-1e+24")
        #expect(FigureFormat.number(9.2e18) == "9200000000000000000")
        let metric = try? #require(MetricExtractor.extract(paragraphs: ["生产总值一亿亿亿元。"], reportYear: 2017).first)
        #expect(metric?.value == 1e24)
    }

    /// Thousands of figures in one sentence: each figure's period, year range and merge
    /// looked at the whole sentence or every figure before it, so the cost grew with the
    /// square of the count (20,000 figures took minutes). Now it grows with the count.
    @Test func denseSentenceStaysLinear() {
        func sentence(_ n: Int) -> String { (0..<n).map { "\($0)元" }.joined(separator: ",") + "。" }
        var metrics: [Metric] = []
        let quarter = ThreadCPUClock.measure { metrics = MetricExtractor.extract(paragraphs: [sentence(5_000)], reportYear: 2017) }
        #expect(metrics.count == 5_000)
        let took = ThreadCPUClock.measure { metrics = MetricExtractor.extract(paragraphs: [sentence(20_000)], reportYear: 2017) }
        #expect(metrics.count == 20_000)
        // Four times the figures: about four times the work when linear, sixteen when quadratic.
        #expect(took < quarter * 8, "20,000 figures took \(took), 5,000 took \(quarter)")
        #expect(took < .seconds(5), "took \(took)")
    }

    /// A run of 64,000 combining marks: Foundation's composition orders a run one swap at
    /// a time, so it took seconds, and a file at the size limit hours. Runs are cut to the
    /// 30 marks of Unicode's stream-safe format.
    @Test func longRunsOfCombiningMarksAreCut() throws {
        let marks = String(repeating: "\u{0301}\u{0316}", count: 32_000)
        let text = "发展成绩单:\n标题\n正文e" + marks + "。\n"
        var parsed: ParsedIssue?
        let took = ThreadCPUClock.measure { parsed = try? IssueParser.parse(bytes: Array(text.utf8)) }
        #expect(took < .seconds(5), "took \(took)")
        let body = try #require(parsed?.issue.scorecards.first?.articles.first?.paragraphs.first)
        let longest = body.unicodeScalars.reduce(into: (run: 0, longest: 0)) { state, scalar in
            state.run = scalar.properties.canonicalCombiningClass == .notReordered ? 0 : state.run + 1
            state.longest = max(state.longest, state.run)
        }.longest
        // 30 kept; the first, U+0301, composes with the e into é.
        #expect(longest == 29)
    }
}
