//! The `errspec` binary, run for real: every subcommand with good and bad input.
//!
//! No network, no sleeping: bodies and headers come from fixtures and arguments, and the
//! retry verdicts are deterministic (the CLI reports the delay without jitter).

mod check;
mod classify;
mod expand;
mod explain;
mod redact_survey;
mod table;

use std::path::PathBuf;

/// What one run of the binary did.
pub struct Run {
    /// The exit code.
    pub code: i32,
    /// Everything on stdout.
    pub out: String,
    /// Everything on stderr.
    pub err: String,
}

/// The binary, run from the crate directory with colour left to its defaults.
pub fn errspec() -> assert_cmd::Command {
    let mut cmd = assert_cmd::cargo::cargo_bin_cmd!("errspec");
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"));
    for var in ["NO_COLOR", "CLICOLOR", "CLICOLOR_FORCE"] {
        cmd.env_remove(var);
    }
    cmd
}

/// Runs the binary with `args` and an empty stdin.
pub fn run(args: &[&str]) -> Run {
    run_with(errspec().args(args))
}

/// Runs a prepared command.
pub fn run_with(cmd: &mut assert_cmd::Command) -> Run {
    let output = cmd.output().expect("the binary runs");
    Run {
        code: output.status.code().expect("the binary exits, not killed"),
        out: String::from_utf8(output.stdout).expect("stdout is UTF-8"),
        err: String::from_utf8(output.stderr).expect("stderr is UTF-8"),
    }
}

/// A fixture's path, relative to the crate directory the binary runs in.
pub fn fixture(name: &str) -> String {
    format!("tests/fixtures/{name}")
}

/// The absolute path of a fixture.
pub fn fixture_path(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(fixture(name))
}

/// Whether `text` holds an ANSI escape sequence.
pub fn has_escapes(text: &str) -> bool {
    text.contains('\u{1b}')
}

#[test]
fn help_lists_every_subcommand() {
    let r = run(&["--help"]);
    assert_eq!(r.code, 0);
    for sub in ["explain", "classify", "check", "expand", "table"] {
        assert!(r.out.contains(sub), "{sub} missing from:\n{}", r.out);
    }
    assert!(r.out.contains("Exit status"));
}

#[test]
fn version_prints() {
    let r = run(&["--version"]);
    assert_eq!(r.code, 0);
    assert!(r.out.starts_with("errspec "), "{}", r.out);
}

#[test]
fn a_missing_or_unknown_subcommand_is_a_usage_error() {
    let r = run(&[]);
    assert_eq!(r.code, 2);
    assert!(r.err.contains("Usage"), "{}", r.err);
    let r = run(&["explian", "429"]);
    assert_eq!(r.code, 2);
    assert!(
        r.err.contains("explain"),
        "clap suggests the subcommand: {}",
        r.err
    );
}

#[test]
fn no_colour_into_a_pipe() {
    for args in [
        &["explain", "429"][..],
        &["classify", "--status", "429"],
        &["check", &fixture("problems.json")],
        &["table"],
    ] {
        let r = run(args);
        assert!(!has_escapes(&r.out) && !has_escapes(&r.err), "{args:?}");
    }
}

#[test]
fn colour_when_forced_and_never_with_no_color() {
    let r = run_with(
        errspec()
            .env("CLICOLOR_FORCE", "1")
            .args(["explain", "429"]),
    );
    assert!(has_escapes(&r.out), "CLICOLOR_FORCE=1 colours a pipe");

    let r = run_with(
        errspec()
            .env("CLICOLOR_FORCE", "1")
            .env("NO_COLOR", "1")
            .args(["explain", "429"]),
    );
    assert!(!has_escapes(&r.out), "NO_COLOR wins over CLICOLOR_FORCE");

    let r = run(&["--color", "always", "check", &fixture("problems.json")]);
    assert!(has_escapes(&r.err), "--color always colours a pipe");

    let r = run_with(
        errspec()
            .env("CLICOLOR_FORCE", "1")
            .args(["--color", "never", "explain", "429"]),
    );
    assert!(
        !has_escapes(&r.out),
        "--color never wins over the environment"
    );

    let r = run(&["--color", "sometimes", "table"]);
    assert_eq!(r.code, 2);
}

#[test]
fn a_closed_pipe_is_not_a_crash() {
    use std::process::{Command, Stdio};
    // The bundled expansion is larger than a pipe's buffer, so the writer meets the
    // closed end whatever the timing.
    let mut child = Command::new(assert_cmd::cargo::cargo_bin!("errspec"))
        .arg("expand")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary starts");
    drop(child.stdout.take());
    let output = child.wait_with_output().expect("the binary ends");
    let err = String::from_utf8_lossy(&output.stderr);
    assert!(!err.contains("panicked"), "{err}");
    assert_eq!(output.status.code(), Some(0), "{err}");
}
