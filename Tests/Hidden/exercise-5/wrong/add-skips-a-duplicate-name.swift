// Blind spot: add(_:) refuses a person whose name is already in the household, so two different people with the same name cannot both be members.
// Exposed by: let h = Household(name: "h"); h.add(Person(name: "ana")); h.add(Person(name: "ana"))
//   reference: h.members.map(\.name) == ["ana", "ana"] (and the second person points back at h); this: ["ana"] (second.household == nil).
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
        guard !members.contains(where: { $0.name == person.name }) else { return }   // already a member
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
