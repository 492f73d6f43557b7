import Testing
import ScorecardsCore

@Suite struct NonMetricTests {
    @Test(arguments: [
        "2017年12月4日,颁奖典礼在武昌举行。",
        "1月3日,武昌区召开推进会。",
        "去年7月,武昌区召开新民营经济发展大会。",
        "来源:区委宣传部 发表日期:2018-01-15 15:10 字体大小: 【大】 【中】 【小】",
        "刚刚过去的2017年,武昌区交上了成绩单。",
        "水果湖街65岁的胡荣礼老人。",
        "这是武昌地区的第3家台资银行,也是落户武汉的第10家外资银行。",
        "第六届全国社会治理创新论坛在武昌举行。",
        "举办区第四届公益创投大赛。",
        "总量规模居全市中心城区第2。",
        "在全省区县级政府网站绩效评估中排名第一。",
        "推动十九大精神进机关。",
        "在昙华林101号楼,建成“武昌新阶层大楼”。",
        "形成“两团十二队”(2+12)宣讲力量。",
        "“2+12”宣讲力量。",
        "1",
        "15:10",
        "PM2.5浓度持续下降。",
        "引进500强企业。",
        "建设5G网络。",
        "实施招商引资“一号工程”。",
        "深入推进审批服务“三办”改革。",
        "推动“四水共治”工程。",
        "“首府”“首义”“首善”“首创”“首位”的“五首”之区。",
        "打造“八一路智慧创新产业带”。",
        "B1",
        "咨询电话027-88888888。",
        "两个月前,分行在武昌区正式开业。",
        "由于每次都是7人一组巡逻。",
        "快速完成“七个到位”。",
        "推出《朗读十九大报告 讲好新时代武昌故事》系列微视频。",
        "2017年11月14日,“红通”人员在外潜逃21年后回国投案。",
    ])
    func yieldsNothing(paragraph: String) {
        let metrics = MetricExtractor.extract(paragraphs: [paragraph], reportYear: 2017)
        #expect(metrics.isEmpty, "\(metrics.map { "\($0.label) \($0.value)\($0.unit)" })")
    }

    @Test func thresholdIsPartOfTheLabel() throws {
        let paragraph = "签约亿元以上投资项目41个,其中10亿元以上现代服务业项目25个;"
        let metrics = MetricExtractor.extract(paragraphs: [paragraph], reportYear: nil)
        #expect(metrics.map(\.label) == ["签约亿元以上投资项目", "10亿元以上现代服务业项目"])
        #expect(metrics.map(\.value) == [41, 25])
    }

    @Test func quotedSpeechStillCounts() {
        let paragraph = "“我们今年新增了200个就业岗位,群众很满意。”他说。"
        let metrics = MetricExtractor.extract(paragraphs: [paragraph], reportYear: 2017)
        #expect(metrics.map(\.value) == [200])
    }
}
