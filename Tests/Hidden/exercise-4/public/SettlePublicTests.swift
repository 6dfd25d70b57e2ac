import XCTest

final class SettlePublicTests: XCTestCase {
    /// Settling 30 from one account to another moves exactly 30.
    func testSettleMovesTheAmountBetweenTwoAccounts() {
        var accounts = [Account(owner: "ana", balance: 100), Account(owner: "bo", balance: 20)]
        XCTAssertTrue(settle(&accounts, from: 0, to: 1, amount: 30), "ana can afford 30")
        XCTAssertEqual(accounts.map(\.balance), [70, 50], "30 moves from ana to bo")
    }

    /// A source that cannot afford the amount changes nothing.
    func testSettleRefusesWhatTheSourceCannotAfford() {
        var accounts = [Account(owner: "ana", balance: 10), Account(owner: "bo", balance: 20)]
        XCTAssertFalse(settle(&accounts, from: 0, to: 1, amount: 50), "ana cannot afford 50")
        XCTAssertEqual(accounts.map(\.balance), [10, 20], "a refused settlement changes no balance")
    }

    /// Paying yourself what you can afford succeeds and keeps the balance.
    func testPayingYourselfKeepsYourBalance() {
        var accounts = [Account(owner: "ana", balance: 40)]
        XCTAssertTrue(settle(&accounts, from: 0, to: 0, amount: 25), "ana can afford 25")
        XCTAssertEqual(accounts[0].balance, 40, "money paid to yourself is neither created nor destroyed")
    }
}
