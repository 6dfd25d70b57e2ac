func count(_ letter: Character, in text: String) -> Int {
  text.lowercased().filter { $0 == Character(letter.lowercased()) }.count
}
