// Exercise 2: an explicit deep copy (Swift's answer to `.clone()`)
//
// `Drawing` is a struct, so copying a drawing copies its `title` and its
// `layers` array. But `Layer` is a class: the array holds references, so a
// plain copy of a drawing still shares every layer with the original. This is
// Python's `copy.copy` (shallow) when what you wanted was `copy.deepcopy`.
//
// What to do: implement `duplicated()` so that it returns an independent
// drawing:
//   - the same title;
//   - the same number of layers, in the same order;
//   - each layer a NEW `Layer` object (not `===` to the original one) with the
//     same `name`, `pixels` and `isVisible`, one new object per entry of the
//     array: a drawing that holds the same layer object twice gets two
//     separate new layers (and two layers with the same name stay two layers).
// Afterwards, editing a layer of the duplicate must not change the original,
// and editing the original must not change the duplicate.
//
// Do not change `Layer` into a struct: the point is to clone explicitly, the
// way Rust asks you to write `.clone()` when you want a second owner.

final class Layer {
    var name: String
    var pixels: [UInt8]
    var isVisible: Bool

    init(name: String, pixels: [UInt8], isVisible: Bool = true) {
        self.name = name
        self.pixels = pixels
        self.isVisible = isVisible
    }
}

struct Drawing {
    var title: String
    var layers: [Layer]

    func duplicated() -> Drawing {
        let copies = layers.map { layer in
            Layer(name: layer.name, pixels: layer.pixels, isVisible: layer.isVisible)
        }
        return Drawing(title: title, layers: copies)
    }
}
