// Plausible wrong answer: make Palette a struct, but keep the colours in a
// class instance. Copying the struct copies the reference, so the colour
// list is still shared between copies.
final class ColorList {
    var items: [String]
    init(_ items: [String]) { self.items = items }
}

struct Palette {
    var name: String
    private let list: ColorList

    var colors: [String] {
        get { list.items }
        nonmutating set { list.items = newValue }
    }

    init(name: String, colors: [String]) {
        self.name = name
        self.list = ColorList(colors)
    }
}
