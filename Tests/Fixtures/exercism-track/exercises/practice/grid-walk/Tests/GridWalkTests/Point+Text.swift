@testable import GridWalk

extension Point {
  init(_ text: String) {
    let parts = text.split(separator: ",").compactMap { Int($0) }
    self.init(x: parts[0], y: parts[1])
  }
}
