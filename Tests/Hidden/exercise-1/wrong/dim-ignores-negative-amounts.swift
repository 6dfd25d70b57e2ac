// Blind spot: dim(by:) returns early for a negative amount instead of lowering by it (which raises the brightness), so dim(by: -10) changes nothing.
// Exposed by: var p = Palette(name: "p", swatches: [Swatch(name: "a", brightness: 50)]); p.dim(by: -10)
//   reference: levels [60]; this: levels [50]. (dimmed(by: -10) likewise.)
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
        guard amount > 0 else { return }   // nothing to dim
        for i in swatches.indices {
            swatches[i].brightness = max(0, swatches[i].brightness - amount)
        }
    }

    /// Returns a dimmed copy; the palette it is called on stays as it is.
    func dimmed(by amount: Int) -> Palette {
        var result = self   // a real copy: Palette is a value
        result.dim(by: amount)
        return result
    }
}
