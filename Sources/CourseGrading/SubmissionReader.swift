import CourseModel
import Foundation

/// Reads a learner's file once, up front, so a file deleted or changed mid-check cannot matter.
enum SubmissionReader {
    static let maximumBytes = Limits.standard.submissionBytes

    static func read(_ url: URL, displayPath: String, exercise: String) -> Result<[UInt8], GradeReportFailure> {
        func fail(_ text: String) -> Result<[UInt8], GradeReportFailure> {
            .failure(GradeReportFailure(report: .error(exercise, .unreadableSubmission, text)))
        }
        // Opened once, without blocking, then checked: a FIFO or a device would otherwise hang the check.
        let data: Data
        switch RegularFile.read(url.path, limit: maximumBytes) {
        case .success(let bytes): data = bytes
        case .failure(.notRegular("folder")):
            return fail("\(displayPath) is a folder, not a Swift file.")
        case .failure(.notRegular(let kind)):
            return fail("\(displayPath) is not a regular file (it is a \(kind)). Replace it with a plain Swift file, "
                + "e.g. 'rm \(displayPath) && course reset \(exercise)'.")
        case .failure(.tooLarge):
            return fail("\(displayPath) is larger than \(Limits.megabytes(maximumBytes)); an exercise solution is never that big. Check that it is the right file.")
        case .failure(.missing):
            return fail("\(displayPath) does not exist. Run 'course reset \(exercise)' to get the starter back.")
        case .failure:
            return fail("\(displayPath) cannot be read (check its permissions, e.g. 'chmod u+r \(displayPath)').")
        }
        guard String(data: data, encoding: .utf8) != nil else {
            return fail("\(displayPath) is not UTF-8 text. Save it as UTF-8 in your editor and check again.")
        }
        let bytes = [UInt8](data)
        guard bytes.contains(where: { ![32, 9, 10, 13].contains($0) }) else {
            return fail("\(displayPath) is empty. Write your solution in it, or run 'course reset \(exercise)' to restore the starter.")
        }
        return .success(bytes)
    }
}

/// A finished report carried through a `Result` or a `throw`.
struct GradeReportFailure: Error {
    var report: GradeReport
}
