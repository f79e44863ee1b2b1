//! Checks the derive input against the spec: every variant names known codes (or is the
//! catch-all), no code is taken twice, every field can be filled. One function per rule;
//! all problems are collected.

use std::collections::HashMap;

use syn::spanned::Spanned;
use syn::{Fields, LitStr, Member};

use super::ast::{Input, Variant};
use crate::facts::Facts;
use crate::spec_file::Errors;

/// What a variant stands for.
pub enum Role {
    /// These catalog entries (indices), the first being the variant's own code.
    Codes(Vec<usize>),
    /// Everything no other variant takes.
    Other,
}

/// How a field gets its value from a classified response.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Fill {
    /// The server's message, request id, param, code or type text.
    Text(&'static str),
    /// The classified code (or the server's code string).
    Code,
    /// The response's status.
    Status,
    /// The delay the server asked for.
    RetryAfter,
    /// Everything the response said (`ErrorDetails`, `ApiError`).
    Details,
    /// `Default::default()`.
    Default,
}

/// Field names the derive fills, with how.
const WELL_KNOWN: &[(&str, Fill)] = &[
    ("message", Fill::Text("message")),
    ("request_id", Fill::Text("request_id")),
    ("param", Fill::Text("param")),
    ("code", Fill::Code),
    ("error_type", Fill::Text("error_type")),
    ("status", Fill::Status),
    ("retry_after", Fill::RetryAfter),
    ("details", Fill::Details),
    ("error", Fill::Details),
];

/// How the derive fills a field of this name, if it knows the name.
pub fn well_known(name: &str) -> Option<Fill> {
    WELL_KNOWN.iter().find(|(n, _)| *n == name).map(|(_, f)| *f)
}

/// A checked variant.
pub struct Checked {
    pub role: Role,
    pub fills: Vec<(Member, Fill)>,
}

/// Checks every variant; `None` entries belong to variants with problems (reported).
pub fn check(input: &Input<'_>, facts: &Facts, errors: &mut Errors) -> Vec<Option<Checked>> {
    let mut taken: HashMap<usize, &syn::Ident> = HashMap::new();
    let mut other: Option<&syn::Ident> = None;
    let mut out = Vec::new();
    for v in &input.variants {
        if v.malformed {
            out.push(None);
            continue;
        }
        let role = variant_role(v, facts, errors);
        let role = match role {
            Some(Role::Codes(codes)) => check_codes_taken_once(v, codes, facts, &mut taken, errors),
            Some(Role::Other) => check_one_other(v, &mut other, errors),
            None => None,
        };
        let fills = field_fills(v, errors);
        let display_ok = match &v.display {
            Some(display) => check_display_fields(v, display, errors),
            None => true,
        };
        out.push(match (role, fills, display_ok) {
            (Some(role), Some(fills), true) => Some(Checked { role, fills }),
            _ => None,
        });
    }
    if input.exhaustive {
        check_exhaustive(input, facts, &taken, errors);
    }
    out
}

/// A variant is tied to the codes it names, to the code its own name matches, or is the
/// catch-all; anything else would silently never be produced.
fn variant_role(v: &Variant<'_>, facts: &Facts, errors: &mut Errors) -> Option<Role> {
    let spec_file = &facts.source;
    if let Some(span) = v.other {
        if !v.codes.is_empty() {
            errors.at(span, "a variant is either `other` or names codes, not both");
            return None;
        }
        return Some(Role::Other);
    }
    if v.codes.is_empty() {
        let name = v.ident.to_string();
        if let Some(i) = facts.entries.iter().position(|e| e.variant == name) {
            return Some(Role::Codes(vec![i]));
        }
        let hint = facts
            .suggest(&heck::ToSnakeCase::to_snake_case(name.as_str()))
            .map(|c| format!(" (did you mean `{c}`?)"))
            .unwrap_or_default();
        errors.at(
            v.span(),
            format!(
                "variant `{name}` matches no code of `{spec_file}`{hint}: name its code with `#[spec_error(code = \"...\")]`, or mark it `#[spec_error(other)]`"
            ),
        );
        return None;
    }
    let mut indices = Vec::new();
    let mut ok = true;
    for lit in &v.codes {
        let code = lit.value();
        match facts.position(&code) {
            Some(i) => indices.push(i),
            None => {
                let hint = facts
                    .suggest(&code)
                    .map(|c| format!(": did you mean `{c}`?"))
                    .unwrap_or_default();
                errors.at(
                    lit.span(),
                    format!("unknown code `{code}` in `{spec_file}`{hint}"),
                );
                ok = false;
            }
        }
    }
    ok.then_some(Role::Codes(indices))
}

/// Two variants for one code would make the conversion ambiguous.
fn check_codes_taken_once<'a>(
    v: &Variant<'a>,
    codes: Vec<usize>,
    facts: &Facts,
    taken: &mut HashMap<usize, &'a syn::Ident>,
    errors: &mut Errors,
) -> Option<Role> {
    let mut ok = true;
    for (n, &i) in codes.iter().enumerate() {
        if let Some(first) = taken.get(&i) {
            let span = v.codes.get(n).map_or(v.span(), LitStr::span);
            errors.at(
                span,
                format!(
                    "code `{}` is mapped twice: variant `{first}` already takes it",
                    facts.entries[i].code
                ),
            );
            ok = false;
        } else {
            taken.insert(i, v.ident);
        }
    }
    ok.then_some(Role::Codes(codes))
}

/// Only one variant can receive what nothing else takes.
fn check_one_other<'a>(
    v: &Variant<'a>,
    other: &mut Option<&'a syn::Ident>,
    errors: &mut Errors,
) -> Option<Role> {
    match other {
        Some(first) => {
            errors.at(
                v.other.unwrap_or(v.span()),
                format!("two `other` variants: `{first}` already catches every other error"),
            );
            None
        }
        None => {
            *other = Some(v.ident);
            Some(Role::Other)
        }
    }
}

/// The derive builds every variant from a response: each field needs a known source or a
/// default, and the message names the field it cannot fill.
fn field_fills(v: &Variant<'_>, errors: &mut Errors) -> Option<Vec<(Member, Fill)>> {
    let mut fills = Vec::new();
    let mut ok = true;
    let single_tuple = matches!(v.fields, Fields::Unnamed(f) if f.unnamed.len() == 1);
    for (i, (field, &default)) in v.fields.iter().zip(&v.field_defaults).enumerate() {
        let member = match &field.ident {
            Some(ident) => Member::Named(ident.clone()),
            None => Member::Unnamed(i.into()),
        };
        let fill = if default {
            Some(Fill::Default)
        } else if let Some(ident) = &field.ident {
            well_known(&ident.to_string())
        } else if single_tuple {
            Some(Fill::Details)
        } else {
            None
        };
        match fill {
            Some(fill) => fills.push((member, fill)),
            None => {
                let what = match &field.ident {
                    Some(ident) => format!("field `{ident}`"),
                    None => format!("field {i}"),
                };
                let known = WELL_KNOWN
                    .iter()
                    .map(|(n, _)| format!("`{n}`"))
                    .collect::<Vec<_>>()
                    .join(", ");
                errors.at(
                    field.span(),
                    format!(
                        "cannot fill {what} of `{}` from a response: the derive fills {known} (and the single field of a tuple variant, with the details); give it `#[spec_error(default)]` otherwise",
                        v.ident
                    ),
                );
                ok = false;
            }
        }
    }
    ok.then_some(fills)
}

/// A `{name}` in `display` must be a field of the variant, or the message is wrong.
fn check_display_fields(v: &Variant<'_>, display: &LitStr, errors: &mut Errors) -> bool {
    let mut ok = true;
    let fields: Vec<String> = v
        .fields
        .iter()
        .enumerate()
        .map(|(i, f)| f.ident.as_ref().map_or(i.to_string(), ToString::to_string))
        .collect();
    for name in super::expand::format_args_named(&display.value()) {
        if !fields.contains(&name) {
            errors.at(
                display.span(),
                format!(
                    "`display` refers to `{{{name}}}`, which is not a field of `{}`",
                    v.ident
                ),
            );
            ok = false;
        }
    }
    ok
}

/// In exhaustive mode a new code in the spec must get a variant, or the build fails.
fn check_exhaustive(
    input: &Input<'_>,
    facts: &Facts,
    taken: &HashMap<usize, &syn::Ident>,
    errors: &mut Errors,
) {
    let missing: Vec<String> = facts
        .entries
        .iter()
        .enumerate()
        .filter(|(i, _)| !taken.contains_key(i))
        .map(|(_, e)| format!("`{}`", e.code))
        .collect();
    if !missing.is_empty() {
        errors.at(
            input.original.ident.span(),
            format!(
                "`{}` is exhaustive but {} code{} of the spec ha{} no variant: {}",
                input.original.ident,
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                if missing.len() == 1 { "s" } else { "ve" },
                missing.join(", ")
            ),
        );
    }
}
