import XCTest

final class StackTests: XCTestCase {
    func testPushThenPopReturnsTheSameItem() {
        var stack = Stack<Int>()
        stack.push(1)
        XCTAssertEqual(stack.pop(), 1, "pop should return what was pushed last")
    }

    func testPopOnAnEmptyStackIsNil() {
        var stack = Stack<String>()
        XCTAssertNil(stack.pop(), "an empty stack has nothing to pop")
    }

    func testPeekShowsTheTopWithoutRemovingIt() {
        var stack = Stack<Int>()
        stack.push(1)
        stack.push(2)
        XCTAssertEqual(stack.peek, 2, "peek shows the last item pushed")
        XCTAssertEqual(stack.count, 2, "peek must not remove the item")
    }
}
