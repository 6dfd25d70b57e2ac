/// Matches `*`/`_` delimiter runs into emphasis following CommonMark's "process emphasis" procedure.
enum EmphasisResolver {
    /// Resolves every delimiter in `items`: matched runs mark the items between them as emphasised
    /// or strong, and all remaining delimiter characters become literal text.
    static func resolve(_ items: inout [InlineItem]) {
        var openersBottom: [String: Int] = [:]
        var closer = 0
        while closer < items.count {
            guard case .delimiter(var closing) = items[closer].kind, closing.canClose, closing.count > 0 else {
                closer += 1
                continue
            }
            let key = "\(closing.character)\(closing.canOpen)\(closing.originalCount % 3)"
            let bottom = openersBottom[key] ?? -1
            guard let opener = findOpener(in: items, before: closer, above: bottom, for: closing),
                  case .delimiter(var opening) = items[opener].kind else {
                openersBottom[key] = closer - 1
                closer += 1
                continue
            }
            let used = opening.count >= 2 && closing.count >= 2 ? 2 : 1
            for inner in (opener + 1)..<closer {
                if used == 2 { items[inner].strong += 1 } else { items[inner].emphasis += 1 }
                if case .delimiter(let run) = items[inner].kind {
                    items[inner].kind = .text(run.literal)
                }
            }
            opening.count -= used
            closing.count -= used
            items[opener].kind = .delimiter(opening)
            items[closer].kind = .delimiter(closing)
            if closing.count == 0 { closer += 1 }
        }
        for index in items.indices {
            if case .delimiter(let run) = items[index].kind {
                items[index].kind = .text(run.literal)
            }
        }
    }

    /// Finds the nearest usable opener for `closing` between `bottom` (exclusive) and `closer`.
    private static func findOpener(
        in items: [InlineItem], before closer: Int, above bottom: Int, for closing: DelimiterRun
    ) -> Int? {
        var index = closer - 1
        while index > bottom {
            if case .delimiter(let opening) = items[index].kind,
               opening.character == closing.character, opening.canOpen, opening.count > 0 {
                let bothCanBeEither = opening.canClose || closing.canOpen
                let sum = opening.originalCount + closing.originalCount
                let violatesRuleOfThree = bothCanBeEither && sum % 3 == 0
                    && !(opening.originalCount % 3 == 0 && closing.originalCount % 3 == 0)
                if !violatesRuleOfThree { return index }
            }
            index -= 1
        }
        return nil
    }
}
