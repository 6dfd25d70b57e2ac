import CourseModel
import Foundation

/// A deadline and what lateness costs: `penaltyPerDay` percent of the score for each started day after the due
/// time, at most `cap` percent, and nothing counts after the `cutoff`. A student's extension (`extension_days`
/// in the class list) moves both times. A submission with no known time is not marked late.
public struct LatePolicy: Equatable, Sendable {
    public var due: Date
    public var penaltyPerDay: Double
    public var cap: Double
    public var cutoff: Date?

    public init(due: Date, penaltyPerDay: Double = 0, cap: Double = 100, cutoff: Date? = nil) {
        self.due = due
        self.penaltyPerDay = penaltyPerDay
        self.cap = cap
        self.cutoff = cutoff
    }

    /// One student's lateness.
    public struct Lateness: Equatable, Sendable {
        public var submitted: Date?
        /// Started days after the (extended) due time; 0 when on time or unknown.
        public var daysLate: Int
        /// The share of the score taken off, in percent.
        public var penalty: Double
    }

    public func lateness(submitted: Date?, extensionDays: Double = 0) -> Lateness {
        guard let submitted else { return Lateness(submitted: nil, daysLate: 0, penalty: 0) }
        let shift = extensionDays * 86_400
        let late = submitted.timeIntervalSince(due.addingTimeInterval(shift))
        guard late > 0 else { return Lateness(submitted: submitted, daysLate: 0, penalty: 0) }
        let days = Int((late / 86_400).rounded(.up))
        if let cutoff, submitted > cutoff.addingTimeInterval(shift) { return Lateness(submitted: submitted, daysLate: days, penalty: 100) }
        return Lateness(submitted: submitted, daysLate: days, penalty: min(cap, penaltyPerDay * Double(days), 100))
    }

    /// The score after the penalty, in whole hundredths.
    public static func final(_ score: Double, _ lateness: Lateness) -> Double {
        Score.rounded(score * (100 - lateness.penalty) / 100)
    }

    /// `2026-12-01T23:59:00Z`, as the gradebook shows times.
    public static func text(_ date: Date) -> String {
        ISO8601DateFormatter().string(from: date)
    }
}
