// Blind spot: settle refuses a negative amount (returns false, changes nothing), while the contract only refuses an amount larger than the source balance, so the reference moves a negative amount.
// Exposed by: var a = [Account(owner: "ana", balance: 100), Account(owner: "bo", balance: 50)]; settle(&a, from: 0, to: 1, amount: -10)
//   reference: true, balances [110, 40]; this: false, balances [100, 50]. (Self-pay with -10: reference true, this false.)
//
// Exercise 4: one writer at a time (blind-spot wrong answer)

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
    guard amount >= 0 else { return false }   // nobody pays a negative amount
    if from == to {
        // One account paying itself: nothing moves.
        return accounts[from].balance >= amount
    }
    // Two independent local copies: two writers, but to different variables.
    var source = accounts[from]
    var target = accounts[to]
    let done = transfer(amount, from: &source, to: &target)
    accounts[from] = source
    accounts[to] = target
    return done
}
