//! What a subcommand hands back: its output, its messages and its exit status, written
//! out in one place so that colour handling and a closed pipe are dealt with once.

use std::io::{self, Write};
use std::process::ExitCode;

use crate::style::{self, ERROR};

/// How a run ended, following `grep` and `diff`: 0 yes, 1 no, 2 trouble.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Exit {
    /// The command did its job.
    Success,
    /// The input was examined and found wanting: an unknown name, problems in a spec.
    Found,
    /// The command could not run: bad arguments or unreadable files (clap's code for
    /// usage errors, so every such failure exits alike).
    Usage,
}

/// The text a subcommand produced and how it ended.
#[derive(Debug)]
pub struct Report {
    /// What goes to stdout.
    pub out: String,
    /// What goes to stderr.
    pub err: String,
    /// The exit status.
    pub exit: Exit,
}

/// Appends a formatted line to a report's stdout text.
macro_rules! outln {
    ($report:expr) => { $report.out.push('\n') };
    ($report:expr, $($arg:tt)*) => {{
        use ::std::fmt::Write as _;
        // Writing into a `String` cannot fail.
        let _ = writeln!($report.out, $($arg)*);
    }};
}

/// Appends a formatted line to a report's stderr text.
macro_rules! errln {
    ($report:expr, $($arg:tt)*) => {{
        use ::std::fmt::Write as _;
        let _ = writeln!($report.err, $($arg)*);
    }};
}

pub(crate) use {errln, outln};

impl Report {
    /// An empty, successful report.
    pub fn new() -> Self {
        Report {
            out: String::new(),
            err: String::new(),
            exit: Exit::Success,
        }
    }

    /// A report of a command that could not run: `error: <message>`, exit 2.
    pub fn usage(message: impl std::fmt::Display) -> Self {
        let mut r = Report::new();
        errln!(r, "{}: {message}", style::paint(ERROR, "error"));
        r.exit = Exit::Usage;
        r
    }

    /// Writes the report and turns its end into the process exit code.
    pub fn emit(self) -> ExitCode {
        let code = match self.exit {
            Exit::Success => 0,
            Exit::Found => 1,
            Exit::Usage => 2,
        };
        let written = write_all(&mut anstream::stdout(), &self.out)
            .and_then(|()| write_all(&mut anstream::stderr(), &self.err));
        match written {
            Ok(()) => ExitCode::from(code),
            // `errspec table | head` closes the pipe early: the reader got what it wanted.
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::from(code),
            Err(_) => ExitCode::from(2),
        }
    }
}

impl Default for Report {
    fn default() -> Self {
        Report::new()
    }
}

fn write_all(stream: &mut impl Write, text: &str) -> io::Result<()> {
    if text.is_empty() {
        return Ok(());
    }
    stream.write_all(text.as_bytes())?;
    stream.flush()
}
