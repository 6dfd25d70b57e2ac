#if !os(Linux)
#error("course builds and grades on Linux only: on macOS or Windows, open this folder in its dev container (.devcontainer/, or GitHub Codespaces); see README, On macOS or Windows")
#endif
import CourseCLI
import CourseProcess
import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Writes to a real file descriptor, unbuffered, so output order matches across stdout and stderr.
final class FileSink: TextSink {
    let fd: Int32
    init(_ fd: Int32) { self.fd = fd }
    func write(_ text: String) {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if written <= 0 { return }
            bytes = bytes.dropFirst(written)
        }
    }
}

/// Ctrl-C or a kill: stop every child process group and delete scratch folders, then exit.
func installSignalCleanup() {
    for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
        signal(signalNumber, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
        source.setEventHandler {
            signalArrived.store(true, ordering: .sequentiallyConsistent)
            ChildRegistry.shared.cleanUp()
            Terminal.restore()
            _exit(128 + signalNumber)
        }
        source.resume()
        // Kept alive for the life of the process: one retain that is never released, no shared state.
        _ = Unmanaged.passRetained(source as AnyObject)
    }
}
/// Set first thing by the signal handler: a command that ends because its children were killed then
/// waits for the handler's exit. (`course watch` also cleans up when q stops a check; it exits normally.)
let signalArrived = Atomic<Bool>(false)

signal(SIGPIPE, SIG_IGN)
installSignalCleanup()
// Orphaned descendants of test programs are re-parented here, so none outlives its check.
ProcessControl.becomeChildSubreaper()
let environment = ProcessInfo.processInfo.environment
let readKey: ((Double) -> Character?)? = isatty(0) == 1 ? { Terminal.readKey(timeout: $0) } : nil
var context = CommandContext(
    stdout: FileSink(1), stderr: FileSink(2), environment: environment,
    workingDirectory: FileManager.default.currentDirectoryPath,
    stdoutIsTerminal: isatty(1) == 1, terminalWidth: Terminal.width(environment: environment),
    readKey: readKey)
context.page = { text in Pager.show(text, environment: environment) }
context.startBackground = { arguments in BackgroundLaunch.start(arguments) }
context.terminalHeight = Terminal.height()
context.stderrIsTerminal = isatty(2) == 1
context.executablePath = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
let status = CourseApp.run(Array(CommandLine.arguments.dropFirst()), context: context)
if signalArrived.load(ordering: .sequentiallyConsistent) {
    ChildRegistry.shared.parkWhileStopping()  // Ctrl-C arrived: the signal handler exits with 128 + signal
}
exit(status)
