struct Point: Equatable {
  var x: Int
  var y: Int
}
