import CourseProcess
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Starts this executable again, detached, for background work that should outlast the command that asked
/// for it (a prewarm started by `course next`, while the learner reads and edits). The child has its own
/// session and no terminal: its standard streams are /dev/null, and Ctrl-C in the learner's shell never
/// reaches it. It lowers its own priority (`--background`).
enum BackgroundLaunch {
    static func start(_ arguments: [String]) {
        let executable = "/proc/self/exe"
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for fd in Int32(0)...2 { posix_spawn_file_actions_addopen(&actions, fd, "/dev/null", fd == 0 ? O_RDONLY : O_WRONLY, 0) }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(Subprocess.newSessionFlag))
        let argv = ([CommandLine.arguments.first ?? "course"] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        _ = posix_spawn(&pid, executable, &actions, &attributes, argv, environ)
    }
}
