import Foundation
import Glibc
import ScorecardsTestSupport

struct DesktopError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// A program started in the background, ended by its own pid.
final class Background {
    let pid: pid_t

    /// Starts `arguments`, with `descriptor` (if any) as its file descriptor 3, and its output
    /// appended to `log` (or thrown away).
    init(_ arguments: [String], descriptor: Int32? = nil, log: String = "/dev/null") throws {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, log, O_WRONLY | O_CREAT | O_APPEND, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        if let descriptor { posix_spawn_file_actions_adddup2(&actions, descriptor, 3) }
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var child: pid_t = 0
        let status = posix_spawnp(&child, arguments[0], &actions, nil, &argv, environ)
        guard status == 0 else { throw DesktopError("cannot start \(arguments[0]): \(String(cString: strerror(status)))") }
        pid = child
    }

    var running: Bool {
        var status: Int32 = 0
        return waitpid(pid, &status, WNOHANG) == 0
    }

    func stop() {
        kill(pid, SIGTERM)
        var status: Int32 = 0
        for _ in 0..<100 {
            if waitpid(pid, &status, WNOHANG) != 0 { return }
            usleep(20_000)
        }
        kill(pid, SIGKILL)
        waitpid(pid, &status, 0)
    }
}

/// An X server of its own (Xvfb), on a display number it picks itself.
final class VirtualDisplay {
    let server: Background
    let name: String

    init(width: Int, height: Int) throws {
        var fds: [Int32] = [-1, -1]
        guard pipe(&fds) == 0 else { throw DesktopError("pipe failed") }
        // -displayfd: Xvfb picks a free display and writes its number once it accepts clients.
        // -noreset: by default it resets when its last client leaves, and an xterm started
        // during the reset cannot connect.
        server = try Background(["Xvfb", "-displayfd", "3", "-screen", "0", "\(width)x\(height)x24", "-nolisten", "tcp", "-noreset"],
                                descriptor: fds[1])
        close(fds[1])
        var number = ""
        var byte: UInt8 = 0
        var waitFor = pollfd(fd: fds[0], events: Int16(POLLIN), revents: 0)
        while poll(&waitFor, 1, 15_000) > 0, read(fds[0], &byte, 1) == 1, byte != UInt8(ascii: "\n") {
            number.append(Character(Unicode.Scalar(byte)))
        }
        close(fds[0])
        guard !number.isEmpty else {
            server.stop()
            throw DesktopError("Xvfb did not start")
        }
        name = ":" + number
        setenv("DISPLAY", name, 1)
    }

    deinit { server.stop() }
}

/// An xterm on the virtual display running one command, driven by xdotool and captured
/// with ImageMagick's import.
final class XTermWindow {
    let process: Background
    let window: String
    let width: Int
    let height: Int
    let log: String

    /// `log` collects what xterm and the command say on their way out.
    init(columns: Int, rows: Int, options: [String], command: [String], log: String) throws {
        process = try Background(["xterm", "-geometry", "\(columns)x\(rows)+0+0", "+sb", "-b", "0", "-bw", "0",
                                  "-xrm", "XTerm*cursorBlink: false"] + options + ["-e"] + command, log: log)
        self.log = log
        var found: String?
        // Up to 30 s: xterm is slow to map its window on a loaded machine. It is the only
        // window on this display.
        for _ in 0..<600 where found == nil && process.running {
            let out = try Spawn.run(["xdotool", "search", "--onlyvisible", "--class", "XTerm"]).output
            found = out.split(separator: "\n").first.map(String.init)
            if found == nil { usleep(50_000) }
        }
        guard let window = found else {
            let ended = !process.running
            process.stop()
            let said = (try? String(contentsOfFile: log, encoding: .utf8))?.split(separator: "\n").suffix(5).joined(separator: " | ") ?? ""
            throw DesktopError((ended ? "xterm ended before its window appeared" : "xterm's window did not appear in 30 s")
                               + (said.isEmpty ? "" : ": " + said))
        }
        self.window = window
        let geometry = try Spawn.run(["xdotool", "getwindowgeometry", "--shell", window]).output
        func value(_ key: String) -> Int {
            geometry.split(separator: "\n").first { $0.hasPrefix(key + "=") }.flatMap { Int($0.dropFirst(key.count + 1)) } ?? 0
        }
        width = value("WIDTH")
        height = value("HEIGHT")
        try Spawn.run(["xdotool", "windowfocus", window], captureOutput: false)
        usleep(200_000)
    }

    /// Types text (ASCII) into the window.
    func type(_ text: String) throws {
        try Spawn.run(["xdotool", "type", "--delay", "40", text], captureOutput: false)
    }

    /// Presses keys by their X names (Return, Escape).
    func press(_ keys: String...) throws {
        try Spawn.run(["xdotool", "key", "--delay", "60"] + keys, captureOutput: false)
    }

    func capture(raw path: String) throws -> Screenshot? {
        try Spawn.run(["import", "-window", window, "-depth", "8", "rgb:" + path], captureOutput: false)
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return Screenshot(rawRGB: data, width: width, height: height)
    }

    deinit { process.stop() }
}
