import CourseModel
import CourseProcess
import CourseTerminal
import Foundation

/// `course install`: makes `course` a command the learner can type. Links the release binary (built
/// first when `course` runs from a debug build of the course's own package) into a folder it creates,
/// and says exactly what to add to the shell profile when that folder is not on `PATH`.
struct InstallCommand: Command {
    static let folder = Parameter.option("--dir", value: "DIR", "Link into DIR instead of ~/.local/bin.")

    let name = "install"
    let summary = "Make 'course' a command you can type anywhere (links it into ~/.local/bin)."
    let details = """
        Uses the running binary; when that is a debug build of this course's package, builds the release \
        binary first ('swift build -c release'). Creates the folder if needed, and if it is not on your PATH, \
        says the one line to add to your shell profile. Until then, every screen shows a command that works as typed.
        """
    let parameters = [InstallCommand.folder]

    func run(_ invocation: Invocation) throws -> Int32 {
        try invocation.expectArguments(max: 0)
        let context = invocation.context, output = invocation.output
        guard let home = context.environment["HOME"], !home.isEmpty else {
            throw CourseError.usage("HOME is not set; name the folder to link into with --dir DIR")
        }
        let folder = invocation.arguments.value(of: Self.folder).map {
            URL(fileURLWithPath: $0, relativeTo: URL(fileURLWithPath: context.workingDirectory, isDirectory: true)).standardizedFileURL.path
        } ?? home + "/.local/bin"
        guard var binary = context.executablePath else {
            throw CourseError.fileSystem(path: "/proc/self/exe", reason: "does not name the running course binary, so there is nothing to link")
        }
        if let package = Self.debugBuildPackage(binary), (context.workingDirectory + "/").hasPrefix(package + "/") {
            output.out("Building course in release mode in \(package) (a few minutes the first time)…")
            let build = try Subprocess.run(ProcessSpec(executable: "/usr/bin/env", arguments: ["swift", "build", "-c", "release", "--product", "course"],
                                                       workingDirectory: package, timeout: 3600))
            let release = package + "/.build/release/course"
            guard build.succeeded, FileManager.default.isExecutableFile(atPath: release) else {
                output.err(build.outputText.split(separator: "\n").suffix(15).joined(separator: "\n"))
                throw CourseError.fileSystem(path: release, reason: "was not built ('swift build -c release' failed above); fix that and run install again")
            }
            binary = URL(fileURLWithPath: release).resolvingSymlinksInPath().path
        }
        let link = folder + "/course"
        try Self.link(link, to: binary)
        output.out("Linked \(link) → \(binary)")
        if let course = try? invocation.openCourse() { EditorSupport.refresh(course, invocation: invocation) }
        let path = context.environment["PATH"] ?? ""
        if path.split(separator: ":").contains(where: { URL(fileURLWithPath: String($0)).standardizedFileURL.path == folder }) {
            output.out("\(folder) is on your PATH: type \(output.style.command("course")) from any folder of the course.")
        } else {
            output.out(Self.profileAdvice(folder: folder, home: home, shell: context.environment["SHELL"] ?? ""))
        }
        return 0
    }

    /// The package folder when `binary` is a debug build inside a package's `.build` (…/.build/…/debug/course).
    /// It is rebuilt in release mode only when `install` runs inside that package (the learner's clone).
    static func debugBuildPackage(_ binary: String) -> String? {
        guard let range = binary.range(of: "/.build/"), binary.hasSuffix("/debug/course") else { return nil }
        let package = String(binary[..<range.lowerBound])
        return FileManager.default.fileExists(atPath: package + "/Package.swift") ? package : nil
    }

    /// Creates the folder and points `link` at `binary`; an existing link is replaced, anything else is kept.
    static func link(_ link: String, to binary: String) throws {
        let fm = FileManager.default
        let folder = URL(fileURLWithPath: link).deletingLastPathComponent().path
        do {
            try fm.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw CourseError.fileSystem(path: folder, reason: "could not be created (\(error.localizedDescription)); choose another with --dir DIR")
        }
        if (try? fm.destinationOfSymbolicLink(atPath: link)) != nil {
            try? fm.removeItem(atPath: link)
        } else if fm.fileExists(atPath: link) {
            throw CourseError.fileSystem(path: link, reason: "already exists and is not a link; move it away or choose another folder with --dir DIR")
        }
        do {
            try fm.createSymbolicLink(atPath: link, withDestinationPath: binary)
        } catch {
            throw CourseError.fileSystem(path: link, reason: "could not be created (\(error.localizedDescription))")
        }
    }

    /// The one line to add to the shell's profile, for the learner's shell.
    static func profileAdvice(folder: String, home: String, shell: String) -> String {
        let shown = folder.hasPrefix(home + "/") ? "$HOME/" + folder.dropFirst(home.count + 1) : folder
        let line: String, profile: String
        switch URL(fileURLWithPath: shell).lastPathComponent {
        case "fish":
            line = "fish_add_path \(shown)"
            profile = "~/.config/fish/config.fish"
        case "zsh":
            line = "export PATH=\"\(shown):$PATH\""
            profile = "~/.zshrc"
        case "bash":
            line = "export PATH=\"\(shown):$PATH\""
            profile = "~/.bashrc"
        default:
            line = "export PATH=\"\(shown):$PATH\""
            profile = "~/.profile"
        }
        return """
            \(folder) is not on your PATH yet. Add it once, then open a new terminal:

                echo '\(line)' >> \(profile)

            Until then, type the full path \(folder)/course.
            """
    }
}
