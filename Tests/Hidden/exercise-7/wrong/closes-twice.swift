// Plausible wrong answer: a deinit was added, but close() still closes too,
// so an explicit close() is followed by a second close from deinit.
struct Connection: ~Copyable {
    let pool: ConnectionPool
    let id: Int
    let label: String

    init(pool: ConnectionPool, label: String) {
        self.pool = pool
        self.label = label
        self.id = pool.open()
    }

    deinit {
        pool.close(id)
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
