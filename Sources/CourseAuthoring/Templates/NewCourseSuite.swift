import XCTest

final class GreetTests: XCTestCase {
    func testGreetsByName() {
        XCTAssertEqual(greet("Ada"), "Hello, Ada!", "greet should say hello to the name it is given")
    }

    func testGreetsAnotherName() {
        XCTAssertEqual(greet("Grace"), "Hello, Grace!")
    }
}
