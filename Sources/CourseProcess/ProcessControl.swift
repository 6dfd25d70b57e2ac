import CourseModel
import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// `prctl` calls. Glibc declares `prctl` variadic, which Swift cannot call, so it is looked up once
/// and called through a fixed five-argument signature (the kernel's own).
public enum ProcessControl {
    private typealias Prctl = @convention(c) (Int32, UInt, UInt, UInt, UInt) -> Int32

    private static let prctl: Prctl? = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "prctl") else { return nil }
        return unsafeBitCast(symbol, to: Prctl.self)
    }()

    /// Makes this process the reaper of its orphaned descendants: a grandchild whose parent dies is
    /// re-parented here rather than to init, so `OrphanSweeper` can find and kill it.
    @discardableResult
    public static func becomeChildSubreaper() -> Bool {
        guard let prctl else { return false }
        let ok = prctl(36 /* PR_SET_CHILD_SUBREAPER */, 1, 0, 0, 0) == 0
        if ok { isSubreaper.value = true }
        return ok
    }

    /// Whether `becomeChildSubreaper` succeeded in this process.
    public static let isSubreaper = Flag()

    /// A Boolean shared between threads.
    public final class Flag: Sendable {
        private let stored = Mutex(false)
        public var value: Bool {
            get { stored.withLock { $0 } }
            set { stored.withLock { $0 = newValue } }
        }
    }
}
