// {{id}}: say hello.

func greet(_ name: String) -> String {
    return "Hello, \(name)!"
}
