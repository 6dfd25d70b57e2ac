import XCTest

final class ExclusivityTests: XCTestCase {
    private func bank() -> [Account] {
        [Account(owner: "ana", balance: 100),
         Account(owner: "bo", balance: 50),
         Account(owner: "cy", balance: 0)]
    }

    private func total(_ accounts: [Account]) -> Int {
        accounts.reduce(0) { $0 + $1.balance }
    }

    func testSettlingBetweenTwoAccountsMovesTheAmount() {
        var accounts = bank()
        let ok = settle(&accounts, from: 0, to: 2, amount: 30)
        XCTAssertTrue(ok, "ana has 100, so paying 30 must succeed and return true")
        XCTAssertEqual(accounts.map { $0.balance }, [70, 50, 30],
                       "after ana pays cy 30 the balances should be [70, 50, 30]")
        XCTAssertEqual(accounts.map { $0.owner }, ["ana", "bo", "cy"],
                       "settling must not reorder or rename accounts")
    }

    func testSettlingWorksInBothDirections() {
        var accounts = bank()
        XCTAssertTrue(settle(&accounts, from: 1, to: 0, amount: 50), "bo has 50, so paying 50 must succeed")
        XCTAssertEqual(accounts.map { $0.balance }, [150, 0, 0],
                       "after bo pays ana 50 the balances should be [150, 0, 0]")
    }

    func testAnUnaffordableTransferChangesNothing() {
        var accounts = bank()
        let ok = settle(&accounts, from: 1, to: 0, amount: 51)
        XCTAssertFalse(ok, "bo has only 50, so paying 51 must return false")
        XCTAssertEqual(accounts.map { $0.balance }, [100, 50, 0],
                       "a refused transfer must leave every balance unchanged")
    }

    func testPayingYourselfLeavesTheBalanceUnchanged() {
        var accounts = bank()
        let ok = settle(&accounts, from: 0, to: 0, amount: 40)
        XCTAssertTrue(ok, "ana can afford 40, so paying herself 40 succeeds (and moves nothing)")
        XCTAssertEqual(accounts[0].balance, 100,
                       "paying yourself must leave your balance at 100: writing back two copies of the same account would create or destroy money")
        XCTAssertEqual(total(accounts), 150, "the bank's total must stay 150")
    }

    func testPayingYourselfMoreThanYouHaveIsRefused() {
        var accounts = bank()
        XCTAssertFalse(settle(&accounts, from: 2, to: 2, amount: 5),
                       "cy has 0, so even paying herself 5 must return false")
        XCTAssertEqual(accounts.map { $0.balance }, [100, 50, 0], "nothing changes")
    }

    func testTheTotalNeverChangesOverManySettlements() {
        var accounts = bank()
        let moves: [(Int, Int, Int)] = [(0, 1, 10), (1, 2, 25), (2, 2, 5), (2, 0, 100),
                                        (0, 0, 60), (1, 0, 35), (0, 2, 145), (2, 1, 1)]
        for (from, to, amount) in moves {
            _ = settle(&accounts, from: from, to: to, amount: amount)
            XCTAssertEqual(total(accounts), 150,
                           "after settle(from: \(from), to: \(to), amount: \(amount)) the total must still be 150")
        }
        XCTAssertEqual(accounts.map { $0.balance }, [125, 1, 24],
                       "after the whole sequence (two of the eight moves are refused as unaffordable) the balances should be [125, 1, 24]")
    }

    func testPayingYourselfExactlyYourWholeBalanceSucceeds() {
        var accounts = bank()
        XCTAssertTrue(settle(&accounts, from: 1, to: 1, amount: 50),
                      "bo has exactly 50, so paying himself 50 is affordable and must return true (the same >= rule as transfer)")
        XCTAssertEqual(accounts.map { $0.balance }, [100, 50, 0], "paying yourself changes no balance")
        XCTAssertEqual(accounts.map { $0.owner }, ["ana", "bo", "cy"], "paying yourself must not rename or reorder accounts")
        XCTAssertFalse(settle(&accounts, from: 1, to: 1, amount: 51),
                       "bo has 50, so paying himself 51 is not affordable and must return false")
    }

    func testPayingNothingAlwaysSucceedsAndChangesNothing() {
        var accounts = bank()
        XCTAssertTrue(settle(&accounts, from: 2, to: 1, amount: 0),
                      "cy has 0, and paying 0 is affordable: it must return true")
        XCTAssertTrue(settle(&accounts, from: 2, to: 2, amount: 0),
                      "cy paying herself 0 is affordable too: it must return true")
        XCTAssertEqual(accounts.map { $0.balance }, [100, 50, 0], "paying 0 changes no balance")
    }

    func testSettlingLeavesTheOtherAccountsAlone() {
        var accounts = bank() + [Account(owner: "dov", balance: 7)]
        XCTAssertTrue(settle(&accounts, from: 3, to: 1, amount: 7), "dov has exactly 7, so paying 7 must succeed")
        XCTAssertEqual(accounts.map { $0.balance }, [100, 57, 0, 0],
                       "dov pays bo 7: only their two balances change, to 0 and 57")
        XCTAssertEqual(accounts.map { $0.owner }, ["ana", "bo", "cy", "dov"],
                       "each account keeps its owner: write each local copy back to the index it came from")
    }
}
