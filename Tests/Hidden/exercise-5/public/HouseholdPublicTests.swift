import XCTest

final class HouseholdPublicTests: XCTestCase {
    /// A household with one member is freed, member included, once nobody outside holds them.
    func testAHouseholdWithOneMemberIsFreed() {
        weak var watchedHousehold: Household?
        weak var watchedPerson: Person?
        do {
            let home = Household(name: "Lee")
            let sam = Person(name: "Sam")
            home.add(sam)
            watchedHousehold = home
            watchedPerson = sam
        }
        XCTAssertNil(watchedHousehold, "the household is still alive: a strong back reference keeps it in a cycle")
        XCTAssertNil(watchedPerson, "the member is still alive once nobody holds the household")
    }

    /// A pet points back at its household while the household lives, and reads nil once it is freed.
    func testAPetPointsBackOnlyWhileItsHouseholdLives() {
        let rex = Pet(name: "Rex")
        do {
            let home = Household(name: "Lee")
            home.adopt(rex)
            XCTAssertTrue(rex.household === home, "while the household lives, pet.household returns it")
        }
        XCTAssertNil(rex.household, "the household nobody holds should be freed, and a weak back reference then reads nil")
    }

    /// A person kept after their household is freed reads `household` as nil.
    func testAPersonKeptAfterTheHouseholdReadsNil() {
        let sam = Person(name: "Sam")
        do {
            let home = Household(name: "Lee")
            home.add(sam)
        }
        XCTAssertNil(sam.household, "the household nobody holds should be freed, and a weak back reference then reads nil")
    }
}
