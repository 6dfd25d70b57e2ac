// Forgets the exclamation mark: the suite must reject it.
func greet(_ name: String) -> String {
    return "Hello, \(name)"
}
