//! Problems found in a spec, each tied to where it is in the JSON text.

use std::fmt;

/// One step of a JSON path: an object key or an array index.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PathSegment {
    /// `.name` in the path.
    Key(String),
    /// `[3]` in the path.
    Index(usize),
}

/// A location in a JSON document, as a path from the root (`errors[3].status`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct JsonPath(pub Vec<PathSegment>);

impl JsonPath {
    /// The document itself.
    pub fn root() -> Self {
        JsonPath(Vec::new())
    }

    /// This path with an object key appended.
    pub fn key(&self, key: &str) -> Self {
        let mut p = self.clone();
        p.0.push(PathSegment::Key(key.to_owned()));
        p
    }

    /// This path with an array index appended.
    pub fn index(&self, index: usize) -> Self {
        let mut p = self.clone();
        p.0.push(PathSegment::Index(index));
        p
    }
}

impl fmt::Display for JsonPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.is_empty() {
            return f.write_str("(document)");
        }
        for (i, seg) in self.0.iter().enumerate() {
            match seg {
                PathSegment::Key(k) if i == 0 => write!(f, "{k}")?,
                PathSegment::Key(k) => write!(f, ".{k}")?,
                PathSegment::Index(n) => write!(f, "[{n}]")?,
            }
        }
        Ok(())
    }
}

/// A 1-based line and column (in characters) in the spec text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct LineColumn {
    /// Line, from 1.
    pub line: usize,
    /// Column, from 1, counted in characters.
    pub column: usize,
}

impl fmt::Display for LineColumn {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.line, self.column)
    }
}

/// A place in the spec: its JSON path, and its line:column when the text is known.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Location {
    /// Where in the document tree.
    pub path: JsonPath,
    /// Where in the text; `None` when the path does not exist in the text.
    pub position: Option<LineColumn>,
    /// Byte offset of `position` in the text, for snippets.
    pub offset: Option<usize>,
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.position {
            Some(pos) => write!(f, "{} ({pos})", self.path),
            None => write!(f, "{}", self.path),
        }
    }
}

/// One problem in a spec.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// What is wrong, lowercase, no trailing period.
    pub message: String,
    /// Where it is; `None` for problems with the file as a whole (missing, unreadable).
    pub location: Option<Location>,
    /// A second place that takes part in the problem (the first of two duplicates).
    pub related: Option<(String, Location)>,
}

impl Diagnostic {
    /// A problem with the file as a whole.
    pub fn file(message: impl Into<String>) -> Self {
        Diagnostic {
            message: message.into(),
            location: None,
            related: None,
        }
    }

    /// A problem at `location`.
    pub fn at(location: Location, message: impl Into<String>) -> Self {
        Diagnostic {
            message: message.into(),
            location: Some(location),
            related: None,
        }
    }

    /// Adds a second place, with a note saying what it is.
    pub fn with_related(mut self, note: impl Into<String>, location: Location) -> Self {
        self.related = Some((note.into(), location));
        self
    }

    /// The message prefixed with `file:line:column: path:`, the form the macro and the
    /// CLI print.
    pub fn render(&self, file: &str) -> String {
        let mut out = String::new();
        match &self.location {
            Some(loc) => match loc.position {
                Some(pos) => out.push_str(&format!("{file}:{pos}: {}: ", loc.path)),
                None => out.push_str(&format!("{file}: {}: ", loc.path)),
            },
            None => out.push_str(&format!("{file}: ")),
        }
        out.push_str(&self.message);
        if let Some((note, loc)) = &self.related {
            out.push_str(&format!("; {note} at {loc}"));
        }
        out
    }
}

/// Every problem found in a spec, in document order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Diagnostics(pub Vec<Diagnostic>);

impl Diagnostics {
    /// Adds a problem.
    pub fn push(&mut self, d: Diagnostic) {
        self.0.push(d);
    }

    /// Whether no problem was found.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// `Ok(value)` when there is no problem, the problems otherwise.
    pub fn finish<T>(mut self, value: T) -> Result<T, Diagnostics> {
        if self.0.is_empty() {
            Ok(value)
        } else {
            // Report in text order, however the checks ran.
            self.0
                .sort_by_key(|d| d.location.as_ref().and_then(|l| l.offset).unwrap_or(0));
            Err(self)
        }
    }
}

impl From<Diagnostic> for Diagnostics {
    fn from(d: Diagnostic) -> Self {
        Diagnostics(vec![d])
    }
}

impl fmt::Display for Diagnostics {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, d) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            f.write_str(&d.render("spec"))?;
        }
        Ok(())
    }
}

impl std::error::Error for Diagnostics {}
