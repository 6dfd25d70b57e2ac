import CourseHarness
@testable import Reference
import Testing

@Suite struct GapTests {
    @Test func risingValues() {
        #expect(largestGap([1, 4, 6]) == 3)
    }

    @Test func generatedValuesAgreeWithTheReference() {
        let failure = CourseProperty.counterexample(Gen.int(in: -100...100).array(maxCount: 20)) { values in
            courseSame(Submission.largestGap(values), Reference.largestGap(values), "largestGap(\(courseDescribe(values)))")
        }
        if let failure { Issue.record(Comment(rawValue: failure)) }
    }
}
