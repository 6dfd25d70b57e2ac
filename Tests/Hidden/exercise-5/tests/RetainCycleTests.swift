import XCTest

final class RetainCycleTests: XCTestCase {
    func testAHouseholdAndItsMembersAreFreedTogether() {
        weak var household: Household?
        weak var ana: Person?
        weak var bo: Person?
        do {
            let h = Household(name: "Okafor")
            let a = Person(name: "ana")
            let b = Person(name: "bo")
            h.add(a)
            h.add(b)
            household = h
            ana = a
            bo = b
            XCTAssertTrue(a.household === h, "while the household is alive, person.household must return it")
        }
        XCTAssertNil(household, "nobody outside holds the household any more, so it must be freed: Person.household must not be a strong reference")
        XCTAssertNil(ana, "the household's members must be freed together with the household")
        XCTAssertNil(bo, "the household's members must be freed together with the household")
    }

    func testAHouseholdAndItsPetAreFreedTogether() {
        weak var household: Household?
        weak var rex: Pet?
        do {
            let h = Household(name: "Lind")
            let p = Pet(name: "rex")
            h.adopt(p)
            household = h
            rex = p
            XCTAssertTrue(p.household === h, "while the household is alive, pet.household must return it")
        }
        XCTAssertNil(household, "nobody outside holds the household any more, so it must be freed: Pet.household must not be a strong reference either (this is the second cycle)")
        XCTAssertNil(rex, "the pet must be freed together with its household")
    }

    func testAHouseholdWithMembersAndAPetLeavesNothingBehind() {
        weak var household: Household?
        weak var person: Person?
        weak var pet: Pet?
        do {
            let h = Household(name: "Tanaka")
            let p = Person(name: "kei")
            let cat = Pet(name: "mochi")
            h.add(p)
            h.adopt(cat)
            household = h
            person = p
            pet = cat
        }
        XCTAssertNil(household, "household leaked: both back references (Person.household and Pet.household) must be weak")
        XCTAssertNil(person, "person leaked")
        XCTAssertNil(pet, "pet leaked")
    }

    func testAPersonWhoOutlivesTheHouseholdSeesNil() {
        let survivor = Person(name: "dee")
        weak var household: Household?
        var unownedRefs: UInt = 0
        do {
            let h = Household(name: "Moreau")
            h.add(survivor)
            household = h
            // An `unowned` reference to h raises h's unowned count above 1.
            unownedRefs = _getUnownedRetainCount(h)
            XCTAssertEqual(unownedRefs, 1,
                           "Person.household is declared `unowned`: it would crash when read after the household is gone. Use `weak` so that it becomes nil")
        }
        XCTAssertNil(household, "the household must be freed even though one of its members is still alive")
        // Reading a dangling unowned reference would crash the test run; stop here instead.
        guard household == nil, unownedRefs == 1 else { return }
        XCTAssertNil(survivor.household, "a person who outlives the household must read household as nil")
    }

    func testAPetThatOutlivesTheHouseholdSeesNil() {
        let stray = Pet(name: "biscuit")
        weak var household: Household?
        var unownedRefs: UInt = 0
        do {
            let h = Household(name: "Silva")
            h.adopt(stray)
            household = h
            // An `unowned` reference to h raises h's unowned count above 1.
            unownedRefs = _getUnownedRetainCount(h)
            XCTAssertEqual(unownedRefs, 1,
                           "Pet.household is declared `unowned`: it would crash when read after the household is gone. Use `weak` so that it becomes nil")
        }
        XCTAssertNil(household, "the household must be freed even though its pet is still alive")
        // Reading a dangling unowned reference would crash the test run; stop here instead.
        guard household == nil, unownedRefs == 1 else { return }
        XCTAssertNil(stray.household, "a pet that outlives the household must read household as nil")
    }
}
