//! Spec prose must never turn into doctests: rustdoc compiles and runs every fenced code
//! block without a language (or marked `rust`) and every indented block, so a spec whose
//! description shows a snippet would fail the user's `cargo test`.

use std::borrow::Cow;

/// The info strings a fence may keep: blocks rustdoc shows and never runs.
const INERT_LANGUAGES: &[&str] = &["text", "json"];

/// `text` with every fenced code block marked ```` ```text ```` (unless it is `text` or
/// `json` already), a fence left open closed at the end, and the indentation of indented
/// lines outside fences dropped (an indented block is a doctest too).
pub fn make_inert(text: &str) -> Cow<'_, str> {
    if !scan(text).1 {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    // The fence of the block we are in: its character and length.
    let mut open: Option<(char, usize)> = None;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim_start_matches([' ', '\t']);
        let indent = &line[..line.len() - trimmed.len()];
        match open {
            Some((c, len)) => {
                if fence_run(trimmed, c) >= len && trimmed.trim_start_matches(c).trim().is_empty() {
                    open = None;
                }
                out.push_str(line);
            }
            None => match opening_fence(trimmed) {
                Some((c, len)) => {
                    open = Some((c, len));
                    let info = trimmed[len..].trim();
                    let info = if INERT_LANGUAGES.contains(&info) {
                        info
                    } else {
                        "text"
                    };
                    let newline = if line.ends_with('\n') { "\n" } else { "" };
                    let fence = c.to_string().repeat(len);
                    out.push_str(&format!("{indent}{fence}{info}{newline}"));
                }
                // Four columns of indentation make a code block: keep the words only.
                None if indent.len() >= 4 || indent.contains('\t') => out.push_str(trimmed),
                None => out.push_str(line),
            },
        }
    }
    if let Some((c, len)) = open {
        if !out.ends_with('\n') {
            out.push('\n');
        }
        out.push_str(&c.to_string().repeat(len));
    }
    Cow::Owned(out)
}

/// The backticks in `text`, and whether a line starts with a byte that may open a block
/// (a fence's `` ` `` or `~`, indentation): if none does, [`make_inert`] changes nothing.
/// Most prose has inline code at most. Only byte searches look at the text (the standard
/// library's, a word at a time even in the unoptimized build the macro runs as), then
/// the byte after each line break.
pub(crate) fn scan(text: &str) -> (usize, bool) {
    let ticks = match text.as_bytes().contains(&b'`') {
        true => text.matches('`').count(),
        false => 0,
    };
    let opens = |line: &str| matches!(line.as_bytes().first(), Some(b'`' | b'~' | b' ' | b'\t'));
    let mut block = opens(text);
    let mut rest = text;
    while let (false, Some(line_break)) = (block, rest.find('\n')) {
        rest = &rest[line_break + 1..];
        block = opens(rest);
    }
    (ticks, block)
}

/// A fence opening `line` (already trimmed of indentation): its character and length.
fn opening_fence(line: &str) -> Option<(char, usize)> {
    let c = line.chars().next().filter(|c| matches!(c, '`' | '~'))?;
    let len = fence_run(line, c);
    // A backtick fence's info string cannot hold a backtick (it would be inline code).
    (len >= 3 && (c == '~' || !line[len..].contains('`'))).then_some((c, len))
}

/// How many `c` start `line`.
fn fence_run(line: &str, c: char) -> usize {
    line.len() - line.trim_start_matches(c).len()
}

/// The info string of every fence opening in `doc`, for tests.
#[cfg(test)]
pub(crate) fn fence_infos(doc: &str) -> Vec<String> {
    let mut open: Option<(char, usize)> = None;
    let mut infos = Vec::new();
    for line in doc.lines() {
        let trimmed = line.trim_start();
        match open {
            Some((c, len)) if fence_run(trimmed, c) >= len => open = None,
            Some(_) => {}
            None => {
                if let Some((c, len)) = opening_fence(trimmed) {
                    open = Some((c, len));
                    infos.push(trimmed[len..].trim().to_owned());
                }
            }
        }
    }
    infos
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fences_become_text_blocks() {
        let text =
            "Call it like this:\n```\nlet x = 1;\n```\nor\n~~~rust\npanic!()\n~~~\nthen `ok`.";
        let inert = make_inert(text);
        assert_eq!(fence_infos(&inert), ["text", "text"]);
        assert!(inert.contains("let x = 1;\n```\nor\n~~~text\npanic!()\n~~~\n"));
        assert!(inert.ends_with("then `ok`."));
    }

    #[test]
    fn text_and_json_fences_are_kept() {
        let text = "```json\n{}\n```\n```text\nhi\n```";
        assert_eq!(make_inert(text), text);
    }

    #[test]
    fn an_unclosed_fence_is_closed() {
        let inert = make_inert("see:\n  ````rust,no_run\nfn main() {}");
        assert_eq!(inert, "see:\n  ````text\nfn main() {}\n````");
    }

    #[test]
    fn indented_lines_lose_their_indentation() {
        let inert = make_inert("Example:\n\n    let x = 1;\n\tlet y = 2;\n  fine");
        assert_eq!(inert, "Example:\n\nlet x = 1;\nlet y = 2;\n  fine");
    }

    #[test]
    fn plain_prose_is_borrowed() {
        assert!(matches!(make_inert("no code here"), Cow::Borrowed(_)));
        let lines = "two lines\nwith `inline` code ~ and\ttabs";
        assert!(matches!(make_inert(lines), Cow::Borrowed(_)));
        for block in ["a\n```\nx", "a\n    x", "\tx", "~~~\nx", "a\n\n ```\nb"] {
            assert!(matches!(make_inert(block), Cow::Owned(_)), "{block:?}");
        }
        assert_eq!(make_inert("inline `code` stays"), "inline `code` stays");
    }
}
