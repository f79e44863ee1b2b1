//! The one place that does I/O: reading a spec file, then turning its text into the serde
//! model with every structural problem located.

use std::path::{Path, PathBuf};

use crate::diagnostic::{Diagnostic, Diagnostics, JsonPath, LineColumn, Location};
use crate::locate::{locate, offset_of};
use crate::spec::{Spec, json_path};

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
    /// A spec given as text (tests, the CLI's stdin).
    pub fn from_text(name: impl Into<String>, text: impl Into<String>) -> Self {
        SpecSource {
            name: name.into(),
            path: None,
            text: text.into(),
        }
    }

    /// Reads the spec at `path`; `name` is what messages call it.
    pub fn read(path: &Path, name: impl Into<String>) -> Result<Self, Box<Diagnostic>> {
        let name = name.into();
        match std::fs::read_to_string(path) {
            Ok(text) => Ok(SpecSource {
                name,
                path: Some(path.to_owned()),
                text,
            }),
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => {
                Err(Box::new(Diagnostic::file(format!(
                    "spec file not found (looked for `{}`)",
                    path.display()
                ))))
            }
            Err(err) => Err(Box::new(Diagnostic::file(format!(
                "cannot read spec file `{}`: {err}",
                path.display()
            )))),
        }
    }

    /// The location of `path` in this text.
    pub fn locate(&self, path: &JsonPath) -> Location {
        locate(&self.text, path)
    }
}

/// Parses the text into the serde model. Syntax errors and a malformed top level stop
/// everything (there is no tree to check); a malformed array element is kept as
/// [`Lenient::Err`](crate::spec::Lenient) for [`validate`](crate::validate) to report
/// beside every other problem.
pub fn parse(source: &SpecSource) -> Result<Spec, Diagnostics> {
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
    let position = LineColumn {
        line: inner.line(),
        column: inner.column(),
    };
    // serde_json knows the exact position of syntax errors; for the rest the path is
    // more telling than where the reader happened to stop.
    let location = if syntax || path.0.is_empty() {
        Location {
            path,
            offset: Some(offset_of(&source.text, position)),
            position: Some(position),
        }
    } else {
        source.locate(&path)
    };
    let message = strip_position(&inner.to_string());
    let message = if syntax {
        format!("invalid JSON: {message}")
    } else {
        message
    };
    Diagnostic::at(location, message)
}

/// serde_json appends " at line 3 column 7"; we print the position ourselves.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) => message[..i].to_owned(),
        None => message.to_owned(),
    }
}
