import Foundation
import ScorecardsTestSupport
import Testing

/// The command-line contract, end to end, against the built binary.
@Suite struct CommandLineTests {
    func run(_ args: [String], stdin: Data? = nil, env: [String: String] = [:]) throws -> CommandRunner.Output {
        try CommandRunner.run(args, stdin: stdin, environment: env)
    }

    @Test func exportOfTheBundledIssueIsTheBundledJSON() throws {
        let out = try run(["export", "--format", "json"])
        #expect(out.status == 0)
        #expect(out.stdout == (try String(contentsOfFile: Fixtures.bundledJSONPath, encoding: .utf8)))
        #expect(out.stderr.isEmpty)
        let file = try run(["export", Fixtures.seedPath])
        #expect(file.stdout == out.stdout)
    }

    @Test func reportListsEveryHeadline() throws {
        let out = try run(["report", "--punct", "asis"])
        #expect(out.status == 0)
        for headline in ["B1 发展成绩单", "区域GDP跨千亿大关", "阳光信访解开群众心结", "党建引领 多元善治", "B4 稳定成绩单"] {
            #expect(out.stdout.contains(headline), "report lacks \(headline)")
        }
    }

    @Test func dashboardWithoutATerminalPrintsTheReport() throws {
        let report = try run(["report"])
        let plain = try run([])
        #expect(plain.status == 0)
        #expect(plain.stdout == report.stdout)
    }

    @Test func dumpPrintsExactlyHeightLines() throws {
        for (w, h) in [(80, 24), (120, 40), (101, 31), (60, 20), (20, 5)] {
            let out = try run(["dump", "--size", "\(w)x\(h)"])
            #expect(out.status == 0)
            let lines = out.stdout.components(separatedBy: "\n").dropLast()
            #expect(lines.count == h, "\(w)x\(h)")
            #expect(lines.allSatisfy { !$0.hasSuffix(" ") })
        }
    }

    /// `dump` prints exactly the screens the snapshot tests record from the state machine.
    @Test(arguments: [("80x24", "", "dashboard-80x24"), ("101x31", "<Tab>jjj<CR><C-d>", "reader-101x31"),
                      ("120x40", "2mjjj", "figures-120x40"), ("80x24", "?", "help-80x24")])
    func dumpMatchesSnapshots(_ size: String, _ keys: String, _ snapshot: String) throws {
        let out = try run(["dump", "--size", size, "--keys", keys, "--ambiwidth", "1"])
        let expected = try String(contentsOf: Snapshot.directory.appendingPathComponent(snapshot + ".txt"), encoding: .utf8)
        #expect(out.stdout == expected)
    }

    @Test func dumpWideAmbiguous() throws {
        let out = try run(["dump", "--size", "80x24", "--ambiwidth", "2"])
        let expected = try String(contentsOf: Snapshot.directory.appendingPathComponent("dashboard-wide-80x24.txt"), encoding: .utf8)
        #expect(out.stdout == expected)
    }

    @Test func dumpFollowsKeys() throws {
        let out = try run(["dump", "--size", "80x24", "--keys", "jj<CR>"])
        #expect(out.stdout.contains("新增10.5万平方米双创空间"))
        #expect(out.stdout.contains("打造武汉双创载体平台高地"))
    }

    @Test func searchFollowsTheGrepConvention() throws {
        let hits = try run(["search", "gongshui"])
        #expect(hits.status == 0)
        let first = try #require(hits.stdout.components(separatedBy: "\n").first)
        let columns = first.components(separatedBy: "\t")
        #expect(columns.count == 3)
        #expect(columns[0] == "development/4")
        #expect(columns[1] == "二次供水改造惠及5300户居民 “四水共治”成效初见")
        let none = try run(["search", "zzzxq"])
        #expect(none.status == 1)
        #expect(none.stdout.isEmpty)
        #expect(try run(["search"]).status == 64)
    }

    @Test func searchJSONHeadlineHitsFirst() throws {
        let out = try run(["search", "GDP", "--json"])
        #expect(out.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [[String: Any]]
        let hits = try #require(json)
        #expect(hits.first?["field"] as? String == "headline")
        #expect(hits.first?["article"] as? String == "development/0")
        #expect(hits.first?["scorecard"] as? String == "development")
        #expect(hits.first?["headline"] as? [String] == ["区域GDP跨千亿大关", "城区品质稳步提升"])
        let fields = hits.compactMap { $0["field"] as? String }
        #expect(fields == fields.sorted { $0 == "headline" && $1 == "body" || $0 == $1 } || !fields.drop(while: { $0 == "headline" }).contains("headline"))
        #expect(try run(["search", "zzzxq", "--json"]).stdout == "[]\n")
    }

    @Test func searchInAFileAndPinyin() throws {
        let out = try run(["search", "wuchang", Fixtures.seedPath])
        #expect(out.status == 0)
        #expect(!out.stdout.isEmpty)
    }

    @Test func missingFile() throws {
        let out = try run(["export", "no-such-issue.txt"])
        #expect(out.status == 66)
        #expect(out.stderr == "scorecards: cannot read 'no-such-issue.txt': no such file\n")
        #expect(out.stdout.isEmpty)
    }

    @Test func directory() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = try run(["export", dir.path])
        #expect(out.status == 66)
        #expect(out.stderr == "scorecards: cannot read '\(dir.path)': is a directory\n")
    }

    @Test func badInputsExitWith65AndOneLine() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let cases: [(String, [UInt8], String)] = [
            ("empty.txt", [], "is empty"),
            ("binary.bin", [0x7F, 0x45, 0x4C, 0x46, 0, 0, 1], "not a text file: NUL byte at offset 4"),
            ("latin.txt", Array("caf".utf8) + [0xFF, 0xFE, 0x80], "neither UTF-8 nor GB18030"),
        ]
        for (name, bytes, message) in cases {
            let url = dir.appendingPathComponent(name)
            try Data(bytes).write(to: url)
            let out = try run(["export", url.path])
            #expect(out.status == 65, "\(name)")
            #expect(out.stderr.hasPrefix("scorecards: '\(url.path)'"), "\(name): \(out.stderr)")
            #expect(out.stderr.contains(message), "\(name): \(out.stderr)")
            #expect(out.stderr.components(separatedBy: "\n").count == 2, "\(name): one line")
            #expect(!out.stderr.contains("Backtrac"))
        }
    }

    @Test func notAnIssueShowsLineColumnAndCaret() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("notes.txt")
        try "\n\u{3000}\u{3000}今天天气很好。\n".write(to: url, atomically: true, encoding: .utf8)
        let out = try run(["export", url.path])
        #expect(out.status == 65)
        let lines = out.stderr.components(separatedBy: "\n")
        #expect(lines[0] == "scorecards: '\(url.path)' is not an issue: no scorecard heading (such as 发展成绩单:) found (line 2, column 3)")
        #expect(lines[1] == "  2 | \u{3000}\u{3000}今天天气很好。")
        // Under the third column: past two ideographic spaces, four display columns.
        #expect(lines[2] == "    |     ^")
    }

    @Test func usageErrorsExit64() throws {
        #expect(try run(["dump", "--size", "eighty"]).status == 64)
        #expect(try run(["dump", "--size", "80x24", "--keys", "<Nope>"]).status == 64)
        #expect(try run(["export", "--format", "xml"]).status == 64)
        #expect(try run(["--no-such-flag"]).status == 64)
    }

    @Test func helpAndVersion() throws {
        let help = try run(["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("dump"))
        let version = try run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ".").count == 3)
    }

    @Test func terminalControlsInAFileNeverReachStdout() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("hostile.txt")
        let text = "发展成绩单:\n标题\u{1B}[5A\u{9B}\n正文\u{1B}]0;pwned\u{07}\u{1B}[2J,有\u{202E}控制字符\u{08}。\n"
        try text.write(to: url, atomically: true, encoding: .utf8)
        for args in [["report", url.path], ["dump", url.path, "--size", "80x24"], ["dump", url.path, "--size", "80x24", "--keys", "<CR>"]] {
            let out = try run(args)
            #expect(out.status == 0, "\(args)")
            #expect(!out.stdout.unicodeScalars.contains { [0x1B, 0x07, 0x08, 0x9B, 0x202E].contains($0.value) }, "\(args)")
        }
        let export = try run(["export", url.path])
        #expect(export.stdout.contains(#"\u001b]0;pwned\u0007"#))
    }
}

@Suite struct ConfigCommandTests {
    @Test func defaultConfigurationChecksClean() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = try CommandRunner.run(["config", "--default"])
        #expect(out.status == 0)
        #expect(out.stdout.contains("[keys.dashboard]"))
        let file = dir.appendingPathComponent("config.toml")
        try out.stdout.write(to: file, atomically: true, encoding: .utf8)
        let check = try CommandRunner.run(["config", "--check", file.path])
        #expect(check.status == 0)
    }

    @Test func aBadConfigNamesTheKeyAndTheLine() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("config.toml")
        try "[display]\ntheme = \"dark\"\ncolour = false\n".write(to: file, atomically: true, encoding: .utf8)
        for args in [["config", "--check", file.path], ["dump", "--size", "80x24", "--config", file.path], ["report", "--config", file.path]] {
            let out = try CommandRunner.run(args)
            #expect(out.status == 78, "\(args)")
            #expect(out.stderr == "scorecards: config '\(file.path)' line 3: unknown key 'colour' in [display]\n", "\(args)")
        }
        let missing = try CommandRunner.run(["dump", "--size", "80x24", "--config", dir.appendingPathComponent("none.toml").path])
        #expect(missing.status == 78)
        #expect(missing.stderr.contains("no such file"))
    }

    /// Uncommented, `config --default` passes `--check`, and a dashboard drawn with it is the
    /// dashboard drawn with no config at all.
    @Test func theDefaultConfigurationUncommentedMeansTheDefaults() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let text = try CommandRunner.run(["config", "--default"]).stdout
        let uncommented = text.components(separatedBy: "\n").map { line in
            line.range(of: #"^# [a-z-]+ = "#, options: .regularExpression) != nil ? String(line.dropFirst(2)) : line
        }.joined(separator: "\n")
        #expect(uncommented.contains("\nnext-issue = [\"]\"]  # "))
        let file = dir.appendingPathComponent("config.toml")
        try uncommented.write(to: file, atomically: true, encoding: .utf8)
        let check = try CommandRunner.run(["config", "--check", file.path])
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stdout == "\(file.path): ok\n")
        let keys = "jj<CR><C-d>q<Tab>m/zz<CR><Esc>"
        let plain = try CommandRunner.run(["dump", "--size", "100x30", "--keys", keys, "--ambiwidth", "1"])
        let configured = try CommandRunner.run(["dump", "--size", "100x30", "--keys", keys, "--ambiwidth", "1", "--config", file.path])
        #expect(configured.status == 0 && configured.stdout == plain.stdout)
    }

    /// A BOM and CRLF line ends are read; an error in such a file is still one inert line.
    @Test func bomAndCRLFAreReadAndTheirErrorsAreOneLine() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let good = dir.appendingPathComponent("good.toml")
        try Data("\u{FEFF}[display]\r\nlanguage = \"en\"\r\n".utf8).write(to: good)
        let read = try CommandRunner.run(["dump", "--size", "100x30", "--config", good.path])
        #expect(read.status == 0 && read.stdout.contains("? help"), "\(read.stderr)")
        let bad = dir.appendingPathComponent("bad.toml")
        try Data("\u{FEFF}[display]\r\ntheme = \"dark\u{1B}[2J\r\n".utf8).write(to: bad)
        let out = try CommandRunner.run(["config", "--check", bad.path])
        #expect(out.status == 78)
        #expect(out.stderr.hasPrefix("scorecards: config '\(bad.path)' line 2, column "), "\(out.stderr)")
        #expect(out.stderr.filter { $0 == "\n" }.count == 1 && out.stderr.hasSuffix("\n"), "\(out.stderr.debugDescription)")
        #expect(!out.stderr.dropLast().unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) },
                "\(out.stderr.debugDescription)")
    }

    @Test func aConfigThatIsNotUTF8NamesTheLineAndTheByte() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("config.toml")
        try Data("[display]\ntheme = \"".utf8 + [0xC4, 0xE3] + Data("\"\n".utf8)).write(to: file)
        let out = try CommandRunner.run(["config", "--check", file.path])
        #expect(out.status == 78)
        #expect(out.stderr == "scorecards: config '\(file.path)' line 2: not UTF-8 text (byte 0xC4 at offset 19)\n")
    }

    @Test func theDefaultConfigFileIsRead() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("scorecards"), withIntermediateDirectories: true)
        try "[display]\nlanguage = \"en\"\n[keys.dashboard]\nmove-down = [\"e\"]\n"
            .write(to: dir.appendingPathComponent("scorecards/config.toml"), atomically: true, encoding: .utf8)
        let out = try CommandRunner.run(["dump", "--size", "100x30", "--keys", "ee"], environment: ["XDG_CONFIG_HOME": dir.path])
        #expect(out.status == 0)
        #expect(out.stdout.contains("e/k move"))
        #expect(out.stdout.contains("▸ 新增10.5万平方米双创空间"))
    }
}

@Suite struct MetricsCommandTests {
    @Test func tableCSVAndJSON() throws {
        let table = try CommandRunner.run(["metrics", Fixtures.seedPath])
        #expect(table.status == 0)
        let rows = table.stdout.split(separator: "\n")
        #expect(rows.count == 140)  // header and 139 figures, each fact once
        #expect(rows[0].hasPrefix("ID") && rows[0].hasSuffix("出处"))
        #expect(rows[1].hasPrefix("development/0/m0"))
        #expect(rows[1].contains("地区生产总值") && rows[1].contains("1060亿元") && rows[1].contains("+8.5%"))
        // The lead's 招商引资总额 and the article's 招商引资实际到位资金 are one fact, one row,
        // under the more specific label, with both articles.
        let investment = rows.filter { $0.contains("686.4亿元") }
        #expect(investment.count == 1)
        #expect(investment.first?.contains("招商引资实际到位资金") == true)
        #expect(investment.first?.hasSuffix("development/0 development/1") == true)
        #expect(rows.contains { $0.contains("地方一般公共预算收入") && $0.contains("同口径") })
        #expect(rows.contains { $0.contains("2015–2017/年") })
        let csv = try CommandRunner.run(["metrics", "--csv", Fixtures.seedPath])
        let lines = csv.stdout.components(separatedBy: "\r\n")
        #expect(lines[0] == "id,scorecard,article,label,value,unit,change_percent,qualifier,year,paragraph,as_written,"
            + "kind,qualifiers,basis,period_start,period_end,per_year,period_date,scope,base_value,base_unit,articles")
        #expect(lines[1] == "development/0/m0,development,development/0,地区生产总值,1060,亿元,8.5,预计,2017,3,1060亿元,"
            + "level,预计,,2017,2017,false,,全年,106000000000,元,development/0")
        #expect(lines.contains { $0.hasPrefix("development/4/m6,") && $0.contains(",change,") })  // PM10 7.9%: a change only
        let json = try CommandRunner.run(["metrics", "--json", Fixtures.seedPath])
        let values = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
        #expect(values?.count == 139)
        #expect(values?.first?["change_percent"] as? Double == 8.5)
        #expect(values?.first?["scorecard"] as? String == "development")
        #expect(values?.first?["kind"] as? String == "level")
        let pm10 = values?.first { $0["label"] as? String == "PM10" }
        #expect(pm10?["kind"] as? String == "change")
        #expect(try CommandRunner.run(["metrics", "--csv", "--json"]).status == 64)
    }
}

@Suite struct DoctorCommandTests {
    @Test func reportsLocaleTerminalAndWidths() throws {
        let out = try CommandRunner.run(["doctor"], environment: ["LANG": "C", "TERM": "xterm-256color"])
        #expect(out.status == 0)
        let lines = out.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("scorecards ") == true)
        #expect(lines.contains { $0.hasPrefix("locale:") && $0.contains("C.UTF-8") && $0.contains("fell back") })
        #expect(lines.contains { $0.hasPrefix("terminal:") && $0.contains("TERM=xterm-256color") && $0.contains("256 colours") })
        #expect(lines.contains { $0.hasPrefix("ambiguous:") && $0.contains("not a terminal") })
        // glibc's width and the program's own agree for each probe character.
        let widths = try #require(lines.first { $0.hasPrefix("widths:") })
        for pair in ["“ 1/1", "· 1/1", "… 1/1", "▁ 1/1", "─ 1/1", "中 2/2", "， 2/2"] { #expect(widths.contains(pair), "\(pair)") }
        #expect(lines.contains { $0.hasPrefix("config:") })
    }
}
