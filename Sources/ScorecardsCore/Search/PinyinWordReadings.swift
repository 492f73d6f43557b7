/// Word-level readings for polyphonic characters whose per-character reading
/// (kMandarin, see `PinyinReadingTable`) is wrong inside these words.
///
/// One word a line: the word in simplified characters, then one toneless syllable
/// per character; `a|b` accepts both readings where the word is genuinely ambiguous.
/// Words are applied left to right, longest first, so some entries only repeat the
/// default reading: they stop a following word from claiming a shared character
/// (进行 keeps 进行长期 from reading 行长 as háng zhǎng).
/// Lines starting with `#` name the character and why; `Scripts/list-polyphonic-words.py`
/// lists the polyphonic characters of an issue against this table.
enum PinyinWordReadings {
    static let source = """
    # 行 xíng by default; háng for trade, rank and bank
    银行 yin hang
    分行 fen hang
    支行 zhi hang
    总行 zong hang
    行长 hang zhang
    行业 hang ye
    行情 hang qing
    行列 hang lie
    行家 hang jia
    行当 hang dang
    内行 nei hang
    外行 wai hang
    本行 ben hang
    排行 pai hang
    央行 yang hang
    商行 shang hang
    车行 che hang
    投行 tou hang
    工行 gong hang
    农行 nong hang
    建行 jian hang
    各行各业 ge hang ge ye
    同行 tong hang|xing
    # 行 xíng kept, so that 行长/行业 after these verbs are not misread
    进行 jin xing
    举行 ju xing
    执行 zhi xing
    实行 shi xing
    推行 tui xing
    运行 yun xing
    施行 shi xing
    履行 lv xing
    试行 shi xing
    先行 xian xing
    发行 fa xing
    自行 zi xing
    可行 ke xing
    践行 jian xing
    通行 tong xing
    流行 liu xing
    # 长 zhǎng by default (增长, 区长); cháng for length and time, and in names
    长江 chang jiang
    长虹 chang hong
    长期 chang qi
    长效 chang xiao
    长远 chang yuan
    长度 chang du
    长城 chang cheng
    长沙 chang sha
    长春 chang chun
    长安 chang an
    长久 chang jiu
    长足 chang zu
    长廊 chang lang
    长征 chang zheng
    长途 chang tu
    长河 chang he
    长达 chang da
    长短 chang duan
    长寿 chang shou
    长年 chang nian
    长处 chang chu
    长丰 chang feng
    长治久安 chang zhi jiu an
    延长 yan chang
    漫长 man chang
    擅长 shan chang
    特长 te chang
    专长 zhuan chang
    全长 quan chang
    见长 jian chang
    # 长 zhǎng kept, so that 长期/长江 after these are not misread; not 区长, 市长,
    # 省长: "湖北省长江", "武汉市长江大桥" are far more often 省/市 + 长江
    增长 zeng zhang
    成长 cheng zhang
    生长 sheng zhang
    家长 jia zhang
    校长 xiao zhang
    部长 bu zhang
    局长 ju zhang
    院长 yuan zhang
    所长 suo zhang
    组长 zu zhang
    队长 dui zhang
    首长 shou zhang
    河长 he zhang
    湖长 hu zhang
    董事长 dong shi zhang
    # 重 zhòng by default (重点, 重大); chóng for "again, layers"
    重建 chong jian
    重温 chong wen
    重新 chong xin
    重复 chong fu
    重组 chong zu
    重庆 chong qing
    重阳 chong yang
    重叠 chong die
    重申 chong shen
    重返 chong fan
    重现 chong xian
    重构 chong gou
    重塑 chong su
    重启 chong qi
    重振 chong zhen
    重整 chong zheng
    重修 chong xiu
    重生 chong sheng
    双重 shuang chong
    多重 duo chong
    三重 san chong
    重重 chong chong
    # 重 zhòng kept, so that 重新 after these is not misread
    注重 zhu zhong
    尊重 zun zhong
    严重 yan zhong
    着重 zhuo zhong
    比重 bi zhong
    侧重 ce zhong
    慎重 shen zhong
    # 调 diào by default (调查, 调研); tiáo for "adjust, mediate"
    调解 tiao jie
    调处 tiao chu
    协调 xie tiao
    调整 tiao zheng
    调节 tiao jie
    调控 tiao kong
    空调 kong tiao
    调和 tiao he
    调剂 tiao ji
    调配 tiao|diao pei
    调理 tiao li
    调停 tiao ting
    调试 tiao shi
    调休 tiao xiu
    调价 tiao jia
    调频 tiao pin
    失调 shi tiao
    烹调 peng tiao
    强调 qiang diao
    # 着 zhe by default; zhuó and zháo in these
    着力 zhuo li
    执着 zhi zhuo
    无着 wu zhuo
    着手 zhuo shou
    着眼 zhuo yan
    着实 zhuo shi
    着落 zhuo luo
    着陆 zhuo lu
    着装 zhuo zhuang
    着想 zhuo xiang
    衣着 yi zhuo
    穿着 chuan zhuo
    沉着 chen zhuo
    着火 zhao huo
    着急 zhao ji
    着迷 zhao mi
    # 了 le by default; liǎo for "understand, finish"
    了解 liao jie
    了不起 liao bu qi
    了然 liao ran
    明了 ming liao
    了结 liao jie
    了却 liao que
    不了了之 bu liao liao zhi
    为了 wei le
    除了 chu le
    # 率 lǜ by default (效率); shuài for "lead, frank"
    率先 shuai xian
    率领 shuai ling
    率队 shuai dui
    率团 shuai tuan
    表率 biao shuai
    草率 cao shuai
    坦率 tan shuai
    直率 zhi shuai
    统率 tong shuai
    轻率 qing shuai
    # 给 gěi by default; jǐ for "supply"
    供给 gong ji
    给予 ji yu
    自给 zi ji
    补给 bu ji
    配给 pei ji
    给养 ji yang
    给水 ji shui
    # 都 dōu by default; dū for "capital, city", and in Wuchang names
    都市 du shi
    首都 shou du
    都司湖 du si hu
    都府堤 du fu di
    成都 cheng du
    京都 jing du
    古都 gu du
    国都 guo du
    都城 du cheng
    都会 du hui
    # 会 huì by default; kuài for accounting
    会计 kuai ji
    财会 cai kuai
    # 还 hái by default; huán for "return, repay"
    还款 huan kuan
    归还 gui huan
    偿还 chang huan
    还原 huan yuan
    返还 fan huan
    退还 tui huan
    还贷 huan dai
    还债 huan zhai
    # 朝 cháo by default; zhāo for "morning", both for 朝阳 (district; rising sun)
    朝阳 chao|zhao yang
    朝气 zhao qi
    朝夕 zhao xi
    朝霞 zhao xia
    今朝 jin zhao
    # 乐 lè by default; yuè for music
    音乐 yin yue
    乐队 yue dui
    乐器 yue qi
    乐团 yue tuan
    乐曲 yue qu
    乐章 yue zhang
    声乐 sheng yue
    器乐 qi yue
    民乐 min yue
    乐坛 yue tan
    交响乐 jiao xiang yue
    # 弹 dàn by default; tán for "spring, play, rebound"
    反弹 fan tan
    弹性 tan xing
    弹簧 tan huang
    弹奏 tan zou
    弹琴 tan qin
    弹劾 tan he
    弹力 tan li
    # 差 chà by default; chāi for errands, cī in 参差
    出差 chu chai
    差旅 chai lv
    差事 chai shi
    差遣 chai qian
    参差 cen ci
    # 参 cān by default; shēn for ginseng
    人参 ren shen
    海参 hai shen
    党参 dang shen
    # 供 gōng by default; gòng for "offer, confess"
    供奉 gong feng
    口供 kou gong
    # 曝 pù by default; bào in 曝光
    曝光 bao guang
    # 便 biàn by default; pián in 便宜 "cheap" (biànyí "expedient")
    便宜 pian|bian yi
    # 藏 cáng by default; zàng for Tibet and treasure
    西藏 xi zang
    藏族 zang zu
    宝藏 bao zang
    # 角 jiǎo by default; jué for roles and contests
    角色 jue se
    主角 zhu jue
    配角 pei jue
    角逐 jue zhu
    # 传 chuán by default; zhuàn for biographies
    传记 zhuan ji
    自传 zi zhuan
    # 没 méi by default; mò for "sink, confiscate"
    没收 mo shou
    淹没 yan mo
    埋没 mai mo
    出没 chu mo
    沉没 chen mo
    # 模 mó by default; mú for moulds
    模样 mu yang
    模具 mu ju
    模板 mu ban
    # 几 jǐ by default; jī in 几乎 and 茶几
    几乎 ji hu
    茶几 cha ji
    # 薄 báo by default; bó in literary compounds
    薄弱 bo ruo
    微薄 wei bo
    淡薄 dan bo
    稀薄 xi bo
    # 泊 pō by default (湖泊); bó for mooring
    停泊 ting bo
    漂泊 piao bo
    淡泊 dan bo
    # 塞 sāi by default; sè for "blocked", sài for frontier
    堵塞 du se
    阻塞 zu se
    闭塞 bi se
    要塞 yao sai
    # 校 xiào by default; jiào for "check, proofread"
    校对 jiao dui
    校正 jiao zheng
    校准 jiao zhun
    校验 jiao yan
    学校 xue xiao
    # 称 chēng by default; chèn for "match"
    对称 dui chen
    相称 xiang chen
    称职 chen zhi
    # 识 shí by default; zhì for marks (shí is also heard)
    标识 biao zhi|shi
    # 的 de by default; dí and dì as a word
    的确 di que
    目的 mu di
    # 恶 è by default; wù for "loathe"
    厌恶 yan wu
    可恶 ke wu
    # 厦 shà by default (大厦); xià in 厦门
    厦门 xia men
    # 大 dà by default; dài in 大夫
    大夫 dai fu
    # 强 qiáng by default; jiàng in 倔强
    倔强 jue jiang
    # 降 jiàng by default; xiáng for "surrender"
    投降 tou xiang
    # 省 shěng by default; xǐng for "reflect"
    反省 fan xing
    # 露 lù by default; lòu in colloquial words
    露面 lou mian
    """
}
