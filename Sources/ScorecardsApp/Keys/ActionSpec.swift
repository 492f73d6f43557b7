/// One action as the user meets it: the name the config file uses, what help says, the
/// word the status bar shows, and the views it works in with their default keys.
public struct ActionSpec: Sendable {
    /// The action in one context: its default keys, its rank among the status-bar hints,
    /// and its description there when the general one does not fit.
    public struct Place: Sendable {
        public var context: KeyContext
        public var keys: [Key]
        /// Lower ranks are shown first in the status bar; nil: never hinted.
        public var hint: Int?
        public var help: Phrase?
        public var hintWord: Phrase?

        public init(_ context: KeyContext, _ keys: [Key], hint: Int? = nil, help: Phrase? = nil, word: Phrase? = nil) {
            self.context = context
            self.keys = keys
            self.hint = hint
            self.help = help
            self.hintWord = word
        }
    }

    public var action: Action
    public var name: String
    public var help: Phrase
    public var hintWord: Phrase
    public var places: [Place]

    public init(_ action: Action, _ name: String, help: Phrase, word: Phrase, _ places: [Place]) {
        self.action = action
        self.name = name
        self.help = help
        self.hintWord = word
        self.places = places
    }

    public func place(in context: KeyContext) -> Place? { places.first { $0.context == context } }

    public func help(in context: KeyContext) -> Phrase { place(in: context)?.help ?? help }

    public func hint(in context: KeyContext) -> Phrase { place(in: context)?.hintWord ?? hintWord }

    public var contexts: [KeyContext] { places.map(\.context) }
}
