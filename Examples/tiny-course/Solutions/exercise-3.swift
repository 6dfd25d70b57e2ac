// exercise-3: call the C function clamp_int from Swift.
import CClamp

func clamped(_ value: Int, to range: ClosedRange<Int>) -> Int {
    return Int(clamp_int(Int32(value), Int32(range.lowerBound), Int32(range.upperBound)))
}
