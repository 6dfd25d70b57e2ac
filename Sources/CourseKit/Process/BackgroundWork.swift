import Foundation
import Synchronization

/// Work started on another thread now and awaited later, so two steps of a check overlap on two cores.
final class BackgroundWork<T: Sendable>: Sendable {
    private let finished = DispatchSemaphore(value: 0)
    private let outcome = Mutex<Result<T, any Error>?>(nil)

    init(_ work: @escaping @Sendable () throws -> T) {
        DispatchQueue.global().async { [self] in
            let result = Result { try work() }
            outcome.withLock { $0 = result }
            finished.signal()
        }
    }

    /// Waits for the work and returns its value, or throws its error.
    func value() throws -> T {
        finished.wait()
        finished.signal()  // a second call does not wait forever
        return try outcome.withLock { $0! }.get()
    }
}
