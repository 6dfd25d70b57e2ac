// TEMPORARY until the real renderer lands in this folder.
public struct TerminalTheme { public static let plain = TerminalTheme(usesColor: false); public static let color = TerminalTheme(usesColor: true); public var usesColor: Bool }
public struct MarkdownRenderer { var width: Int; var theme: TerminalTheme
    public init(width: Int, theme: TerminalTheme) { self.width = width; self.theme = theme }
    public func render(_ markdown: String) -> String { markdown } }
