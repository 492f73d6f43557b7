/// Chinese measure words and units that belong with the number before them
/// (`1060亿元`, `10.5万平方米`, `2万余人次`, `9名`), so no line breaks inside.
enum ChineseUnits {
    /// Order of magnitude written after the digits.
    static let magnitudes = words("十 百 千 万 亿 千万 百万 万亿")
    /// Approximation written after the number: 100余家, 30多年.
    static let qualifiers = words("余 多")
    static let units = words("""
        元 美元 欧元 港元 角 分 \
        米 平方米 立方米 平方公里 平方千米 公里 千米 厘米 毫米 公顷 亩 \
        吨 千克 公斤 克 斤 升 毫升 千瓦 千瓦时 度 \
        户 人 人次 名 位 家 家次 个 个百分点 百分点 项 所 件 处 条 期 场 场次 \
        套 间 栋 座 层 号 号楼 辆 台 部 本 份 篇 张 支 只 批 批次 例 起 宗 笔 组 \
        倍 届 次 轮 天 周 年 月 日 时 分钟 小时 秒 岁 % ‰ ℃
        """)

    /// Prohibits breaks between a digit run and the unit right after it, and
    /// inside the unit (longest match of magnitude, qualifier, unit).
    static func keepUnitsWithNumbers(_ actions: inout [BreakAction], scalars: [Unicode.Scalar]) {
        var i = 1
        while i < scalars.count {
            guard isDigit(scalars[i - 1]), !isDigit(scalars[i]) else {
                i += 1
                continue
            }
            var end = i
            end += longestMatch(magnitudes, in: scalars, at: end)
            end += longestMatch(qualifiers, in: scalars, at: end)
            end += longestMatch(units, in: scalars, at: end)
            for position in i..<end where actions[position] != .mandatory {
                actions[position] = .prohibited
            }
            i = max(end, i + 1)
        }
    }

    private static func isDigit(_ s: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(s) || ("０"..."９").contains(s)
    }

    /// Length in scalars of the longest word of `list` starting at `start`, or 0.
    private static func longestMatch(_ list: WordList, in scalars: [Unicode.Scalar], at start: Int) -> Int {
        guard start < scalars.count, let candidates = list[scalars[start]] else { return 0 }
        for word in candidates where start + word.count <= scalars.count {
            if scalars[start..<start + word.count].elementsEqual(word) { return word.count }
        }
        return 0
    }

    /// Words by their first scalar, longest first, so most positions cost one look-up.
    typealias WordList = [Unicode.Scalar: [[Unicode.Scalar]]]

    private static func words(_ list: String) -> WordList {
        let all = list.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { Array($0.unicodeScalars) }
        var byFirst: WordList = [:]
        for word in all {
            if let first = word.first { byFirst[first, default: []].append(word) }
        }
        return byFirst.mapValues { $0.sorted { $0.count > $1.count } }
    }
}
