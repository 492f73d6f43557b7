import Foundation
@testable import ScorecardsApp
import ScorecardsCorpus
import ScorecardsTestSupport
import ScorecardsGrid
import Testing

/// The config file is TOML as every other tool writes it: each valid form is read, and each
/// wrong setting is an error naming its table, key and line, wherever in the text it stands.
@Suite struct TOMLConfigurationTests {
    func failure(_ text: String) -> Configuration.Failure? {
        do {
            _ = try Configuration.parse(text)
            return nil
        } catch {
            return error
        }
    }

    /// `config --default` with every setting and key line uncommented: valid, and the defaults.
    @Test func theDefaultFileUncommentedIsValidAndMeansTheDefaults() throws {
        let lines = DefaultConfiguration.text().split(separator: "\n", omittingEmptySubsequences: false)
        var uncommented: [String] = []
        var settings = 0
        for line in lines {
            // `# move-down = ["j", "<Down>"]`: a commented setting; other comments stay.
            if line.hasPrefix("# "), let equals = line.firstIndex(of: "="),
               line[line.index(line.startIndex, offsetBy: 2)..<equals].allSatisfy({ $0.isLetter || $0 == "-" || $0 == " " }) {
                uncommented.append(String(line.dropFirst(2)))
                settings += 1
            } else {
                uncommented.append(String(line))
            }
        }
        #expect(settings > 40)  // every action of every key table
        let config = try Configuration.parse(uncommented.joined(separator: "\n"))
        #expect(try config.keyMap() == .standard)
        #expect(config.theme == "auto" && config.language == nil && config.ambiwidth == "auto")
        #expect(config.punctuation == .fullwidth && config.riseColor == .red)
        #expect(config.color == true && config.mouse == false && config.restore == true)
        #expect(config.keys.values.map(\.count).reduce(0, +) == settings)
    }

    @Test(arguments: [
        ("BOM and CRLF", "\u{FEFF}[display]\r\ntheme = \"light\"\r\n[keys.dashboard]\r\nmove-down = [\"e\"]\r\n"),
        ("dotted keys", "display.theme = \"light\"\nkeys.dashboard.move-down = [\"e\"]\n"),
        ("dotted keys in a table", "[keys]\ndashboard.move-down = [\"e\"]\n[display]\ntheme = \"light\"\n"),
        ("inline tables", "display = { theme = \"light\" }\nkeys = { dashboard = { move-down = [\"e\"] } }\n"),
        ("\"\"\" and ''' strings", "[display]\ntheme = \"\"\"light\"\"\"\n[keys.dashboard]\nmove-down = ['''e''']\n"),
        ("a line-ending backslash", "[display]\ntheme = \"\"\"\\\n   light\"\"\"\n[keys.dashboard]\nmove-down = \"e\"\n"),
        ("comments in a multi-line array", "[display] # the look\ntheme = \"light\"\n[keys.dashboard]\nmove-down = [\n  \"e\", # down\n  # nothing more\n]\n"),
        ("quoted keys and tables", "[\"display\"]\n\"theme\" = 'light'\n[keys.\"dashboard\"]\n'move-down' = [\"e\"]\n"),
        ("escapes in keys", "[display]\n\"th\\u0065me\" = \"light\"\n[keys.\"dash\\u0062oard\"]\nmove-down = [\"e\"]\n"),
        ("tables in any order", "[keys.dashboard]\nmove-down = [\"e\"]\n\n[display]\ntheme = \"light\"\n"),
        ("a ] in a string", "[display] \t\ntheme = \"light\" # see [notes]\n[keys.dashboard]\nmove-down = [\"e\", \"]\"]\nnext-issue = \"}\"\n"),
    ])
    func everyFormOfTOMLIsRead(_ form: String, _ text: String) throws {
        let config = try Configuration.parse(text)
        #expect(config.theme == "light", "\(form)")
        #expect(config.keys["dashboard"]?["move-down"]?.first == "e", "\(form)")
    }

    @Test func aCommentDoesNotSwallowTheNextLine() {
        let error = failure("[display]\ncolor = true # see [notes\ntheme = 42\n")
        #expect(error?.line == 3)
        #expect(error?.message == "'theme' in [display] must be a string, one of auto, dark, light, mono; found an integer")
    }

    /// The parser gives no line for a value; the line is found from where the key is written.
    @Test(arguments: [
        ("display.theme = \"dark\"\n\ndisplay.mouse = 3\n", 3, "'mouse' in [display] must be true or false; found an integer"),
        ("display = { theme = \"dark\",\n  }\n", 1, "invalid TOML in inline table: expected key or closing '}', saw '\\n'"),
        ("[display]\ntheme = \"dark\"\n\ndisplay2 = 1\n", 4, "unknown key 'display2' in [display]"),
        ("keys = { reader = { up = [\"k\"] } }\n\ndisplay = { mouse = \"x\" }\n", 1, "unknown action 'up' in [keys.reader]"),
        ("[keys.reader]\nmove-down = [\"j\"]\n\n[display]\nfont = \"x\"\n", 5, "unknown key 'font' in [display]"),
        ("[display]\nlanguage = \"\"\"\nzh\n\"\"\"\ntheme = \"x\"\n", 2, "'language' in [display] must be one of auto, zh, en; found \"zh\\n\""),
        ("[display]\nmouse = '''\ntheme = 1\n'''\n", 2, "'mouse' in [display] must be true or false; found a string"),
        ("[keys.dashboard]\nmove-down = [\n  \"j\",\n  3,\n]\n", 2, "'move-down' in [keys.dashboard]: keys are strings, like \"j\" or \"<C-d>\"; found an integer"),
        ("[display]\nrestore = 1979-05-27 07:32:00 # when\n", 2, "'restore' in [display] must be true or false; found a date or time"),
        ("[display]\nambiwidth = 2.0\n", 2, "'ambiwidth' in [display] must be \"auto\", 1 or 2; found 2.0"),
        ("[[display]]\ntheme = \"dark\"\n", 1, "'display' must be a table, like [display]; found an array"),
        ("[keys]\ndashboard.move-down = [\"e\"]\nfly = 1\n", 3, "'fly' in [keys] must be a table of keys, like [keys.fly]; found an integer"),
        ("[keys.dashboard.move-down]\n", 1, "unknown table [keys.dashboard.move-down]; key tables are [keys.global], [keys.dashboard], [keys.reader], [keys.metrics], [keys.prompt], [keys.issues], [keys.help]"),
        ("[display]\n\"colour.scheme\" = 1\n", 2, "unknown key '\"colour.scheme\"' in [display]"),
    ])
    func theLineIsFoundFromTheKey(_ text: String, _ line: Int, _ message: String) {
        let error = failure(text)
        #expect(error?.line == line, "\(text.debugDescription)")
        #expect(error?.message == message, "\(text.debugDescription)")
    }

    /// Problems are reported in the order of the text, though the parser keeps keys sorted.
    @Test func theFirstProblemInTheTextIsTheOneReported() {
        #expect(failure("[display]\nzoom = 1\n[colours]\n")?.line == 2)
        #expect(failure("[colours]\n[display]\nzoom = 1\n")?.line == 1)
        #expect(failure("[display]\ntheme = 1\nmouse = 1\nabc = 1\n")?.line == 2)
    }

    @Test func syntaxErrorsGiveTheParsersLineAndColumn() {
        let unquoted = failure("[display]\ntheme = dark\n")
        #expect(unquoted?.line == 2 && unquoted?.column == 9)
        #expect(unquoted?.message.contains("strings need quotes") == true)
        let open = failure("[display]\r\ntheme = \"dark\r\n")
        #expect(open?.line == 2)
        let twice = failure("[display]\ntheme = \"dark\"\ntheme = \"light\"\n")
        #expect(twice?.line == 3)
        #expect(twice?.description.hasPrefix("line 3, column ") == true)
    }

    /// toml++ 3.4 asserts (aborts in a debug build; undefined behaviour in a release one) on
    /// these instead of reporting an error; each is refused before it reaches the parser.
    @Test(arguments: [
        ("[{keys.global]\n", 1, 2, "expected a table name after [, saw '{'"),
        ("[display]\n[[ =x]]\n", 2, 4, "expected a table name after [, saw '='"),
        ("[显示]\ntheme = \"dark\"\n", 1, 2, "expected a table name after [, saw '显'"),
        ("[[ é]]\n", 1, 4, "expected a table name after [, saw 'é'"),
        ("b = [1, 2.5, }]\n", 1, 14, "expected a value or ], saw '}'"),
        ("b = [\n  # note\n  }]\n", 3, 3, "expected a value or ], saw '}'"),
        ("b = [\u{2028}]\n", 1, 6, "expected a value or ], saw '\\u2028'"),
        ("b = [1,\u{85}]\n", 1, 8, "expected a value or ], saw '\\u0085'"),
        ("[\t#\n", 1, 3, "expected a table name after [, saw '#'"),
        ("a = 0989-05-27 0}\n", 1, 16, "a time needs hours and minutes"),
        ("[display]\nx = { a = 2018-01-15 7, b = 1 }\n", 2, 22, "a time needs hours and minutes"),
        ("x = [2018-01-15 7]\n", 1, 17, "a time needs hours and minutes"),
        ("x = 2018-01_-15 7\u{3000}\n", 1, 17, "a time needs hours and minutes"),
        ("x = 2018-01-15 7 # when\n", 1, 16, "a time needs hours and minutes"),
        ("a = 0494-05-2\u{17} 1#7:32:0\n", 1, 16, "a time needs hours and minutes"),
        ("a = 2018-01-中5 1\n", 1, 16, "a time needs hours and minutes"),
        ("a = 1979-05-27them32:00\n", 1, 16, "expected hours after the T"),
        ("a = [1979-05-27t]\n", 1, 17, "expected hours after the T"),
    ])
    func inputsThatCrashTheParserAreRefused(_ text: String, _ line: Int, _ column: Int, _ message: String) {
        let error = failure(text)
        #expect(error?.line == line && error?.column == column, "\(error?.description ?? "nil")")
        #expect(error?.message.contains(message) == true, "\(error?.description ?? "nil")")
    }

    /// Every input the config fuzzer found (Tests/Fuzz/fuzz-config.sh) reads as an error.
    @Test func fuzzFindingsAreErrors() throws {
        let directory = Fixtures.root.appendingPathComponent("Tests/Fuzz/config-seeds")
        let findings = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasPrefix("regression-") }
        #expect(findings.count >= 5)
        for name in findings {
            let text = String(decoding: try Data(contentsOf: directory.appendingPathComponent(name)), as: UTF8.self)
            #expect(failure(text) != nil, "\(name)")
        }
    }

    /// The same shapes where they are valid, or inside strings and comments, still read.
    @Test func theCrashGuardsRefuseNothingValid() throws {
        _ = try Configuration.parse("[display] # [{\ntheme = \"dark\" # x = 2018-01-15 7}\n")
        #expect(failure("[display]\ntheme = '[='\n")?.message == "'theme' in [display] must be one of auto, dark, light, mono; found \"[=\"")
        #expect(failure("[display]\nrestore = 2018-01-15 07:32:00\n")?.message.contains("found a date or time") == true)
        #expect(failure("[display]\nrestore = 2018-01-15\n")?.message.contains("found a date or time") == true)
        #expect(failure("[display]\nrestore = \"\"\"\n[=\n\"\"\"\n")?.message.contains("found a string") == true)
    }

    /// Nesting the parser refuses is refused, and no depth of it exhausts the stack.
    @Test func deepNestingIsAnErrorNotACrash() {
        for (open, close) in [("[", "]"), ("{ a = ", "}")] {
            let text = "[display]\nx = " + String(repeating: open, count: 100_000) + String(repeating: close, count: 100_000) + "\n"
            let error = failure(text)
            #expect(error?.line == 2, "\(error?.description ?? "nil")")
            #expect(error?.message.contains("maximum nested value depth") == true, "\(error?.description ?? "nil")")
        }
    }

    /// TOMLKit reads strings as C strings; a NUL would cut a value short and hide the rest.
    @Test func nulIsRefusedNotCutShort() {
        #expect(failure("[display]\ntheme = \"dark\"\n\u{0}\ncolor = 42\n")?.line == 3)
        #expect(failure("[display]\ntheme = \"dark\\u0000 and more\"\n")?.line == 2)
        #expect(failure("[display]\n\"theme\\u0000x\" = \"dark\"\n")?.line == 2)
        #expect(failure("[display]\ntheme = \"\"\"\n\ndark\\U00000000\"\"\"\n")?.line == 4)
    }

    /// Whatever the file holds, the message is one line of inert text.
    @Test(arguments: [
        "\u{FEFF}[display]\r\ncolour = true\r\n",
        "[display]\r\ntheme = \"\u{1B}[2J\"\r\n",
        "[display]\ntheme = \"\\u001B]0;pwned\\u0007\\n\\r\\u202E\"\n",
        "[display]\n\"\\u001B[31m\\nred\" = 1\n",
        "[\"\\u009B2J\"]\n",
        "\u{1B}[31m = 1\n",
        "[display]\ntheme = \"a\u{7F}\"\n",
        "[display]\r\ntheme = \"dark\r\n",
        "[display]\ntheme = \"\u{202E}krad\"\n",
    ])
    func messagesAreInertAndOnOneLine(_ text: String) throws {
        let error = try #require(failure(text))
        let message = error.description
        let unsafe = message.unicodeScalars.filter { v in
            v.value < 0x20 || (0x7F...0x9F).contains(v.value) || (0x202A...0x202E).contains(v.value)
                || (0x2066...0x2069).contains(v.value) || v.value == 0x2028 || v.value == 0x2029
        }
        #expect(unsafe.isEmpty, "\(message.debugDescription)")
    }

    /// The key locator never trips on text the parser accepted, however it is laid out: every
    /// mutation of the default file either reads or fails with a line inside the file.
    @Test func mutatedFilesReadOrFailWithinTheFile() {
        let base = Array(DefaultConfiguration.text().utf8.prefix(1400))
        let pieces: [[UInt8]] = ["\"", "'", "[", "]", "{", "}", "=", "#", "\n", "\r\n", ".", ",", "\"\"\"", "'''", "\\", " ",
                                 "a.b = 1\n", "x = { y = 1 }\n", "[[t]]\n"].map { Array($0.utf8) }
        var generator = SplitMix64(seed: 14)
        var read = 0
        for _ in 0..<400 {
            var bytes = base
            for _ in 0..<Int(generator.next() % 3 + 1) {
                let at = Int(generator.next() % UInt64(bytes.count))
                if generator.next() % 2 == 0 {
                    bytes.insert(contentsOf: pieces[Int(generator.next() % UInt64(pieces.count))], at: at)
                } else {
                    bytes.removeSubrange(at..<min(bytes.count, at + Int(generator.next() % 4 + 1)))
                }
            }
            let text = String(decoding: bytes, as: UTF8.self)
            let lineCount = text.utf8.count(where: { $0 == UInt8(ascii: "\n") }) + 1
            if let error = failure(text) {
                #expect((1...lineCount).contains(error.line), "\(text.debugDescription): \(error)")
            } else {
                read += 1
            }
        }
        #expect(read > 0)
    }

    @Test func keyLinesSkipStringsArraysAndComments() {
        let text = """
            a = \"\"\"
            b = 1 # not a key
            \"\"\"\"
            c.d = [ # [
              { e = 1 }, '''
            f = 2 ''''' ,
            ]
            [g . "h.i"] # ]
            j = { k = { l = 1979-05-27 07:32:00, m = "}" } }
            [[n]]
            o = 'p"q'
            """
        let lines = TOMLKeyLines(text)
        #expect(lines.lines[["a"]] == 1)
        #expect(lines.lines[["b"]] == nil)
        #expect(lines.lines[["c", "d"]] == 4)
        #expect(lines.lines[["e"]] == nil && lines.lines[["f"]] == nil)
        #expect(lines.lines[["g", "h.i"]] == 8)
        #expect(lines.lines[["g", "h.i", "j", "k", "m"]] == 9)
        #expect(lines.lines[["n"]] == 10)
        #expect(lines.lines[["n", "o"]] == 11)
        #expect(lines.line(of: ["g", "h.i", "j", "k", "zz"]) == 9)
    }
}
