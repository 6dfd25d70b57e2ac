/// A parsed block together with whether a blank line preceded it in the source.
struct BlockNode: Equatable, Sendable {
    /// The block itself.
    let block: MarkdownBlock
    /// Whether at least one blank source line separated this block from the previous one.
    let followsBlankLine: Bool
}
