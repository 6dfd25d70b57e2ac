import XCTest

final class Exercise{{number}}Tests: XCTestCase {
    func {{test_placeholder}}() {
        XCTAssertEqual({{function}}(), 42, "{{function}}() should return 42")
    }
}
