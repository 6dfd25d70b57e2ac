// Plausible wrong answer: `finish` takes its connection `borrowing`, the
// way a Python function just uses the object it is given. It compiles, but
// the caller keeps the connection, so it is not closed when finish returns:
// "given away" needs `consuming`.

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

func finish(_ connection: borrowing Connection, farewell: String) {
    connection.send(farewell)
    // `connection` ends here: deinit closes it.
}

func reconnect(_ connection: inout Connection) {
    // Assigning over an inout noncopyable value ends the old value first.
    connection = Connection(pool: connection.pool, label: connection.label)
}
