/// The closed list of words that say a figure is a part, an addition or a whole, so that a
/// part never reads as the district's total.
///
/// - 新增: added in the period (新增市场主体2万余家), not the stock;
/// - 引进: brought in from outside (引进…金融机构18家);
/// - 其中: a part of the figure before it (签约项目41个,其中…25个);
/// - 首批: a first batch (第一批210件积案), not all there are;
/// - 累计: accumulated over the period (累计培训2000余人);
/// - 全年: the whole year's total (全年共调处…11829件).
public enum MetricScope {
    public static let all = ["新增", "引进", "其中", "首批", "累计", "全年"]

    /// The words in `all` order, each once: scopes merged from several statements.
    static func ordered(_ words: some Sequence<String>) -> [String] {
        let present = Set(words)
        return all.filter(present.contains)
    }
}
