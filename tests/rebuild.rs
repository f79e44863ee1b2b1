//! Editing a spec rebuilds the crate that uses it: a scratch crate is built, its spec
//! gains a code, and `cargo run` again prints the new code without any Rust file touched.

use std::path::Path;
use std::process::Command;

fn cargo_run(dir: &Path) -> String {
    let out = cargo(dir, &["run", "--quiet", "--offline"]);
    assert!(
        out.status.success(),
        "scratch build failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8 output")
}

/// `cargo ARGS` in `dir`, with the scratch crates' shared target directory: its output,
/// whether it succeeded or not.
fn cargo(dir: &Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO"))
        .args(args)
        .current_dir(dir)
        .env(
            "CARGO_TARGET_DIR",
            Path::new(env!("CARGO_TARGET_TMPDIR")).join("rebuild-target"),
        )
        .env_remove("RUSTFLAGS")
        .output()
        .expect("cargo runs")
}

/// A fresh scratch crate `name` under the test's temporary directory, depending on this
/// errspec by path with `features`, with the workspace's lock file (so no registry is
/// needed).
fn scratch_crate(name: &str, features: &[&str]) -> std::path::PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(dir.join("src"));
    std::fs::create_dir_all(dir.join("src")).unwrap();
    std::fs::write(
        dir.join("Cargo.toml"),
        format!(
            "[package]\nname = {name:?}\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n\
             [dependencies]\nerrspec = {{ path = {:?}, features = {features:?} }}\n\n[workspace]\n",
            root.display().to_string()
        ),
    )
    .unwrap();
    std::fs::copy(root.join("Cargo.lock"), dir.join("Cargo.lock")).unwrap();
    dir
}

#[test]
fn editing_the_spec_regenerates_the_enum() {
    let dir = scratch_crate("rebuild-scratch", &["macros"]);
    std::fs::write(
        dir.join("src/main.rs"),
        "errspec::catalog!(pub enum ErrorCode from \"spec.json\");\n\
         fn main() {\n    for c in ErrorCode::ALL {\n        println!(\"{} {}\", c.as_str(), c.status());\n    }\n}\n",
    )
    .unwrap();

    let mut spec: serde_json::Value =
        serde_json::from_str(include_str!("specs/acme.json")).unwrap();
    std::fs::write(dir.join("spec.json"), spec.to_string()).unwrap();
    let before = cargo_run(&dir);
    assert!(before.contains("boom 500"), "{before}");
    assert!(!before.contains("brand_new"), "{before}");

    let mut added = spec["errors"][0].clone();
    added["code"] = "brand_new".into();
    added["status"] = 418.into();
    added["example"] = serde_json::Value::Null;
    spec["errors"].as_array_mut().unwrap().push(added);
    std::fs::write(dir.join("spec.json"), spec.to_string()).unwrap();
    let after = cargo_run(&dir);
    assert!(after.contains("brand_new 418"), "{after}");
    assert_eq!(after.lines().count(), before.lines().count() + 1);
}

/// The downstream example (catalog! and the derive on its own spec), copied: a code added
/// to its spec shows up in its table on the next run, and the derive accepts it.
#[test]
fn editing_the_example_spec_rebuilds_catalog_and_derive() {
    let example = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/anthropic");
    let dir = scratch_crate("errspec-example-anthropic", &["macros"]);
    for file in ["src/lib.rs", "src/main.rs", "anthropic-errors.json"] {
        std::fs::copy(example.join(file), dir.join(file)).unwrap();
    }
    let before = cargo_run(&dir);
    assert!(before.contains("529 overloaded"), "{before}");
    assert!(!before.contains("billing"), "{before}");

    let spec_path = dir.join("anthropic-errors.json");
    let mut spec: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&spec_path).unwrap()).unwrap();
    let mut added = spec["errors"][0].clone();
    added["code"] = "billing".into();
    added["status"] = 402.into();
    added["example"] = serde_json::Value::Null;
    spec["errors"].as_array_mut().unwrap().push(added);
    std::fs::write(&spec_path, serde_json::to_string_pretty(&spec).unwrap()).unwrap();
    let after = cargo_run(&dir);
    assert!(after.contains("402 billing"), "{after}");
}

/// A crate that uses only the bundled catalogs (no features) builds neither the macros nor
/// the code generator, and `catalog!` without the `macros` feature says which feature it
/// needs.
#[test]
fn bundled_catalogs_need_no_macros() {
    let dir = scratch_crate("bundled-only", &[]);
    std::fs::write(
        dir.join("src/main.rs"),
        "fn main() {\n    let code = errspec::openai::ErrorCode::RateLimitExceeded;\n    \
         println!(\"{} {}\", code.as_str(), code.status());\n}\n",
    )
    .unwrap();
    let tree = cargo(
        &dir,
        &[
            "tree",
            "--offline",
            "--edges",
            "normal,build",
            "--prefix",
            "none",
        ],
    );
    assert!(
        tree.status.success(),
        "{}",
        String::from_utf8_lossy(&tree.stderr)
    );
    let tree = String::from_utf8(tree.stdout).unwrap();
    assert!(tree.contains("errspec-runtime"), "{tree}");
    for absent in [
        "errspec-macros",
        "errspec-codegen",
        "syn ",
        "proc-macro2",
        "serde_json",
    ] {
        assert!(!tree.contains(absent), "{absent} is built:\n{tree}");
    }
    let out = cargo_run(&dir);
    assert!(out.starts_with("rate_limit_exceeded 429"), "{out}");

    std::fs::write(
        dir.join("src/main.rs"),
        "errspec::catalog!(pub enum Acme from \"spec.json\");\nfn main() {}\n",
    )
    .unwrap();
    let check = cargo(&dir, &["check", "--quiet", "--offline"]);
    let stderr = String::from_utf8_lossy(&check.stderr);
    assert!(!check.status.success(), "{stderr}");
    assert!(
        stderr.contains("`errspec::catalog!` needs errspec's `macros` feature"),
        "{stderr}"
    );
}
