import CourseHarness
@testable import Reference
import XCTest

/// Generated cases: the learner's settle and transfer against the reference solution on inputs nobody wrote
/// down (two accounts of one owner, negative and zero amounts, negative balances, amounts equal to the
/// balance, long banks) and on long sequences of settlements.
final class GeneratedSettleTests: XCTestCase {
    typealias AccountSpec = (owner: String, balance: Int)

    static let owner = Gen<String>.frequency([
        (4, Gen.element(of: ["ana", "bo", "ana", "", "zoë", "a\u{0}b"])), (1, Gen.string(of: .character, maxCount: 10)),
    ])
    static let balance = Gen<Int>.frequency([
        (4, Gen.int(in: 0...200)), (1, Gen.int(in: -1000...(-1))), (1, Gen.element(of: [1_000_000, -1_000_000, 0])),
    ])
    static let amount = Gen<Int>.frequency([
        (4, Gen.int(in: 0...200)), (2, Gen.int(in: -200...(-1))), (1, Gen.element(of: [1_000_000, -1_000_000, 0])),
    ])
    static let account: Gen<AccountSpec> = zip(owner, balance).map { (owner: $0.0, balance: $0.1) }
    static let bank = Gen<[AccountSpec]>.frequency([(5, account.array(in: 1...6)), (1, account.array(in: 30...80))])

    /// A bank and one settlement in it: indices inside the bank, often the same one, the amount now and then
    /// exactly the source's balance.
    static let settlement = bank.flatMap { bank in
        zip(Gen.int(in: 0...(bank.count - 1)), Gen.int(in: 0...(bank.count - 1)), amount, Gen.int(in: 0...3)).map { from, to, amount, pick in
            (bank: bank, from: from, to: pick == 0 ? from : to, amount: pick == 1 ? bank[from].balance : amount)
        }
    }

    static func code(_ bank: [AccountSpec]) -> String {
        "[" + bank.map { "Account(owner: \(courseDescribe($0.owner)), balance: \($0.balance))" }.joined(separator: ", ") + "]"
    }

    /// Owners and balances as plain standard-library values, compared with the standard library's `==` first
    /// (fast); the structural comparison then only runs to word a difference.
    static func same(_ mine: [Submission.Account], _ theirs: [Reference.Account], _ call: @autoclosure () -> String) -> String? {
        mine.map(\.owner) == theirs.map(\.owner) && mine.map(\.balance) == theirs.map(\.balance)
            ? nil : courseSame(mine as Any, theirs as Any, call())
    }

    /// settle(_:from:to:amount:) returns what the reference returns and leaves every account as the
    /// reference's, for any bank, pair of indices (the same one included) and amount.
    func testSettleAgreesWithTheReferenceOnGeneratedBanks() {
        forAll(Self.settlement, describe: { "\(Self.code($0.bank)), from: \($0.from), to: \($0.to), amount: \($0.amount)" }) { spec in
            var mine = spec.bank.map { Submission.Account(owner: $0.owner, balance: $0.balance) }
            var theirs = spec.bank.map { Reference.Account(owner: $0.owner, balance: $0.balance) }
            let mineResult = Submission.settle(&mine, from: spec.from, to: spec.to, amount: spec.amount)
            let theirResult = Reference.settle(&theirs, from: spec.from, to: spec.to, amount: spec.amount)
            var call: String { "var accounts = \(Self.code(spec.bank)); settle(&accounts, from: \(spec.from), to: \(spec.to), amount: \(spec.amount))" }
            if mineResult != theirResult { return courseSame(mineResult as Any, theirResult as Any, call) }
            return Self.same(mine, theirs, call + "; then accounts")
        }
    }

    /// transfer(_:from:to:) between two separate accounts returns and changes what the reference's does.
    func testTransferAgreesWithTheReferenceOnGeneratedAccounts() {
        forAll(zip(Self.account, Self.account, Self.amount)) { source, target, amount in
            var mineSource = Submission.Account(owner: source.owner, balance: source.balance)
            var mineTarget = Submission.Account(owner: target.owner, balance: target.balance)
            var theirSource = Reference.Account(owner: source.owner, balance: source.balance)
            var theirTarget = Reference.Account(owner: target.owner, balance: target.balance)
            let mine = Submission.transfer(amount, from: &mineSource, to: &mineTarget)
            let theirs = Reference.transfer(amount, from: &theirSource, to: &theirTarget)
            let call = "transfer(\(amount), from: &\(Self.code([source])), to: &\(Self.code([target])))"
            return courseSame((mine, mineSource, mineTarget) as Any, (theirs, theirSource, theirTarget) as Any, call)
        }
    }

    typealias Op = (from: Int, to: Int, amount: Int)

    /// A long sequence of settlements (self-payments, negative amounts, refused ones) on one bank in which two
    /// accounts share an owner, in lockstep with the reference: every result and every balance agree.
    func testEverySettlementInASequenceAgreesWithTheReference() {
        let index = Gen.int(in: 0...3)
        let op: Gen<Op> = zip(index, index, Self.amount, Gen.bool).map { (from: $0.0, to: $0.3 ? $0.0 : $0.1, amount: $0.2) }
        let start: [AccountSpec] = [(owner: "ana", balance: 100), (owner: "bo", balance: 50), (owner: "ana", balance: 0), (owner: "cy", balance: -20)]
        forAllSequences(op, cases: 150, setUp: "var accounts = \(Self.code(start))",
            start: { (start.map { Submission.Account(owner: $0.owner, balance: $0.balance) },
                      start.map { Reference.Account(owner: $0.owner, balance: $0.balance) }) },
            code: { "_ = settle(&accounts, from: \($0.from), to: \($0.to), amount: \($0.amount))" },
            step: { op, mine, theirs in
                let mineResult = Submission.settle(&mine, from: op.from, to: op.to, amount: op.amount)
                let theirResult = Reference.settle(&theirs, from: op.from, to: op.to, amount: op.amount)
                if mineResult != theirResult { return courseSame(mineResult as Any, theirResult as Any, "the result") }
                return Self.same(mine, theirs, "accounts")
            })
    }
}
