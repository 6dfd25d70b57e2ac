// Blind spot: record(_:) trims surrounding whitespace from page names (cleaning the log), so "a" and "a " are counted as one page.
// Exposed by: await tally(["a", "a "], workers: 1)
//   reference: ["a": 1, "a ": 1]; this: ["a": 2].
//
// Exercise 8: share a counter between tasks, safely (blind-spot wrong answer)

import Foundation

actor VisitCounter {
    private var counts: [String: Int] = [:]

    func record(_ page: String) {
        let page = page.trimmingCharacters(in: .whitespacesAndNewlines)   // log lines carry stray spaces
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
