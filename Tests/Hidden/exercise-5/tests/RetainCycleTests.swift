import XCTest

final class RetainCycleTests: XCTestCase {
    /// Counts the weak references to an object (1 for an object nobody refers to weakly).
    private func weakRefs(_ object: AnyObject) -> UInt { _getWeakRetainCount(object) }
    /// Counts the unowned references to an object (1 for an object nobody refers to as unowned).
    private func unownedRefs(_ object: AnyObject) -> UInt { _getUnownedRetainCount(object) }

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
            XCTAssertTrue(b.household === h, "every member added with add(_:) must point back at the household")
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

    func testTheHouseholdStillOwnsItsMembersAndItsPet() {
        let h = Household(name: "Berg")
        weak var member: Person?
        weak var dog: Pet?
        do {
            let p = Person(name: "ulla")
            let d = Pet(name: "fido")
            h.add(p)
            h.add(Person(name: "sven"))
            h.adopt(d)
            member = p
            dog = d
        }
        XCTAssertNotNil(member, "the household holds its members strongly: a member must stay alive while the household lives, even when nobody else holds it. Only the back references should be weak")
        XCTAssertNotNil(dog, "the household holds its pet strongly: the pet must stay alive while the household lives. Only Pet.household should be weak, not Household.pet")
        XCTAssertEqual(h.members.map { $0.name }, ["ulla", "sven"], "members lists everyone added, in the order they were added")
        XCTAssertEqual(h.pet?.name, "fido", "pet returns the adopted pet while the household lives")
        XCTAssertTrue(h.members.allSatisfy { $0.household === h }, "each member still points back at the household")
        XCTAssertTrue(h.pet?.household === h, "the pet still points back at the household")
    }

    func testTheBackReferencesAreWeakNotUnowned() {
        let h = Household(name: "Novak")
        let person = Person(name: "ivo")
        let pet = Pet(name: "bara")
        let weakBefore = weakRefs(h)
        h.add(person)
        XCTAssertEqual(unownedRefs(h), 1,
                       "Person.household is declared `unowned`: once the household is gone, reading it would crash. Use `weak` so that it becomes nil")
        XCTAssertEqual(weakRefs(h), weakBefore + 1,
                       "after add(_:), the household should have exactly one new weak reference (the person's back reference); found \(weakRefs(h) - weakBefore). Person.household must be declared `weak`: a strong one leaks, and an `unowned(unsafe)` one points at freed memory once the household is gone")
        h.adopt(pet)
        XCTAssertEqual(unownedRefs(h), 1,
                       "Pet.household is declared `unowned`: once the household is gone, reading it would crash. Use `weak` so that it becomes nil")
        XCTAssertEqual(weakRefs(h), weakBefore + 2,
                       "after adopt(_:), the household should have one more weak reference (the pet's back reference); found \(weakRefs(h) - weakBefore) in all. Pet.household must be declared `weak` too")
    }

    func testAPersonWhoOutlivesTheHouseholdSeesNil() {
        let survivor = Person(name: "dee")
        weak var household: Household?
        var safeToRead = false
        do {
            let h = Household(name: "Moreau")
            let weakBefore = weakRefs(h)
            h.add(survivor)
            household = h
            // Only a weak back reference may be read after the household is gone:
            // an unowned one would crash, an unowned(unsafe) one would read freed memory.
            safeToRead = unownedRefs(h) == 1 && weakRefs(h) == weakBefore + 2
            XCTAssertTrue(safeToRead,
                          "Person.household must be a `weak` reference (not strong, `unowned` or `unowned(unsafe)`): only a weak reference can be read safely after the household is gone")
        }
        XCTAssertNil(household, "the household must be freed even though one of its members is still alive")
        // Reading a dangling reference would crash the test run or read freed memory; stop here instead.
        guard household == nil, safeToRead else { return }
        XCTAssertNil(survivor.household, "a person who outlives the household must read household as nil")
        XCTAssertEqual(survivor.name, "dee", "the surviving person is still usable")
    }

    func testAPetThatOutlivesTheHouseholdSeesNil() {
        let stray = Pet(name: "biscuit")
        weak var household: Household?
        var safeToRead = false
        do {
            let h = Household(name: "Silva")
            let weakBefore = weakRefs(h)
            h.adopt(stray)
            household = h
            safeToRead = unownedRefs(h) == 1 && weakRefs(h) == weakBefore + 2
            XCTAssertTrue(safeToRead,
                          "Pet.household must be a `weak` reference (not strong, `unowned` or `unowned(unsafe)`): only a weak reference can be read safely after the household is gone")
        }
        XCTAssertNil(household, "the household must be freed even though its pet is still alive")
        guard household == nil, safeToRead else { return }
        XCTAssertNil(stray.household, "a pet that outlives the household must read household as nil")
    }
}
