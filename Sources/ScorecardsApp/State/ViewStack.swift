/// The views the user has opened, the dashboard at the bottom. This is the modal order,
/// and the only place it is written: the top view takes every key and click; drawing starts
/// at the topmost full-screen view and adds what lies above it, in order.
public struct ViewStack: Equatable, Sendable {
    public private(set) var views: [View] = [.dashboard]

    public init() {}

    public var top: View { views[views.count - 1] }

    /// The full-screen view drawn first: the topmost one that covers the screen.
    public var screenIndex: Int { views.lastIndex { $0.layer == .screen } ?? 0 }
    public var screen: View { views[screenIndex] }

    /// The views drawn over the screen, bottom to top.
    public var overlays: ArraySlice<View> { views[(screenIndex + 1)...] }

    /// The view a prompt on top acts on: the one just below it.
    public var belowTop: View? { views.count > 1 ? views[views.count - 2] : nil }

    mutating func push(_ view: View) { views.append(view) }

    /// Leaves the top view; the dashboard is never left.
    mutating func pop() {
        if views.count > 1 { views.removeLast() }
    }

    mutating func replaceTop(_ view: View) {
        views[views.count - 1] = view
    }

    /// Replaces the view below the top (the one a prompt acts on).
    mutating func replaceBelowTop(_ view: View) {
        guard views.count > 1 else { return }
        views[views.count - 2] = view
    }

    /// Back to the dashboard alone, as when another issue is shown.
    mutating func popToDashboard() { views = [.dashboard] }

    /// Changes every view of one kind, wherever it stands (a resize clamping scroll positions).
    mutating func update(_ change: (inout View) -> Void) {
        for i in views.indices { change(&views[i]) }
    }
}
