import Foundation
import Testing

@testable import GridWalk

let RUNALL = Bool(ProcessInfo.processInfo.environment["RUNALL", default: "false"]) ?? false

@Suite struct GridWalkTests {
  @Test("no moves stay at the origin")
  func testNoMoves() {
    #expect(endPoint(of: "") == Point("0,0"))
  }

  @Test("north then east", .enabled(if: RUNALL))
  func testNorthEast() {
    #expect(endPoint(of: "NNE") == Point("1,2"))
  }

  @Test("moves that cancel out", .enabled(if: RUNALL))
  func testCancel() {
    #expect(endPoint(of: "NSEW") == Point("0,0"))
  }
}
