// Blind spot: duplicated() keeps a memo of already-cloned layers like Python's deepcopy, but keys it by layer name, so two different layers with the same name become one shared clone of the first.
// Exposed by: Drawing(title: "t", layers: [Layer(name: "a", pixels: [1]), Layer(name: "a", pixels: [2])]).duplicated()
//   reference: pixels [[1], [2]], layers[0] !== layers[1]; this: pixels [[1], [1]], layers[0] === layers[1].
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
        // Like deepcopy's memo: a layer that appears twice is cloned only once.
        var memo: [String: Layer] = [:]
        let copies = layers.map { layer -> Layer in
            if let done = memo[layer.name] { return done }
            let copy = Layer(name: layer.name, pixels: layer.pixels, isVisible: layer.isVisible)
            memo[layer.name] = copy
            return copy
        }
        return Drawing(title: title, layers: copies)
    }
}
