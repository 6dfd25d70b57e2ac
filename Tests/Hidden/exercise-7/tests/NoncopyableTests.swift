import XCTest

final class NoncopyableTests: XCTestCase {
    private func closes(_ pool: ConnectionPool, _ id: Int) -> Int {
        pool.closeCounts[id] ?? 0
    }

    func testDroppingAConnectionClosesItOnce() {
        let pool = ConnectionPool()
        var id = 0
        do {
            let connection = Connection(pool: pool, label: "db")
            connection.send("ping")
            id = connection.id
            XCTAssertEqual(closes(pool, id), 0, "a connection that is still in scope must not be closed yet")
        }
        XCTAssertEqual(closes(pool, id), 1,
                       "a connection that goes out of scope must be closed exactly once; closed \(closes(pool, id)) times (0 means there is no deinit doing it)")
        XCTAssertEqual(pool.log, ["open \(id)", "send \(id) ping", "close \(id)"],
                       "the pool should see open, send, close in that order")
    }

    func testClosingExplicitlyClosesOnce() {
        let pool = ConnectionPool()
        let connection = Connection(pool: pool, label: "cache")
        let id = connection.id
        connection.send("last")
        connection.close()
        XCTAssertEqual(pool.log, ["open \(id)", "send \(id) last", "close \(id)"],
                       "close() must end the connection right away: the pool should see open, send, close")
        XCTAssertEqual(closes(pool, id), 1,
                       "close() followed by the end of the value must close the connection exactly once; closed \(closes(pool, id)) times (2 means close() and deinit both closed it)")
        XCTAssertEqual(pool.stillOpen, [], "no connection should be left open")
    }

    func testGivingAConnectionAwayClosesItAtTheEndOfTheCallee() {
        let pool = ConnectionPool()
        let connection = Connection(pool: pool, label: "queue")
        let id = connection.id
        finish(connection, farewell: "bye")
        XCTAssertEqual(closes(pool, id), 1,
                       "finish takes ownership (consuming), so the connection must be closed exactly once when finish returns; closed \(closes(pool, id)) times")
        XCTAssertEqual(pool.log, ["open \(id)", "send \(id) bye", "close \(id)"],
                       "finish must send the farewell before the connection is closed")
    }

    func testDuplicateOpensASecondIndependentConnection() {
        let pool = ConnectionPool()
        var ids: [Int] = []
        do {
            let first = Connection(pool: pool, label: "search")
            let second = first.duplicate()
            XCTAssertEqual(second.label, "search", "duplicate() must keep the label")
            XCTAssertNotEqual(second.id, first.id, "duplicate() must open a new connection with its own id")
            ids = [first.id, second.id]
            XCTAssertEqual(pool.stillOpen, ids.sorted(), "while both are in scope, both connections are open")
            second.close()
            XCTAssertEqual(pool.stillOpen, [first.id], "closing the duplicate must leave the original open")
        }
        XCTAssertEqual(pool.stillOpen, [], "both connections must be closed after the scope ends")
        XCTAssertEqual(pool.closedTwice, [], "no connection may be closed twice")
    }

    func testDuplicateAndReconnectKeepWhateverLabelTheConnectionHas() {
        let pool = ConnectionPool()
        let metrics = Connection(pool: pool, label: "metrics-7")
        let copy = metrics.duplicate()
        XCTAssertEqual(copy.label, "metrics-7", "duplicate() must copy the label of the connection it is called on")
        var again = copy.duplicate()
        reconnect(&again)
        XCTAssertEqual(again.label, "metrics-7", "reconnect must keep the label of the connection it replaces")
        XCTAssertEqual(pool.closeCounts.count, 4, "all 4 connections (the original, its duplicate, the duplicate's duplicate and its replacement) come from the same pool")
        again.send("x")
        XCTAssertEqual(pool.log.last, "send \(again.id) x", "the replacement connection sends on its own id")
    }

    func testReconnectClosesTheOldConnectionOnceAndKeepsTheNewOneOpen() {
        let pool = ConnectionPool()
        var connection = Connection(pool: pool, label: "feed")
        let oldID = connection.id
        reconnect(&connection)
        let newID = connection.id
        XCTAssertNotEqual(newID, oldID, "reconnect must replace the connection with a new one (new id)")
        XCTAssertEqual(connection.label, "feed", "the new connection keeps the label")
        XCTAssertEqual(closes(pool, oldID), 1,
                       "the replaced connection must be closed exactly once; closed \(closes(pool, oldID)) times")
        XCTAssertEqual(closes(pool, newID), 0, "the new connection must still be open after reconnect")
        connection.close()
        XCTAssertEqual(closes(pool, newID), 1, "closing the new connection closes it exactly once")
    }

    func testEveryConnectionInABusySessionIsClosedExactlyOnce() {
        let pool = ConnectionPool()
        do {
            let a = Connection(pool: pool, label: "a")
            let b = a.duplicate()
            var c = b.duplicate()
            reconnect(&c)
            finish(b, farewell: "done")
            a.send("still here")
            c.close()
        }
        XCTAssertEqual(pool.stillOpen, [], "every connection opened in the session must be closed once it is over")
        XCTAssertEqual(pool.closedTwice, [], "no connection may be closed twice")
        XCTAssertEqual(pool.closeCounts.count, 4, "the session opens 4 connections (a, b, c, and c's replacement)")
    }
}
