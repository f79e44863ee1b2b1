//! Replays the fuzz targets' committed seed corpora (`fuzz/seeds/<target>/`) through the
//! same invariant checks the cargo-fuzz targets run (`fuzz/invariants/`), so that CI
//! exercises them on stable, without libFuzzer. See `fuzz/README.md`.

#[path = "../fuzz/invariants/mod.rs"]
mod invariants;

use std::path::PathBuf;

/// Every seed file of `target`, with its name; fails when there are none, so that a
/// moved directory cannot turn the test into one that checks nothing.
fn seeds(target: &str) -> Vec<(String, Vec<u8>)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/seeds")
        .join(target);
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.expect("a readable directory entry").path())
        .collect();
    files.sort();
    assert!(
        files.len() >= 10,
        "{}: only {} seeds",
        dir.display(),
        files.len()
    );
    files
        .into_iter()
        .map(|path| {
            let name = path
                .file_name()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned();
            let data = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            (name, data)
        })
        .collect()
}

/// Runs `check` on every seed of `target`, naming the seed that fails.
fn replay(target: &str, check: fn(&[u8])) {
    for (name, data) in seeds(target) {
        let outcome = std::panic::catch_unwind(|| check(&data));
        assert!(
            outcome.is_ok(),
            "fuzz/seeds/{target}/{name} breaks an invariant"
        );
    }
}

#[test]
fn classify_seeds_hold_the_invariants() {
    replay("classify", invariants::classify::check_classify);
}

#[test]
fn hints_seeds_hold_the_invariants() {
    replay("hints", invariants::hints::check_hints);
}

#[test]
fn redact_seeds_hold_the_invariants() {
    replay("redact", invariants::redact::check_redact);
}

#[test]
fn limiter_seeds_hold_the_invariants() {
    replay("limiter", invariants::limiter::check_limiter);
}

/// The checks can fail: known-bad inputs break them.
#[test]
fn the_checks_catch_what_they_are_for() {
    use invariants::redact::leaked_secret;
    assert_eq!(leaked_secret("key sk-abc123"), Some("sk-abc123"));
    assert_eq!(leaked_secret("key sk-proj-x"), Some("sk-proj-x"));
    assert_eq!(leaked_secret("key sk-**** and sk-proj-****"), None);
    assert_eq!(leaked_secret("sk-pRoj-****"), None);
    assert_eq!(leaked_secret("risk-free task-based"), None);
    // A liveness probe on a limiter held far past its bound would fail; the issue's
    // minimal input (a 429 with only `x-ratelimit-remaining-requests: 1`, then acquires)
    // passes.
    let issue_16 = [0x96, 2, 1, 0x02, 1, 0, 1, 7, 1];
    invariants::limiter::check_limiter(&issue_16);
}
