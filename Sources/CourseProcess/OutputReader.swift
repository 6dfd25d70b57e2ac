import CourseModel
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Drains a child's output pipe and result channel until it exits, enforcing the time and output limits.
struct OutputReader {
    let spec: ProcessSpec
    let outFD: Int32
    let channelFD: Int32
    /// The write end of the child's stdin, closed once all input is written (or the child stops reading).
    var inputFD: Int32
    var inputOffset = 0
    var output: [UInt8] = []
    var outputBytes = 0
    var channel: [UInt8] = []
    var timedOut = false
    var limitHit = false
    private var outOpen = true
    private var channelOpen: Bool

    static let channelLimit = Limits.standard.resultChannelBytes

    init(spec: ProcessSpec, outFD: Int32, channelFD: Int32, inputFD: Int32) {
        self.spec = spec
        self.outFD = outFD
        self.channelFD = channelFD
        self.inputFD = inputFD
        self.channelOpen = channelFD >= 0
    }

    /// Reads until the child has exited and its pipes are drained; returns how it ended.
    mutating func pump(pid: pid_t, start: Date) -> ProcessResult.Termination {
        var buffer = [UInt8](repeating: 0, count: 65536)
        var exited: ProcessResult.Termination?
        var killed = false
        var drainDeadline: Date?
        defer { closeInput() }
        if spec.input.isEmpty { closeInput() }
        while true {
            if exited == nil, let status = reap(pid, block: false) { exited = status; drainDeadline = Date().addingTimeInterval(0.5) }
            if exited != nil, !outOpen && !channelOpen { break }
            if let deadline = drainDeadline, Date() > deadline { break }
            if !killed, let timeout = spec.timeout, Date().timeIntervalSince(start) > timeout {
                timedOut = true
                killed = true
                kill(-pid, SIGKILL)
            }
            var fds: [pollfd] = []
            if outOpen { fds.append(pollfd(fd: outFD, events: Int16(POLLIN), revents: 0)) }
            if channelOpen { fds.append(pollfd(fd: channelFD, events: Int16(POLLIN), revents: 0)) }
            if inputFD >= 0 { fds.append(pollfd(fd: inputFD, events: Int16(POLLOUT), revents: 0)) }
            if fds.isEmpty {
                if exited == nil { exited = reap(pid, block: true) }
                break
            }
            let ready = poll(&fds, nfds_t(fds.count), 50)
            if ready <= 0 { continue }
            for entry in fds where entry.revents != 0 {
                if entry.fd == inputFD {
                    writeInput()
                    continue
                }
                let count = buffer.withUnsafeMutableBytes { read(entry.fd, $0.baseAddress, $0.count) }
                if count <= 0 {
                    if count < 0 && errno == EINTR { continue }
                    if entry.fd == outFD { outOpen = false } else { channelOpen = false }
                    continue
                }
                if entry.fd == outFD {
                    outputBytes += count
                    let room = spec.keepOutputBytes - output.count
                    if room > 0 { output += buffer[0..<min(room, count)] }
                    if outputBytes > spec.killAfterOutputBytes && !killed {
                        limitHit = true
                        killed = true
                        kill(-pid, SIGKILL)
                    }
                } else if channel.count < OutputReader.channelLimit {
                    channel += buffer[0..<count]
                }
            }
        }
        kill(-pid, SIGKILL)  // no grandchild outlives the run
        return exited ?? reap(pid, block: true) ?? .signaled(SIGKILL)
    }

    private mutating func writeInput() {
        let written = spec.input[inputOffset...].withUnsafeBytes { write(inputFD, $0.baseAddress, $0.count) }
        if written > 0 { inputOffset += written }
        if written < 0 && errno == EAGAIN { return }
        if written <= 0 || inputOffset >= spec.input.count { closeInput() }
    }

    private mutating func closeInput() {
        if inputFD >= 0 { close(inputFD); inputFD = -1 }
    }

    private func reap(_ pid: pid_t, block: Bool) -> ProcessResult.Termination? {
        var status: Int32 = 0
        while true {
            let result = waitpid(pid, &status, block ? 0 : WNOHANG)
            if result == -1 && errno == EINTR { continue }
            guard result == pid else { return nil }
            break
        }
        let signal = status & 0x7f
        if signal == 0 { return .exited((status >> 8) & 0xff) }
        return .signaled(signal)
    }
}
