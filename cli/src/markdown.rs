//! Rustdoc's Markdown on a terminal. `errspec explain` prints the very text the generated
//! docs show for an entry ([`entry_doc`](errspec_codegen::docs::entry_doc)), as
//! `rustc --explain` prints its error index: one text, two readers.
//!
//! Only what `entry_doc` writes is understood: `# ` headings, paragraphs, `- ` lists,
//! fenced code, a facts table, `**Label:** text`, links and backslash escapes.

use crate::report::{Report, outln};
use crate::style::{HEADING, paint, wrap};

/// Writes `markdown` to `r`, wrapped to `width`: headings painted, text indented by two,
/// list items bulleted, code blocks indented as they are. Tables are left out: `explain`
/// shows the same facts in its header.
pub fn render(r: &mut Report, markdown: &str, width: usize) {
    let mut out = Printer {
        r,
        width,
        paragraph: String::new(),
        under_heading: false,
    };
    let mut fence: Option<&str> = None;
    for line in markdown.lines() {
        if let Some(open) = fence {
            if line.trim_end() == open {
                fence = None;
            } else {
                outln!(out.r, "  {line}");
            }
            continue;
        }
        let trimmed = line.trim_start();
        let ticks = trimmed.len() - trimmed.trim_start_matches('`').len();
        if ticks >= 3 {
            out.flush();
            fence = Some(&trimmed[..ticks]);
        } else if let Some(title) = line.strip_prefix("# ") {
            out.flush();
            out.heading(title);
        } else if let Some(item) = line.strip_prefix("- ") {
            out.flush();
            out.item(item);
        } else if line.starts_with('|') || line.trim().is_empty() {
            out.flush();
        } else {
            out.gather(line);
        }
    }
    out.flush();
}

/// The terminal side of [`render`]: the paragraph being gathered, and whether the last
/// thing written was a heading (a paragraph right under one needs no blank line).
struct Printer<'r> {
    r: &'r mut Report,
    width: usize,
    paragraph: String,
    under_heading: bool,
}

impl Printer<'_> {
    fn heading(&mut self, title: &str) {
        outln!(self.r, "\n{}", paint(HEADING, inline(title)));
        self.under_heading = true;
    }

    fn item(&mut self, item: &str) {
        // The bullet takes the first two columns of the indent.
        let text = wrap(&inline(item), 4, self.width);
        outln!(self.r, "  -{}", &text[3..]);
        self.under_heading = false;
    }

    fn gather(&mut self, line: &str) {
        if !self.paragraph.is_empty() {
            self.paragraph.push(' ');
        }
        self.paragraph.push_str(line.trim());
    }

    /// Writes the paragraph gathered so far, if any. `**Label:** text` becomes a heading
    /// `Label` over `text`, as the sections are shown.
    fn flush(&mut self) {
        let paragraph = std::mem::take(&mut self.paragraph);
        if paragraph.is_empty() {
            return;
        }
        let labelled = paragraph
            .strip_prefix("**")
            .and_then(|rest| rest.split_once(":** "));
        let text = match labelled {
            Some((label, text)) => {
                self.heading(label);
                text
            }
            None => &paragraph,
        };
        if !self.under_heading {
            outln!(self.r);
        }
        outln!(self.r, "{}", wrap(&inline(text), 2, self.width));
        self.under_heading = false;
    }
}

/// Inline Markdown as plain text: escapes dropped, `[text](target)` shown as its text,
/// `<url>` as the address. Inline code keeps its backticks, as `rustc --explain` does.
fn inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    let mut in_code = false;
    while let Some(c) = chars.next() {
        match c {
            '`' => {
                in_code = !in_code;
                out.push(c);
            }
            '\\' if !in_code => out.extend(chars.next()),
            '<' if !in_code => {
                let rest: String = chars.clone().collect();
                match rest.split_once('>') {
                    Some((url, _)) if url.contains("://") => {
                        out.push_str(url);
                        for _ in 0..=url.chars().count() {
                            chars.next();
                        }
                    }
                    _ => out.push(c),
                }
            }
            // A link's target is for rustdoc; the text is what a reader needs.
            ']' if !in_code && chars.peek() == Some(&'(') => {
                for skipped in chars.by_ref() {
                    if skipped == ')' {
                        break;
                    }
                }
            }
            '[' if !in_code => {}
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_markdown_reads_as_plain_text() {
        assert_eq!(inline("see \\[docs\\] \\<b\\> a\\_b"), "see [docs] <b> a_b");
        assert_eq!(
            inline("may be [`too_long`](Self::TooLong), when"),
            "may be `too_long`, when"
        );
        assert_eq!(inline("<https://x.test/a>"), "https://x.test/a");
        assert_eq!(inline("`a\\_b` stays"), "`a\\_b` stays");
        assert_eq!(inline("a < b > c"), "a < b > c");
    }

    #[test]
    fn sections_lists_code_and_labels_are_laid_out() {
        let mut r = Report::new();
        let md = "Too many requests.\n\n| Status | Type |\n|---|---|\n| `429` | `x` |\n\n# Causes\n\n- Bursts\n\n**Do first:** wait\n\n# Example body\n\n```json\n{\"a\": 1}\n```\n";
        render(&mut r, md, 88);
        // Headings are painted; the escapes go when the report is written to a pipe.
        let plain = r.out.replace("\u{1b}[1m", "").replace("\u{1b}[0m", "");
        assert_eq!(
            plain,
            "\n  Too many requests.\n\nCauses\n  - Bursts\n\nDo first\n  wait\n\nExample body\n  {\"a\": 1}\n"
        );
    }
}
