/// `--color auto|always|never`.
public enum ColorChoice: String, CaseIterable, Equatable, Sendable { case auto, always, never }
