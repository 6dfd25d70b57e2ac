import Numerics

func norm(_ v: [Double]) -> Double {
  Double.sqrt(v.map { $0 * $0 }.reduce(0, +))
}
