// exercise-3: the largest difference between two neighbouring values (0 for fewer than two values).

func largestGap(_ values: [Int]) -> Int {
    -1
}
