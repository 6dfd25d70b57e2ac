// Plausible wrong answer: copies out and writes back, which compiles and
// works for two different accounts, but when from == to the second write
// overwrites the first, so paying yourself creates money.
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
    var target = accounts[to]
    let done = transfer(amount, from: &source, to: &target)
    accounts[from] = source
    accounts[to] = target
    return done
}
