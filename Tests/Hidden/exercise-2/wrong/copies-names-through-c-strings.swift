// Blind spot: duplicated() forces a 'fresh' copy of each layer name through withCString/String(cString:), which cuts the name at an embedded NUL.
// Exposed by: Drawing(title: "t", layers: [Layer(name: "a\u{0}b", pixels: [1])]).duplicated().layers[0].name
//   reference: "a\u{0}b" (3 characters); this: "a".
//
// Exercise 2: an explicit deep copy (blind-spot wrong answer)

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
            // String(cString:) builds a brand-new string, so the copy cannot share the name's storage.
            Layer(name: layer.name.withCString { String(cString: $0) }, pixels: layer.pixels, isVisible: layer.isVisible)
        }
        return Drawing(title: title, layers: copies)
    }
}
