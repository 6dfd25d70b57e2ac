// Blind spot: dim(by:) clamps the result to 0...100 instead of only stopping at 0, so a brightness above 100 (or a negative amount) is cut to 100.
// Exposed by: var p = Palette(name: "p", swatches: [Swatch(name: "a", brightness: 150)]); p.dim(by: 10)
//   reference: levels [140]; this: levels [100]. Also [95].dim(by: -10): reference [105], this [100].
//
// Exercise 1: a palette that behaves like a value (blind-spot wrong answer)
//
// Both types are structs: every variable holds its own palette, and the
// swatches inside it are copied with it. Methods that change the value are
// `mutating`, and `dim` changes the array's elements through their index
// (a `for swatch in swatches` loop would only change copies).

struct Swatch {
    var name: String
    var brightness: Int   // 0 (black) to 100 (full brightness)

    init(name: String, brightness: Int) {
        self.name = name
        self.brightness = brightness
    }
}

struct Palette {
    var name: String
    var swatches: [Swatch]

    init(name: String, swatches: [Swatch]) {
        self.name = name
        self.swatches = swatches
    }

    /// Adds `swatch` at the end of the palette.
    mutating func add(_ swatch: Swatch) {
        swatches.append(swatch)
    }

    /// Lowers every swatch's brightness by `amount`, but never below 0.
    mutating func dim(by amount: Int) {
        for i in swatches.indices {
            swatches[i].brightness = min(100, max(0, swatches[i].brightness - amount))   // keep it in 0...100
        }
    }

    /// Returns a dimmed copy; the palette it is called on stays as it is.
    func dimmed(by amount: Int) -> Palette {
        var result = self   // a real copy: Palette is a value
        result.dim(by: amount)
        return result
    }
}
