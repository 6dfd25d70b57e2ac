import XCTest

final class ConnectionPublicTests: XCTestCase {
    /// A connection that goes out of scope is closed once, like Rust's `Drop`.
    func testAConnectionLeavingItsScopeIsClosedOnce() {
        let pool = ConnectionPool()
        do {
            let connection = Connection(pool: pool, label: "db")
            connection.send("hello")
        }
        XCTAssertEqual(pool.closeCounts[1] ?? 0, 1, "the dropped connection must be closed exactly once (0 means no deinit closed it)")
    }

    /// `duplicate()` opens a second connection with the same label.
    func testDuplicateOpensASecondConnectionWithTheSameLabel() {
        let pool = ConnectionPool()
        let first = Connection(pool: pool, label: "files")
        let second = first.duplicate()
        XCTAssertEqual(second.label, "files", "the duplicate keeps the label")
        XCTAssertNotEqual(second.id, first.id, "the duplicate is a new connection with an id of its own")
    }

    /// `reconnect(_:)` opens the new connection first, then closes the old one once.
    func testReconnectOpensTheNewOneThenClosesTheOldOne() {
        let pool = ConnectionPool()
        var connection = Connection(pool: pool, label: "queue")
        reconnect(&connection)
        XCTAssertEqual(pool.log, ["open 1", "open 2", "close 1"], "the pool's log reads \"open 2\", then \"close 1\"")
        XCTAssertEqual(connection.label, "queue", "the new connection keeps the label")
    }
}
