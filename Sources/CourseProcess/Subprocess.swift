import CourseModel
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a child in a session of its own with posix_spawn, reading its output while it runs.
///
/// A session of its own (and so a process group of its own, whose id is the child's pid) means the child has
/// no controlling terminal, whether or not `course` runs in one: it cannot stop itself on terminal I/O
/// (an interactive shell outside the terminal's foreground group stops with SIGTTIN), cannot read keys meant
/// for `course`, and cannot push input into the learner's terminal. The same child behaves the same in a
/// terminal, in CI and under `nohup`.
///
/// Output is read to the end before waiting (waiting first deadlocks once the pipe buffer fills),
/// capped in memory, and the whole group is killed on timeout so no grandchild is left behind.
public enum Subprocess {
    public static func run(_ spec: ProcessSpec) throws -> ProcessResult {
        let start = Date()
        _ = ignoreBrokenPipes
        ChildRegistry.shared.parkWhileStopping()
        var outPipe: [Int32] = [-1, -1], inPipe: [Int32] = [-1, -1], chanPipe: [Int32] = [-1, -1]
        // Close-on-exec: a child started at the same time by another thread (a grading worker) must not
        // inherit this child's pipes or channel. The dup2 actions below clear the flag on 0-3. (The SDK has no
        // pipe2; the harness closes whatever a test program inherits above its channel anyway.)
        guard pipe(&outPipe) == 0, pipe(&inPipe) == 0 else {
            throw CourseError.fileSystem(path: spec.executable, reason: "could not create a pipe: \(String(cString: strerror(errno)))")
        }
        // The result channel is a socket, not a pipe: a socket cannot be reopened through
        // /proc/self/fd/3, so the test process cannot turn its write end into a read end and
        // read back the harness's records.
        if spec.resultChannel {
            guard socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0, &chanPipe) == 0 else {
                throw CourseError.fileSystem(path: spec.executable, reason: "could not create a socket pair")
            }
            shutdown(chanPipe[0], Int32(SHUT_WR))
            shutdown(chanPipe[1], Int32(SHUT_RD))
        }
        for fd in inPipe + outPipe { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        var inherited: [Int32] = []
        defer { inherited.forEach { _ = close($0) } }
        for path in spec.inheritedFiles {
            let opened = open(path, O_RDONLY | O_CLOEXEC)
            // Above every target number, so one dup2 never lands on a descriptor a later one still needs.
            let fd = opened < 0 ? -1 : fcntl(opened, F_DUPFD_CLOEXEC, 100)
            if opened >= 0 { close(opened) }
            guard fd >= 0 else {
                (inPipe + outPipe + chanPipe).filter { $0 >= 0 }.forEach { _ = close($0) }
                throw CourseError.fileSystem(path: path, reason: "could not be opened for the child: \(String(cString: strerror(errno)))")
            }
            inherited.append(fd)
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, inPipe[0], 0)
        posix_spawn_file_actions_adddup2(&actions, outPipe[1], 1)
        posix_spawn_file_actions_adddup2(&actions, outPipe[1], 2)
        if spec.resultChannel { posix_spawn_file_actions_adddup2(&actions, chanPipe[1], 3) }
        for (index, fd) in inherited.enumerated() { posix_spawn_file_actions_adddup2(&actions, fd, Int32(4 + index)) }
        // A pipe whose number is one of the inherited files' targets (4, 5, …) was replaced by that dup2 already:
        // closing it now would close the inherited file (a sandbox copying it in then reads a closed descriptor).
        let targets = Set((0..<inherited.count).map { Int32(4 + $0) })
        for fd in (inPipe + outPipe + chanPipe) where fd > 3 && !targets.contains(fd) { posix_spawn_file_actions_addclose(&actions, fd) }

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGINT, SIGTERM, SIGPIPE, SIGQUIT, SIGHUP, SIGXFSZ, SIGXCPU] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var emptyMask = sigset_t()
        sigemptyset(&emptyMask)
        posix_spawnattr_setsigmask(&attributes, &emptyMask)
        posix_spawnattr_setflags(&attributes, Int16(Self.newSessionFlag | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

        // glibc's posix_spawn has no portable chdir action in this SDK, so a shell changes folder and execs.
        var executable = spec.executable
        var argv = [spec.executable] + spec.arguments
        if let directory = spec.workingDirectory {
            executable = "/bin/sh"
            argv = ["/bin/sh", "-c", "cd \"$0\" && exec \"$@\"", directory] + argv
        }
        let environment = (spec.environment ?? ProcessInfo.processInfo.environment).merging(spec.extraEnvironment) { $1 }
        let envp = environment.map { "\($0.key)=\($0.value)" }
        var pid: pid_t = 0
        let argvC = cStrings(argv), envC = cStrings(envp)
        defer { (argvC + envC).forEach { free($0) } }
        let status = ChildRegistry.shared.withSpawnsPaused {
            let status = posix_spawn(&pid, executable, &actions, &attributes, argvC, envC)
            if status == 0 { ChildRegistry.shared.add(pid) }
            return status
        }
        close(inPipe[0]); close(outPipe[1])
        if spec.resultChannel { close(chanPipe[1]) }
        guard status == 0 else {
            close(inPipe[1]); close(outPipe[0])
            if spec.resultChannel { close(chanPipe[0]) }
            throw CourseError.fileSystem(path: spec.executable, reason: "could not start: \(String(cString: strerror(status)))")
        }
        defer { ChildRegistry.shared.remove(pid) }

        // Input is written from the read loop, never all at once: a child that echoes a large input
        // back would otherwise fill both pipes and deadlock.
        _ = fcntl(inPipe[1], F_SETFL, fcntl(inPipe[1], F_GETFL) | O_NONBLOCK)
        var reader = OutputReader(spec: spec, outFD: outPipe[0], channelFD: spec.resultChannel ? chanPipe[0] : -1,
                                  inputFD: inPipe[1])
        let exit = reader.pump(pid: pid, start: start)
        close(outPipe[0])
        if spec.resultChannel { close(chanPipe[0]) }
        return ProcessResult(termination: exit, output: reader.output, outputBytes: reader.outputBytes,
                             channel: reader.channel, timedOut: reader.timedOut, outputLimitHit: reader.limitHit,
                             seconds: Date().timeIntervalSince(start))
    }

    /// A child that exits before reading its input (a test program that cannot even start) must cost a
    /// write error, not this process: SIGPIPE is ignored in any process that runs children this way,
    /// not only in the `course` executable.
    private static let ignoreBrokenPipes: Void = { signal(SIGPIPE, SIG_IGN) }()

    /// glibc's POSIX_SPAWN_SETSID (since 2.26), which the Swift overlay does not export: the child calls
    /// setsid(2), so it leads a new session and a new process group and has no controlling terminal.
    public static let newSessionFlag: Int32 = 0x80

    /// Finds an executable by name on PATH, or checks a path given directly.
    public static func which(_ name: String, path: String? = ProcessInfo.processInfo.environment["PATH"]) -> String? {
        if name.contains("/") {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: name, isDirectory: &isDirectory), !isDirectory.boolValue else { return nil }
            return access(name, X_OK) == 0 ? name : nil
        }
        for folder in (path ?? "").split(separator: ":") {
            let candidate = "\(folder)/\(name)"
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate, isDirectory: &isDirectory), !isDirectory.boolValue,
               access(candidate, X_OK) == 0 {
                return candidate
            }
        }
        return nil
    }

    /// NUL-terminated copies for an argv-style array, ending in nil; the caller frees them.
    static func cStrings(_ strings: [String]) -> [UnsafeMutablePointer<CChar>?] {
        strings.map { strdup($0) } + [nil]
    }
}
