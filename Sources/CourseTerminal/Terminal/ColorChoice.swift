/// `--color auto|always|never`.
public enum ColorChoice: String, Equatable, Sendable { case auto, always, never }
