import CourseModel
import CourseProcess
import Foundation

/// When a student submitted: the ISO 8601 time in a `.submitted_at` file at the top of their folder (what a
/// collecting script or an LMS download writes), or else the committer time of the last commit of their git
/// repository (as GitHub Classroom's deadline reads it). A commit's time is what the student's git recorded;
/// the file's is what the collector wrote. Links are never followed; git runs with the settings that could
/// start another program turned off, and is asked only for the raw commit (`cat-file`).
public enum SubmissionTime {
    public static let fileName = ".submitted_at"

    public static func read(_ folder: URL, environment: [String: String]) -> Date? {
        let file = folder.appendingPathComponent(fileName)
        if let data = RegularFile.contents(file.path, limit: Limits.standard.stampBytes), let text = String(data: data, encoding: .utf8) {
            return parse(text.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        return lastCommit(folder, environment: environment)
    }

    /// An ISO 8601 time with a zone (`2026-12-01T23:59:00Z`, `…+01:00`), optionally with fractions of a second.
    public static func parse(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        if let date = formatter.date(from: text) { return date }
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.date(from: text)
    }

    static func lastCommit(_ folder: URL, environment: [String: String]) -> Date? {
        var info = stat()
        guard lstat(folder.appendingPathComponent(".git").path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR,
              let git = Subprocess.which("git", path: environment["PATH"]) else { return nil }
        let spec = ProcessSpec(executable: git, arguments: [
            "--no-pager", "-c", "core.fsmonitor=false", "-c", "safe.directory=*", "-c", "log.showSignature=false",
            "-C", folder.path, "cat-file", "commit", "HEAD",
        ], environment: ["PATH": environment["PATH"] ?? "/usr/bin:/bin", "GIT_CONFIG_NOSYSTEM": "1", "GIT_CONFIG_GLOBAL": "/dev/null",
                         "HOME": "/nonexistent", "GIT_TERMINAL_PROMPT": "0"], timeout: Limits.standard.gitTimeout)
        guard let result = try? Subprocess.run(spec), result.succeeded else { return nil }
        return committerTime(result.outputText)
    }

    /// The time of a raw commit's `committer Name <email> 1733011140 +0100` line.
    static func committerTime(_ commit: String) -> Date? {
        for line in commit.split(separator: "\n") {
            if line.isEmpty { break }  // the headers end at the first blank line
            guard line.hasPrefix("committer ") else { continue }
            let fields = line.split(separator: " ")
            guard fields.count >= 3, let seconds = TimeInterval(fields[fields.count - 2]) else { return nil }
            return Date(timeIntervalSince1970: seconds)
        }
        return nil
    }
}
