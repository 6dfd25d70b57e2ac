import CourseHarness
@testable import Reference
import XCTest

/// Generated cases: the learner's Household, Person and Pet against the reference solution on inputs nobody
/// wrote down (two people with one name, the same person added twice, a person moved to a second household,
/// a second pet, many members) and on random sequences of adds, adoptions and dropped variables.
final class GeneratedHouseholdTests: XCTestCase {
    static let name = Gen<String>.frequency([
        (4, Gen.element(of: ["ana", "bo", "ana", "", "zoë", "a\u{0}b"])), (1, Gen.string(of: .character, maxCount: 10)),
    ])

    /// Whether the learner's back references are weak (else reading one after its household dies may crash,
    /// and the other tests of this exercise say what to change).
    static func learnerBackReferencesAreWeak() -> Bool {
        let household = Submission.Household(name: "probe")
        let before = _getWeakRetainCount(household)
        household.add(Submission.Person(name: "p"))
        household.adopt(Submission.Pet(name: "q"))
        return _getWeakRetainCount(household) == before + 2 && _getUnownedRetainCount(household) == 1
    }

    /// The index of `object` in `slots` (by identity) as text, or its name when it is in none, or nil.
    static func which<T: AnyObject>(_ object: T?, in slots: [T], _ prefix: String, _ name: (T) -> String) -> String {
        guard let object else { return "nil" }
        if let index = slots.firstIndex(where: { $0 === object }) { return "\(prefix)\(index)" + (prefix.hasSuffix("[") ? "]" : "") }
        return "another \(courseDescribe(name(object)))"
    }

    /// add(_:) with generated people (repeated names, the same person again): members list every add in
    /// order, and every person points back at the household, as the reference's do.
    func testAddAppendsEveryPersonAndPointsThemBackLikeTheReference() {
        guard Self.learnerBackReferencesAreWeak() else { return XCTFail("Person.household and Pet.household must be weak references") }
        let gen = zip(Self.name.array(in: 1...6), Gen.int(in: 0...5).array(in: 1...12))
        forAll(gen) { names, picks in
            let mine = Submission.Household(name: "h"), theirs = Reference.Household(name: "h")
            let minePeople = names.map { Submission.Person(name: $0) }, theirPeople = names.map { Reference.Person(name: $0) }
            var calls = "let people = \(courseDescribe(names)).map { Person(name: $0) }; let h = Household(name: \"h\")"
            for pick in picks.map({ $0 % names.count }) {
                mine.add(minePeople[pick])
                theirs.add(theirPeople[pick])
                calls += "; h.add(people[\(pick)])"
            }
            let observedMine = (mine.members.map { Self.which($0, in: minePeople, "people[", \.name) },
                                minePeople.map { Self.which($0.household, in: [mine], "h", \.name) })
            let observedTheirs = (theirs.members.map { Self.which($0, in: theirPeople, "people[", \.name) },
                                  theirPeople.map { Self.which($0.household, in: [theirs], "h", \.name) })
            return courseSame(observedMine as Any, observedTheirs as Any, calls + "; (h.members, people.map(\\.household))")
        }
    }

    /// adopt(_:) several times in a row: the household has the last pet, and every adopted pet points back,
    /// as the reference's do.
    func testAdoptReplacesThePetAndPointsItBackLikeTheReference() {
        guard Self.learnerBackReferencesAreWeak() else { return XCTFail("Person.household and Pet.household must be weak references") }
        forAll(zip(Self.name.array(in: 1...4), Gen.int(in: 0...3).array(in: 1...6))) { names, picks in
            let mine = Submission.Household(name: "h"), theirs = Reference.Household(name: "h")
            let minePets = names.map { Submission.Pet(name: $0) }, theirPets = names.map { Reference.Pet(name: $0) }
            var calls = "let pets = \(courseDescribe(names)).map { Pet(name: $0) }; let h = Household(name: \"h\")"
            for pick in picks.map({ $0 % names.count }) {
                mine.adopt(minePets[pick])
                theirs.adopt(theirPets[pick])
                calls += "; h.adopt(pets[\(pick)])"
            }
            let observedMine = (Self.which(mine.pet, in: minePets, "pets[", \.name), minePets.map { Self.which($0.household, in: [mine], "h", \.name) })
            let observedTheirs = (Self.which(theirs.pet, in: theirPets, "pets[", \.name), theirPets.map { Self.which($0.household, in: [theirs], "h", \.name) })
            return courseSame(observedMine as Any, observedTheirs as Any, calls + "; (h.pet, pets.map(\\.household))")
        }
    }

    /// A household with many members and a pet is freed with everyone nobody else holds; the ones still
    /// held outside survive and read `household` as nil.
    func testAHouseholdOfAnySizeIsFreedAndLeavesNoDanglingBackReference() {
        guard Self.learnerBackReferencesAreWeak() else { return XCTFail("Person.household and Pet.household must be weak references") }
        forAll(zip(Gen.bool.array(in: 0...40), Gen.bool, Gen.bool), cases: 100) { keepPeople, hasPet, keepPet in
            weak var household: Submission.Household?
            var freed: [() -> Bool] = []
            var kept: [Submission.Person] = []
            var keptPet: Submission.Pet?
            do {
                let h = Submission.Household(name: "h")
                household = h
                for keep in keepPeople {
                    let person = Submission.Person(name: "p")
                    h.add(person)
                    if keep { kept.append(person) } else { freed.append { [weak person] in person == nil } }
                }
                if hasPet {
                    let pet = Submission.Pet(name: "rex")
                    h.adopt(pet)
                    if keepPet { keptPet = pet } else { freed.append { [weak pet] in pet == nil } }
                }
            }
            let call = "a household of \(keepPeople.count) members (\(kept.count) still held outside)"
                + (hasPet ? " and a pet (\(keepPet ? "" : "not ")held outside)" : "") + ", then nobody holds the household"
            if household != nil { return "for \(call), the household was not freed" }
            if let index = freed.firstIndex(where: { !$0() }) { return "for \(call), member or pet \(index) was not freed" }
            if kept.contains(where: { $0.household != nil }) || keptPet?.household != nil {
                return "for \(call), a person or pet held outside still reads a household; it must read nil"
            }
            return nil
        }
    }

    enum Op {
        case add(household: Int, person: Int)
        case adopt(household: Int, pet: Int)
        case newHousehold(Int, String)
        case newPerson(Int, String)
        case newPet(Int, String)
    }

    struct System<H: AnyObject, P: AnyObject, Q: AnyObject> {
        var households: [H]
        var people: [P]
        var pets: [Q]
    }

    /// Adds, adoptions and variables given new objects (which frees what nobody else holds), on two
    /// households, three people and two pets, in lockstep with the reference: after every step each household's
    /// members and pet, and each person's and pet's household, are the reference's.
    func testHouseholdsPeopleAndPetsBehaveLikeTheReferenceInAnySequence() {
        guard Self.learnerBackReferencesAreWeak() else { return XCTFail("Person.household and Pet.household must be weak references") }
        let op = Gen<Op>.frequency([
            (4, zip(Gen.int(in: 0...1), Gen.int(in: 0...2)).map { Op.add(household: $0.0, person: $0.1) }),
            (2, zip(Gen.int(in: 0...1), Gen.int(in: 0...1)).map { Op.adopt(household: $0.0, pet: $0.1) }),
            (1, zip(Gen.int(in: 0...1), Self.name).map { Op.newHousehold($0.0, $0.1) }),
            (1, zip(Gen.int(in: 0...2), Self.name).map { Op.newPerson($0.0, $0.1) }),
            (1, zip(Gen.int(in: 0...1), Self.name).map { Op.newPet($0.0, $0.1) }),
        ])
        func observe<H, P, Q>(_ s: System<H, P, Q>, members: (H) -> [P], pet: (H) -> Q?, personHome: (P) -> H?, petHome: (Q) -> H?,
                              hName: @escaping (H) -> String, pName: @escaping (P) -> String, qName: @escaping (Q) -> String) -> [String] {
            s.households.enumerated().map { index, h in
                "h\(index).members = \(members(h).map { Self.which($0, in: s.people, "p", pName) }), h\(index).pet = \(Self.which(pet(h), in: s.pets, "pet", qName))"
            } + s.people.enumerated().map { "p\($0.offset).household = \(Self.which(personHome($0.element), in: s.households, "h", hName))" }
              + s.pets.enumerated().map { "pet\($0.offset).household = \(Self.which(petHome($0.element), in: s.households, "h", hName))" }
        }
        forAllSequences(op, cases: 150, setUp: """
            var h0 = Household(name: "a"), h1 = Household(name: "b")
                var p0 = Person(name: "ana"), p1 = Person(name: "ana"), p2 = Person(name: "bo")
                var pet0 = Pet(name: "rex"), pet1 = Pet(name: "tom")
            """,
            start: {
                (System(households: [Submission.Household(name: "a"), Submission.Household(name: "b")],
                        people: ["ana", "ana", "bo"].map { Submission.Person(name: $0) }, pets: ["rex", "tom"].map { Submission.Pet(name: $0) }),
                 System(households: [Reference.Household(name: "a"), Reference.Household(name: "b")],
                        people: ["ana", "ana", "bo"].map { Reference.Person(name: $0) }, pets: ["rex", "tom"].map { Reference.Pet(name: $0) }))
            },
            code: { op in
                switch op {
                case let .add(h, p): return "h\(h).add(p\(p))"
                case let .adopt(h, q): return "h\(h).adopt(pet\(q))"
                case let .newHousehold(h, name): return "h\(h) = Household(name: \(courseDescribe(name)))"
                case let .newPerson(p, name): return "p\(p) = Person(name: \(courseDescribe(name)))"
                case let .newPet(q, name): return "pet\(q) = Pet(name: \(courseDescribe(name)))"
                }
            },
            step: { op, mine, theirs in
                switch op {
                case let .add(h, p):
                    mine.households[h].add(mine.people[p])
                    theirs.households[h].add(theirs.people[p])
                case let .adopt(h, q):
                    mine.households[h].adopt(mine.pets[q])
                    theirs.households[h].adopt(theirs.pets[q])
                case let .newHousehold(h, name):
                    mine.households[h] = Submission.Household(name: name)
                    theirs.households[h] = Reference.Household(name: name)
                case let .newPerson(p, name):
                    mine.people[p] = Submission.Person(name: name)
                    theirs.people[p] = Reference.Person(name: name)
                case let .newPet(q, name):
                    mine.pets[q] = Submission.Pet(name: name)
                    theirs.pets[q] = Reference.Pet(name: name)
                }
                let observedMine = observe(mine, members: { $0.members }, pet: { $0.pet }, personHome: { $0.household }, petHome: { $0.household },
                                           hName: { $0.name }, pName: { $0.name }, qName: { $0.name })
                let observedTheirs = observe(theirs, members: { $0.members }, pet: { $0.pet }, personHome: { $0.household }, petHome: { $0.household },
                                             hName: { $0.name }, pName: { $0.name }, qName: { $0.name })
                for (a, e) in zip(observedMine, observedTheirs) where a != e { return "\(a), expected \(e.split(separator: "=", maxSplits: 1).last.map { String($0.dropFirst()) } ?? e)" }
                return nil
            })
    }
}
