extension Array where Element == Int {
  func runningTotals() -> [Int] {
    var sum = 0
    return map { value in
      sum += value
      return sum
    }
  }
}
