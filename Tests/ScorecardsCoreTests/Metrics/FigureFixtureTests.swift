import Testing
import ScorecardsCore
import ScorecardsTestSupport

/// The extractor's whole output for the bundled issue against `Fixtures/figures.tsv`, every
/// figure checked by hand: label, value, unit, kind, change, qualifiers, basis, period,
/// scope and every statement, plus the numbers that are not figures and the restatements.
@Suite struct FigureFixtureTests {
    @Test func everyFigureOfTheBundledIssueAsCheckedByHand() throws {
        let rows = try FigureFixture.rows()
        #expect(rows.count == 160)
        let issue = try Fixtures.parsedSeed()
        let comparison = FixtureComparison(issue: issue, rows: rows)
        for problem in comparison.problems { print("figures.tsv: \(problem)") }
        print("figures.tsv: \(comparison.summary)")
        #expect(comparison.problems.isEmpty, "\(comparison.problems.count) disagreements; \(comparison.summary)")
    }

    @Test func everyRowHasAReasonWhereTheDecisionIsNotPlain() throws {
        for row in try FigureFixture.rows() where row.status == .not {
            #expect(!row.reason.isEmpty, "\(row.key)")
        }
    }
}
