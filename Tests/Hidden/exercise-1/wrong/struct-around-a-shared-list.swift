// Plausible wrong answer: Palette is a struct, but its swatches live in a
// class instance it holds. Copying the struct copies the reference, so the
// swatch list is still shared between copies.

struct Swatch {
    var name: String
    var brightness: Int   // 0 (black) to 100 (full brightness)

    init(name: String, brightness: Int) {
        self.name = name
        self.brightness = brightness
    }
}

final class SwatchList {
    var items: [Swatch]
    init(_ items: [Swatch]) { self.items = items }
}

struct Palette {
    var name: String
    private let list: SwatchList

    var swatches: [Swatch] {
        get { list.items }
        nonmutating set { list.items = newValue }
    }

    init(name: String, swatches: [Swatch]) {
        self.name = name
        self.list = SwatchList(swatches)
    }

    /// Adds `swatch` at the end of the palette.
    mutating func add(_ swatch: Swatch) {
        swatches.append(swatch)
    }

    /// Lowers every swatch's brightness by `amount`, but never below 0.
    mutating func dim(by amount: Int) {
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
