import Foundation
import Synchronization

/// Work started on another thread now and awaited later, so two steps of a check overlap on two cores.
package final class BackgroundWork<T: Sendable>: Sendable {
    private let finished = DispatchSemaphore(value: 0)
    private let outcome = Mutex<Result<T, any Error>?>(nil)

    package init(_ work: @escaping @Sendable () throws -> T) {
        DispatchQueue.global().async { [self] in
            let result = Result { try work() }
            outcome.withLock { $0 = result }
            finished.signal()
        }
    }

    /// Waits for the work and returns its value, or throws its error.
    package func value() throws -> T {
        finished.wait()
        finished.signal()  // a second call does not wait forever
        return try outcome.withLock { $0! }.get()
    }

    /// The value or error when the work has ended, nil while it runs: for a loop that does other things meanwhile.
    package var result: Result<T, any Error>? { outcome.withLock { $0 } }
}
