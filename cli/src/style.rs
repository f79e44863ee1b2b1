//! Colour and layout shared by every subcommand.
//!
//! Styles are written into the text as ANSI sequences; [`crate::report::Report::emit`]
//! writes through `anstream`, which strips them when the stream is not a terminal, when
//! `NO_COLOR` is set or when `--color never` asks (and keeps them for `CLICOLOR_FORCE`).

use std::fmt;

use clap::ValueEnum;
use clap::builder::styling::{AnsiColor, Style};

/// `error:` and the carets under a problem.
pub const ERROR: Style = AnsiColor::Red.on_default().bold();
/// `note:` and `help:` labels.
pub const NOTE: Style = AnsiColor::Cyan.on_default().bold();
/// Headings and the names being explained.
pub const HEADING: Style = Style::new().bold();
/// Codes, types and other names quoted from the spec.
pub const NAME: Style = AnsiColor::Cyan.on_default();
/// Line numbers and the `-->` arrow of snippets.
pub const GUTTER: Style = AnsiColor::Blue.on_default().bold();
/// A retry that goes ahead.
pub const GOOD: Style = AnsiColor::Green.on_default().bold();
/// A retry that does not.
pub const BAD: Style = AnsiColor::Red.on_default().bold();
/// Secondary text.
pub const DIM: Style = Style::new().dimmed();

/// When to use colour.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, ValueEnum)]
pub enum ColorWhen {
    /// On a terminal, unless `NO_COLOR` is set.
    #[default]
    Auto,
    /// Always, even into a pipe.
    Always,
    /// Never.
    Never,
}

impl ColorWhen {
    /// Makes the choice for every stream written afterwards.
    pub fn apply(self) {
        let choice = match self {
            ColorWhen::Auto => anstream::ColorChoice::Auto,
            ColorWhen::Always => anstream::ColorChoice::Always,
            ColorWhen::Never => anstream::ColorChoice::Never,
        };
        choice.write_global();
    }
}

/// `value` wrapped in `style`'s escape sequences.
pub struct Paint<T>(pub Style, pub T);

impl<T: fmt::Display> fmt::Display for Paint<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}{}{}", self.0.render(), self.1, self.0.render_reset())
    }
}

/// Shorthand for [`Paint`].
pub fn paint<T: fmt::Display>(style: Style, value: T) -> Paint<T> {
    Paint(style, value)
}

/// Server errors in red, client errors in yellow: the colour says whose fault it is.
pub fn status(status: u16) -> Style {
    match status {
        500..=599 => AnsiColor::Red.on_default().bold(),
        400..=499 => AnsiColor::Yellow.on_default().bold(),
        _ => HEADING,
    }
}

/// `text` wrapped at `width` columns, every line indented by `indent` spaces.
///
/// Terminals wrap mid-word and lose the indent; long spec paragraphs read better wrapped
/// at word boundaries. A word longer than the line stays whole.
pub fn wrap(text: &str, indent: usize, width: usize) -> String {
    let pad = " ".repeat(indent);
    let room = width.saturating_sub(indent).max(20);
    let mut out = String::new();
    for (i, paragraph) in text.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let mut line_len = 0;
        out.push_str(&pad);
        for word in paragraph.split_whitespace() {
            let len = word.chars().count();
            if line_len > 0 && line_len + 1 + len > room {
                out.push('\n');
                out.push_str(&pad);
                line_len = 0;
            } else if line_len > 0 {
                out.push(' ');
                line_len += 1;
            }
            out.push_str(word);
            line_len += len;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_at_words_and_indents() {
        assert_eq!(wrap("one two three four", 2, 30), "  one two three four");
        let wrapped = wrap(&"word ".repeat(20), 4, 30);
        assert!(
            wrapped
                .lines()
                .all(|l| l.starts_with("    word") && l.len() <= 30)
        );
    }

    #[test]
    fn paint_wraps_in_escapes() {
        let s = paint(ERROR, "x").to_string();
        assert!(s.contains('x') && s.starts_with('\u{1b}') && s.ends_with('m'));
    }
}
