// Plausible wrong answer: `unowned(unsafe)`, found while searching for
// "the fastest way to break a retain cycle". It breaks both cycles and adds no
// reference counting at all, but a person or pet that outlives its household
// then points at freed memory: reading it is a use after free that may
// crash, or may quietly return garbage.

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
    unowned(unsafe) var household: Household?

    init(name: String) {
        self.name = name
    }
}

final class Pet {
    let name: String
    unowned(unsafe) var household: Household?

    init(name: String) {
        self.name = name
    }
}
