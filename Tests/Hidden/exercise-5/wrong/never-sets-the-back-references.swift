// Plausible wrong answer: the cycles are "broken" by no longer setting
// the back references in add(_:) and adopt(_:). Nothing leaks and nothing
// crashes, but person.household and pet.household are always nil, even while
// the household is alive.

final class Household {
    let name: String
    private(set) var members: [Person] = []
    private(set) var pet: Pet?

    init(name: String) {
        self.name = name
    }

    func add(_ person: Person) {
        members.append(person)
    }

    func adopt(_ pet: Pet) {
        self.pet = pet
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
