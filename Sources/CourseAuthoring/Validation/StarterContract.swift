import CourseGrading
import CourseModel

/// The learner's contract is the starter: the suite may use only what the starter declares (and the
/// support files), and the reference solution must declare everything the starter does.
enum StarterContract {
    static func problems(in sources: ExerciseSources) -> [CourseProblem] {
        guard let starter = sources.starter, let solution = sources.solution else { return [] }
        let starterNames = Set(SuiteScanner.topLevelDeclarations(in: starter.text).map(\.name))
        let supportNames = Set(sources.support.flatMap { SuiteScanner.topLevelDeclarations(in: $0.text).map(\.name) })
        let solutionNames = SuiteScanner.topLevelDeclarations(in: solution.text).map(\.name)
        var problems: [CourseProblem] = []
        let starterLines = DeclarationLines.lines(in: starter.tokens)
        for name in SuiteScanner.topLevelDeclarations(in: starter.text).map(\.name) where !solutionNames.contains(name) {
            problems.append(CourseProblem(file: starter.path, line: starterLines[name],
                "declares `\(name)`, which the reference solution \(solution.path) lacks: the learner must write it, so the solution must too. Add it to the solution, or remove it from the starter (and \(sources.exercise.learnerPath))"))
        }
        // Names only the solution declares are its helpers: a learner need not write them, so the tests may not use them.
        let helpers = Set(solutionNames).subtracting(starterNames).subtracting(supportNames)
        // An imported exercise's contract also takes what the suite uses of the solution (`ExerciseInputs.api`).
        guard !helpers.isEmpty, sources.exercise.settings.source == nil else { return problems }
        for file in sources.suite {
            var reported = Set<String>()
            let tokens = file.tokens
            // `Reference.helper` is the reference's own helper, called as the oracle: that is allowed.
            let viaReference = Set(tokens.indices.filter { index in
                index >= 2 && tokens[index - 1].text == "." && tokens[index - 2].text == ReferenceModule.name
            })
            for (index, token) in tokens.enumerated() where helpers.contains(token.text) && !viaReference.contains(index)
                && reported.insert(token.text).inserted {
                problems.append(CourseProblem(file: file.path, line: token.line,
                    "uses `\(token.text)`, which only the reference solution declares: the learner's file is graded against the names the starter declares. Declare `\(token.text)` in the starter \(starter.path) (and \(sources.exercise.learnerPath)), or stop using it in the tests"))
            }
        }
        return problems
    }
}
