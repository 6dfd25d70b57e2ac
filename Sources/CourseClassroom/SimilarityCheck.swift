import CourseModel
import CourseProcess
import Foundation

/// Compares the submissions of one exercise by their fingerprints and ranks the pairs by how many they share.
/// Fingerprints of the starter and public examples are excluded, and so is any fingerprint found in more
/// submissions than `commonLimit` (code the whole class writes the same way is no sign of copying).
/// A shared fingerprint is evidence for a person to look at, never a verdict.
public struct SimilarityCheck: Sendable {
    public struct Submission: Sendable {
        public var student: String
        public var source: String
        public init(student: String, source: String) { self.student = student; self.source = source }
    }

    /// Lines of one file matched by lines of the other.
    public struct Region: Codable, Equatable, Sendable {
        public var first: ClosedRange<Int>
        public var second: ClosedRange<Int>
    }

    public struct Pair: Sendable, Equatable {
        public var exercise: String
        public var first: String
        public var second: String
        public var shared: Int
        /// The share of each one's fingerprints that the other has too, 0 to 1.
        public var firstShare: Double
        public var secondShare: Double
        public var regions: [Region]
    }

    public var exercise: String
    public var submissions: [Submission]
    public var settings: SimilarityFingerprints.Settings
    var excluded: Set<UInt64>

    public init(exercise: String, submissions: [Submission], given: [String], settings: SimilarityFingerprints.Settings = .init()) {
        self.exercise = exercise
        self.submissions = submissions.sorted { $0.student < $1.student }
        self.settings = settings
        excluded = given.reduce(into: Set<UInt64>()) { $0.formUnion(SimilarityFingerprints.allHashes($1, settings: settings)) }
    }

    /// A fingerprint in more submissions than this is common code, not evidence: half the class, and at least 10
    /// (a ring of a few students copying one source stays visible; what most of the class wrote alike does not count).
    public var commonLimit: Int { max(10, submissions.count / 2) }

    /// Every pair that shares at least `minimum` fingerprints, most shared first (then by the larger share, then
    /// by name). Fingerprinting runs on `workers` cores.
    public func pairs(minimum: Int = 1, workers: Int = 1) -> [Pair] {
        let prints = fingerprints(workers: workers)
        var postings: [UInt64: [Int32]] = [:]
        for (index, print) in prints.enumerated() {
            for hash in print.hashes { postings[hash, default: []].append(Int32(index)) }
        }
        let n = prints.count, limit = commonLimit
        let common = Set(postings.lazy.filter { $0.value.count > limit }.map(\.key))
        let sizes = prints.map { $0.hashes.subtracting(common).count }
        var pairs: [Pair] = []
        var row = [Int32](repeating: 0, count: n), touched: [Int] = []  // one row of the pair counts at a time: memory O(n)
        for a in 0..<n {
            for hash in prints[a].hashes where !common.contains(hash) {
                for holder in postings[hash]! where Int(holder) > a {
                    if row[Int(holder)] == 0 { touched.append(Int(holder)) }
                    row[Int(holder)] += 1
                }
            }
            for b in touched.sorted() {
                let shared = Int(row[b])
                row[b] = 0
                guard shared >= minimum else { continue }
                pairs.append(Pair(exercise: exercise, first: submissions[a].student, second: submissions[b].student, shared: shared,
                                  firstShare: sizes[a] == 0 ? 0 : Double(shared) / Double(sizes[a]),
                                  secondShare: sizes[b] == 0 ? 0 : Double(shared) / Double(sizes[b]),
                                  regions: SimilarityCheck.regions(prints[a], prints[b], excluding: common)))
            }
            touched.removeAll(keepingCapacity: true)
        }
        return pairs.sorted {
            ($0.shared, max($0.firstShare, $0.secondShare), $1.first, $1.second) > ($1.shared, max($1.firstShare, $1.secondShare), $0.first, $0.second)
        }
    }

    func fingerprints(workers: Int) -> [SimilarityFingerprints] {
        let settings = settings, excluded = excluded, sources = submissions.map(\.source)
        return WorkPool.run(count: sources.count, workers: workers) { SimilarityFingerprints(source: sources[$0], settings: settings, excluding: excluded) }
    }

    /// The lines of each file that share fingerprints, joined where matches run on in both files.
    static func regions(_ a: SimilarityFingerprints, _ b: SimilarityFingerprints, excluding common: Set<UInt64>) -> [Region] {
        var inB: [UInt64: SimilarityFingerprints.Mark] = [:]
        for mark in b.marks where inB[mark.hash] == nil { inB[mark.hash] = mark }
        var seen = Set<UInt64>(), regions: [Region] = []
        for mark in a.marks where !common.contains(mark.hash) && seen.insert(mark.hash).inserted {
            guard let other = inB[mark.hash] else { continue }
            let first = mark.firstLine...mark.lastLine, second = other.firstLine...other.lastLine
            if var last = regions.last, first.lowerBound <= last.first.upperBound + 1,
               second.lowerBound <= last.second.upperBound + 1, second.upperBound + 1 >= last.second.lowerBound {
                last.first = last.first.lowerBound...max(last.first.upperBound, first.upperBound)
                last.second = min(last.second.lowerBound, second.lowerBound)...max(last.second.upperBound, second.upperBound)
                regions[regions.count - 1] = last
            } else {
                regions.append(Region(first: first, second: second))
            }
        }
        return regions
    }
}
