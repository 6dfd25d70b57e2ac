@testable import CourseClassroom
import XCTest

/// `course grade --format` reads `GradeFormat.all`: names are unique, each round-trips through its word,
/// and only Gradescope's grades one submission.
final class GradeFormatTests: XCTestCase {
    func testFormatsAreTheOneList() {
        let names = GradeFormat.all.map(\.rawValue)
        XCTAssertEqual(names, ["gradebook", "gradescope", "junit"])
        XCTAssertEqual(GradeFormat.allCases, GradeFormat.all)
        for format in GradeFormat.all { XCTAssertEqual(GradeFormat(rawValue: format.rawValue), format) }
        XCTAssertNil(GradeFormat(rawValue: "html"))
        XCTAssertEqual(GradeFormat.all.filter(\.oneSubmission), [.gradescope])
        XCTAssertEqual(GradeOutputs.Options(formats: [.junit]).oneSubmission, false)
        XCTAssertEqual(GradeOutputs.Options(formats: [.gradescope, .junit]).oneSubmission, true)
    }
}
