// {{id}}: say hello.
//
// Make greet(_:) return "Hello, NAME!" for the name it is given, e.g. greet("Ada") is "Hello, Ada!".

func greet(_ name: String) -> String {
    return ""  // write the greeting here
}
