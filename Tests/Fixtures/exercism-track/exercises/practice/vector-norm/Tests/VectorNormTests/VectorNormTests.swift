import Testing

@testable import VectorNorm

@Test func unit() {
  #expect(norm([3, 4]) == 5)
}
