// Plausible wrong answer: for the pet, the weak reference was put on the
// owning side (`weak var pet` in Household) as well as on the back reference.
// No cycle and no crash, but now nothing owns the pet: as soon as the code
// that created it lets go, the household's pet is gone.

final class Household {
    let name: String
    private(set) var members: [Person] = []
    private(set) weak var pet: Pet?

    init(name: String) {
        self.name = name
    }

    func add(_ person: Person) {
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
