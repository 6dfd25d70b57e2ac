import Foundation

/// The folders of a driver call's absolute-path arguments outside the scratch folder (the harness module's,
/// the reference's, the exercise's support folder), each replaced by a numbered placeholder, so one job list
/// from `swiftc -###` serves every exercise and cache entry of the same shape: the driver copies such paths
/// into its jobs (and derives names beside them), it never reads them while planning.
///
/// A word is generalized only when it is a whole absolute path; in the driver's jobs a folder is replaced only
/// where it is a whole word or followed by `/`, longest folder first, and filled back the same way.
struct DriverPathSlots {
    /// The folders, in order of first appearance: slot `n` is `folders[n]`.
    private(set) var folders: [String] = []
    /// Paths under this folder (the toolchain's) are the same for every call and stay as they are.
    var toolchainRoot: String

    init(toolchainRoot: String) { self.toolchainRoot = toolchainRoot }

    static func placeholder(_ slot: Int) -> String { "/@COURSE-PATH-\(slot)@" }

    /// `word` with its folder as a slot, when it is an absolute path outside the scratch and toolchain folders.
    mutating func generalize(argument word: String) -> String {
        guard word.hasPrefix("/"), !word.hasPrefix(DriverJobs.placeholder), !word.hasPrefix(toolchainRoot + "/"),
              let slash = word.lastIndex(of: "/"), slash != word.startIndex else { return word }
        let folder = String(word[..<slash])
        guard !folder.contains("/@COURSE-") else { return word }
        let slot = folders.firstIndex(of: folder) ?? { folders.append(folder); return folders.count - 1 }()
        return Self.placeholder(slot) + word[slash...]
    }

    /// A word of the driver's jobs with every known folder (a whole word, or before a `/`) as its slot.
    func generalize(job word: String) -> String {
        var text = word
        for (slot, folder) in folders.enumerated().sorted(by: { $0.element.count > $1.element.count }) {
            if text == folder { return Self.placeholder(slot) }
            text = text.replacingOccurrences(of: folder + "/", with: Self.placeholder(slot) + "/")
        }
        return text
    }

    /// A remembered job's word with this call's folders filled in.
    func fill(_ word: String) -> String {
        guard word.contains("/@COURSE-PATH-") else { return word }
        var text = word
        for (slot, folder) in folders.enumerated() { text = text.replacingOccurrences(of: Self.placeholder(slot), with: folder) }
        return text
    }
}
