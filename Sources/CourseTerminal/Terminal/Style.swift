/// How text for people is dressed for this run: ANSI styling (every colour method returns its input
/// unchanged when colour is off), how `course` is typed where the learner stands, and paths relative to
/// the learner's working folder (as clickable links where the terminal supports them).
public struct Style: Sendable {
    public var color: Bool
    /// What the learner types to run `course`: `course` once it is on `PATH`, else what works as typed
    /// (`swift run course`, or the binary's path). See `Launcher`.
    public var program: String = "course"
    /// Course-relative paths as the learner should type them from the working folder.
    public var paths: PathDisplay = .courseRoot
    /// Wrap paths in OSC 8 hyperlinks (a terminal that supports them makes them clickable).
    public var links: Bool = false

    public init(color: Bool, program: String = "course", paths: PathDisplay = .courseRoot, links: Bool = false) {
        self.color = color
        self.program = program
        self.paths = paths
        self.links = links
    }

    /// Whether to colour: `always`/`never` win; `auto` means a terminal, `TERM` not dumb, and no `NO_COLOR`.
    public static func decide(_ choice: ColorChoice, isTerminal: Bool, environment: [String: String]) -> Bool {
        switch choice {
        case .always: return true
        case .never: return false
        case .auto:
            if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
            if environment["TERM"] == "dumb" { return false }
            return isTerminal
        }
    }

    func wrap(_ text: String, _ code: String) -> String { color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }
    public func bold(_ text: String) -> String { wrap(text, "1") }
    public func dim(_ text: String) -> String { wrap(text, "2") }
    public func green(_ text: String) -> String { wrap(text, "32") }
    public func red(_ text: String) -> String { wrap(text, "31") }
    public func yellow(_ text: String) -> String { wrap(text, "33") }
    public func cyan(_ text: String) -> String { wrap(text, "36") }

    /// A command the learner can type, set apart from prose; a leading `course` becomes `program`.
    public func command(_ text: String) -> String {
        let typed = program != "course" && (text == "course" || text.hasPrefix("course ")) ? program + text.dropFirst("course".count) : text
        return color ? wrap(typed, "1;36") : "'\(typed)'"
    }

    /// `text` with every quoted command (`'course …'`) as `command` shows it: as the learner types it
    /// (`program`), and in colour without the quotes. For messages written before the program and the
    /// colour were known (errors, the grader's advice).
    public func commands(in text: String) -> String {
        var result = ""
        var rest = Substring(text)
        while let start = rest.range(of: "'course") {
            let after = rest[start.upperBound...]
            guard after.first == " " || after.first == "'", let end = after.firstIndex(of: "'") else {
                result += rest[..<start.upperBound]
                rest = after
                continue
            }
            result += rest[..<start.lowerBound] + command("course" + after[..<end])
            rest = after[after.index(after: end)...]
        }
        return result + rest
    }

    /// How `command` starts in colour; `LineWrapper` keeps such a command on one line.
    static let commandStart = "\u{1B}[1;36m"

    /// A course-relative path as the learner types it from where they stand; a link when `links` is on.
    public func path(_ coursePath: String) -> String {
        let shown = paths.show(coursePath)
        guard links, let target = paths.absolute(coursePath) else { return shown }
        return "\u{1B}]8;;file://\(PathDisplay.percentEncoded(target))\u{1B}\\\(shown)\u{1B}]8;;\u{1B}\\"
    }

    /// `text` with every mention of `coursePath` shown as `path(coursePath)` (messages that name the learner's file).
    public func paths(in text: String, _ coursePath: String) -> String {
        let shown = path(coursePath)
        return shown == coursePath ? text : text.replacingOccurrences(of: coursePath, with: shown)
    }
}
