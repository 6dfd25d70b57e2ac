func count(_ letter: Character, in text: String) -> Int {
  // Write your code for the 'Tally' exercise here.
}
