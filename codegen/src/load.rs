//! The one place that does I/O: reading a spec file, then turning its text into the serde
//! model with every structural problem located.

use std::io::Read;
use std::path::{Path, PathBuf};

use crate::diagnostic::{Diagnostic, Diagnostics, JsonPath};
use crate::locate::SpecIndex;
use crate::spec::{Spec, json_path};

/// The largest spec errspec reads: 16 MiB, far above any real spec (the bundled OpenAI
/// spec is about 100 KiB), so that a wrong path (`/dev/zero`, a log file) fails at once
/// instead of filling memory.
pub const MAX_SPEC_BYTES: usize = 16 * 1024 * 1024;

/// The UTF-8 byte order mark some editors write first; JSON does not allow it, so it is
/// dropped before parsing.
const UTF8_BOM: &str = "\u{feff}";

/// A spec's text and the name to show for it in messages.
#[derive(Clone, Debug)]
pub struct SpecSource {
    /// The name used in messages: the path as the user wrote it.
    pub name: String,
    /// Where the file was read from, when it came from a file.
    pub path: Option<PathBuf>,
    /// The whole text.
    pub text: String,
}

impl SpecSource {
    /// A spec given as text (tests, the CLI's stdin). A leading byte order mark is dropped.
    pub fn from_text(name: impl Into<String>, text: impl Into<String>) -> Self {
        let mut text = text.into();
        if text.starts_with(UTF8_BOM) {
            text.drain(..UTF8_BOM.len());
        }
        SpecSource {
            name: name.into(),
            path: None,
            text,
        }
    }

    /// Reads the spec at `path`; `name` is what messages call it. Reads at most
    /// [`MAX_SPEC_BYTES`]; text that is not UTF-8 is refused with its line and column.
    pub fn read(path: &Path, name: impl Into<String>) -> Result<Self, Box<Diagnostic>> {
        let bytes = read_capped(path).map_err(|err| {
            Box::new(Diagnostic::file(match err.kind() {
                std::io::ErrorKind::NotFound => {
                    format!("spec file not found (looked for `{}`)", path.display())
                }
                _ => format!("cannot read spec file `{}`: {err}", path.display()),
            }))
        })?;
        let Some(bytes) = bytes else {
            return Err(Box::new(Diagnostic::file(too_large(&path.display()))));
        };
        Ok(SpecSource {
            path: Some(path.to_owned()),
            ..SpecSource::from_bytes(name, bytes)?
        })
    }

    /// The spec in `bytes` (read from stdin, say); `name` is what messages call it. Text
    /// that is not UTF-8 is refused with its line and column; a caller reading an
    /// unbounded stream should stop at [`MAX_SPEC_BYTES`] (see [`too_large`]).
    pub fn from_bytes(name: impl Into<String>, bytes: Vec<u8>) -> Result<Self, Box<Diagnostic>> {
        Ok(SpecSource::from_text(name, decode(bytes)?))
    }
}

/// The file's bytes, or `None` when it holds more than [`MAX_SPEC_BYTES`]. Reads one
/// byte past the limit at most, whatever the file (`/dev/zero` never ends).
fn read_capped(path: &Path) -> std::io::Result<Option<Vec<u8>>> {
    let file = std::fs::File::open(path)?;
    if file.metadata()?.len() > MAX_SPEC_BYTES as u64 {
        return Ok(None);
    }
    let mut bytes = Vec::new();
    file.take(MAX_SPEC_BYTES as u64 + 1)
        .read_to_end(&mut bytes)?;
    Ok((bytes.len() <= MAX_SPEC_BYTES).then_some(bytes))
}

/// The message for a spec larger than [`MAX_SPEC_BYTES`]; `what` names it.
pub fn too_large(what: &dyn std::fmt::Display) -> String {
    format!(
        "spec `{what}` is larger than the limit of {} MiB (`MAX_SPEC_BYTES`): is it the right file?",
        MAX_SPEC_BYTES / (1024 * 1024)
    )
}

/// The text of a spec file, or where its first byte that is not UTF-8 lies.
fn decode(bytes: Vec<u8>) -> Result<String, Box<Diagnostic>> {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(Box::new(Diagnostic::file(
            "the spec is UTF-16 (it starts with a UTF-16 byte order mark): save it as UTF-8",
        )));
    }
    String::from_utf8(bytes).map_err(|err| {
        let valid = err.utf8_error().valid_up_to();
        let bytes = err.as_bytes();
        let before = std::str::from_utf8(&bytes[..valid]).unwrap_or_default();
        let index = SpecIndex::new(before);
        Box::new(Diagnostic::at(
            index.at(JsonPath::root(), Some(valid)),
            format!(
                "the spec is not valid UTF-8: byte `0x{:02x}` cannot be read as text; save the file as UTF-8",
                bytes[valid]
            ),
        ))
    })
}

/// Parses the text into the serde model. Syntax errors and a malformed top level stop
/// everything (there is no tree to check); a malformed array element is kept as
/// [`Lenient::Err`](crate::spec::Lenient) for [`validate`](crate::validate) to report
/// beside every other problem.
pub fn parse(source: &SpecSource) -> Result<Spec, Diagnostics> {
    if source.text.len() > MAX_SPEC_BYTES {
        return Err(Diagnostic::file(too_large(&source.name)).into());
    }
    if source.text.trim().is_empty() {
        let empty = SpecIndex::new(&source.text).at(JsonPath::root(), Some(0));
        return Err(Diagnostic::at(
            empty,
            "invalid JSON: the spec is empty (expected a JSON object)",
        )
        .into());
    }
    // The usual spec, well-formed, in one quick pass; anything else is read by serde,
    // which says what is wrong and where.
    if let Some(spec) = crate::spec::read_spec(&source.text) {
        return Ok(spec);
    }
    let mut de = serde_json::Deserializer::from_str(&source.text);
    let parsed = match serde_path_to_error::deserialize::<_, Spec>(&mut de) {
        Ok(spec) => de.end().map(|()| spec).map_err(|e| (JsonPath::root(), e)),
        Err(err) => Err((json_path(err.path()), err.into_inner())),
    };
    let spec = match parsed {
        Ok(spec) => spec,
        Err((path, inner)) => return Err(structure_error(source, path, &inner).into()),
    };

    Ok(spec)
}

/// A problem serde found while reading the document as a whole.
fn structure_error(source: &SpecSource, path: JsonPath, inner: &serde_json::Error) -> Diagnostic {
    let syntax = inner.is_syntax() || inner.is_eof();
    let index = SpecIndex::new(&source.text);
    // serde_json knows the exact position of syntax errors (its columns count bytes, ours
    // characters); for the rest the path is more telling than where the reader stopped.
    let location = if syntax || path.0.is_empty() {
        let offset = index.offset_of_byte_column(inner.line(), inner.column());
        index.at(path, Some(offset))
    } else {
        index.locate(&path)
    };
    let message = strip_position(&inner.to_string());
    if let Some(duplicate) = duplicate_field(&index, &location.path, &message) {
        return duplicate;
    }
    let message = if syntax {
        format!("invalid JSON: {message}")
    } else {
        message
    };
    Diagnostic::at(location, message)
}

/// serde refuses a field of the top level written twice; the index knows both places.
fn duplicate_field(index: &SpecIndex<'_>, at: &JsonPath, message: &str) -> Option<Diagnostic> {
    let field = message
        .strip_prefix("duplicate field `")?
        .strip_suffix('`')?;
    let dup = index
        .duplicate_keys()
        .iter()
        .find(|d| d.path == at.key(field) || d.path == *at)?;
    let second = index.at(dup.path.clone(), Some(dup.second));
    let first = index.at(dup.path.clone(), Some(dup.first));
    Some(
        Diagnostic::at(second, format!("duplicate key `{field}`: keep one"))
            .with_related("first defined", first),
    )
}

/// serde_json appends " at line 3 column 7"; we print the position ourselves.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) => message[..i].to_owned(),
        None => message.to_owned(),
    }
}
