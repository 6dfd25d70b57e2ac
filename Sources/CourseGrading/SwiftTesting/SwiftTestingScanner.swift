import CourseModel

/// Finds the `@Test` functions of the suite files that import Testing, named as Swift Testing names
/// them at run time: the suite path (`Outer/Inner`, from enclosing types and `extension Outer.Inner`)
/// and the function with its argument labels (`doubles(_:)`). A parameterized test is one entry here;
/// its arguments are known only when it runs.
public enum SwiftTestingScanner {
    public static func tests(in sources: [String]) -> [SuiteScanner.TestMethod] {
        var found: [SuiteScanner.TestMethod] = []
        for source in sources where TestFramework.imported(by: source).contains(.swiftTesting) {
            found += tests(inFile: source)
        }
        var seen: Set<String> = []
        return found.filter { seen.insert($0.id).inserted }
    }

    static let typeKeywords: Set<String> = ["struct", "class", "enum", "actor", "extension"]

    /// Always terminates: every loop moves `index` forward by at least one token.
    static func tests(inFile source: String) -> [SuiteScanner.TestMethod] {
        let tokens = SwiftTokenizer.tokens(source)
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        var found: [SuiteScanner.TestMethod] = []
        var scopes: [(name: String, depth: Int)] = []
        var pendingType: String?
        var testAttribute: Int?  // line of an `@Test` waiting for its `func`
        var depth = 0
        var index = 0
        while index < tokens.count {
            let text = tokens[index].text
            if typeKeywords.contains(text), index + 1 < tokens.count, SuiteScanner.isName(tokens[index + 1].text),
               !["func", "var", "let", "subscript"].contains(tokens[index + 1].text) {
                // `extension Outer.Inner` names a nested type: its path is `Outer/Inner`.
                var path = [tokens[index + 1].text]
                var k = index + 2
                while k + 1 < tokens.count, tokens[k].text == ".", SuiteScanner.isName(tokens[k + 1].text) {
                    path.append(tokens[k + 1].text)
                    k += 2
                }
                pendingType = path.joined(separator: "/")
                index = k
                continue
            }
            switch text {
            case "{":
                depth += 1
                if let name = pendingType {
                    let outer = scopes.last.map { $0.name + "/" } ?? ""
                    scopes.append((outer + name, depth))
                }
                pendingType = nil
            case "}":
                if let last = scopes.last, last.depth == depth { scopes.removeLast() }
                depth = max(0, depth - 1)
            case ";":
                pendingType = nil
            case "@" where index + 1 < tokens.count && tokens[index + 1].text == "Test":
                testAttribute = tokens[index].line
            case "func" where testAttribute != nil:
                var open = index + 2
                if open < tokens.count, tokens[open].text == "<" {  // generic parameters
                    var angle = 0
                    while open < tokens.count {
                        if tokens[open].text == "<" { angle += 1 }
                        if tokens[open].text == ">" { angle -= 1; if angle == 0 { open += 1; break } }
                        open += 1
                    }
                }
                if open < tokens.count, tokens[open].text == "(" {
                    let labels = argumentLabels(tokens, open: open)
                    let name = tokens[index + 1].text + "(" + labels.map { $0 + ":" }.joined() + ")"
                    let owner = scopes.last(where: { $0.depth == depth })?.name ?? ""
                    // A raw identifier is its own display name, as Swift Testing shows it (`the learner's name`).
                    let function = tokens[index + 1].text
                    let raw = function.count > 2 && function.hasPrefix("`") ? String(function.dropFirst().dropLast()) : nil
                    found.append(SuiteScanner.TestMethod(className: owner, methodName: name, isAsync: false,
                                                         framework: .swiftTesting,
                                                         displayName: displayName(lines, from: testAttribute ?? 1) ?? raw
                                                            ?? TestTitles.docComment(lines, above: testAttribute ?? 1)))
                }
                testAttribute = nil
            default:
                break
            }
            index += 1
        }
        return found
    }

    /// The external labels of a parameter list starting at `open` (`(_ n: Int, x y: [Int: Int] = [:])` → `_`, `x`).
    static func argumentLabels(_ tokens: [SwiftToken], open: Int) -> [String] {
        var labels: [String] = []
        var nesting = 0
        var expectLabel = true
        var index = open
        while index < tokens.count {
            let text = tokens[index].text
            switch text {
            case "(", "[", "<":
                nesting += 1
                if nesting == 1 { expectLabel = true }
            case ">" where index > 0 && tokens[index - 1].text == "-":
                break  // a function type's arrow
            case ")", "]", ">":
                nesting -= 1
                if nesting == 0 { return labels }
            case "," where nesting == 1:
                expectLabel = true
            default:
                if nesting == 1, expectLabel, text != "@" {
                    if text == "_" || SuiteScanner.isName(text) || text == "in" { labels.append(text) }
                    expectLabel = false
                }
            }
            index += 1
        }
        return labels
    }

    /// `@Test("Doubles every value", arguments: …)` on the attribute's line → `Doubles every value`.
    static func displayName(_ lines: [Substring], from line: Int) -> String? {
        guard line >= 1, line <= lines.count else { return nil }
        let text = lines[line - 1]
        guard let attribute = text.range(of: "@Test") else { return nil }
        var rest = text[attribute.upperBound...].drop { $0 == " " }
        guard rest.hasPrefix("(") else { return nil }
        rest = rest.dropFirst().drop { $0 == " " }
        guard rest.hasPrefix("\"") else { return nil }
        rest = rest.dropFirst()
        var name = ""
        var escaped = false
        for char in rest {
            if escaped { name.append(char); escaped = false; continue }
            if char == "\\" { escaped = true; continue }
            if char == "\"" { return name.isEmpty ? nil : name }
            name.append(char)
        }
        return nil
    }
}
