// Exercise 4: one writer at a time (the Law of Exclusivity)
//
// THIS FILE DOES NOT COMPILE YET; THAT IS THE POINT. Run the check and read
// the compiler's message about "overlapping accesses to 'accounts'".
//
// `transfer(_:from:to:)` takes two `inout` accounts. `settle` passes two
// elements of the SAME array to it: `&accounts[from]` and `&accounts[to]`.
// Each `&` starts a write access to the whole array that lasts for the whole
// call, so there would be two writers at once. Swift refuses, just as Rust
// refuses two `&mut` borrows of one Vec.
//
// What to do: rewrite the body of `settle` so that it compiles and works.
// Rules the tests check:
//   - moving `amount` from account `from` to account `to` (different indices)
//     lowers one balance and raises the other by exactly `amount`;
//   - if the source balance is smaller than `amount`, nothing changes and
//     `settle` returns false; otherwise it returns true;
//   - settling from an account to ITSELF (`from == to`) follows the same
//     true/false rule but leaves every balance exactly as it was (no money
//     created or destroyed);
//   - the total of all balances never changes;
//   - `amount` may be negative or zero: the same rule applies (a source whose
//     balance is at least `amount` pays it), so settling -10 from ana to bo
//     raises ana's balance by 10 and lowers bo's by 10;
//   - two accounts are two accounts even when they have the same owner: only
//     the indices `from` and `to` say whether it is one account paying itself.
// The tests only pass valid indices, and balances and amounts between
// -1_000_000 and 1_000_000 (so no sum overflows).
// Keep `transfer` as it is (it is fine) and call it with accounts that do not
// overlap: for example copy the two elements into local variables first and
// write them back afterwards. Think about what writing back does when
// `from == to`.

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
