// Exercise 7: a connection with exactly one owner
//
// `Connection` is a noncopyable struct (`~Copyable`): like a Rust value
// without `Clone`, it can be moved or borrowed but never silently copied.
// The `ConnectionPool` (provided by the course) hands out ids and counts how
// often each id is closed. Every connection must be closed EXACTLY ONCE,
// whichever way its life ends:
//   - it is simply dropped (goes out of scope)       -> closed once;
//   - `close()` is called                             -> closed once;
//   - it is given away to `finish(_:farewell:)`       -> closed once, at the
//     end of `finish`, after the farewell was sent (always sent, even "");
//   - `reconnect(_:)` replaces it with a new one      -> the new connection
//     (new id, same label) is opened FIRST, then the old id is closed once,
//     and the new one stays open (the pool's log reads "open 2", "close 1").
// `duplicate()` is the explicit clone: it opens a SECOND connection from the
// same pool with the same label (a new id), like calling `.clone()` in Rust.
//
// What to do:
//   1. Add a `deinit` that closes the connection in the pool (Rust: `Drop`).
//   2. Then fix `close()` so that it does not close a second time (the
//      deinit will run when the consumed value ends).
//   3. Implement `duplicate()` and `reconnect(_:)`.
// The tests count closes per id: "closed 0 times" means the deinit did not
// run, "closed 2 times" means some path closed it twice.

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
    connection = Connection(pool: connection.pool, label: connection.label)
}
