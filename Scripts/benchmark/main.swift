// Times Wrap.lines over every paragraph of the seed issue at width 40.
// Built by Scripts/benchmark-wrap.sh together with the module's sources.
import Foundation

let path = CommandLine.arguments.dropFirst().first
    ?? "Tests/ScorecardsTextTests/Fixtures/changjiang-chengqu-duben-2018-01-dacheng-wuchang.txt"
guard let seed = try? String(contentsOfFile: path, encoding: .utf8) else {
    FileHandle.standardError.write("cannot read \(path)\n".data(using: .utf8)!)
    exit(66)
}
let paragraphs = seed.split(separator: "\n").map(String.init).filter { !$0.allSatisfy { $0 == " " } }
let clock = ContinuousClock()

func pass() -> Int {
    var lines = 0
    for paragraph in paragraphs { lines += Wrap.lines(paragraph, width: 40).count }
    return lines
}

let firstCall = clock.measure { _ = pass() }  // includes decoding the tables
var times: [Duration] = []
var lineCount = 0
for _ in 0..<50 {
    times.append(clock.measure { lineCount = pass() })
}
times.sort()
let median = times[times.count / 2]
let ms = { (d: Duration) in Double(d.components.attoseconds) / 1e15 + Double(d.components.seconds) * 1e3 }
print("paragraphs: \(paragraphs.count), characters: \(seed.count), lines at width 40: \(lineCount)")
print(String(format: "first pass (tables decoded): %.2f ms", ms(firstCall)))
print(String(format: "Wrap.lines, all paragraphs, width 40: median %.2f ms, best %.2f ms over %d passes",
             ms(median), ms(times[0]), times.count))
