func cardHeading(to name: String) -> String {
  "Dear \(name),"
}

let signature = "Yours, the course"
