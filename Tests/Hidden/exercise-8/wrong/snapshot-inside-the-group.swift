// Plausible wrong answer: the snapshot is taken inside the task group's
// body, right after the tasks were added. The group waits for its child tasks
// only when the body ends, so the snapshot sees whatever was counted so far.

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
    let size = max(1, (visits.count + max(workers, 1) - 1) / max(workers, 1))
    let slices = stride(from: 0, to: visits.count, by: size).map {
        Array(visits[$0 ..< min($0 + size, visits.count)])
    }
    return await withTaskGroup(of: Void.self) { group in
        for slice in slices {
            group.addTask {
                for page in slice {
                    await counter.record(page)
                }
            }
        }
        return await counter.snapshot()
    }
}
