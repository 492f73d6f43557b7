@testable import ScorecardsApp
import Foundation
import ScorecardsGrid
import ScorecardsTestSupport
import Testing

/// The action table is the one description of every action: these check that it is whole
/// and that everything shown about keys is taken from it.
@Suite struct ActionTableTests {
    /// Every action the handlers know, one of each shape.
    static let everyAction: [Action] = [
        .quit, .forceQuit, .help, .redraw, .suspend, .focusNext, .focusPrevious, .focusLeft, .focusRight,
        .moveDown, .moveUp, .top, .bottom, .pageDown, .pageUp, .halfPageDown, .halfPageUp, .open, .back, .zoom,
        .nextArticle, .previousArticle, .metrics, .sortFigures, .toggleScope, .filter, .accept, .cancel,
        .historyPrevious, .historyNext, .deleteBackward, .deleteForward, .cursorLeft, .cursorRight, .cursorHome,
        .cursorEnd, .clearLine, .search, .searchNext, .searchPrevious, .clearSearch, .copy, .previousIssue,
        .nextIssue, .issueList,
    ] + (1...4).map { Action.focusPane($0) }

    @Test func everyActionHasOneEntryWithItsWordsInBothLanguages() {
        #expect(ActionTable.all.count == Self.everyAction.count)
        #expect(Set(ActionTable.all.map(\.action)) == Set(Self.everyAction))
        #expect(Set(ActionTable.all.map(\.name)).count == ActionTable.all.count)
        for spec in ActionTable.all {
            #expect(!spec.places.isEmpty, "\(spec.name) works nowhere")
            #expect(ActionTable.action(named: spec.name) == spec.action)
            for place in spec.places {
                for phrase in [spec.help(in: place.context), spec.hint(in: place.context)] {
                    #expect(!phrase.zh.isEmpty && !phrase.en.isEmpty, "\(spec.name) in \(place.context)")
                }
            }
        }
    }

    @Test func theStandardKeyMapIsTheTablesKeys() throws {
        for spec in ActionTable.all {
            for place in spec.places {
                #expect(KeyMap.standard.keys(for: spec.action, in: place.context) == place.keys)
            }
        }
        #expect(KeyMap.standard.refusal() == nil)
        #expect(KeyMap.standard.warnings().isEmpty)
        #expect(try KeyMap.standard.remapped([:]) == .standard)
    }

    /// Each hint's word is the table's word for that action there; none is made up.
    @Test(arguments: KeyContext.allCases, Language.allCases)
    func statusHintsAreTheTablesWords(_ context: KeyContext, _ language: Language) {
        let hints = StatusBar.hints(.standard, context, language)
        let hinted = (KeyMap.standard.bindings(in: context) + KeyMap.standard.bindings(in: .global))
            .filter { $0.hint != nil && !(context == .help && $0.action == .help) }
            .sorted { ($0.hint ?? 0) < ($1.hint ?? 0) }
            .filter { !KeyMap.standard.effectiveKeys(for: $0.action, in: context).isEmpty }
        #expect(hints.map(\.label) == hinted.map { $0.action.hint(in: context).text(language) })
        for (hint, binding) in zip(hints, hinted) where binding.action != .moveDown {
            #expect(hint.keys == KeyMap.standard.effectiveKeys(for: binding.action, in: context)[0].label)
        }
    }

    @Test func theDefaultConfigurationListsEveryActionWhereItWorks() {
        let text = DefaultConfiguration.text()
        for context in KeyContext.allCases {
            let section = text.components(separatedBy: "[keys.\(context.rawValue)]\n").last?.components(separatedBy: "\n\n").first ?? ""
            for spec in ActionTable.all where spec.contexts.contains(context) {
                #expect(section.contains("# \(spec.name) = "), "\(spec.name) in [keys.\(context.rawValue)]")
                #expect(section.contains("# " + spec.help(in: context).en), "\(spec.name)'s help in [keys.\(context.rawValue)]")
            }
        }
    }

    /// Remapped keys show in help, the status bar and the header.
    @Test func remappedHelpKeyShowsEverywhere() throws {
        let map = try KeyMap.standard.remapped(["global": ["help": ["<F2>"]]])
        var state = AppState(issue: try Fixtures.bundled(), size: Size(width: 120, height: 40), keyMap: map)
        let dashboard = Render.screen(state).lines()
        #expect(dashboard[0].hasSuffix("F2 帮助"))
        #expect(dashboard.last?.contains("F2 帮助") == true)
        _ = Update.run(try KeyNotation.parse("x"), on: &state)
        #expect(Render.screen(state).lines().last?.contains("按 F2 查看按键") == true)
    }
}
