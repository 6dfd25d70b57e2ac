import CourseModel
import Foundation

/// Runs numbered jobs on a few threads at once and collects their results in job order (mutants, and
/// `course check --all`).
///
/// Jobs are taken in order from a shared counter, so a slow job never holds up the others, and
/// `finished` is called for one job at a time (under the pool's lock) with the job's index, its
/// result and how many jobs have finished, for progress output.
enum MutationWorkPool {
    static func run<Result: Sendable>(count: Int, workers: Int, _ job: @escaping @Sendable (Int) -> Result,
                                      finished: @escaping @Sendable (Int, Result, Int) -> Void = { _, _, _ in }) -> [Result] {
        let board = Board<Result>(count: count)
        let group = DispatchGroup()
        for _ in 0..<max(1, min(workers, count)) {
            group.enter()
            Thread.detachNewThread {
                while let index = board.take() {
                    let result = job(index)
                    board.finish(index, result, finished)
                }
                group.leave()
            }
        }
        group.wait()
        return board.results.compactMap { $0 }
    }

    /// The pool's shared state: the next job and the results so far, behind one lock.
    final class Board<Result: Sendable>: @unchecked Sendable {
        private let lock = NSLock()
        private var next = 0
        private var done = 0
        private(set) var results: [Result?]

        init(count: Int) { results = Array(repeating: nil, count: count) }

        func take() -> Int? {
            lock.lock(); defer { lock.unlock() }
            guard next < results.count else { return nil }
            next += 1
            return next - 1
        }

        func finish(_ index: Int, _ result: Result, _ finished: (Int, Result, Int) -> Void) {
            lock.lock(); defer { lock.unlock() }
            results[index] = result
            done += 1
            finished(index, result, done)
        }
    }
}

/// Shares values that are only read (a course, a grader) with the pool's threads.
final class ReadOnlyBox<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
