import ScorecardsBundle
import ScorecardsCore

/// The seed issue as parsed by the project's parser: the articles every synthetic issue
/// is recombined from.
enum SeedIssue {
    static let document: IssueDocument = {
        do throws(IssueLoadError) {
            return try IssueParser.parse(text: BundledIssue.rawText).issue
        } catch {
            // The text is compiled in; a failure here is a defect of this build, not of input.
            fatalError("the embedded seed issue does not parse: \(error.summary)")
        }
    }()

    static let publication = "长江日报城区读本"
    static let edition = "大成武昌"
    static let source = "区委宣传部"
    static let footer = "?打印本页?? ?关闭?? ?返回顶部"
    static let firstDate = CivilDate(year: 2018, month: 1, day: 15)
}
