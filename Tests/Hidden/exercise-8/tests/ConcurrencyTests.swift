import XCTest

final class ConcurrencyTests: XCTestCase {
    func testVisitCounterIsAnActor() {
        XCTAssertTrue((VisitCounter.self as Any.Type) is any Actor.Type,
                      "VisitCounter must be an actor, so that its state is only touched by one task at a time (an @unchecked Sendable class only silences the compiler)")
    }

    /// Compiles only for Sendable types: a type that cannot be shared between
    /// tasks makes this whole test file fail to build.
    private func shareable<T: Sendable>(_ type: T.Type) -> Bool { true }

    func testOneCounterCanBeSharedByManyTasks() async {
        XCTAssertTrue(shareable(VisitCounter.self), "VisitCounter must be Sendable; an actor is Sendable automatically")
        let counter = VisitCounter()
        await withTaskGroup(of: Void.self) { group in
            for i in 0..<100 {
                group.addTask {
                    await counter.record(i % 2 == 0 ? "even" : "odd")
                }
            }
        }
        let even = await counter.count(of: "even")
        let odd = await counter.count(of: "odd")
        XCTAssertEqual(even, 50, "100 tasks recorded into ONE shared counter: 50 of them recorded \"even\"")
        XCTAssertEqual(odd, 50, "100 tasks recorded into ONE shared counter: 50 of them recorded \"odd\"")
    }

    func testACounterCountsWhatItRecords() async {
        let counter = VisitCounter()
        await counter.record("home")
        await counter.record("about")
        await counter.record("home")
        let home = await counter.count(of: "home")
        let missing = await counter.count(of: "pricing")
        let all = await counter.snapshot()
        XCTAssertEqual(home, 2, "two visits to home were recorded")
        XCTAssertEqual(missing, 0, "a page that was never visited has count 0")
        XCTAssertEqual(all, ["home": 2, "about": 1], "snapshot() returns every page with its count")
    }

    func testTallyCountsEveryVisitOfASmallLog() async {
        let counts = await tally(["a", "b", "a"], workers: 2)
        XCTAssertEqual(counts, ["a": 2, "b": 1],
                       "tally([\"a\", \"b\", \"a\"], workers: 2) must count all three visits in one shared counter")
    }

    func testTallyCountsEveryVisitOfALargeLogWithManyWorkers() async {
        let pages = ["home", "docs", "blog", "shop", "faq"]
        var visits: [String] = []
        for i in 0..<5_000 { visits.append(pages[(i * 7 + i / 3) % pages.count]) }
        var expected: [String: Int] = [:]
        for page in visits { expected[page, default: 0] += 1 }
        let counts = await tally(visits, workers: 8)
        XCTAssertEqual(counts, expected,
                       "tally over 5000 visits with 8 workers must give the same counts as counting them one by one")
        XCTAssertEqual(counts.values.reduce(0, +), 5_000, "every one of the 5000 visits must be counted once")
    }

    func testTallyWithMoreWorkersThanVisitsAndWithNoVisits() async {
        let few = await tally(["x", "y"], workers: 16)
        XCTAssertEqual(few, ["x": 1, "y": 1], "more workers than visits still counts each visit once")
        let none = await tally([], workers: 4)
        XCTAssertEqual(none, [:], "no visits give an empty result")
    }

    func testTallyReturnsOnlyAfterEveryTaskHasFinished() async {
        let visits = (0..<10_000).map { "page\($0 % 4)" }
        for round in 1...2 {
            let counts = await tally(visits, workers: 4)
            XCTAssertEqual(counts, ["page0": 2_500, "page1": 2_500, "page2": 2_500, "page3": 2_500],
                           "round \(round): tally must wait until every task has recorded its slice before it reads the snapshot (tasks that nobody awaits, or a snapshot taken inside the task group's body, miss visits)")
        }
    }

    func testNoVisitsGiveAnEmptyResultWhateverTheNumberOfWorkers() async {
        for workers in [Int.max, Int.max - 1, 1_000_000, 3, 1, 0, Int.min] {
            let none = await tally([], workers: workers)
            XCTAssertEqual(none, [:], "tally([], workers: \(workers)) has no visits to count, so it must return an empty result (and must not trap on an arithmetic overflow while it works out how to split nothing)")
        }
    }

    func testTallyTreatsFewerThanOneWorkerAsOneWorker() async {
        let zero = await tally(["p", "q", "p", "p"], workers: 0)
        XCTAssertEqual(zero, ["p": 3, "q": 1], "workers: 0 counts as one worker, and every visit is still counted")
        let negative = await tally(["p", "q"], workers: -3)
        XCTAssertEqual(negative, ["p": 1, "q": 1], "a negative number of workers counts as one worker too")
        let one = await tally(["r", "r", "s"], workers: 1)
        XCTAssertEqual(one, ["r": 2, "s": 1], "one worker counts every visit")
    }
}
