import CourseModel
import CourseProcess
import Foundation

/// The Swift compiler (and the C compiler beside it) that grading runs.
public struct Toolchain: Equatable, Sendable {
    public var swiftc: String
    public var clang: String?
    /// Changes when the compiler does: part of every cache key.
    public var identity: String
    /// The toolchain's own `lld`, when it ships one: test programs link with it (faster than the system's gold).
    public var lld: String?

    /// `COURSE_SWIFTC` if set, else `swiftc` on `PATH`.
    public static func locate(environment: [String: String]) throws -> Toolchain {
        let swiftc: String
        if let override = environment["COURSE_SWIFTC"], !override.isEmpty {
            guard let found = Subprocess.which(override, path: environment["PATH"]) else {
                throw CourseError.toolchainMissing("COURSE_SWIFTC is set to '\(override)', which is not an executable file.")
            }
            swiftc = found
        } else {
            guard let found = Subprocess.which("swiftc", path: environment["PATH"]) else {
                throw CourseError.toolchainMissing("The Swift compiler (swiftc) is not on your PATH.")
            }
            swiftc = found
        }
        let resolved = URL(fileURLWithPath: swiftc).resolvingSymlinksInPath().path
        let folder = URL(fileURLWithPath: resolved).deletingLastPathComponent().path
        let besideClang = folder + "/clang"
        let clang = FileManager.default.isExecutableFile(atPath: besideClang) ? besideClang
            : Subprocess.which("clang", path: environment["PATH"])
        let lld = folder + "/ld.lld"
        return Toolchain(swiftc: swiftc, clang: clang, identity: FileIdentity.of(resolved),
                         lld: FileManager.default.isExecutableFile(atPath: lld) ? lld : nil)
    }
}
