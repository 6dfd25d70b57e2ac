import CourseHarness
@testable import Reference
import XCTest

final class GeneratedTallyTests: XCTestCase {
    enum Op { case add(String), count(String), total }

    /// Random adds and reads agree with the reference's tally after every step.
    func testTallyAgreesWithTheReferenceStepByStep() {
        let name = Gen.element(of: ["ana", "ben", "Ana"])
        let ops = Gen<Op>.oneOf([name.map(Op.add), name.map(Op.count), .constant(.total)])
        forAllSequences(ops, setUp: "let tally = Tally()", start: { (Submission.Tally(), Reference.Tally()) }, code: { op in
            switch op {
            case .add(let name): return "tally.add(\(courseDescribe(name)))"
            case .count(let name): return "tally.count(of: \(courseDescribe(name)))"
            case .total: return "tally.total"
            }
        }) { op, learner, reference in
            switch op {
            case .add(let name):
                learner.add(name)
                reference.add(name)
                return nil
            case .count(let name):
                return courseSame(learner.count(of: name), reference.count(of: name), "tally.count(of: \(courseDescribe(name)))")
            case .total:
                return courseSame(learner.total, reference.total, "tally.total")
            }
        }
    }
}
