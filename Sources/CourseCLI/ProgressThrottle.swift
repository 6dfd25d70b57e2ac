import Foundation
import Synchronization

/// When a progress line is due in a log (stderr that is not a terminal: CI, `nohup`): at the first result,
/// then at most once per `interval`, and at the last, so a long run shows it is alive without flooding the log.
final class ProgressThrottle: Sendable {
    /// Seconds between two progress lines in a log.
    static let logInterval: Double = 5

    let interval: Double
    let last = Mutex<Date?>(nil)

    init(interval: Double) { self.interval = interval }

    func due(finished: Int, total: Int, now: Date) -> Bool {
        last.withLock { last in
            guard finished == total || last.map({ now.timeIntervalSince($0) >= interval }) ?? true else { return false }
            last = now
            return true
        }
    }
}
