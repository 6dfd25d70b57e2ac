// Exercise 1: a palette that behaves like a value
//
// In Python, `b = a` never copies: both names point at the same object, so
// `b.swatches.append(...)` also changes `a`, and so does changing one of
// `b`'s swatches. Swift lets you choose. A `class` works like Python (every
// variable refers to one shared object); a `struct` is a value: each
// variable holds its own copy, and a struct inside a struct is copied too.
//
// `Swatch` and `Palette` below are written the Python way: both are classes,
// so a "copy" of a palette shares everything with the original. The tests
// expect values instead:
//   - after `var b = a`, changing `b` in any way (its name, its list of
//     swatches, or one swatch's name or brightness) leaves `a` exactly as it
//     was, and changing `a` leaves `b` alone;
//   - a swatch put into a palette (by `init` or `add`) is the palette's own
//     copy: changing the variable it came from later changes nothing inside;
//   - `add(_:)` puts the swatch at the END of the list;
//   - `dim(by:)` subtracts `amount` from the brightness of EVERY swatch of
//     this palette, and a brightness never goes below 0: 30 dimmed by 30 is
//     0, and 5 dimmed by 30 is 0 too. That is the only limit: a negative
//     amount raises every brightness (50 dimmed by -10 is 60), nothing caps
//     a brightness at 100, and one above 100 is dimmed like any other (150
//     dimmed by 10 is 140);
//   - `dimmed(by:)` returns a dimmed copy and leaves the palette it was
//     called on unchanged.
//
// What to do: make BOTH types value types, then make the methods work with
// values. A method that changes a struct must be marked `mutating`. Careful
// with loops: `for swatch in swatches` hands you copies of the swatches, so
// changing them changes nothing in the array. Change the elements through
// their index (`swatches[i].brightness = ...`) instead. `dimmed(by:)` must
// not be `mutating` (the tests call it on a `let` palette).

// Both types are structs: every variable holds its own palette, and the
// swatches inside it are copied with it. Methods that change the value are
// `mutating`, and `dim` changes the array's elements through their index
// (a `for swatch in swatches` loop would only change copies).

struct Swatch {
    var name: String
    var brightness: Int   // 0 is black, 100 full brightness (not enforced)

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
