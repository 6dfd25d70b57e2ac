import CourseHarness
@testable import Reference
import XCTest

/// Your function against the reference solution (Solutions/{{id}}.swift) on generated inputs. In this file
/// the learner's names are `Submission.…` and the reference's `Reference.…`.
final class GeneratedExercise{{number}}Tests: XCTestCase {
    /// The answer agrees with the reference solution's on every generated input.
    func testAgreesWithTheReferenceOnGeneratedInputs() {
        // Replace Gen.int(in:) with a generator of your function's inputs, and pass the input to both calls.
        forAll(Gen.int(in: 0...100)) { _ in
            courseSame(Submission.{{function}}(), Reference.{{function}}(), "{{function}}()")
        }
    }
}
