// {{id}}: {{title}}
//
// {{starter_placeholder}}{{function}}() return 42.

func {{function}}() -> Int {
    return 0  // TODO
}
