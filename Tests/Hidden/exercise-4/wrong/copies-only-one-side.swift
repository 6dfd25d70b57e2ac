// Plausible wrong answer: only the source is copied to a local, the target
// is still accessed in place. It compiles (one access to the array), but
// when from == to the write-back of the stale source destroys money.
struct Account {
    var owner: String
    var balance: Int
}

func transfer(_ amount: Int, from source: inout Account, to target: inout Account) -> Bool {
    guard source.balance >= amount else { return false }
    let newSource = source.balance - amount
    let newTarget = target.balance + amount
    source.balance = newSource
    target.balance = newTarget
    return true
}

func settle(_ accounts: inout [Account], from: Int, to: Int, amount: Int) -> Bool {
    var source = accounts[from]
    let done = transfer(amount, from: &source, to: &accounts[to])
    accounts[from] = source
    return done
}
