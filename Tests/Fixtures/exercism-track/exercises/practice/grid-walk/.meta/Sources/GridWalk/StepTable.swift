struct StepTable {
  static func step(for move: Character) -> (Int, Int) {
    switch move {
    case "N": return (0, 1)
    case "S": return (0, -1)
    case "E": return (1, 0)
    case "W": return (-1, 0)
    default: return (0, 0)
    }
  }
}
