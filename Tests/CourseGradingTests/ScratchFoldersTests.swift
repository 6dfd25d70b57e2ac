@testable import CourseGrading
import CourseTestSupport
import Foundation
import XCTest

/// The sweep of a killed run's scratch folders removes only folders named for a process that is gone.
final class ScratchFoldersTests: XCTestCase {
    func testOnlyFoldersOfGoneProcessesAreSweptAndOtherShapesAreLeftAlone() throws {
        let root = try TestSupport.temporaryFolder(self)
        let uuid = "5ef2a1b3-46b2-4a77-8685-f99544f11abc"
        let gone = "course-check-99999999-\(uuid)"  // above any pid_max: no such process
        let mine = "course-check-\(getpid())-\(uuid)"
        let olderShape = "course-check-45036289-5ef2-46b2-a776-685f99544f11"  // a UUID whose first group is all digits
        let notAUUID = "course-check-99999999-anything"
        for name in [gone, mine, olderShape, notAUUID] {
            try FileManager.default.createDirectory(at: root.appendingPathComponent(name), withIntermediateDirectories: true)
        }
        XCTAssertEqual(ScratchFolders.sweepAbandoned(in: root), [gone])
        let left = try FileManager.default.contentsOfDirectory(atPath: root.path).sorted()
        XCTAssertEqual(left, [mine, olderShape, notAUUID].sorted())
    }
}
