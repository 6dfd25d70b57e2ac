/// `[#####-----] 5 of 10 exercises done (50%)`.
public enum ProgressBar {
    public static func line(done: Int, total: Int, style: Style, width: Int = 20) -> String {
        let filled = total == 0 ? 0 : done * width / total
        let percent = total == 0 ? 0 : done * 100 / total
        let bar = style.green(String(repeating: "#", count: filled)) + style.dim(String(repeating: "-", count: width - filled))
        return "[\(bar)] \(done) of \(total) exercises done (\(percent)%)"
    }
}
