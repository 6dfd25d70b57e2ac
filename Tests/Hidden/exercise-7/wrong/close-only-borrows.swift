// Plausible wrong answer: the deinit is right, and close() was made
// `borrowing` with an empty body ("closing should not take the connection
// away from me"). But then close() does not end the value: nothing is closed
// until the caller's scope ends, and the caller can keep using a "closed"
// connection.

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
    borrowing func close() {}
}

func finish(_ connection: consuming Connection, farewell: String) {
    connection.send(farewell)
    // `connection` ends here: deinit closes it.
}

func reconnect(_ connection: inout Connection) {
    // Assigning over an inout noncopyable value ends the old value first.
    connection = Connection(pool: connection.pool, label: connection.label)
}
