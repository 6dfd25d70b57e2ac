import CourseModel
import Foundation

/// The pieces of the self-contained HTML pages (`report.html`, `similarity.html`): escaping, the page frame
/// with its stylesheet (screen and print), and bar charts as inline SVG. No script, no network, and a pure
/// function of its input, so the same data gives the same bytes.
enum ReportHTML {
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for c in text.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    static func page(title: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title>\(escape(title))</title>
        <style>
        body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1b1f24; max-width: 62rem; margin: 2rem auto; padding: 0 1rem; }
        h1 { font-size: 1.6rem; margin-bottom: .2rem; } h2 { font-size: 1.25rem; margin-top: 2.2rem; border-bottom: 1px solid #d0d7de; padding-bottom: .2rem; }
        h3 { font-size: 1.02rem; margin: 1.2rem 0 .4rem; }
        table { border-collapse: collapse; margin: .4rem 0 1rem; } th, td { text-align: left; padding: .2rem .6rem; border-bottom: 1px solid #eaeef2; vertical-align: top; }
        th { font-weight: 600; } td.n { text-align: right; font-variant-numeric: tabular-nums; }
        .note { color: #57606a; } .tag { font-size: .8rem; padding: 0 .35rem; border-radius: .6rem; border: 1px solid #d0d7de; }
        .hidden { background: #fff8c5; } .public { background: #ddf4ff; }
        .warn { color: #9a6700; font-weight: 600; } .bad { color: #cf222e; font-weight: 600; }
        svg { display: block; margin: .3rem 0 .8rem; } svg text { font: 12px system-ui, sans-serif; fill: #1b1f24; }
        .bar { fill: #2f81f7; } .bar.hidden { fill: #bf8700; } .bar.public { fill: #2f81f7; } .track { fill: #eaeef2; }
        pre { margin: 0; font: 12.5px/1.35 ui-monospace, "DejaVu Sans Mono", monospace; white-space: pre-wrap; word-break: break-all; }
        .match { background: #ffebe9; } .match.r1 { background: #dafbe1; } .match.r2 { background: #ddf4ff; } .match.r3 { background: #fbefff; } .side { width: 50%; } .pair { page-break-inside: avoid; break-inside: avoid; }
        section.exercise { break-inside: avoid-page; }
        @media print { body { margin: 0; max-width: none; font-size: 11pt; } h2 { break-after: avoid; } .bar, .track, .match, .hidden, .public { print-color-adjust: exact; -webkit-print-color-adjust: exact; } }
        </style>
        </head>
        <body>
        \(body)
        </body>
        </html>

        """
    }

    /// A vertical bar chart: one bar per value, its label under it and its count over it.
    static func columns(id: String, labels: [String], values: [Int], caption: String) -> String {
        let barWidth = 56, gap = 14, height = 120, top = 18, bottom = 22
        let width = labels.count * (barWidth + gap) + gap
        let peak = max(1, values.max() ?? 1)
        var svg = "<svg id=\"\(escape(id))\" class=\"chart columns\" role=\"img\" aria-label=\"\(escape(caption))\" width=\"\(width)\" height=\"\(height + top + bottom)\" viewBox=\"0 0 \(width) \(height + top + bottom)\">\n"
        svg += "<title>\(escape(caption))</title>\n"
        for (index, (label, value)) in zip(labels, values).enumerated() {
            let x = gap + index * (barWidth + gap)
            let h = value * height / peak
            svg += "<rect class=\"bar\" data-label=\"\(escape(label))\" data-value=\"\(value)\" x=\"\(x)\" y=\"\(top + height - h)\" width=\"\(barWidth)\" height=\"\(h)\"/>"
            svg += "<text x=\"\(x + barWidth / 2)\" y=\"\(top + height - h - 4)\" text-anchor=\"middle\">\(value)</text>"
            svg += "<text x=\"\(x + barWidth / 2)\" y=\"\(top + height + 15)\" text-anchor=\"middle\">\(escape(label))</text>\n"
        }
        return svg + "</svg>"
    }

    /// A horizontal bar per row: a fraction from 0 to 1 drawn over a grey track, the label on the left.
    static func rows(id: String, rows: [(label: String, fraction: Double, text: String, kind: String)], caption: String) -> String {
        let labelWidth = 330, trackWidth = 300, rowHeight = 22, textWidth = 90
        let width = labelWidth + trackWidth + textWidth, height = rows.count * rowHeight + 6
        var svg = "<svg id=\"\(escape(id))\" class=\"chart rows\" role=\"img\" aria-label=\"\(escape(caption))\" width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\">\n"
        svg += "<title>\(escape(caption))</title>\n"
        for (index, row) in rows.enumerated() {
            let y = 3 + index * rowHeight
            let filled = Int((max(0, min(1, row.fraction)) * Double(trackWidth)).rounded())
            let label = row.label.count > 48 ? String(row.label.prefix(47)) + "…" : row.label
            svg += "<text x=\"\(labelWidth - 8)\" y=\"\(y + 15)\" text-anchor=\"end\">\(escape(label))</text>"
            svg += "<rect class=\"track\" x=\"\(labelWidth)\" y=\"\(y + 3)\" width=\"\(trackWidth)\" height=\"\(rowHeight - 6)\"/>"
            svg += "<rect class=\"bar \(row.kind)\" data-label=\"\(escape(row.label))\" data-value=\"\(escape(row.text))\" x=\"\(labelWidth)\" y=\"\(y + 3)\" width=\"\(filled)\" height=\"\(rowHeight - 6)\"/>"
            svg += "<text x=\"\(labelWidth + trackWidth + 8)\" y=\"\(y + 15)\">\(escape(row.text))</text>\n"
        }
        return svg + "</svg>"
    }

    /// `3 of 4 (75%)`.
    static func share(_ part: Int, _ whole: Int) -> String {
        whole == 0 ? "–" : "\(part) of \(whole) (\(Int((Double(part) * 100 / Double(whole)).rounded()))%)"
    }
}
