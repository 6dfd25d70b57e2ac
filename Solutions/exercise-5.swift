// Exercise 5: break the reference cycles
//
// Swift frees a class instance when its last STRONG reference goes away
// (automatic reference counting, ARC). Python does the same with its
// reference counts, but Python also has a cycle collector that finds groups
// of objects that only keep each other alive. Swift has no such collector:
// a cycle of strong references is a leak.
//
// Here a Household holds its members and its pet strongly, and each Person
// and each Pet points back at its household, also strongly. That makes TWO
// kinds of cycle:  Household <-> Person  and  Household <-> Pet.
//
// What to do: change the back references so that
//   - once nobody outside holds the household, its members and its pet,
//     all of them are freed (the tests watch them with weak references);
//   - a person or pet that outlives its household (someone else still holds
//     it) reads `household` as nil afterwards, without crashing;
//   - while the household is alive, `person.household` and `pet.household`
//     still return it.
//   - the household still owns its members and its pet: they stay alive as
//     long as the household does, even if nobody else holds them;
//   - `add(_:)` always appends the person to `members` and points them back
//     at this household: also a second person with a name already there, the
//     same person twice, or a person who belongs to another household (who
//     then points at the new one and stays in the old one's list too);
//   - `adopt(_:)` replaces the household's pet and points the new pet back;
//     the replaced pet keeps pointing at the household (while it lives).
// Choose between `weak` and `unowned` carefully: an `unowned` reference is
// not set to nil when its object dies, and reading it afterwards crashes
// (`unowned(unsafe)` is worse: it reads freed memory). The tests check that
// the back references are `weak` by counting the household's weak and
// unowned references, so a wrong choice fails a test instead of crashing it.

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
