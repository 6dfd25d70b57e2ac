// Plausible wrong answer: keep the classes and add a Python-style `copy()`
// method (like `copy.copy`). Nobody calls it on `var b = a`, so the aliasing
// stays, and `dimmed(by:)` still dims the palette it was called on.

class Swatch {
    var name: String
    var brightness: Int   // 0 (black) to 100 (full brightness)

    init(name: String, brightness: Int) {
        self.name = name
        self.brightness = brightness
    }
}

class Palette {
    var name: String
    var swatches: [Swatch]

    init(name: String, swatches: [Swatch]) {
        self.name = name
        self.swatches = swatches
    }

    /// Adds `swatch` at the end of the palette.
    func add(_ swatch: Swatch) {
        swatches.append(swatch)
    }

    /// Lowers every swatch's brightness by `amount`, but never below 0.
    func dim(by amount: Int) {
        for swatch in swatches {
            swatch.brightness = max(0, swatch.brightness - amount)
        }
    }

    func copy() -> Palette {
        Palette(name: name, swatches: swatches.map { Swatch(name: $0.name, brightness: $0.brightness) })
    }

    /// Returns a dimmed copy; the palette it is called on stays as it is.
    func dimmed(by amount: Int) -> Palette {
        let result = self   // in Python: result = self (a second name, not a copy)
        result.dim(by: amount)
        return result
    }
}
