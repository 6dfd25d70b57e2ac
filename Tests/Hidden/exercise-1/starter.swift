// Exercise 1: a palette that behaves like a value
//
// In Python, `b = a` never copies: both names point at the same list, so
// `b.append("blue")` also changes `a`. Swift lets you choose. A `class` works
// like Python (both variables share one object); a `struct` is a value: each
// variable holds its own copy.
//
// `Palette` below is declared as a class, so a copy of a palette shares its
// colours with the original. The tests expect the opposite: after
// `var b = a`, changing `b` must leave `a` exactly as it was.
//
// What to do: change ONE keyword so that `Palette` becomes a value type.
// Nothing else needs to change (the initializer below works for both kinds).

class Palette {
    var name: String
    var colors: [String]

    init(name: String, colors: [String]) {
        self.name = name
        self.colors = colors
    }
}
