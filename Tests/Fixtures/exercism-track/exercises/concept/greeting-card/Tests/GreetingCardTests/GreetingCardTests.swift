import Foundation
import Testing

@testable import GreetingCard

let RUNALL = Bool(ProcessInfo.processInfo.environment["RUNALL", default: "false"]) ?? false

@Suite struct GreetingCardTests {
  @Test("the heading names the person")
  func testHeading() {
    #expect(cardHeading(to: "Ada") == "Dear Ada,")
  }

  @Test("the card's signature", .enabled(if: RUNALL))
  func testSignature() {
    #expect(signature == "Yours, the course")
  }
}
