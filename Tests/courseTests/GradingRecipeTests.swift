import CourseProcess
import CourseTestSupport
import Foundation
import XCTest

/// The recipes in Examples/grading/: what can be checked here is checked — the manifests parse and agree
/// with themselves, and the Slurm script runs, with simulated array variables, on the real binary.
final class GradingRecipeTests: EndToEndTestCase {
    let recipes = TestSupport.packageRoot.appendingPathComponent("Examples/grading")

    /// A YAML file as JSON, through python3's yaml module (installed by scripts/install-dependencies).
    func yaml(_ name: String) throws -> [String: Any] {
        let python = try XCTUnwrap(Subprocess.which("python3", path: ProcessInfo.processInfo.environment["PATH"]))
        let result = try Subprocess.run(ProcessSpec(executable: python, arguments: [
            "-c", "import json, sys, yaml; print(json.dumps(yaml.safe_load(open(sys.argv[1]))))", recipes.appendingPathComponent(name).path,
        ], timeout: 30))
        XCTAssertTrue(result.succeeded, "\(name) does not parse: \(result.outputText)")
        return try jsonObject(result.outputText)
    }

    func testTheKubernetesJobIsIndexedAndItsShardCountMatches() throws {
        let job = try yaml("kubernetes-indexed-job.yaml")
        XCTAssertEqual(job["kind"] as? String, "Job")
        let spec = try XCTUnwrap(job["spec"] as? [String: Any])
        XCTAssertEqual(spec["completionMode"] as? String, "Indexed")
        let completions = try XCTUnwrap(spec["completions"] as? Int)
        let container = try XCTUnwrap((((spec["template"] as? [String: Any])?["spec"] as? [String: Any])?["containers"] as? [[String: Any]])?.first)
        let command = ((container["command"] as? [String] ?? []) + (container["args"] as? [String] ?? [])).joined(separator: " ")
        XCTAssertTrue(command.contains("course grade"), command)
        XCTAssertTrue(command.contains("--shards \(completions)"), "the pods must say how many shards there are: \(command)")
        XCTAssertTrue(command.contains("$JOB_COMPLETION_INDEX"), "each pod writes its own folder: \(command)")
    }

    func testTheActionsMatrixCoversEveryShardAndMergesThemAll() throws {
        let workflow = try yaml("github-actions-grade.yml")
        let jobs = try XCTUnwrap(workflow["jobs"] as? [String: Any])
        let shard = try XCTUnwrap(jobs["shard"] as? [String: Any])
        let matrix = try XCTUnwrap(((shard["strategy"] as? [String: Any])?["matrix"] as? [String: Any])?["shard"] as? [Int])
        let runs = { (job: [String: Any]) in (job["steps"] as? [[String: Any]] ?? []).compactMap { $0["run"] as? String }.joined(separator: "\n") }
        XCTAssertEqual(matrix, Array(1...matrix.count))
        XCTAssertTrue(runs(shard).contains("--shard ${{ matrix.shard }}/\(matrix.count)"), runs(shard))
        let merge = try XCTUnwrap(jobs["merge"] as? [String: Any])
        XCTAssertTrue(runs(merge).contains("--merge " + matrix.map { "shard-\($0)" }.joined(separator: " ")), runs(merge))
    }

    func testTheContainerfileBuildsOnTheSwiftImageWithTheSandbox() throws {
        let text = try String(contentsOf: recipes.appendingPathComponent("Containerfile"), encoding: .utf8)
        let lines = text.split(separator: "\n").filter { !$0.hasPrefix("#") }
        XCTAssertTrue(lines.first?.hasPrefix("FROM swift:") == true, "\(lines.first ?? "")")
        XCTAssertTrue(text.contains("scripts/install-dependencies"), "bubblewrap comes from the project's own script")
        XCTAssertTrue(lines.contains { $0.hasPrefix("ENTRYPOINT [\"course\", \"grade\"") })
    }

    /// The job array run as four local tasks: the last one merges, and the merge is what one machine writes.
    func testTheSlurmScriptGradesEachTaskAndTheLastMerges() throws {
        let course = try tinyCopy()
        let scratch = try TestSupport.temporaryFolder(self)
        let submissions = scratch.appendingPathComponent("submissions")
        for (student, source) in [("ana", "Solutions"), ("ben", "Exercises"), ("cy", "Solutions"), ("dee", "Exercises"), ("eve", "Solutions")] {
            try write(try text("\(source)/exercise-1.swift", in: course), to: "\(student)/exercise-1.swift", in: submissions)
        }
        let grades = scratch.appendingPathComponent("grades")
        let bash = try XCTUnwrap(Subprocess.which("bash", path: ProcessInfo.processInfo.environment["PATH"]))
        let binFolder = TestSupport.courseBinary.deletingLastPathComponent().path
        for task in 0..<4 {
            let result = try Subprocess.run(ProcessSpec(executable: bash, arguments: [recipes.appendingPathComponent("slurm-grade.sbatch").path],
                timeout: 300, extraEnvironment: [
                    "PATH": binFolder + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"),
                    "COURSE_ROOT": course.path, "SUBMISSIONS": submissions.path, "GRADES": grades.path, "COURSE_SANDBOX": "auto",
                    "SLURM_ARRAY_TASK_ID": "\(task)", "SLURM_ARRAY_TASK_COUNT": "4", "SLURM_ARRAY_TASK_MIN": "0", "SLURM_CPUS_PER_TASK": "1",
                ]))
            XCTAssertTrue(result.succeeded, "task \(task): \(result.outputText)")
            XCTAssertEqual(FileManager.default.fileExists(atPath: grades.appendingPathComponent("all/gradebook.csv").path), task == 3,
                           "only the last task merges")
        }
        let single = scratch.appendingPathComponent("single")
        assertStatus(try self.course("grade", submissions.path, "--out", single.path, "--sandbox", "auto", in: course), 0)
        XCTAssertEqual(try text("all/gradebook.csv", in: grades), try text("gradebook.csv", in: single))
        let book = try text("gradebook.csv", in: single)
        XCTAssertTrue(book.contains("\nana,1,0,"), book)
    }

    /// The Classroom workflow: its reporter reads the step it names, and the converter turns a real
    /// `course check --all --json` into the reporter's payload.
    func testTheClassroomWorkflowReportsCheckAllThroughTheConverter() throws {
        let workflow = try yaml("github-classroom-autograding.yml")
        let job = try XCTUnwrap((workflow["jobs"] as? [String: Any])?["run-autograding-tests"] as? [String: Any])
        let steps = try XCTUnwrap(job["steps"] as? [[String: Any]])
        let reporter = try XCTUnwrap(steps.first { ($0["uses"] as? String)?.hasPrefix("classroom-resources/autograding-grading-reporter") == true })
        let runner = try XCTUnwrap((reporter["with"] as? [String: Any])?["runners"] as? String)
        XCTAssertNotNil((reporter["env"] as? [String: Any])?[runner.uppercased() + "_RESULTS"], "the reporter reads <RUNNER>_RESULTS")
        let producer = try XCTUnwrap(steps.first { $0["id"] as? String == runner })
        XCTAssertTrue((producer["run"] as? String ?? "").contains("check --all --json"))

        let course = try tinyCopy()
        try solve("exercise-2", in: course)
        let check = try self.course("check", "--all", "--json", in: course)
        XCTAssertEqual(check.status, 1, "not every exercise passes")
        let report = try jsonObject(check.stdout)
        XCTAssertEqual(report["passed"] as? Int, 1)
        let python = try XCTUnwrap(Subprocess.which("python3", path: ProcessInfo.processInfo.environment["PATH"]))
        let converted = try Subprocess.run(ProcessSpec(executable: python, arguments: [recipes.appendingPathComponent("classroom-results.py").path],
                                                       input: Array(check.stdout.utf8), timeout: 30))
        XCTAssertTrue(converted.succeeded, converted.outputText)
        let line = try XCTUnwrap(converted.outputText.split(separator: "\n").first { $0.hasPrefix("result=") })
        let payload = try jsonObject(String(decoding: try XCTUnwrap(Data(base64Encoded: String(line.dropFirst("result=".count)))), as: UTF8.self))
        let tests = try XCTUnwrap(payload["tests"] as? [[String: Any]])
        XCTAssertEqual(payload["max_score"] as? Int, tests.count)
        XCTAssertEqual(tests.count, report["total"] as? Int)
        XCTAssertEqual(tests.filter { $0["status"] as? String == "pass" }.count, 1)
        XCTAssertEqual(payload["status"] as? String, "fail")
    }
}
