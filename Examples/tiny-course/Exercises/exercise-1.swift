// exercise-1: return "Hello, <name>!" from greet.
func greet(_ name: String) -> String {
    return "TODO"
}
