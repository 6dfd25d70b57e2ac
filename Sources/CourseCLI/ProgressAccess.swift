import CourseModel

/// Reading and changing one course's progress; notices about the file go to stderr.
public struct ProgressAccess: Sendable {
    public var store: ProgressStore
    public var output: Output

    public init(store: ProgressStore, output: Output) {
        self.store = store
        self.output = output
    }

    /// Progress as saved; a notice about a damaged file goes to stderr once.
    public func load() throws -> Progress {
        let (progress, notice) = try store.load()
        if let notice { output.err(output.style.yellow("Note: ") + notice) }
        return progress
    }

    /// Changes progress; returns nil and warns (without failing the command) when it cannot be saved.
    @discardableResult
    public func update(_ change: (inout Progress) -> Void) throws -> Progress? {
        do {
            let (progress, notice) = try store.update(change)
            if let notice { output.err(output.style.yellow("Note: ") + notice) }
            return progress
        } catch CourseError.progressUnwritable(let path, let reason) {
            output.err(output.style.yellow("Warning: ") + CourseError.progressUnwritable(path: path, reason: reason).message)
            return nil
        }
    }
}
