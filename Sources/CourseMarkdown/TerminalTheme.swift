/// Describes how rendered Markdown looks: whether ANSI colour is used and which glyphs decorate blocks.
///
/// `plain` and `color` differ only in `usesColor` and in the decoration glyphs below, so
/// rendering with `color` and stripping the escapes equals rendering with a plain theme that
/// uses the colour theme's glyphs.
public struct TerminalTheme: Sendable, Equatable {
    /// Whether ANSI escape sequences (bold, italic, colours, …) are emitted.
    public var usesColor: Bool
    /// The marker shown before unordered list items (`-` plain, `•` colour).
    public var bullet: String
    /// The prefix of every line inside a block quote (`> ` plain, `│ ` colour).
    public var quotePrefix: String
    /// The prefix of every line of a fenced code block (four spaces plain, `│ ` colour).
    public var codeBlockPrefix: String
    /// Text placed around inline code spans (a backtick plain, nothing in colour).
    public var codeSpanDelimiter: String
    /// Whether level 1 and 2 headings get an underline line of `=` / `-`.
    public var underlinesHeadings: Bool
    /// The one-column glyph repeated for thematic breaks and table rules (`-` plain, `─` colour).
    public var ruleCharacter: String
    /// The text between table columns (` | ` plain, ` │ ` colour).
    public var tableColumnSeparator: String
    /// The text between columns on the rule under a table header (`-+-` plain, `─┼─` colour).
    public var tableRuleJunction: String

    /// Creates a theme from its colour switch and decoration glyphs.
    public init(
        usesColor: Bool,
        bullet: String,
        quotePrefix: String,
        codeBlockPrefix: String,
        codeSpanDelimiter: String,
        underlinesHeadings: Bool,
        ruleCharacter: String,
        tableColumnSeparator: String,
        tableRuleJunction: String
    ) {
        self.usesColor = usesColor
        self.bullet = bullet
        self.quotePrefix = quotePrefix
        self.codeBlockPrefix = codeBlockPrefix
        self.codeSpanDelimiter = codeSpanDelimiter
        self.underlinesHeadings = underlinesHeadings
        self.ruleCharacter = ruleCharacter
        self.tableColumnSeparator = tableColumnSeparator
        self.tableRuleJunction = tableRuleJunction
    }

    /// Escape-free ASCII-decorated output, suitable for logs, pipes and dumb terminals.
    public static let plain = TerminalTheme(
        usesColor: false,
        bullet: "-",
        quotePrefix: "> ",
        codeBlockPrefix: "    ",
        codeSpanDelimiter: "`",
        underlinesHeadings: true,
        ruleCharacter: "-",
        tableColumnSeparator: " | ",
        tableRuleJunction: "-+-"
    )

    /// ANSI-coloured output with Unicode box-drawing decorations.
    public static let color = TerminalTheme(
        usesColor: true,
        bullet: "•",
        quotePrefix: "│ ",
        codeBlockPrefix: "│ ",
        codeSpanDelimiter: "",
        underlinesHeadings: false,
        ruleCharacter: "─",
        tableColumnSeparator: " │ ",
        tableRuleJunction: "─┼─"
    )

    /// This theme with every glyph cleaned of control characters and given a usable fallback.
    var sanitized: TerminalTheme {
        var theme = self
        theme.bullet = SourceNormalizer.singleLine(bullet)
        theme.quotePrefix = SourceNormalizer.singleLine(quotePrefix)
        theme.codeBlockPrefix = SourceNormalizer.singleLine(codeBlockPrefix)
        theme.codeSpanDelimiter = SourceNormalizer.singleLine(codeSpanDelimiter)
        let rule = SourceNormalizer.singleLine(ruleCharacter)
        theme.ruleCharacter = rule.first.map { DisplayWidth.of($0) == 1 ? String($0) : "-" } ?? "-"
        theme.tableColumnSeparator = SourceNormalizer.singleLine(tableColumnSeparator)
        theme.tableRuleJunction = SourceNormalizer.singleLine(tableRuleJunction)
        if DisplayWidth.of(theme.tableRuleJunction) != DisplayWidth.of(theme.tableColumnSeparator) {
            theme.tableRuleJunction = String(
                repeating: theme.ruleCharacter,
                count: DisplayWidth.of(theme.tableColumnSeparator)
            )
        }
        return theme
    }
}
