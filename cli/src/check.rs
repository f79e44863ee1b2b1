//! `errspec check`: validates a spec with the macro's own validator and shows every
//! problem the way rustc does: message, `file:line:column`, the line, a caret.

use std::path::PathBuf;

use clap::Args;
use errspec_codegen::{Diagnostic, Diagnostics, Location, SpecSource};

use crate::report::{Exit, Report, errln, outln};
use crate::spec;
use crate::style::{self, DIM, ERROR, GUTTER, NOTE, paint};

/// Arguments of `errspec check`.
#[derive(Args, Debug)]
pub struct CheckArgs {
    /// Spec file to check (`-` reads stdin; default: the bundled OpenAI spec)
    #[arg(value_name = "FILE")]
    pub file: Option<PathBuf>,
}

/// Runs `errspec check`.
pub fn run(args: &CheckArgs) -> Report {
    let source = match spec::source(args.file.as_deref()) {
        Ok(source) => source,
        Err(report) => return report,
    };
    match errspec_codegen::check(&source) {
        Ok(catalog) => {
            let mut r = Report::new();
            outln!(
                r,
                "{}: {} ({} codes, {} error types, {} retry strategies)",
                source.name,
                paint(style::GOOD, "ok"),
                catalog.entries.len(),
                catalog.types.len(),
                catalog.strategies.len()
            );
            r
        }
        Err(problems) => problems_report(&source, &problems),
    }
}

/// Every problem of a spec, rendered, then a count: exit 1.
pub fn problems_report(source: &SpecSource, problems: &Diagnostics) -> Report {
    let mut r = Report::new();
    r.exit = Exit::Found;
    for d in &problems.0 {
        r.err.push_str(&render(source, d));
        r.err.push('\n');
    }
    let n = problems.0.len();
    errln!(
        r,
        "{}: found {n} problem{} in `{}`",
        paint(ERROR, "error"),
        if n == 1 { "" } else { "s" },
        source.name
    );
    r
}

/// One problem: the message, where it is, the offending line with a caret under it, and
/// the related place (the first of two duplicates) the same way.
pub fn render(source: &SpecSource, d: &Diagnostic) -> String {
    let related = d.related.as_ref().map(|(note, loc)| (note.as_str(), loc));
    // One gutter width for the whole diagnostic, so the bars line up.
    let width = [d.location.as_ref(), related.map(|(_, l)| l)]
        .into_iter()
        .flatten()
        .filter_map(|l| l.position)
        .map(|p| p.line.to_string().len())
        .max()
        .unwrap_or(1);
    let mut out = format!("{}: {}\n", paint(ERROR, "error"), d.message);
    place(&mut out, source, d.location.as_ref(), width, ERROR);
    if let Some((note, loc)) = related {
        out.push_str(&format!("{}: {note}\n", paint(NOTE, "note")));
        place(&mut out, source, Some(loc), width, NOTE);
    }
    out
}

/// `  --> file:line:column at path`, then the snippet when the text has that line.
fn place(
    out: &mut String,
    source: &SpecSource,
    loc: Option<&Location>,
    width: usize,
    mark: clap::builder::styling::Style,
) {
    let arrow = paint(GUTTER, "-->");
    let pad = " ".repeat(width);
    let Some(loc) = loc else {
        out.push_str(&format!("{pad}{arrow} {}\n", source.name));
        return;
    };
    let path = if loc.path.0.is_empty() {
        String::new()
    } else {
        format!(" {}", paint(DIM, format_args!("at {}", loc.path)))
    };
    let Some(pos) = loc.position else {
        out.push_str(&format!("{pad}{arrow} {}{path}\n", source.name));
        return;
    };
    out.push_str(&format!(
        "{pad}{arrow} {}:{}:{}{path}\n",
        source.name, pos.line, pos.column
    ));
    let Some(line) = pos
        .line
        .checked_sub(1)
        .and_then(|i| source.text.lines().nth(i))
    else {
        return;
    };
    let (shown, caret_at, caret_len) = snippet(line, pos.column);
    let bar = paint(GUTTER, "|");
    out.push_str(&format!("{pad} {bar}\n"));
    out.push_str(&format!(
        "{} {bar} {shown}\n",
        paint(GUTTER, format_args!("{:>width$}", pos.line))
    ));
    out.push_str(&format!(
        "{pad} {bar} {}{}\n",
        " ".repeat(caret_at),
        paint(mark, "^".repeat(caret_len))
    ));
}

/// The line as shown (tabs expanded), the display column of the caret and how many
/// carets to draw: the whole JSON token at `column` (a string, a number, a word), one
/// for punctuation.
fn snippet(line: &str, column: usize) -> (String, usize, usize) {
    let mut shown = String::new();
    let mut caret_at = None;
    let mut start_byte = line.len();
    for (i, (byte, c)) in line.char_indices().enumerate() {
        if i + 1 == column.max(1) {
            caret_at = Some(shown.chars().count());
            start_byte = byte;
        }
        if c == '\t' {
            shown.push_str("    ");
        } else {
            shown.push(c);
        }
    }
    // serde_json points one past the last character at the end of a line.
    let caret_at = caret_at.unwrap_or_else(|| shown.chars().count());
    let len = token_len(&line[start_byte..]).max(1);
    (shown, caret_at, len)
}

/// Characters in the JSON token that starts `rest`.
fn token_len(rest: &str) -> usize {
    let mut chars = rest.chars();
    match chars.next() {
        Some('"') => {
            let mut escaped = false;
            for (n, c) in chars.enumerate() {
                match c {
                    '\\' if !escaped => escaped = true,
                    '"' if !escaped => return n + 2,
                    _ => escaped = false,
                }
            }
            // An unterminated string: underline to the end of the line.
            rest.chars().count()
        }
        Some(c) if c.is_alphanumeric() || c == '-' => rest
            .chars()
            .take_while(|c| c.is_alphanumeric() || matches!(c, '-' | '+' | '.' | '_'))
            .count(),
        _ => 1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn carets_cover_the_token() {
        assert_eq!(
            snippet(r#"  "a": "xyz","#, 8),
            (r#"  "a": "xyz","#.into(), 7, 5)
        );
        assert_eq!(
            snippet(r#"  "s": 4290,"#, 8),
            (r#"  "s": 4290,"#.into(), 7, 4)
        );
        assert_eq!(snippet("{", 1), ("{".into(), 0, 1));
        assert_eq!(snippet("\t\"k\"", 2), ("    \"k\"".into(), 4, 3));
        // Past the end (an unexpected end of line).
        assert_eq!(snippet("ab", 3), ("ab".into(), 2, 1));
    }

    #[test]
    fn escaped_quotes_do_not_end_strings() {
        assert_eq!(token_len(r#""a\"b" x"#), 6);
        assert_eq!(token_len(r#""open"#), 5);
    }
}
