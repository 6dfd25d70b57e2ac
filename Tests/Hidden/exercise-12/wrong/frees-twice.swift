// Plausible wrong answer: close() frees, and deinit frees again without checking.
import CRing

final class Ring {
    private let handle: OpaquePointer
    private var closed = false

    init?(capacity: Int) {
        guard capacity > 0, let h = ring_create(capacity) else { return nil }
        handle = h
    }

    var count: Int { closed ? 0 : ring_count(handle) }

    @discardableResult
    func push(_ value: Int64) -> Bool {
        if closed { return false }
        return ring_push(handle, value) == 0
    }

    func pop() -> Int64? {
        if closed { return nil }
        var out: Int64 = 0
        return ring_pop(handle, &out) == 0 ? out : nil
    }

    func close() {
        if closed { return }
        closed = true
        ring_destroy(handle)
    }

    deinit {
        ring_destroy(handle)
    }
}
