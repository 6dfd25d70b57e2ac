// exercise-3: call the C function clamp_int from Swift.
import CClamp

func clamped(_ value: Int, to range: ClosedRange<Int>) -> Int {
    return value  // TODO: call clamp_int
}
