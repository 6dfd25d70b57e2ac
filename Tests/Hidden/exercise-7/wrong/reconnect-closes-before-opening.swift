// Blind spot: reconnect(_:) consumes the old connection before opening the new one, so the pool sees close-then-open where the reference opens the replacement first and then closes the old one.
// Exposed by: let pool = ConnectionPool(); var c = Connection(pool: pool, label: "f"); reconnect(&c)
//   reference: pool.log == ["open 1", "open 2", "close 1"]; this: ["open 1", "close 1", "open 2"] (ids and close counts are the same).
//
// Exercise 7: a connection with exactly one owner (blind-spot wrong answer)

struct Connection: ~Copyable {
    let pool: ConnectionPool
    let id: Int
    let label: String

    init(pool: ConnectionPool, label: String) {
        self.pool = pool
        self.label = label
        self.id = pool.open()
    }

    /// Runs exactly once, whenever the value's life ends (Rust: `Drop::drop`).
    deinit {
        pool.close(id)
    }

    borrowing func send(_ message: String) {
        pool.send(message, on: id)
    }

    borrowing func duplicate() -> Connection {
        Connection(pool: pool, label: label)
    }

    /// Consuming self is enough: the value ends here and deinit closes it,
    /// just like Rust's `drop(x)`, whose body is empty.
    consuming func close() {}
}

func finish(_ connection: consuming Connection, farewell: String) {
    connection.send(farewell)
    // `connection` ends here: deinit closes it.
}

func reconnect(_ connection: inout Connection) {
    // Assigning over an inout noncopyable value ends the old value first.
    let pool = connection.pool
    let label = connection.label
    _ = consume connection                      // end the old connection first (deinit closes it)
    connection = Connection(pool: pool, label: label)
}
