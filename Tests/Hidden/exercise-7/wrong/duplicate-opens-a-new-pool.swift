// Plausible wrong answer: duplicate() makes its copy from a brand-new
// ConnectionPool, as if cloning meant cloning everything. The duplicate must be
// a second connection from the SAME pool, with the same label.

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
        Connection(pool: ConnectionPool(), label: label)
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
    connection = Connection(pool: connection.pool, label: connection.label)
}
