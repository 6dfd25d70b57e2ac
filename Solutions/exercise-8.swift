// Exercise 8: share a counter between tasks, safely (reference solution)

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
