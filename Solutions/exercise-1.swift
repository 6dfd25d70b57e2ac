// Exercise 1: a palette that behaves like a value (reference solution)
//
// `struct` instead of `class`: every variable now holds its own palette,
// so `var b = a` followed by a change to `b` leaves `a` untouched.

struct Palette {
    var name: String
    var colors: [String]

    init(name: String, colors: [String]) {
        self.name = name
        self.colors = colors
    }
}
