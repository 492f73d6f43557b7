import Foundation
import ScorecardsApp
import ScorecardsCore
import ScorecardsGrid
import ScorecardsTestSupport
import Testing

/// Drawing is a pure function of the state: it writes nothing, not even a memo. The state
/// is values all the way down, so the compiler keeps a frame from changing it; what could
/// still change under a frame is an object the state points to, or a global. Checked here:
/// a frame leaves the state, and everything reachable from it, as it was; no object with
/// state of its own is reachable from it but the search engine; and the app layer keeps no
/// global memo.
@Suite struct RenderPurityTests {
    /// Key scripts that reach every view, with what each view derives from the state laid
    /// out: articles scrolled and searched, the figures table sorted and filtered, help, the
    /// list of issues, prompts.
    static let scripts = [
        "", "jj<CR>", "<CR>G", "<CR><C-d><C-d>k", "<CR>/武昌", "<CR>/武昌<CR>nN", "/武昌", "/武昌<CR>n<CR>",
        "m", "mas", "mssj", "m/投资", "m/touzi<CR>jj", "m/投资<CR><CR>", "z", "?", "<CR>?j", "i", "4<CR>y",
    ]

    static let sizes = [Size(width: 80, height: 24), Size(width: 250, height: 70)]

    static func states() throws -> [(String, AppState)] {
        let bundled = try Fixtures.bundled()
        var older = bundled
        older.date = "2017-01-15"
        older.number = "2017年第1期"
        var all: [(String, AppState)] = []
        for size in sizes {
            for script in scripts {
                var state = AppState(issues: [older, bundled], size: size)
                _ = Update.run(try KeyNotation.parse(script), on: &state)
                all.append(("\(script) at \(size)", state))
            }
        }
        return all
    }

    /// Everything reflection can see of `value`: every stored property, enum payload and
    /// element, and the contents of every object but the allowed ones, which are named by
    /// identity (the search engine holds a lock, which reflection must not copy).
    static func reflection(_ value: Any) -> String {
        var text = ""
        func visit(_ value: Any, _ depth: Int) {
            let indent = String(repeating: " ", count: depth)
            if value is String || value is Int || value is Double || value is Bool || value is Character {
                text += indent + String(reflecting: value) + "\n"
                return
            }
            let mirror = Mirror(reflecting: value)
            if mirror.displayStyle == .class {
                let object = value as AnyObject
                let name = String(describing: type(of: object))
                text += indent + name + " " + String(describing: ObjectIdentifier(object)) + "\n"
                if allowedObjects.contains(name) { return }
            } else {
                text += indent + String(describing: type(of: value))
                    + (mirror.children.isEmpty ? " " + String(reflecting: value) : "") + "\n"
            }
            var current: Mirror? = mirror
            while let each = current {
                for child in each.children {
                    text += indent + (child.label ?? "-") + ":\n"
                    visit(child.value, depth + 1)
                }
                current = each.superclassMirror
            }
        }
        visit(value, 0)
        return text
    }

    @Test func drawingLeavesTheStateAsItWas() throws {
        for (name, state) in try Self.states() {
            let before = state
            let seen = Self.reflection(state)
            let first = Render.screen(state)
            let second = Render.screen(state)
            #expect(first == second, "\(name)")
            #expect(state == before, "\(name)")
            #expect(Self.reflection(state) == seen, "\(name)")
        }
    }

    /// The objects the state may point to: the search engine over the open issues, which
    /// builds its index on the first search, under a lock, beside the event loop (documented
    /// in `IssueSearch`); and a finished index, which never changes (`SearchIndex`).
    static let allowedObjects: Set<String> = ["IssueSearch", "SearchIndex"]

    /// The names of the classes reachable from `value` through stored properties, enum
    /// payloads and collections, not looking inside the allowed ones.
    static func objects(reachableFrom value: Any) -> Set<String> {
        var found = Set<String>()
        var seen = Set<ObjectIdentifier>()
        func visit(_ value: Any) {
            // Leaves, skipped quickly: an issue holds tens of thousands of strings.
            if value is String || value is Int || value is Double || value is Bool || value is Character { return }
            let mirror = Mirror(reflecting: value)
            if mirror.displayStyle == .class {
                let object = value as AnyObject
                guard seen.insert(ObjectIdentifier(object)).inserted else { return }
                let name = String(describing: type(of: object))
                found.insert(name)
                if Self.allowedObjects.contains(name) { return }
            }
            var current: Mirror? = mirror
            while let each = current {
                for child in each.children { visit(child.value) }
                current = each.superclassMirror
            }
        }
        visit(value)
        return found
    }

    @Test func noObjectWithStateOfItsOwnIsReachableFromTheState() throws {
        for (name, state) in try Self.states() {
            let objects = Self.objects(reachableFrom: state)
            #expect(objects.isSubset(of: Self.allowedObjects), "\(name): \(objects.subtracting(Self.allowedObjects).sorted())")
        }
    }

    /// The app layer's sources, with their paths from `Sources/ScorecardsApp`.
    static func appSources() throws -> [(path: String, text: String)] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/ScorecardsApp")
        let files = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" } ?? []
        return try files.map { url in
            (String(url.path.dropFirst(root.path.count + 1)), try String(contentsOf: url, encoding: .utf8))
        }.sorted { $0.path < $1.path }
    }

    /// Where the app layer may hold mutable shared state: the event loop's runtime (the queue
    /// between threads, the worker, the test terminal) and the search engine's lazily built
    /// index. Everything else is values, so no update and no frame can leave a memo behind.
    static let sharedStateAllowed: Set<String> = [
        "Runtime/Background.swift", "Runtime/MemoryTerminal.swift", "Work/Worker.swift", "Search/IssueSearch.swift",
    ]

    /// Where an `==` is written by hand, and why it compares everything: the search engine
    /// by identity (it is derived from the issues and never replaced in place); the figures
    /// filter by the texts its index is made from.
    static let handWrittenEquality: Set<String> = ["Search/IssueSearch.swift", "Search/FigureFilter.swift"]

    /// `static var x = …` or `static var x: T = …`, not a computed `static var x: T { … }`.
    static func isStoredStaticVariable<S: StringProtocol>(_ line: S) -> Bool {
        guard let range = line.range(of: "static var ") else { return false }
        let rest = line[range.upperBound...]
        guard let assignment = rest.firstIndex(of: "=") else { return false }
        return rest.firstIndex(of: "{").map { assignment < $0 } ?? true
    }

    @Test func theAppLayerKeepsNoGlobalMemoAndNoHandWrittenEquality() throws {
        #expect(Self.isStoredStaticVariable("    static var last: Answer? = nil"))
        #expect(!Self.isStoredStaticVariable("    public static var indistinguishable: [(Key, Key)] { ControlKeys.pairs }"))
        let sources = try Self.appSources()
        #expect(sources.count > 50)
        let shared = ["class ", "Mutex", "nonisolated(unsafe)", "@unchecked Sendable"]
        for (path, text) in sources {
            let code = text.split(separator: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("//") }
            if !Self.sharedStateAllowed.contains(path) {
                for line in code {
                    for word in shared where line.contains(word) {
                        Issue.record("\(path): \(word.trimmingCharacters(in: .whitespaces)) in \(line.trimmingCharacters(in: .whitespaces))")
                    }
                    if Self.isStoredStaticVariable(line) {
                        Issue.record("\(path): a global variable in \(line.trimmingCharacters(in: .whitespaces))")
                    }
                }
            }
            if !Self.handWrittenEquality.contains(path) {
                for line in code where line.contains("static func ==") {
                    Issue.record("\(path): a hand-written == in \(line.trimmingCharacters(in: .whitespaces))")
                }
            }
        }
    }
}
