struct Point: Equatable {
  var x: Int
  var y: Int
}

func endPoint(of moves: String) -> Point {
  moves.reduce(Point(x: 0, y: 0)) { point, move in
    let step = StepTable.step(for: move)
    return Point(x: point.x + step.0, y: point.y + step.1)
  }
}
