import CourseMarkdown
import CourseTestSupport
/// The Markdown fixtures shared by the rendering tests, with their expected plain output at width 40.
enum Fixtures {
    /// The rendering width every fixture's expected output was written for.
    static let width = 40

    /// Every fixture, covering each supported construct.
    static let all: [MarkdownFixture] = [
        MarkdownFixture(
            name: "headings",
            markdown: #"""
            # Title
            ## Section
            ### Third
            #### Fourth
            ##### Fifth
            ###### Sixth
            ####### seven
            #nospace
            ## Closed ##
            """# + "\n",
            plain: #"""
            Title
            =====

            Section
            -------

            Third

            Fourth

            Fifth

            Sixth

            ####### seven #nospace

            Closed
            ------
            """# + "\n",
            colorCodes: ["\u{1B}[1;35mTitle\u{1B}[0m", "\u{1B}[1;34mSection\u{1B}[0m", "\u{1B}[1;32mThird\u{1B}[0m", "\u{1B}[1;33mFourth\u{1B}[0m", "\u{1B}[1;37mFifth\u{1B}[0m", "\u{1B}[1;90mSixth\u{1B}[0m"]
        ),
        MarkdownFixture(
            name: "long heading",
            markdown: #"""
            # A heading that is much too long to fit on one line
            """# + "\n",
            plain: #"""
            A heading that is much too long to fit
            on one line
            ======================================
            """# + "\n",
            colorCodes: ["\u{1B}[1;35mA heading that is much too long to fit\u{1B}[0m"]
        ),
        MarkdownFixture(
            name: "setext headings",
            markdown: #"""
            Big title
            =========

            Smaller
            ---
            """# + "\n",
            plain: #"""
            Big title
            =========

            Smaller
            -------
            """# + "\n",
            colorCodes: ["\u{1B}[1;35mBig title", "\u{1B}[1;34mSmaller"]
        ),
        MarkdownFixture(
            name: "heading with inline markup",
            markdown: #"""
            ## Use `swift build` *now*
            """# + "\n",
            plain: #"""
            Use `swift build` now
            ---------------------
            """# + "\n",
            colorCodes: ["\u{1B}[1;34mUse \u{1B}[0m\u{1B}[1;36mswift build\u{1B}[0m", "\u{1B}[1;3;34mnow\u{1B}[0m"]
        ),
        MarkdownFixture(
            name: "paragraph",
            markdown: #"""
            The quick brown fox jumps over the lazy dog and keeps running
            across the field   while the farmer
               watches from afar.



            Second paragraph.
            """# + "\n",
            plain: #"""
            The quick brown fox jumps over the lazy
            dog and keeps running across the field
            while the farmer watches from afar.

            Second paragraph.
            """# + "\n",
            colorCodes: []
        ),
        MarkdownFixture(
            name: "long word",
            markdown: #"""
            Short then a verylongwordthatexceedsthewidthofthelinesomewhat end.
            """# + "\n",
            plain: #"""
            Short then a
            verylongwordthatexceedsthewidthoftheline
            somewhat end.
            """# + "\n",
            colorCodes: []
        ),
        MarkdownFixture(
            name: "emphasis and code",
            markdown: #"""
            Some *italic*, _also italic_, **bold**, __also bold__ and ***both*** with `inline code` here.
            """# + "\n",
            plain: #"""
            Some italic, also italic, bold, also
            bold and both with `inline code` here.
            """# + "\n",
            colorCodes: ["\u{1B}[3mitalic\u{1B}[0m", "\u{1B}[3malso italic\u{1B}[0m", "\u{1B}[1mbold\u{1B}[0m", "\u{1B}[1;3mboth\u{1B}[0m", "\u{1B}[36minline code\u{1B}[0m"]
        ),
        MarkdownFixture(
            name: "links",
            markdown: #"""
            See [the docs](https://swift.org/docs "Docs") or <https://example.com/a> and mail <me@example.com>. Same: [https://x.io](https://x.io). Image: ![logo](img.png).
            """# + "\n",
            plain: #"""
            See the docs (https://swift.org/docs) or
            https://example.com/a and mail
            me@example.com. Same: https://x.io.
            Image: logo (img.png).
            """# + "\n",
            colorCodes: ["\u{1B}[4mthe docs\u{1B}[0m\u{1B}[2m (https://swift.org/docs)\u{1B}[0m", "\u{1B}[4mhttps://example.com/a\u{1B}[0m", "\u{1B}[4mme@example.com\u{1B}[0m", "\u{1B}[4mhttps://x.io\u{1B}[0m."]
        ),
        MarkdownFixture(
            name: "unclosed inline constructs",
            markdown: #"""
            An *unclosed emphasis, a **strong one, a `code span, a [link](nowhere and <!-- comment.
            """# + "\n",
            plain: #"""
            An *unclosed emphasis, a **strong one, a
            `code span, a [link](nowhere and <!--
            comment.
            """# + "\n",
            colorCodes: []
        ),
        MarkdownFixture(
            name: "backslash escapes",
            markdown: #"""
            Literal \*stars\* and \`ticks\` and snake_case_name and 2*3*4.
            """# + "\n",
            plain: #"""
            Literal *stars* and `ticks` and
            snake_case_name and 234.
            """# + "\n",
            colorCodes: ["\u{1B}[3m3\u{1B}[0m"]
        ),
        MarkdownFixture(
            name: "hard breaks",
            markdown: "Line one with break  \nline two\\\nline three\n",
            plain: #"""
            Line one with break
            line two
            line three
            """# + "\n",
            colorCodes: []
        ),
        MarkdownFixture(
            name: "fenced code",
            markdown: #"""
            Before:

            ```swift
            let x = 1
                let indented = true
            ```

            ~~~
            plain tilde code with a line that is definitely longer than forty columns
            ~~~
            """# + "\n",
            plain: #"""
            Before:

                let x = 1
                    let indented = true

                plain tilde code with a line that is definitely longer than forty columns
            """# + "\n",
            colorCodes: ["\u{1B}[90m│ \u{1B}[0m\u{1B}[1;35mlet\u{1B}[0m x = \u{1B}[33m1\u{1B}[0m", "\u{1B}[90m│ \u{1B}[0mplain tilde code"]
        ),
        MarkdownFixture(
            name: "longer fence around backticks",
            markdown: #"""
            ````text
            ```
            nested fence
            ```
            ````
            """# + "\n",
            plain: #"""
                ```
                nested fence
                ```
            """# + "\n",
            colorCodes: ["\u{1B}[90m│ \u{1B}[0mnested fence"]
        ),
        MarkdownFixture(
            name: "unclosed fence",
            markdown: #"""
            ```python
            print('hi')
            still going
            """# + "\n",
            plain: #"""
            ```python print('hi') still going
            """# + "\n",
            colorCodes: []
        ),
        MarkdownFixture(
            name: "indented code",
            markdown: #"""
            Paragraph:

                indented code
                  more

            after
            """# + "\n",
            plain: #"""
            Paragraph:

                indented code
                  more

            after
            """# + "\n",
            colorCodes: ["\u{1B}[90m│ \u{1B}[0m  more"]
        ),
        MarkdownFixture(
            name: "bullet lists",
            markdown: #"""
            - one
            - two with quite a long line that must wrap around
              - nested *a*
                - deeper
              - nested b
            - three

            * star
            + plus
            """# + "\n",
            plain: #"""
            - one
            - two with quite a long line that must
              wrap around
              - nested a
                - deeper
              - nested b
            - three

            - star

            - plus
            """# + "\n",
            colorCodes: ["\u{1B}[33m•\u{1B}[0m one", "  \u{1B}[33m•\u{1B}[0m nested \u{1B}[3ma\u{1B}[0m", "    \u{1B}[33m•\u{1B}[0m deeper"]
        ),
        MarkdownFixture(
            name: "ordered lists",
            markdown: #"""
            1. first
            2. second
               continued lazily
            3) other delimiter

            8. eight
            9. nine
            10. ten
            """# + "\n",
            plain: #"""
            1. first
            2. second continued lazily

            3) other delimiter

             8. eight
             9. nine
            10. ten
            """# + "\n",
            colorCodes: ["\u{1B}[33m1.\u{1B}[0m first", "\u{1B}[33m3)\u{1B}[0m other", "\u{1B}[33m 9.\u{1B}[0m nine", "\u{1B}[33m10.\u{1B}[0m ten"]
        ),
        MarkdownFixture(
            name: "loose list",
            markdown: #"""
            - alpha

            - beta

              second paragraph of beta
            - gamma
            """# + "\n",
            plain: #"""
            - alpha

            - beta

              second paragraph of beta

            - gamma
            """# + "\n",
            colorCodes: ["\u{1B}[33m•\u{1B}[0m gamma"]
        ),
        MarkdownFixture(
            name: "list with code and lenient nesting",
            markdown: #"""
            1. Install:
               ```
               swift build
               ```
            2. Test
              - nested by two
            """# + "\n",
            plain: #"""
            1. Install:
                   swift build
            2. Test
               - nested by two
            """# + "\n",
            colorCodes: ["   \u{1B}[90m│ \u{1B}[0mswift build", "   \u{1B}[33m•\u{1B}[0m nested by two"]
        ),
        MarkdownFixture(
            name: "block quotes",
            markdown: #"""
            > Quoted text that is long enough to wrap around the width.
            Lazy continuation.
            >
            > > Nested quote
            >
            > - item in quote
            """# + "\n",
            plain: #"""
            > Quoted text that is long enough to
            > wrap around the width. Lazy
            > continuation.
            >
            > > Nested quote
            >
            > - item in quote
            """# + "\n",
            colorCodes: ["\u{1B}[90m│ \u{1B}[0mQuoted text", "\u{1B}[90m│\u{1B}[0m\n", "\u{1B}[90m│ \u{1B}[0m\u{1B}[90m│ \u{1B}[0mNested quote", "\u{1B}[90m│ \u{1B}[0m\u{1B}[33m•\u{1B}[0m item"]
        ),
        MarkdownFixture(
            name: "table",
            markdown: #"""
            | Name | Qty | Notes |
            |:-----|:---:|------:|
            | apple | 3 | red `fruit` |
            | banana | 12 | **yellow** |
            """# + "\n",
            plain: #"""
            Name   | Qty |       Notes
            -------+-----+------------
            apple  |  3  | red `fruit`
            banana | 12  |      yellow
            """# + "\n",
            colorCodes: ["\u{1B}[1mName\u{1B}[0m", "\u{1B}[90m │ \u{1B}[0m", "\u{1B}[90m───────┼─────┼──────────\u{1B}[0m", "\u{1B}[36mfruit\u{1B}[0m", "\u{1B}[1myellow\u{1B}[0m"]
        ),
        MarkdownFixture(
            name: "table wider than the terminal",
            markdown: #"""
            | Column | Description |
            |---|---|
            | a | This description is far too long to fit in forty columns so it wraps |
            | bb | short |
            """# + "\n",
            plain: #"""
            Column | Description
            -------+--------------------------------
            a      | This description is far too
                   | long to fit in forty columns so
                   | it wraps
            bb     | short
            """# + "\n",
            colorCodes: ["\u{1B}[1mDescription\u{1B}[0m", "\u{1B}[90m │ \u{1B}[0mThis description is far too"]
        ),
        MarkdownFixture(
            name: "table with too many columns",
            markdown: #"""
            |a|b|c|d|e|f|g|h|i|j|k|l|
            |-|-|-|-|-|-|-|-|-|-|-|-|
            |1|2|3|4|5|6|7|8|9|10|11|12|
            """# + "\n",
            plain: #"""
            a: 1
            b: 2
            c: 3
            d: 4
            e: 5
            f: 6
            g: 7
            h: 8
            i: 9
            j: 10
            k: 11
            l: 12
            """# + "\n",
            colorCodes: ["\u{1B}[1ma: \u{1B}[0m1", "\u{1B}[1ml: \u{1B}[0m12"]
        ),
        MarkdownFixture(
            name: "ragged table",
            markdown: #"""
            a | b
            --|--
            only one
            x | y | z
            """# + "\n",
            plain: #"""
            a        | b
            ---------+--
            only one |
            x        | y
            """# + "\n",
            colorCodes: ["\u{1B}[1ma\u{1B}[0m"]
        ),
        MarkdownFixture(
            name: "thematic breaks",
            markdown: #"""
            Above

            ---
            ***
            _ _ _

            Below
            """# + "\n",
            plain: #"""
            Above

            ----------------------------------------

            ----------------------------------------

            ----------------------------------------

            Below
            """# + "\n",
            colorCodes: ["\u{1B}[90m────────────────────────────────────────\u{1B}[0m"]
        ),
        MarkdownFixture(
            name: "html",
            markdown: #"""
            <div class="note">Some <b>html</b></div>

            <!-- a comment
            spanning lines -->

            Text <!-- inline --> continues.
            """# + "\n",
            plain: #"""
            <div class="note">Some <b>html</b></div>

            Text continues.
            """# + "\n",
            colorCodes: []
        ),
        MarkdownFixture(
            name: "wide characters",
            markdown: "日本語のテキストはとても長いのでこの行は折り返されるはずです。 Emoji 🎉🎉 and café and e\u{301} too.\n",
            plain: "日本語のテキストはとても長いのでこの行は\n折り返されるはずです。 Emoji 🎉🎉 and\ncafé and e\u{301} too.\n",
            colorCodes: []
        ),
        MarkdownFixture(
            name: "empty document",
            markdown: "",
            plain: "\n",
            colorCodes: []
        ),
        MarkdownFixture(
            name: "blank lines collapse",
            markdown: "\n\n\npara\n\n\n\n",
            plain: #"""
            para
            """# + "\n",
            colorCodes: []
        ),
    ]
}
