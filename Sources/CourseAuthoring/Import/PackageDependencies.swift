import Foundation

/// The packages a `Package.swift` depends on (`.package(url: "…/swift-numerics", …)`), comments aside.
enum PackageDependencies {
    static func names(in manifest: String) -> [String] {
        let code = withoutComments(manifest)
        var names: [String] = []
        var rest = Substring(code)
        while let start = rest.range(of: ".package(") {
            rest = rest[start.upperBound...]
            let call = rest.prefix { $0 != ")" }
            let name = call.split(separator: "\"").dropFirst().first.map { String($0) } ?? "a package"
            let short = name.split(separator: "/").last.map { String($0).replacingOccurrences(of: ".git", with: "") } ?? name
            names.append(short)
        }
        return names
    }

    /// Source text with comments removed and strings kept, enough to read a package manifest.
    static func withoutComments(_ source: String) -> String {
        var current = ""
        let chars = Array(source)
        var i = 0, inString = false
        while i < chars.count {
            let c = chars[i]
            let next: Character? = i + 1 < chars.count ? chars[i + 1] : nil
            if inString {
                current.append(c)
                if c == "\\", let next { current.append(next); i += 2; continue }
                if c == "\"" { inString = false }
                i += 1
            } else if c == "/" && next == "/" {
                while i < chars.count && chars[i] != "\n" { i += 1 }
            } else if c == "/" && next == "*" {
                i += 2
                while i + 1 < chars.count && !(chars[i] == "*" && chars[i + 1] == "/") { i += 1 }
                i += 2
            } else {
                if c == "\"" { inString = true }
                current.append(c)
                i += 1
            }
        }
        return current
    }
}
