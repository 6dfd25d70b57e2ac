// Plausible wrong answer: wraps the C ring but never destroys it unless close() is called.
import CRing

final class Ring {
    private var handle: OpaquePointer?

    init?(capacity: Int) {
        guard capacity > 0, let h = ring_create(capacity) else { return nil }
        handle = h
    }

    var count: Int { handle.map { ring_count($0) } ?? 0 }

    @discardableResult
    func push(_ value: Int64) -> Bool {
        guard let h = handle else { return false }
        return ring_push(h, value) == 0
    }

    func pop() -> Int64? {
        guard let h = handle else { return nil }
        var out: Int64 = 0
        return ring_pop(h, &out) == 0 ? out : nil
    }

    func close() {
        guard let h = handle else { return }
        handle = nil
        ring_destroy(h)
    }
}
