// The test process closes its own doors before the first line of learner code runs (part of the harness's
// support module, embedded into `course` as data like CourseHarness.swift; see ARCHITECTURE.md):
//
// - the result channel moves to a descriptor number picked at random;
// - every mapping of code and read-only data already loaded (the program, XCTest, Foundation, the Swift
//   runtime, libc) is sealed with mseal(2): it cannot be unmapped, remapped, mapped over or made writable;
// - Landlock takes away writing anywhere under /proc, so /proc/self/mem (and /proc/self/task/*/mem) cannot be
//   opened for writing (seccomp sees numbers, not paths);
// - a seccomp filter refuses (EPERM) what only tampering needs: dup2/dup3 onto or close of the channel,
//   close_range over it, signal-driven I/O (F_SETFL with O_ASYNC, F_SETOWN, F_SETOWN_EX, F_SETSIG,
//   FIOASYNC, FIOSETOWN, SIOCSPGRP), ptrace, process_vm_readv/writev, pidfd_getfd, io_uring (it would
//   bypass the filter), personality, mprotect/pkey_mprotect with PROT_EXEC and mmap with both PROT_WRITE
//   and PROT_EXEC, and every system call of another ABI (i386, x32), which the filter's numbers do not cover.
//
// A mapping with PROT_EXEC alone stays allowed: programs a test starts (python3, a shell) inherit the filter
// and their loader needs it, and it cannot land on sealed code. The rerun of a crashed test with the runtime's
// backtracer on (its verdict is already decided) is left open: the backtracer reads the crashed process.
#if canImport(Glibc)
import Glibc
#endif

/// The descriptor the harness writes its records to, after `courseCloseDoors` moved it.
nonisolated(unsafe) var courseChannel: Int32 = 3

/// What `courseCloseDoors` managed, for the `begin` record: "seccomp landlock mseal" when all held.
nonisolated(unsafe) var courseDoors: String = ""

private typealias CourseSyscall = @convention(c) (Int, Int, Int, Int, Int, Int) -> Int

/// glibc's `syscall`, found with dlsym: Swift does not import C's variadic functions.
private let courseSyscall: CourseSyscall? = {
    guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "syscall") else { return nil }
    return unsafeBitCast(symbol, to: CourseSyscall.self)
}()

private func courseCall(_ number: Int, _ a: Int = 0, _ b: Int = 0, _ c: Int = 0, _ d: Int = 0, _ e: Int = 0) -> Int {
    guard let courseSyscall else { return -1 }
    return courseSyscall(number, a, b, c, d, e)
}

/// Moves the channel from descriptor 3 to one picked at random in 100..<1000, and closes every other
/// descriptor above 2 that the process inherited: nothing but the channel and the standard streams stays open.
private func courseMoveChannel() {
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<64 {
        let target = Int32.random(in: 100..<1000, using: &generator)
        if fcntl(target, F_GETFD) == -1 && dup2(3, target) == target {
            courseChannel = target
            break
        }
    }
    guard courseChannel != 3 else { return }
    if courseCall(436 /* close_range */, 3, Int(courseChannel) - 1, 0) != 0 {
        for fd in 3..<courseChannel { _ = close(fd) }
    }
    if courseCall(436, Int(courseChannel) + 1, Int(UInt32.max), 0) != 0 {
        for fd in (courseChannel + 1)..<4096 { _ = close(fd) }
    }
}

#if arch(x86_64)
private enum CourseSys {
    static let mmap = 9, mprotect = 10, ioctl = 16, dup2 = 33, fcntl = 72, close = 3, ptrace = 101
    static let personality = 135, prctl = 157, dup3 = 292, processVMReadv = 310, processVMWritev = 311
    static let seccomp = 317, pkeyMprotect = 329, ioUringSetup = 425, ioUringEnter = 426, ioUringRegister = 427
    static let closeRange = 436, pidfdGetfd = 438, landlockCreateRuleset = 444, landlockAddRule = 445
    static let landlockRestrictSelf = 446, mseal = 462
}

/// Seals every file-backed mapping that is not writable: code and read-only data of everything loaded.
private func courseSeal() -> Bool {
    let fd = open("/proc/self/maps", O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { return false }
    var text: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 65536)
    while true {
        let count = read(fd, &chunk, chunk.count)
        if count < 0 && errno == EINTR { continue }
        if count <= 0 { break }
        text += chunk[0..<count]
    }
    _ = close(fd)
    var sealed = 0
    var failed = 0
    for line in text.split(separator: 10) {
        let fields = line.split(separator: 32, omittingEmptySubsequences: true)
        guard fields.count >= 6, fields[5].first == 47, fields[1].count == 4, fields[1][fields[1].startIndex + 1] != 119 else { continue }
        let range = fields[0].split(separator: 45)
        guard range.count == 2, let start = Int(String(decoding: range[0], as: UTF8.self), radix: 16),
              let end = Int(String(decoding: range[1], as: UTF8.self), radix: 16), end > start else { continue }
        if courseCall(CourseSys.mseal, start, end - start, 0) == 0 { sealed += 1 } else { failed += 1 }
    }
    return sealed > 0 && failed == 0
}

/// Takes away writing to any file under /proc (the process's own memory file above all); elsewhere
/// writing stays as it was. Landlock ABI 1: only LANDLOCK_ACCESS_FS_WRITE_FILE is handled.
private func courseLandlock() -> Bool {
    let writeFile: UInt64 = 1 << 1
    var handled = writeFile
    let ruleset = withUnsafeMutableBytes(of: &handled) { courseCall(CourseSys.landlockCreateRuleset, Int(bitPattern: $0.baseAddress), 8, 0) }
    guard ruleset >= 0 else { return false }
    defer { _ = close(Int32(ruleset)) }
    guard let root = opendir("/") else { return false }
    var names: [String] = []
    while let entry = readdir(root) {
        let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        if name != "." && name != ".." && name != "proc" { names.append(name) }
    }
    _ = closedir(root)
    for name in names {
        let parent = open("/" + name, 0o10000000 /* O_PATH */ | O_CLOEXEC)
        guard parent >= 0 else { continue }
        // struct landlock_path_beneath_attr { __u64 allowed_access; __s32 parent_fd; } __attribute__((packed))
        var attribute = [UInt8](repeating: 0, count: 12)
        withUnsafeBytes(of: writeFile.littleEndian) { attribute.replaceSubrange(0..<8, with: $0) }
        withUnsafeBytes(of: parent.littleEndian) { attribute.replaceSubrange(8..<12, with: $0) }
        _ = attribute.withUnsafeMutableBytes { courseCall(CourseSys.landlockAddRule, ruleset, 1, Int(bitPattern: $0.baseAddress), 0) }
        _ = close(parent)
    }
    return courseCall(CourseSys.landlockRestrictSelf, ruleset, 0) == 0
}

/// One classic BPF instruction (`struct sock_filter`).
private struct CourseBPF {
    var code: UInt16
    var jt: UInt8
    var jf: UInt8
    var k: UInt32
}

/// The seccomp filter's program: a list of "syscall number → checks" blocks, each returning EPERM on a match.
private func courseFilter(channel: UInt32) -> [CourseBPF] {
    let load: UInt16 = 0x20, jeq: UInt16 = 0x15, jgt: UInt16 = 0x25, jge: UInt16 = 0x35, jset: UInt16 = 0x45, ret: UInt16 = 0x06
    let allow: UInt32 = 0x7fff_0000, refuse: UInt32 = 0x0005_0000 | UInt32(EPERM)
    func arg(_ index: UInt32) -> UInt32 { 16 + 8 * index }  // low 32 bits (little-endian)
    // Each block: [checks...] ending in "refuse" or falling through to "allow" at its end.
    func block(_ number: Int, _ body: [CourseBPF]) -> [CourseBPF] {
        [CourseBPF(code: load, jt: 0, jf: 0, k: 0), CourseBPF(code: jeq, jt: 0, jf: UInt8(body.count + 1), k: UInt32(number))]
            + body + [CourseBPF(code: ret, jt: 0, jf: 0, k: allow)]
    }
    let no = CourseBPF(code: ret, jt: 0, jf: 0, k: refuse)
    let yes = CourseBPF(code: ret, jt: 0, jf: 0, k: allow)
    func argEquals(_ index: UInt32, _ value: UInt32) -> [CourseBPF] {  // refuse when arg == value
        [CourseBPF(code: load, jt: 0, jf: 0, k: arg(index)), CourseBPF(code: jeq, jt: 0, jf: 1, k: value), no]
    }
    func argHas(_ index: UInt32, _ bits: UInt32) -> [CourseBPF] {  // refuse when arg & bits != 0
        [CourseBPF(code: load, jt: 0, jf: 0, k: arg(index)), CourseBPF(code: jset, jt: 0, jf: 1, k: bits), no]
    }
    var program: [CourseBPF] = [
        CourseBPF(code: load, jt: 0, jf: 0, k: 4),  // arch
        CourseBPF(code: jeq, jt: 1, jf: 0, k: 0xC000_003E),  // AUDIT_ARCH_X86_64
        no,
        CourseBPF(code: load, jt: 0, jf: 0, k: 0),
        CourseBPF(code: jge, jt: 0, jf: 1, k: 0x4000_0000),  // x32 numbers
        no,
    ]
    for number in [CourseSys.ptrace, CourseSys.processVMReadv, CourseSys.processVMWritev, CourseSys.pidfdGetfd,
                   CourseSys.ioUringSetup, CourseSys.ioUringEnter, CourseSys.ioUringRegister, CourseSys.personality] {
        program += block(number, [no])
    }
    program += block(CourseSys.close, argEquals(0, channel))
    program += block(CourseSys.dup2, argEquals(1, channel))
    program += block(CourseSys.dup3, argEquals(1, channel))
    program += block(CourseSys.closeRange, [  // first <= channel <= last
        CourseBPF(code: load, jt: 0, jf: 0, k: arg(0)), CourseBPF(code: jgt, jt: 3, jf: 0, k: channel),
        CourseBPF(code: load, jt: 0, jf: 0, k: arg(1)), CourseBPF(code: jge, jt: 0, jf: 1, k: channel), no,
    ])
    program += block(CourseSys.fcntl, [
        CourseBPF(code: load, jt: 0, jf: 0, k: arg(1)),
        CourseBPF(code: jeq, jt: 4, jf: 0, k: 4),   // F_SETFL: look at its flags
        CourseBPF(code: jeq, jt: 2, jf: 0, k: 8),   // F_SETOWN
        CourseBPF(code: jeq, jt: 1, jf: 0, k: 10),  // F_SETSIG
        CourseBPF(code: jeq, jt: 0, jf: 4, k: 15),  // F_SETOWN_EX
        no,
    ] + argHas(2, UInt32(O_ASYNC)))                  // F_SETFL with O_ASYNC
    program += block(CourseSys.ioctl, [
        CourseBPF(code: load, jt: 0, jf: 0, k: arg(1)),
        CourseBPF(code: jeq, jt: 2, jf: 0, k: 0x5452),  // FIOASYNC
        CourseBPF(code: jeq, jt: 1, jf: 0, k: 0x8901),  // FIOSETOWN
        CourseBPF(code: jeq, jt: 0, jf: 1, k: 0x8902),  // SIOCSPGRP
        no,
    ])
    program += block(CourseSys.mprotect, argHas(2, UInt32(PROT_EXEC)))
    program += block(CourseSys.pkeyMprotect, argHas(2, UInt32(PROT_EXEC)))
    program += block(CourseSys.mmap, [  // PROT_WRITE and PROT_EXEC together
        CourseBPF(code: load, jt: 0, jf: 0, k: arg(2)), CourseBPF(code: 0x54, jt: 0, jf: 0, k: UInt32(PROT_WRITE | PROT_EXEC)),  // A &= k
        CourseBPF(code: jeq, jt: 0, jf: 1, k: UInt32(PROT_WRITE | PROT_EXEC)), no,
    ])
    program.append(yes)
    return program
}

/// Installs the filter; true when the kernel took it.
private func courseSeccomp() -> Bool {
    let program = courseFilter(channel: UInt32(courseChannel))
    return program.withUnsafeBufferPointer { buffer -> Bool in
        // struct sock_fprog { unsigned short len; struct sock_filter *filter; }: the pointer at offset 8.
        var fprog = [UInt64](repeating: 0, count: 2)
        fprog[0] = UInt64(program.count)
        fprog[1] = UInt64(UInt(bitPattern: buffer.baseAddress))
        return fprog.withUnsafeMutableBytes { courseCall(CourseSys.seccomp, 1, 0, Int(bitPattern: $0.baseAddress)) == 0 }
    }
}
#endif

/// Moves the channel, then (unless this run is the crash rerun with the backtracer on) seals the loaded code,
/// takes /proc out of write reach and installs the filter. Called once, before any test runs.
func courseCloseDoors() {
    courseMoveChannel()
    #if arch(x86_64)
    if let backtrace = getenv("SWIFT_BACKTRACE"), String(cString: backtrace).hasPrefix("enable=yes") { return }
    guard courseCall(CourseSys.prctl, 38 /* PR_SET_NO_NEW_PRIVS */, 1, 0, 0, 0) == 0 else { return }
    var closed: [String] = []
    if courseSeal() { closed.append("mseal") }
    if courseLandlock() { closed.append("landlock") }
    if courseSeccomp() { closed.append("seccomp") }
    courseDoors = closed.joined(separator: " ")
    #endif
}
