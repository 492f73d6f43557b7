/// The closed list of qualifiers a metric may carry.
///
/// - 预计: the figure is an estimate; found anywhere earlier in the figure's clause.
/// - 约, 近, 超过, 逾: written right before the number.
/// - 余, 多: written inside the figure, after the number or its scale ("2万余家", "100多户").
/// - 以上, 以下, 以内, 左右: written right after the unit.
///
/// 达/达到/已达 are verbs ("reached"), not qualifiers, and 仅 only stresses; neither is kept.
/// When several apply, the marker closest to the figure wins: inside, then after, then
/// before, then 预计.
public enum MetricQualifier {
    public static let all = ["预计", "约", "近", "超过", "逾", "余", "多", "以上", "以下", "以内", "左右"]

    static let estimate = "预计"
    static let before = Words.list(["超过", "逾", "约", "近"])
    static let inside = Words.list(["余", "多"])
    static let after = Words.list(["以上", "以下", "以内", "左右"])
    /// After-unit qualifiers that, when a noun follows, make the figure a threshold of
    /// that noun ("10亿元以上现代服务业项目") rather than a reported quantity.
    static let thresholds: Set<String> = ["以上", "以下"]
}
