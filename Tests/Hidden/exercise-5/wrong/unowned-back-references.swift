// Plausible wrong answer: `unowned` breaks both cycles, but a person or pet
// that outlives its household is left with a dangling reference: reading it
// crashes instead of returning nil.

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
    unowned var household: Household?

    init(name: String) {
        self.name = name
    }
}

final class Pet {
    let name: String
    unowned var household: Household?

    init(name: String) {
        self.name = name
    }
}
