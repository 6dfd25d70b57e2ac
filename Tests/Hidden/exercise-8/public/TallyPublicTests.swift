import XCTest

final class TallyPublicTests: XCTestCase {
    /// The lesson's example: tally(["a", "b", "a"], workers: 2) is ["a": 2, "b": 1].
    func testTallyOfTheLessonsExample() async {
        let counts = await tally(["a", "b", "a"], workers: 2)
        XCTAssertEqual(counts, ["a": 2, "b": 1], "every visit counts, in one counter shared by both workers")
    }

    /// `VisitCounter` is an actor, not a class the compiler was told to trust.
    func testTheCounterIsAnActor() {
        XCTAssertTrue((VisitCounter.self as Any.Type) is any Actor.Type, "make VisitCounter an actor")
    }
}
