#!/usr/bin/env python3
"""Issue 26's scale check: `course similarity` on 300 submissions of one exercise (synthetic variants of a
stack: renamed names, shuffled functions, changed comments and layout, some functions of their own), timed
end to end on the built binary over a copy of Examples/tiny-course. Target: under 10 s on 2 cores.

Run from the package root after `swift build -c release`:
    python3 Benchmarks/similarity.py [--students 300] [--binary .build/release/course] [--jobs 2]
"""
import argparse
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

FUNCTIONS = [
    "    mutating func push(_ item: Element) {\n        items.append(item)\n    }\n",
    "    mutating func pop() -> Element? {\n        guard !items.isEmpty else { return nil }\n        let top = items[items.count - 1]\n        items.removeLast()\n        return top\n    }\n",
    "    var peek: Element? {\n        return items.isEmpty ? nil : items[items.count - 1]\n    }\n",
    "    var count: Int { items.count }\n",
    "    mutating func popAll() -> [Element] {\n        var drained: [Element] = []\n        while let next = pop() {\n            drained.append(next)\n        }\n        return drained\n    }\n",
    "    func contains(where matches: (Element) -> Bool) -> Bool {\n        for index in stride(from: items.count - 1, through: 0, by: -1) {\n            if matches(items[index]) { return true }\n        }\n        return false\n    }\n",
]
NAMES = ["items", "drained", "next", "top", "matches", "index"]
WORDS = ["alpha", "beta", "gamma", "delta", "store", "pile", "heap", "buf", "acc", "cur", "elt", "val", "tmp", "xs"]


def own_function(rng, n):
    ops = ["+", "-", "*"]
    body = "".join(f"        total = total {rng.choice(ops)} {rng.randint(1, 99)}\n" for _ in range(rng.randint(2, 8)))
    loop = f"        for step in 0..<{rng.randint(2, 9)} {{ total += step }}\n" if rng.random() < 0.5 else ""
    return f"    func helper{n}(_ seed: Int) -> Int {{\n        var total = seed\n{body}{loop}        return total\n    }}\n"


def variant(rng, n):
    functions = FUNCTIONS[:]
    rng.shuffle(functions)
    functions = functions[: rng.randint(3, len(functions))]
    functions += [own_function(rng, k) for k in range(rng.randint(1, 4))]
    rng.shuffle(functions)
    text = f"// student {n}\nstruct Stack<Element> {{\n    private var items: [Element] = []\n\n" + "\n".join(functions) + "}\n"
    for name in NAMES:
        if rng.random() < 0.5:
            text = text.replace(name, rng.choice(WORDS) + str(n))
    if rng.random() < 0.3:
        text = "\n".join(("  " + line.strip() + ("  // step" if line.endswith("{") else "")) for line in text.split("\n"))
    return text


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--students", type=int, default=300)
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build/release/course"))
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--seed", type=int, default=26)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    scratch = tempfile.mkdtemp(prefix="similarity-bench-")
    try:
        course = os.path.join(scratch, "course")
        shutil.copytree(os.path.join(ROOT, "Examples/tiny-course"), course)
        submissions = os.path.join(scratch, "submissions")
        for n in range(args.students):
            folder = os.path.join(submissions, f"student-{n:03d}")
            os.makedirs(folder)
            with open(os.path.join(folder, "exercise-2.swift"), "w") as f:
                f.write(variant(rng, n))
        out = os.path.join(scratch, "out")
        start = time.monotonic()
        run = subprocess.run([args.binary, "similarity", submissions, "--exercises", "2", "--out", out, "--jobs", str(args.jobs)],
                             cwd=course, capture_output=True, text=True)
        elapsed = time.monotonic() - start
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = usage.ru_utime + usage.ru_stime
        if run.returncode != 0:
            print(run.stderr, file=sys.stderr)
            sys.exit(1)
        pairs = sum(1 for _ in open(os.path.join(out, "similarity.csv"))) - 1
        size = os.path.getsize(os.path.join(out, "similarity.html"))
        print(f"course similarity: {args.students} submissions of one exercise, {pairs} pairs, page {size // 1024} KiB: "
              f"{elapsed:.2f} s wall, {cpu:.2f} s CPU, load average {os.getloadavg()[0]:.1f} (target < 10 s on 2 cores)")
    finally:
        shutil.rmtree(scratch)


if __name__ == "__main__":
    main()
