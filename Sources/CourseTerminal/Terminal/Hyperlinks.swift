/// Whether the terminal shows OSC 8 hyperlinks (clickable file paths). Terminals that do not know the
/// sequence may print it, so links are on only where the terminal says who it is: `COURSE_LINKS=1|0`
/// decides; else VS Code, iTerm2, WezTerm, kitty, Windows Terminal, GNOME Terminal and other VTE ≥ 0.50.
public enum Hyperlinks {
    public static func supported(_ environment: [String: String]) -> Bool {
        if let choice = environment["COURSE_LINKS"], !choice.isEmpty { return choice == "1" }
        if environment["TERM"] == "dumb" { return false }
        if ["vscode", "iTerm.app", "WezTerm"].contains(environment["TERM_PROGRAM"] ?? "") { return true }
        if environment["KITTY_WINDOW_ID"] != nil || environment["WT_SESSION"] != nil { return true }
        if let vte = environment["VTE_VERSION"].flatMap(Int.init), vte >= 5000 { return true }
        return false
    }
}
