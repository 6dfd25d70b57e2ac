// Course-provided pool for exercise 7. Do not edit: the tests read its
// counters to see how often each connection was opened, used and closed.

final class ConnectionPool {
    private var nextID = 0
    /// How many times each connection id has been closed. Correct code closes
    /// every id exactly once.
    private(set) var closeCounts: [Int: Int] = [:]
    /// Every open, send and close, in order, e.g. ["open 1", "send 1 hi", "close 1"].
    private(set) var log: [String] = []

    init() {}

    /// Opens a new connection and returns its id (1, 2, 3, ...).
    func open() -> Int {
        nextID += 1
        closeCounts[nextID] = 0
        log.append("open \(nextID)")
        return nextID
    }

    func send(_ message: String, on id: Int) {
        log.append("send \(id) \(message)")
    }

    func close(_ id: Int) {
        closeCounts[id, default: 0] += 1
        log.append("close \(id)")
    }

    /// Ids opened and not yet closed.
    var stillOpen: [Int] {
        closeCounts.filter { $0.value == 0 }.map { $0.key }.sorted()
    }

    /// Ids closed more than once (a bug).
    var closedTwice: [Int] {
        closeCounts.filter { $0.value > 1 }.map { $0.key }.sorted()
    }
}
