import CourseModel
import CourseProcess
import Foundation

/// Reads the learner's compiled object with the toolchain's own `llvm-objdump` and refuses code that
/// could change how the tests run rather than what they compute:
///
/// - a global symbol outside the learner module's Swift namespace (`@c(write)`, `@_cdecl`,
///   `@_silgen_name` of an XCTest function): linked statically with the suite and harness, it would
///   replace the real one;
/// - code that runs before `main` or after it (`.init_array`, `.ctors`, `.fini_array`, `.dtors`);
/// - members added to types of other modules (`extension Double { func squareRoot() }`), which would
///   shadow what the suite calls, unless the exercise allows that type;
/// - references to the harness, the test frameworks, or the few system calls that exist only to
///   tamper with a process (`dlsym`, `mprotect`, `ptrace`, …).
struct ObjectInspector {
    var objdump: String
    var demangle: String?

    /// The tools beside `swiftc`; nil when the toolchain does not ship them.
    static func locate(_ toolchain: Toolchain) -> ObjectInspector? {
        let folder = URL(fileURLWithPath: toolchain.swiftc).resolvingSymlinksInPath().deletingLastPathComponent()
        let objdump = folder.appendingPathComponent("llvm-objdump").path
        guard FileManager.default.isExecutableFile(atPath: objdump) else { return nil }
        let demangle = folder.appendingPathComponent("swift-demangle").path
        return ObjectInspector(objdump: objdump,
                               demangle: FileManager.default.isExecutableFile(atPath: demangle) ? demangle : nil)
    }

    /// The learner module's own symbols start with this (Swift mangling of module `Submission`).
    static let ownPrefix = "$s\(BuildPlan.learnerModule.count)\(BuildPlan.learnerModule)"

    /// Modules whose symbols learner code must not reference.
    static let forbiddenModules = ["XCTest", "Testing", "CourseHarness", BuildPlan.suiteModule, ReferenceModule.name]
        .map { "$s\($0.count)\($0)" }

    /// C functions that have no use in an exercise but every use in tampering with the test process.
    static let forbiddenFunctions: Set<String> = [
        "dlopen", "dlmopen", "dlsym", "dlvsym", "dladdr", "dladdr1", "dlinfo", "dl_iterate_phdr",
        "mprotect", "pkey_mprotect", "ptrace", "process_vm_readv", "process_vm_writev", "syscall",
        "prctl", "personality", "setrlimit", "prlimit", "prlimit64", "getppid", "unshare", "setns",
    ]

    /// Sections whose code runs outside any test.
    static let runsOutsideTests = [".init_array", ".fini_array", ".preinit_array", ".ctors", ".dtors", ".init", ".fini"]

    /// Section name prefixes a Swift compile produces.
    static let knownSections = [".text", ".data", ".rodata", ".bss", ".tbss", ".tdata", ".rela", ".rel.", ".eh_frame",
                                ".note", ".linker-options", "swift5_", ".swift_modhash", ".swift1_autolink_entries", ".comment", ".llvm_addrsig", ".group", ".symtab",
                                ".strtab", ".shstrtab", ".debug", ".gcc_except_table"]

    /// One symbol-table row of `llvm-objdump -t`.
    struct Symbol: Equatable {
        var name: String
        var section: String
        var isGlobal: Bool
        var isWeak: Bool
        var visibility: String
        var isDefined: Bool { section != "*UND*" }
    }

    /// Problems in plain words, each naming what the learner wrote; empty when the object is clean.
    func inspect(object: String, settings: ExerciseSettings) throws -> [String] {
        let result = try Subprocess.run(ProcessSpec(executable: objdump, arguments: ["-h", "-t", "-r", object], timeout: Limits.standard.objectToolTimeout,
                                                    keepOutputBytes: Limits.standard.objectDumpOutputBytes))
        guard result.succeeded else {
            throw GradeReportFailure(report: .error("", .toolchain,
                "llvm-objdump could not read the compiled exercise (\(result.termination)). Check your Swift installation."))
        }
        let (sections, symbols) = ObjectInspector.parse(result.outputText)
        let relocations = ObjectInspector.relocationTargets(result.outputText)
        return sectionProblems(sections, symbols: symbols, relocations: relocations, sanitized: !settings.sanitizers.isEmpty)
            + symbolProblems(symbols, settings: settings)
    }

    /// The functions a sanitizer registers in `.init_array`/`.fini_array` of an instrumented object.
    static let sanitizerConstructors: Set<String> = ["asan.module_ctor", "asan.module_dtor", "tsan.module_ctor", "tsan.module_dtor"]

    /// For each section with relocations, what they point at (`llvm-objdump -r`).
    static func relocationTargets(_ text: String) -> [String: [String]] {
        var targets: [String: [String]] = [:]
        var current: String?
        for line in text.split(separator: "\n") {
            if line.hasPrefix("RELOCATION RECORDS FOR ["), let close = line.lastIndex(of: "]") {
                current = String(line[line.index(line.startIndex, offsetBy: 24)..<close])
                continue
            }
            if line.hasPrefix("SYMBOL TABLE:") || line.hasPrefix("Sections:") { current = nil; continue }
            guard let section = current else { continue }
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            if fields.count >= 3, fields[0] != "OFFSET" { targets[section, default: []].append(String(fields[2])) }
        }
        return targets
    }

    /// Section names and symbols from `llvm-objdump -h -t` output.
    static func parse(_ text: String) -> (sections: [String], symbols: [Symbol]) {
        var sections: [String] = []
        var symbols: [Symbol] = []
        var inSymbols = false
        for line in text.split(separator: "\n") {
            if line.hasPrefix("SYMBOL TABLE:") { inSymbols = true; continue }
            if !inSymbols {
                let fields = line.split(separator: " ", omittingEmptySubsequences: true)
                if fields.count >= 4, Int(fields[0]) != nil { sections.append(String(fields[1])) }
                continue
            }
            if let symbol = parseSymbol(line) { symbols.append(symbol) }
        }
        return (sections, symbols)
    }

    /// `VALUE FLAGS SECTION\tSIZE [.hidden] NAME`, where FLAGS is 7 characters wide.
    static func parseSymbol(_ line: Substring) -> Symbol? {
        guard let tab = line.firstIndex(of: "\t") else { return nil }
        let left = Array(line[..<tab])
        guard left.count > 25 else { return nil }
        let flags = left[17..<24]
        let section = String(left[25...]).trimmingCharacters(in: .whitespaces)
        var rest = line[line.index(after: tab)...].drop { $0 != " " }.dropFirst()
        var visibility = "default"
        for word in [".hidden", ".protected", ".internal"] where rest.hasPrefix(word + " ") {
            visibility = String(word.dropFirst())
            rest = rest.dropFirst(word.count + 1)
        }
        let binding = flags.first ?? " "
        return Symbol(name: String(rest), section: section, isGlobal: binding == "g" || binding == "u" || binding == "!",
                      isWeak: flags.dropFirst().first == "w", visibility: visibility)
    }

    func sectionProblems(_ sections: [String], symbols: [Symbol], relocations: [String: [String]] = [:],
                         sanitized: Bool = false) -> [String] {
        var problems: [String] = []
        for section in sections where !section.isEmpty {
            if section == TestingSymbols.registrySection { problems.append(TestingSymbols.registryProblem); continue }
            let outside = ObjectInspector.runsOutsideTests.first { section == $0 || section.hasPrefix($0 + ".") }
            if outside != nil, sanitized, ObjectInspector.onlySanitizerCode(relocations[section] ?? [], symbols: symbols) { continue }
            if outside == nil, sanitized, section == "asan_globals" || section.hasPrefix(".ASAN") { continue }
            guard outside != nil || !ObjectInspector.knownSections.contains(where: { section.hasPrefix($0) }) else { continue }
            let owners = symbols.filter { $0.section == section && $0.isDefined }.map(\.name)
            let what = owners.first.map { " (it holds `\(demangle([$0])[0])`)" } ?? ""
            if outside != nil {
                problems.append("puts code in the `\(section)` section\(what), which runs before or after the tests, "
                    + "outside any test. Remove the @section attribute.")
            } else {
                problems.append("puts data in a section named `\(section)`\(what), which no exercise needs. Remove the @section attribute.")
            }
        }
        return problems
    }

    /// Whether every target is a sanitizer's own constructor, and its section holds nothing else.
    static func onlySanitizerCode(_ targets: [String], symbols: [Symbol]) -> Bool {
        guard !targets.isEmpty else { return false }
        return targets.allSatisfy { target in
            let name = target.hasPrefix(".text.") ? String(target.dropFirst(6)) : target
            guard sanitizerConstructors.contains(name) else { return false }
            let section = ".text." + name
            return symbols.filter { $0.section == section && $0.isDefined && $0.name != section }
                .allSatisfy { sanitizerConstructors.contains($0.name) }
        }
    }

    func symbolProblems(_ symbols: [Symbol], settings: ExerciseSettings) -> [String] {
        var problems: [String] = []
        var foreign: [Symbol] = []
        for symbol in symbols {
            if !symbol.isDefined {
                if let module = ObjectInspector.forbiddenModules.first(where: { symbol.name.hasPrefix($0) }) {
                    let name = module.drop { !$0.isLetter }
                    problems.append("calls into \(name) directly (`\(demangle([symbol.name])[0])`). "
                        + "Exercise code may not use the test framework or the checker's harness.")
                } else if TestingSymbols.isReference(symbol.name) {
                    problems.append(TestingSymbols.referenceProblem(symbol.name))
                } else if ObjectInspector.forbiddenFunctions.contains(symbol.name) {
                    problems.append("calls `\(symbol.name)`, which exercise code may not use: it can change how the test "
                        + "process itself works. Solve the exercise without it.")
                }
                continue
            }
            guard symbol.isGlobal || symbol.isWeak else { continue }
            if symbol.name.hasPrefix(ObjectInspector.ownPrefix) { continue }
            if symbol.isWeak && symbol.visibility == "hidden" && ObjectInspector.isCompilerHelper(symbol.name) { continue }
            if settings.exports.contains(symbol.name) { continue }
            foreign.append(symbol)
        }
        let names = demangle(foreign.map(\.name))
        for (symbol, readable) in zip(foreign, names) {
            if let problem = ObjectInspector.foreignProblem(symbol.name, demangled: readable, settings: settings) {
                problems.append(problem)
            }
        }
        var seen = Set<String>()
        let unique = problems.filter { seen.insert($0).inserted }
        guard unique.count > ObjectInspector.shownProblems else { return unique }
        return Array(unique.prefix(ObjectInspector.shownProblems - 1))
            + ["does \(unique.count - ObjectInspector.shownProblems + 1) more things of the same kind."]
    }

    /// A weak, hidden definition the compiler makes, one copy per object (value witnesses, outlined copies,
    /// the standard library's always-emitted functions, runtime helpers, sanitizer glue). Any other weak
    /// definition is the learner's: the static link may bind the harness's calls to it (a weak, hidden `write`).
    /// A plain C identifier is a function or variable a C caller (the harness, libc's callers) could bind
    /// to; compiler-made names are mangled (`$s…`, `got.$s…`, `associated conformance …`) or the runtime's own.
    static func isCompilerHelper(_ name: String) -> Bool {
        if forbiddenModules.contains(where: { name.hasPrefix($0) }) { return false }
        if ["__swift_", "swift_", "__asan", "__tsan", "__odr_asan"].contains(where: { name.hasPrefix($0) }) { return true }
        return !name.unicodeScalars.allSatisfy { $0 == "_" || ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) }
    }

    /// At most this many problems are listed.
    static let shownProblems = 4

    /// Why a global symbol outside the learner's module is refused, in plain words.
    static func foreignProblem(_ name: String, demangled: String, settings: ExerciseSettings) -> String? {
        let module = BuildPlan.learnerModule
        if let range = demangled.range(of: "(extension in \(module)):") {
            let type = extendedType(demangled[range.upperBound...])
            if isAllowed(type, settings.allowExtensions) { return nil }
            return "adds `\(memberName(demangled[range.upperBound...]))` to \(type), a type your file does not declare. "
                + "Members added to other modules' types could change what the tests call: declare a function or a type "
                + "of your own instead."
        }
        if demangled.contains("protocol conformance descriptor for "), demangled.hasSuffix(" in \(module)") {
            let body = demangled.components(separatedBy: "protocol conformance descriptor for ").last ?? demangled
            let type = body.components(separatedBy: " : ").first ?? body
            if isAllowed(type, settings.allowExtensions) { return nil }
            return "makes \(type) conform to a protocol in an extension (`\(body.replacingOccurrences(of: " in \(module)", with: ""))`). "
                + "Changing another module's type could change what the tests call: declare a type of your own instead."
        }
        if name.hasPrefix("$s") {
            return "defines `\(demangled)`, a symbol that belongs outside your file (with @_silgen_name?). "
                + "It could replace code the tests use. Remove it."
        }
        let exportHint = settings.exports.isEmpty ? "" : " This exercise exports only: \(settings.exports.joined(separator: ", "))."
        return "defines a C symbol named `\(name)` (with @c, @_cdecl or @_silgen_name). The test program may use a "
            + "function of that name, and yours would replace it. Rename or remove it.\(exportHint)"
    }

    /// `Swift.Double.squareRoot() -> Swift.Double` → `Swift.Double`.
    static func extendedType(_ text: Substring) -> String {
        var depth = 0
        var end = text.endIndex
        var lastDot: String.Index?
        for index in text.indices {
            let char = text[index]
            if char == "<" || char == "(" { depth += 1 }
            if char == ">" || char == ")" { depth -= 1 }
            if depth == 0 && char == "." { lastDot = index }
            if depth == 0 && (char == "(" || char == " " || char == ":") { end = index; break }
        }
        guard let lastDot, lastDot < end else { return String(text[..<end]) }
        return String(text[..<lastDot])
    }

    /// `Swift.Double.init(stringLiteral: Swift.String) -> Swift.Double` → `init(stringLiteral: String)`.
    static func memberName(_ text: Substring) -> String {
        let type = extendedType(text)
        var rest = String(text.dropFirst(type.count).drop { $0 == "." })
        if let arrow = rest.range(of: " -> ") { rest = String(rest[..<arrow.lowerBound]) }
        if let colon = rest.range(of: " : "), !rest.contains("(") { rest = String(rest[..<colon.lowerBound]) }
        return String(rest.replacingOccurrences(of: "Swift.", with: "").prefix(80))
    }

    /// `Swift.Array<A>` is allowed by `Array` or `Swift.Array`.
    static func isAllowed(_ type: String, _ allowed: [String]) -> Bool {
        let bare = String(type.prefix { $0 != "<" })
        let short = bare.split(separator: ".").last.map(String.init) ?? bare
        return allowed.contains { $0 == bare || $0 == short }
    }

    /// Demangled names, one per input, through `swift-demangle` (the names themselves when it is missing).
    func demangle(_ names: [String]) -> [String] {
        guard !names.isEmpty, let demangle else { return names }
        let input = Array(names.joined(separator: "\n").utf8) + [10]
        guard let result = try? Subprocess.run(ProcessSpec(executable: demangle, arguments: ["--compact"], input: input,
                                                           timeout: Limits.standard.objectToolTimeout, keepOutputBytes: Limits.standard.demangledOutputBytes)),
              result.succeeded else { return names }
        let lines = result.outputText.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        return names.indices.map { $0 < lines.count && !lines[$0].isEmpty ? lines[$0] : names[$0] }
    }
}
