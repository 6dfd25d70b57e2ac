// Exercise 8: share a counter between tasks, safely
//
// THIS FILE DOES NOT COMPILE YET; THAT IS THE POINT. This exercise is built in
// Swift 6 language mode, where the compiler checks for data races the way
// Rust's `Send`/`Sync` checks do. Run the check and read the errors: the
// task-group children all capture the same `VisitCounter`, a class with
// mutable state that nothing protects.
//
// `tally(_:workers:)` splits `visits` (page names) into `workers` slices,
// counts them concurrently in a task group, and returns how often each page
// was visited. (A `workers` below 1 counts as one worker, and any number of
// workers works, up to `Int.max`.) Page names are counted exactly as given:
// "" is a page, and "a" and "a " are two pages.
//
// What to do:
//   1. Turn `VisitCounter` into an `actor` (the tests check that it IS an
//      actor: an `@unchecked Sendable` class would only silence the compiler).
//   2. Add `await` where the code now calls into the actor.
//   3. Keep ONE counter shared by all tasks: `tally` must return the counts
//      of ALL visits, e.g. tally(["a", "b", "a"], workers: 2) == ["a": 2, "b": 1].
// `VisitCounter` keeps its API: `record(_:)`, `count(of:)` and `snapshot()`.

actor VisitCounter {
    private var counts: [String: Int] = [:]

    func record(_ page: String) {
        counts[page, default: 0] += 1
    }

    func count(of page: String) -> Int {
        counts[page] ?? 0
    }

    func snapshot() -> [String: Int] {
        counts
    }
}

func tally(_ visits: [String], workers: Int) async -> [String: Int] {
    let counter = VisitCounter()
    let workers = min(max(workers, 1), max(visits.count, 1))  // never more slices than visits
    let size = max(1, (visits.count + max(workers, 1) - 1) / max(workers, 1))
    let slices = stride(from: 0, to: visits.count, by: size).map {
        Array(visits[$0 ..< min($0 + size, visits.count)])
    }
    await withTaskGroup(of: Void.self) { group in
        for slice in slices {
            group.addTask {
                for page in slice {
                    await counter.record(page)
                }
            }
        }
    }
    return await counter.snapshot()
}
