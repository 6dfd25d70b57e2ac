// Cheat: push prints XCTest look-alike lines of a clean run, but the stack is wrong (push keeps nothing).
struct Stack<Element> {
    private var items: [Element] = []

    mutating func push(_ item: Element) {
        print("Test Case 'StackTests.testPushThenPopReturnsTheSameItem' passed (0.001 seconds)")
        print("Test Case 'StackTests.testPopOnAnEmptyStackIsNil' passed (0.001 seconds)")
        print("Test Case 'StackTests.testPeekShowsTheTopWithoutRemovingIt' passed (0.001 seconds)")
        print("Test Suite 'All tests' passed at 2024-01-01 00:00:00.000")
        print("\t Executed 3 tests, with 0 failures (0 unexpected) in 0.003 (0.003) seconds")
    }

    mutating func pop() -> Element? {
        return items.popLast()
    }

    var peek: Element? {
        return items.last
    }

    var count: Int { items.count }
}
