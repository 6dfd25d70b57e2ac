// Blind spot: add(_:) ignores a person who already belongs to a household, so moving a person to a second household does nothing.
// Exposed by: let h1 = Household(name: "a"), h2 = Household(name: "b"), p = Person(name: "p"); h1.add(p); h2.add(p)
//   reference: p.household === h2, h2.members.count == 1; this: p.household === h1, h2.members.count == 0.
//
// Exercise 5: break the reference cycles (blind-spot wrong answer)
//
// Both back references are `weak`: they do not keep the household alive, and
// they read nil once it is gone. `unowned` would also break the cycles, but a
// person can outlive the household (they are held elsewhere), and reading an
// unowned reference to a dead object crashes.

final class Household {
    let name: String
    private(set) var members: [Person] = []
    private(set) var pet: Pet?

    init(name: String) {
        self.name = name
    }

    func add(_ person: Person) {
        guard person.household == nil else { return }   // a person lives in one household
        members.append(person)
        person.household = self
    }

    func adopt(_ pet: Pet) {
        self.pet = pet
        pet.household = self
    }
}

final class Person {
    let name: String
    weak var household: Household?

    init(name: String) {
        self.name = name
    }
}

final class Pet {
    let name: String
    weak var household: Household?

    init(name: String) {
        self.name = name
    }
}
