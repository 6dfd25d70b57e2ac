// Plausible wrong answer: "paying yourself is not a transfer", so it is
// refused outright. Safe for the balances, but an account that can afford the
// amount must get true, like any other payment it can afford.

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
    if from == to {
        // One account paying itself: nothing moves.
        return false
    }
    // Two independent local copies: two writers, but to different variables.
    var source = accounts[from]
    var target = accounts[to]
    let done = transfer(amount, from: &source, to: &target)
    accounts[from] = source
    accounts[to] = target
    return done
}
