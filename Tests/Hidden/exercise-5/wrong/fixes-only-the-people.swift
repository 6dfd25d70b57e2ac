// Plausible wrong answer: the Person back reference is weak, but the Pet
// back reference was forgotten, so Household <-> Pet still leaks.

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
    var household: Household?

    init(name: String) {
        self.name = name
    }
}
