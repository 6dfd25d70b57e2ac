import CourseGrading
import CourseModel
import Foundation

/// One Exercism exercise read from its folder, mapped to the course format's parts.
///
/// - the stub the learner edits (`files.solution`) is the starter; a second file to edit is a reason to skip;
/// - files the learner sees but does not edit (`files.editor`, e.g. a shared `WordLocation` type) go to
///   `support/`, compiled into the learner's module;
/// - the example (or exemplar) files, less those editor files, are the reference solution: one file, in
///   the order the track lists them (its private helpers are never required of a learner);
/// - every `.swift` file under `Tests/` is the hidden suite, unchanged.
public struct ExercismExercise: Equatable, Sendable {
    public var entry: ExercismTrack.Entry
    /// The module the track's package builds and its suite imports (`Bob` for `@testable import Bob`).
    public var module: String
    public var starter: String
    public var solution: String
    /// File name and text of each suite file.
    public var tests: [NamedText]
    public var support: [NamedText]
    /// The exercise's text for its lesson, from `.docs/`.
    public var lesson: String
    public var hints: [String]

    public struct NamedText: Equatable, Sendable {
        public var name: String
        public var text: String
    }

    /// Why an exercise cannot be imported: said per exercise, the others are imported.
    public struct Skip: Error, Equatable, Sendable {
        public var reason: String
    }

    /// Reads an exercise, or the reason it cannot run unchanged.
    public static func read(_ entry: ExercismTrack.Entry, track root: URL) throws(Skip) -> ExercismExercise {
        let folder = root.appendingPathComponent(entry.folder)
        func text(_ relative: String) -> String? {
            try? String(contentsOf: folder.appendingPathComponent(relative), encoding: .utf8)
        }
        let packages = PackageDependencies.names(in: text("Package.swift") ?? "")
        if !packages.isEmpty {
            throw Skip(reason: "needs the package\(packages.count == 1 ? "" : "s") \(packages.joined(separator: ", ")); the grader builds with the toolchain's modules only")
        }
        guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(".meta/config.json").path),
              let config = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let files = config["files"] as? [String: Any] else {
            throw Skip(reason: "has no readable .meta/config.json listing its files")
        }
        func list(_ key: String) -> [String] { files[key] as? [String] ?? [] }
        let edited = list("solution").filter { $0.hasSuffix(".swift") }
        guard edited.count == 1, let stub = text(edited[0]) else {
            throw Skip(reason: edited.count > 1
                ? "the learner edits \(edited.count) files (\(edited.joined(separator: ", "))); a course exercise has one learner file"
                : "its stub \(edited.first ?? "(files.solution)") is missing")
        }
        let editor = list("editor").filter { $0.hasSuffix(".swift") }
        let editorNames = Set(editor.map { URL(fileURLWithPath: $0).lastPathComponent })
        let examples = (list("example") + list("exemplar")).filter { $0.hasSuffix(".swift") }
        let solutionParts = examples.filter { !editorNames.contains(URL(fileURLWithPath: $0).lastPathComponent) }
        let solutionTexts = solutionParts.compactMap(text)
        guard !solutionParts.isEmpty, solutionTexts.count == solutionParts.count else {
            throw Skip(reason: "has no example solution in .meta (files.example or files.exemplar)")
        }
        var support: [NamedText] = []
        for path in editor {
            guard let source = text(path) else { throw Skip(reason: "its file \(path) is missing") }
            support.append(NamedText(name: URL(fileURLWithPath: path).lastPathComponent, text: source))
        }
        let tests = swiftFiles(under: folder.appendingPathComponent("Tests"))
        guard !tests.isEmpty else { throw Skip(reason: "has no test files under Tests/") }
        let module = edited[0].split(separator: "/").dropFirst().first.map(String.init) ?? entry.name.replacingOccurrences(of: " ", with: "")
        // The track's CI builds the example without the editor files; here they are compiled with it, so
        // what the example declares again is left out of the solution.
        let shared = Set(support.flatMap { SuiteScanner.topLevelDeclarations(in: $0.text).map(\.name) })
        let solution = DuplicateDeclarations.removing(shared, from: join(solutionTexts, names: solutionParts))
        return ExercismExercise(entry: entry, module: module, starter: stub,
                                solution: solution, tests: tests, support: support,
                                lesson: ExercismDocs.lesson(folder: folder),
                                hints: ExercismDocs.hints(text(".docs/hints.md")))
    }

    /// Several example files as one solution, each after a comment naming its file. Imports may stand
    /// anywhere at file scope, so nothing is moved.
    static func join(_ texts: [String], names: [String]) -> String {
        guard texts.count > 1 else { return texts.first ?? "" }
        return zip(names, texts).map { "// \(URL(fileURLWithPath: $0).lastPathComponent)\n" + $1 }
            .joined(separator: "\n")
    }

    static func swiftFiles(under folder: URL) -> [NamedText] {
        guard let walker = FileManager.default.enumerator(atPath: folder.path) else { return [] }
        var paths: [String] = []
        while let next = walker.nextObject() as? String {
            if next.hasSuffix(".swift") { paths.append(next) }
        }
        return paths.sorted().compactMap { path in
            (try? String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8))
                .map { NamedText(name: URL(fileURLWithPath: path).lastPathComponent, text: $0) }
        }
    }

    /// Types the stub extends without declaring them (`extension Array`): the exercise's API *is* that
    /// extension, so the import lists them in `allow_extensions`.
    public var extendedTypes: [String] {
        let sources = [starter, solution] + support.map(\.text)
        let declared = Set(sources.flatMap { SuiteScanner.topLevelDeclarations(in: $0).map(\.name) })
        var found: [String] = []
        for source in [starter, solution] {
            for name in ExtensionContractCheck.extensions(in: source).map(\.name) where !declared.contains(name) && !found.contains(name) { found.append(name) }
        }
        return found
    }
}
