import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// The real terminal: its size, and single key presses for `course watch`.
enum Terminal {
    /// The settings to restore at exit; set on the first key read, read by the signal handler's queue too.
    static let saved = Mutex<termios?>(nil)

    static func width(environment: [String: String]) -> Int {
        var size = winsize()
        if ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        if let columns = environment["COLUMNS"].flatMap(Int.init), columns > 0 { return columns }
        return 80
    }

    static func height() -> Int {
        var size = winsize()
        if ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_row > 0 { return Int(size.ws_row) }
        return 24
    }

    /// Waits up to `timeout` seconds for one key; the terminal is put in non-canonical mode on first use.
    static func readKey(timeout: Double) -> Character? {
        if saved.withLock({ $0 == nil }) {
            var current = termios()
            if tcgetattr(0, &current) == 0 {
                saved.withLock { $0 = current }
                var raw = current
                raw.c_lflag &= ~tcflag_t(ICANON | ECHO)
                tcsetattr(0, TCSANOW, &raw)
                atexit { Terminal.restore() }
            }
        }
        var descriptor = pollfd(fd: 0, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, Int32(timeout * 1000)) > 0 else { return nil }
        var byte: UInt8 = 0
        guard read(0, &byte, 1) == 1 else { return nil }
        return Character(Unicode.Scalar(byte))
    }

    static func restore() {
        guard var original = saved.withLock({ $0 }) else { return }
        tcsetattr(0, TCSANOW, &original)
    }
}

/// Shows long text through `PAGER` (default `less -R`), only when it does not fit on one screen.
enum Pager {
    static func show(_ text: String, environment: [String: String]) -> Bool {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).count
        guard lines > Terminal.height() - 1 else { return false }
        let command = environment["PAGER"].flatMap { $0.isEmpty ? nil : $0 } ?? "less -R"
        if environment["LESS"] == nil { setenv("LESS", "FRX", 1) }
        guard let pipe = popen(command, "w") else { return false }
        fputs(text, pipe)
        return pclose(pipe) == 0
    }
}
