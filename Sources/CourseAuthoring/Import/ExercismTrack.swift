import CourseModel
import Foundation

/// A checkout of an Exercism language track (`exercises/practice/<slug>`, `exercises/concept/<slug>`,
/// `config.json` listing them in order), read for `course import exercism`.
public struct ExercismTrack: Sendable {
    /// One exercise the track lists, in the track's order.
    public struct Entry: Equatable, Sendable {
        public var slug: String
        /// `practice` or `concept`.
        public var kind: String
        public var name: String
        /// The exercise's folder, relative to the track's root.
        public var folder: String { "exercises/\(kind)/\(slug)" }
    }

    public var root: URL
    /// `exercism/swift`: the track as attribution names it.
    public var track: String
    /// The commit the checkout is at, when it is a git checkout.
    public var commit: String?
    /// The track's licence file, copied into the course beside the attribution.
    public var licenseText: String?
    public var entries: [Entry]

    /// Reads the track's `config.json` and exercise folders; a folder no entry names is added after them.
    public static func open(_ root: URL) throws -> ExercismTrack {
        let fm = FileManager.default
        let config = root.appendingPathComponent("config.json")
        guard fm.fileExists(atPath: root.appendingPathComponent("exercises").path) else {
            throw CourseError.fileSystem(path: root.path, reason: "is not an Exercism track: it has no exercises/ folder. Give the folder of a checkout, e.g. 'git clone https://github.com/exercism/swift' then 'course import exercism swift'")
        }
        var entries: [Entry] = []
        var slugName = "swift"
        if let data = fm.contents(atPath: config.path), let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] {
            slugName = (object["slug"] as? String) ?? slugName
            let lists = object["exercises"] as? [String: Any] ?? [:]
            for kind in ["concept", "practice"] {
                for item in lists[kind] as? [[String: Any]] ?? [] {
                    guard let slug = item["slug"] as? String else { continue }
                    entries.append(Entry(slug: slug, kind: kind, name: (item["name"] as? String) ?? slug))
                }
            }
        }
        for kind in ["concept", "practice"] {
            let folder = root.appendingPathComponent("exercises/\(kind)")
            for slug in ((try? fm.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
            where !slug.hasPrefix(".") && !entries.contains(where: { $0.slug == slug && $0.kind == kind }) {
                entries.append(Entry(slug: slug, kind: kind, name: slug))
            }
        }
        entries = entries.filter { fm.fileExists(atPath: root.appendingPathComponent($0.folder).path) }
        let license = ["LICENSE", "LICENSE.md", "LICENSE.txt"].lazy
            .compactMap { try? String(contentsOf: root.appendingPathComponent($0), encoding: .utf8) }.first
        return ExercismTrack(root: root, track: "exercism/\(slugName)", commit: GitHead.commit(of: root),
                             licenseText: license, entries: entries)
    }

    /// The entries to import, in the track's order: all, or those named (an unknown name is an error
    /// with a suggestion).
    public func select(_ slugs: [String]?) throws -> [Entry] {
        guard let slugs else { return entries }
        let known = Set(entries.map(\.slug))
        for slug in slugs where !known.contains(slug) {
            let near = EditDistance.suggestion(for: slug, among: Array(known)).map { " Did you mean '\($0)'?" } ?? ""
            throw CourseError.usage("the track has no exercise '\(slug)'.\(near)")
        }
        let wanted = Set(slugs)
        return entries.filter { wanted.contains($0.slug) }
    }
}

/// The commit a git checkout is at, read from `.git` without running git.
enum GitHead {
    static func commit(of root: URL) -> String? {
        let git = root.appendingPathComponent(".git")
        guard let head = try? String(contentsOf: git.appendingPathComponent("HEAD"), encoding: .utf8)
            .trimmingCharacters(in: .whitespacesAndNewlines) else { return nil }
        guard head.hasPrefix("ref: ") else { return isHash(head) ? head : nil }
        let ref = String(head.dropFirst(5))
        if let loose = try? String(contentsOf: git.appendingPathComponent(ref), encoding: .utf8)
            .trimmingCharacters(in: .whitespacesAndNewlines), isHash(loose) {
            return loose
        }
        let packed = (try? String(contentsOf: git.appendingPathComponent("packed-refs"), encoding: .utf8)) ?? ""
        for line in packed.split(separator: "\n") {
            let parts = line.split(separator: " ")
            if parts.count == 2, parts[1] == ref, isHash(String(parts[0])) { return String(parts[0]) }
        }
        return nil
    }

    static func isHash(_ text: String) -> Bool {
        text.count == 40 && text.allSatisfy { $0.isHexDigit }
    }
}
