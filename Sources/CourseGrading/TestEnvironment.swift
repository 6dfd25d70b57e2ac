import CourseModel
import CourseProcess
/// The fixed environment of every test process, so a verdict never depends on the learner's time
/// zone, locale, home folder or shell set-up. Documented in the README ("How grading works").
enum TestEnvironment {
    /// Set for every test, whatever the learner's own environment says.
    static let fixed: [String: String] = [
        "TZ": "UTC",
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
        "NO_COLOR": "1",
        "SWIFT_BACKTRACE": "enable=no",
        // Used only by exercises built with a sanitizer: stop at the first error, leave symbols to course.
        "ASAN_OPTIONS": "symbolize=0:detect_leaks=0:halt_on_error=1:abort_on_error=1",
        "TSAN_OPTIONS": "symbolize=0:halt_on_error=1:abort_on_error=1",
    ]

    static func make(user: [String: String], sandboxed: Bool, home: String, supportFolder: String,
                     sharedLibrary: String?, sweepTag: String, exercise: [String: String] = [:]) -> [String: String] {
        var env = fixed
        // The exercise's own variables (a time zone to test against, say) override the fixed ones.
        env.merge(exercise) { $1 }
        // Outside the sandbox the learner's PATH finds programs an exercise requires (python3 from pyenv, say).
        env["PATH"] = sandboxed ? Sandbox.path : (user["PATH"] ?? Sandbox.path)
        env["HOME"] = home
        env["TMPDIR"] = sandboxed ? "/tmp" : home
        env["COURSE_SUPPORT_DIR"] = supportFolder
        if let sharedLibrary { env["COURSE_SHARED_LIBRARY"] = sharedLibrary }
        // Lets the sweeper find anything the tests started that escaped the process group (setsid).
        // A value of its own: the result channel's tag is never in the environment.
        env[OrphanSweeper.variable] = sweepTag
        return env
    }
}
