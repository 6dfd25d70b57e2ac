// Plausible wrong answer: close() closes, duplicate/reconnect are right, but
// there is no deinit, so a connection that is dropped, given away or
// replaced is never closed (its "destructor" never runs).
struct Connection: ~Copyable {
    let pool: ConnectionPool
    let id: Int
    let label: String

    init(pool: ConnectionPool, label: String) {
        self.pool = pool
        self.label = label
        self.id = pool.open()
    }

    borrowing func send(_ message: String) {
        pool.send(message, on: id)
    }

    borrowing func duplicate() -> Connection {
        Connection(pool: pool, label: label)
    }

    consuming func close() {
        pool.close(id)
    }
}

func finish(_ connection: consuming Connection, farewell: String) {
    connection.send(farewell)
}

func reconnect(_ connection: inout Connection) {
    connection = Connection(pool: connection.pool, label: connection.label)
}
