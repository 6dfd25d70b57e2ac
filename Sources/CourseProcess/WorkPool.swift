import CourseModel
import Foundation
import Synchronization

/// Runs numbered jobs on a few threads at once and collects their results in job order: validation,
/// mutation analysis, `check --all` and `course grade` all share it.
///
/// Jobs are taken in order from a shared counter (or in the given `order`), so a slow job never holds up
/// the others, and `finished` is called for one job at a time (under the pool's lock) with the job's
/// index, its result and how many jobs have finished, for progress output.
package enum WorkPool {
    package static func run<Result: Sendable>(count: Int, workers: Int, order: [Int]? = nil, _ job: @escaping @Sendable (Int) -> Result,
                                      finished: @escaping @Sendable (Int, Result, Int) -> Void = { _, _, _ in }) -> [Result] {
        let board = Board<Result>(count: count)
        let order = order ?? Array(0..<count)
        let group = DispatchGroup()
        for _ in 0..<max(1, min(workers, count)) {
            group.enter()
            Thread.detachNewThread {
                while let taken = board.take() {
                    let index = order[taken]
                    board.finish(index, job(index), finished)
                }
                group.leave()
            }
        }
        group.wait()
        return board.results.compactMap { $0 }
    }

    /// The pool's shared state: the next job and the results so far, behind one lock.
    final class Board<Result: Sendable>: Sendable {
        private struct State {
            var next = 0
            var done = 0
            var results: [Result?]
        }
        private let state: Mutex<State>

        init(count: Int) { state = Mutex(State(results: Array(repeating: nil, count: count))) }

        func take() -> Int? {
            state.withLock { state in
                guard state.next < state.results.count else { return nil }
                state.next += 1
                return state.next - 1
            }
        }

        func finish(_ index: Int, _ result: Result, _ finished: (Int, Result, Int) -> Void) {
            state.withLock { state in
                state.results[index] = result
                state.done += 1
                finished(index, result, state.done)
            }
        }

        var results: [Result?] { state.withLock { $0.results } }
    }
}
