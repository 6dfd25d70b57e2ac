// Plausible wrong answer: reconnect closes the old connection by hand and
// then assigns the new one, the Python `old.close(); conn = new()` habit.
// Assigning over the old value already ends it and runs its deinit, so the old
// id is closed twice.

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
    connection.pool.close(connection.id)
    connection = Connection(pool: connection.pool, label: connection.label)
}
