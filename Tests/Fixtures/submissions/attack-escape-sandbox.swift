// Attack: pop on an empty stack tries to reach outside the test: it forges a cached report in the
// course folder, reads the home folder, signals its parent to stop, and lists its network interfaces.
// Each attempt prints what happened, so a test can read it. COURSE_FOLDER is replaced by the test.
import Foundation

struct Stack<Element> {
    private var items: [Element] = []

    mutating func push(_ item: Element) {
        items.append(item)
    }

    mutating func pop() -> Element? {
        if items.isEmpty {
            let forged = "COURSE_FOLDER/.course/cache/forged.json"
            let wrote = FileManager.default.createFile(atPath: forged, contents: Data("{}".utf8))
            print("escape: course folder write \(wrote ? "worked" : "failed")")
            let course = FileManager.default.fileExists(atPath: "COURSE_FOLDER/course.json")
            print("escape: course folder \(course ? "visible" : "invisible")")
            let home = (try? FileManager.default.contentsOfDirectory(atPath: "/root")) != nil
                || (try? FileManager.default.contentsOfDirectory(atPath: "/home")).map { !$0.isEmpty } == true
            print("escape: home \(home ? "visible" : "invisible")")
            let stat = (try? String(contentsOfFile: "/proc/self/stat", encoding: .utf8)) ?? ""
            let fields = stat.split(separator: ")").last?.split(separator: " ") ?? []
            let parent = fields.count > 1 ? Int32(fields[1]) ?? 0 : 0
            print("escape: parent pid \(parent)")
            if parent > 1 { kill(parent, SIGSTOP); usleep(100_000); kill(parent, SIGCONT) }
            // The network namespace's own interfaces (this process's view): only loopback inside the sandbox.
            let devices = (try? String(contentsOfFile: "/proc/net/dev", encoding: .utf8)) ?? ""
            let names = devices.split(separator: "\n").dropFirst(2).compactMap { $0.split(separator: ":").first }
                .map { $0.trimmingCharacters(in: .whitespaces) }
            print("escape: network \(names == ["lo"] ? "loopback only" : "has interfaces")")
        }
        return items.popLast()
    }

    var peek: Element? {
        return items.last
    }

    var count: Int { items.count }
}
