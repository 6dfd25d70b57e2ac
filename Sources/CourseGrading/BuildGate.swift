import Foundation
import Synchronization

/// One build of a given thing at a time in this process: a check that needs a suite object or a module that
/// another check of the same run is compiling waits for it, then finds it in the cache, instead of compiling
/// the same thing beside it (two workers starting on one exercise compiled its suite twice). Other processes
/// are not held back: the caches' publish-by-rename already makes their copies harmless.
final class BuildGate: Sendable {
    static let shared = BuildGate()

    private let condition = NSCondition()
    private let building = Mutex<Set<String>>([])

    /// Runs `body` once no other thread of this process is inside `once` with the same `key`.
    func once<T>(_ key: String, _ body: () throws -> T) rethrows -> T {
        condition.lock()
        while !building.withLock({ $0.insert(key).inserted }) { condition.wait() }
        condition.unlock()
        defer {
            condition.lock()
            _ = building.withLock { $0.remove(key) }
            condition.broadcast()
            condition.unlock()
        }
        return try body()
    }
}
