// Plausible wrong answer: the asyncio habit of `create_task` without
// `gather`. Each slice gets an unstructured `Task { }` that nobody awaits,
// so tally reads the snapshot while the tasks are still counting (or have not
// started): visits go missing.

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
    for slice in slices {
        Task {
            for page in slice {
                await counter.record(page)
            }
        }
    }
    return await counter.snapshot()
}
