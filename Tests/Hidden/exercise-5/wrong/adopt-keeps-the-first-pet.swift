// Blind spot: adopt(_:) keeps the household's first pet and ignores a second adoption, instead of replacing the pet.
// Exposed by: let h = Household(name: "h"), a = Pet(name: "rex"), b = Pet(name: "tom"); h.adopt(a); h.adopt(b)
//   reference: h.pet?.name == "tom", b.household === h; this: h.pet?.name == "rex", b.household == nil.
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
        members.append(person)
        person.household = self
    }

    func adopt(_ pet: Pet) {
        guard self.pet == nil else { return }   // one pet per household
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
