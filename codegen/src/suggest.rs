//! Names in messages: a few listed, the rest counted, and the closest one offered, so that
//! a spec with thousands of names gets short messages that still point at the fix.

use std::cell::Cell;
use std::fmt::Write;

/// How many names a message lists before "and N more".
pub const LISTED: usize = 5;

/// Candidates whose length differs from the wanted name by more than this (and by more
/// than a third of it) are not compared: they cannot be a typo of it.
const MIN_LENGTH_SLACK: usize = 3;

/// `` `a`, `b`, `c`, `d`, `e` and 7 more ``: at most [`LISTED`] names, in their order.
pub fn capped_list<'a>(names: impl ExactSizeIterator<Item = &'a str>) -> String {
    let total = names.len();
    let mut out = String::new();
    for (i, name) in names.take(LISTED).enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        let _ = write!(out, "`{name}`");
    }
    if total > LISTED {
        let _ = write!(out, " and {} more", total - LISTED);
    }
    out
}

/// Name comparisons one [`Suggester`] makes at most: thousands of mistakes against
/// thousands of names would otherwise cost seconds in the macro (which runs unoptimised),
/// while the first few hundred suggestions are all a reader uses.
pub const COMPARISON_BUDGET: usize = 20_000;

/// Offers the closest names within a budget of comparisons, shared by every lookup in one
/// set of names; once it is spent, messages go without a suggestion.
#[derive(Debug, Default)]
pub struct Suggester {
    spent: Cell<usize>,
}

impl Suggester {
    /// [`closest`], or `None` when comparing `candidates` would overrun the budget.
    pub fn closest<'a>(&self, wanted: &str, candidates: &[&'a str]) -> Option<&'a str> {
        let spent = self.spent.get() + candidates.len();
        if spent > COMPARISON_BUDGET {
            return None;
        }
        self.spent.set(spent);
        closest(wanted, candidates.iter().copied())
    }
}

/// The candidate closest to `wanted`, when one is close enough to be a likely typo
/// (Jaro-Winkler similarity of at least 0.8, as the derive's suggestions use).
pub fn closest<'a>(wanted: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let slack = (wanted.len() / 3).max(MIN_LENGTH_SLACK);
    candidates
        .into_iter()
        .filter(|c| c.len().abs_diff(wanted.len()) <= slack)
        .map(|c| (strsim::jaro_winkler(wanted, c), c))
        .filter(|(score, _)| *score >= 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lists_are_cut_and_counted() {
        let names: Vec<String> = (0..1000).map(|i| format!("t{i}")).collect();
        let list = capped_list(names.iter().map(String::as_str));
        assert_eq!(list, "`t0`, `t1`, `t2`, `t3`, `t4` and 995 more");
        assert_eq!(capped_list(["a", "b"].into_iter()), "`a`, `b`");
        assert_eq!(capped_list(std::iter::empty()), "");
    }

    #[test]
    fn typos_find_their_name_and_strangers_find_none() {
        let known = ["invalid_request_error", "rate_limit_error", "server_error"];
        assert_eq!(closest("rate_limt_error", known), Some("rate_limit_error"));
        assert_eq!(closest("server_eror", known), Some("server_error"));
        assert_eq!(closest("quota", known), None);
    }

    #[test]
    fn suggestions_stop_when_the_budget_is_spent() {
        let known: Vec<String> = (0..COMPARISON_BUDGET / 2)
            .map(|i| format!("name_{i}"))
            .collect();
        let known: Vec<&str> = known.iter().map(String::as_str).collect();
        let suggester = Suggester::default();
        assert_eq!(suggester.closest("name_7", &known), Some("name_7"));
        assert_eq!(suggester.closest("name_8", &known), Some("name_8"));
        assert_eq!(suggester.closest("name_9", &known), None);
        // A short list costs little: it still fits in what is left.
        assert_eq!(
            Suggester::default().closest("nam_1", &["name_1"]),
            Some("name_1")
        );
    }
}
