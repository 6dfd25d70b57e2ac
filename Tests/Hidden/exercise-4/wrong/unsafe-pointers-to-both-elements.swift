// Plausible wrong answer: silence the exclusivity error with
// `withUnsafeMutableBufferPointer` and pass two element addresses, the way a
// Rust programmer might reach for raw pointers instead of `split_at_mut`.
// It compiles because unsafe pointers switch the check off, but when
// from == to both `inout` arguments are the same account: transfer's two
// writes land on one balance and paying yourself creates money.

struct Account {
    var owner: String
    var balance: Int
}

/// Moves `amount` from `source` to `target`. Returns false (and changes
/// nothing) when `source` cannot afford it.
func transfer(_ amount: Int, from source: inout Account, to target: inout Account) -> Bool {
    guard source.balance >= amount else { return false }
    let newSource = source.balance - amount
    let newTarget = target.balance + amount
    source.balance = newSource
    target.balance = newTarget
    return true
}

/// Moves `amount` between two accounts of the same array.
func settle(_ accounts: inout [Account], from: Int, to: Int, amount: Int) -> Bool {
    return accounts.withUnsafeMutableBufferPointer { buffer in
        transfer(amount, from: &buffer[from], to: &buffer[to])
    }
}
