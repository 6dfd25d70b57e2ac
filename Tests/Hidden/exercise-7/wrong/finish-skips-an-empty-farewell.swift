// Blind spot: finish(_:farewell:) sends nothing when the farewell is empty, while the reference always sends it before closing.
// Exposed by: let pool = ConnectionPool(); let c = Connection(pool: pool, label: "q"); finish(c, farewell: "")
//   reference: pool.log == ["open 1", "send 1 ", "close 1"]; this: ["open 1", "close 1"].
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
    if !farewell.isEmpty {             // nothing to say: skip the round trip
        connection.send(farewell)
    }
    // `connection` ends here: deinit closes it.
}

func reconnect(_ connection: inout Connection) {
    // Assigning over an inout noncopyable value ends the old value first.
    connection = Connection(pool: connection.pool, label: connection.label)
}
