//! `errspec`: answers for a failing API call from the error spec, in one command.
//!
//! - `errspec explain <code|status|type>`: everything the spec says about an error;
//! - `errspec classify --status N [-H 'name: value']... [--body-file F]`: what a real
//!   response is and whether (and when) to retry it;
//! - `errspec check FILE`: every problem in a spec, located, as the macro would report them;
//! - `errspec expand FILE`: the Rust the `catalog!` macro generates for a spec;
//! - `errspec table [FILE]`: the spec as a Markdown or JSON table.
//!
//! The bundled OpenAI spec is the default. The commands about a spec (`check`, `expand`,
//! `table`) take another as their argument, `FILE`; the commands about an error
//! (`explain`, `classify`) take it as `--spec FILE`. Exit status:
//! 0 success, 1 the answer is no (unknown name, problems in a spec), 2 the command could
//! not run (bad arguments, unreadable files).

mod check;
mod classify;
mod expand;
mod explain;
mod markdown;
mod report;
mod spec;
mod style;
mod table;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// Typed answers for HTTP API errors, from a JSON error spec (OpenAI's is bundled)
#[derive(Parser, Debug)]
#[command(name = "errspec", version, about, max_term_width = 100)]
#[command(
    after_help = "Exit status: 0 success, 1 unknown name or spec problems, 2 bad arguments or unreadable files."
)]
struct Cli {
    /// When to use colour (`auto` honours `NO_COLOR` and pipes)
    #[arg(long, value_enum, default_value_t, global = true, value_name = "WHEN")]
    color: style::ColorWhen,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Explain an error code, an HTTP status or an error type
    Explain(explain::ExplainArgs),
    /// Classify an error response and decide whether to retry it
    Classify(classify::ClassifyArgs),
    /// Check a spec file and report every problem
    Check(check::CheckArgs),
    /// Print the Rust the `catalog!` macro generates for a spec
    Expand(expand::ExpandArgs),
    /// Print the spec as a table
    Table(table::TableArgs),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    cli.color.apply();
    let report = match &cli.command {
        Command::Explain(args) => explain::run(args),
        Command::Classify(args) => classify::run(args),
        Command::Check(args) => check::run(args),
        Command::Expand(args) => expand::run(args),
        Command::Table(args) => table::run(args),
    };
    report.emit()
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    #[test]
    fn command_line_is_consistent() {
        super::Cli::command().debug_assert();
    }
}
