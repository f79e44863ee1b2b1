/**Error codes of the Acme API (spec `acme.json`, version 1).

A small spec used by errspec's own tests.

| Code | Status | Category | Retry |
|---|---|---|---|
| [`type`](Self::Type) | 400 | invalid_request | [`no_retry`](#retry-strategies) |
| [`self`](Self::Self_) | 400 | invalid_request | [`no_retry`](#retry-strategies) |
| [`old_code`](Self::OldCode) | 410 | not_found | [`no_retry`](#retry-strategies) |
| [`boom`](Self::Boom) | 500, 502 | server | [`backoff`](#retry-strategies) |

# Retry strategies

- `no_retry`: Do not retry automatically (no automatic retry).
- `backoff`: Back off exponentially (exponential backoff from 500 ms, ×2 per retry, plus up to 250 ms of jitter; at most 4 attempts, no wait longer than 8000 ms).
*/
#[derive(
    ::core::clone::Clone,
    ::core::marker::Copy,
    ::core::cmp::PartialEq,
    ::core::cmp::Eq,
    ::core::hash::Hash,
    ::core::cmp::PartialOrd,
    ::core::cmp::Ord
)]
#[non_exhaustive]
pub enum ErrorCode {
    /**The `type` field is wrong

| Status | Type | Code | Category |
|---|---|---|---|
| `400 Bad Request` | `invalid_request_error` | `type` | `invalid_request` |

A code that is a Rust keyword must still work.

# Causes

- a typo

# Solutions

- fix the field

**Do first:** fix the request

# Retry

`no_retry`: Do not retry automatically (no automatic retry).

# Example body

```json
{
  "error": {
    "code": "type",
    "message": "bad type",
    "type": "invalid_request_error"
  }
}
```

# Sources

Documented by the provider.

- <https://docs.example.com/errors>
*/
    Type,
    /**Self reference

| Status | Type | Code | Category |
|---|---|---|---|
| `400 Bad Request` | `invalid_request_error` | `self` | `invalid_request` |

`Self` cannot be a variant name; errspec uses `Self_`.

# Causes

- a loop

# Solutions

- break it

**Do first:** fix the request

# Retry

`no_retry`: Do not retry automatically (no automatic retry).

# Sources

Documented by the provider.

- <https://docs.example.com/errors>
*/
    Self_,
    /**Gone

| Status | Type | Code | Category |
|---|---|---|---|
| `410 Gone` | `invalid_request_error` | `old_code` | `not_found` |

Retired.

# Causes

- old client

# Solutions

- upgrade

**Do first:** upgrade

# Retry

`no_retry`: Do not retry automatically (no automatic retry).

# Sources

Documented by the provider.

- <https://docs.example.com/errors>
*/
    #[deprecated(note = "replaced by `type`")]
    OldCode,
    /**The server failed \<b\>\[badly\]\</b\>

| Status | Type | Code | Category |
|---|---|---|---|
| `500 Internal Server Error` (also `502 Bad Gateway`) | `server_error` | `boom` (errspec's name: the server sends no code) | `server` |

Markdown \*and\* \<html\> \| pipes are escaped.

# Causes

- a bug

# Solutions

- wait

**Do first:** retry later

# Retry

`backoff`: Back off exponentially (exponential backoff from 500 ms, ×2 per retry, plus up to 250 ms of jitter; at most 4 attempts, no wait longer than 8000 ms).

# Sources

Synthetic: errspec's own name for what a proxy or a bare status produces.

*/
    Boom,
}
#[allow(deprecated)]
impl ErrorCode {
    /// Every code, in spec order.
    pub const ALL: &'static [Self] = &[
        Self::Type,
        Self::Self_,
        Self::OldCode,
        Self::Boom,
    ];
    /// What the spec says about this code: the facts classification and retries
    /// read, and (in its `text`) the prose of its documentation.
    pub fn entry(self) -> &'static ::errspec::runtime::Entry {
        let i = self as usize;
        &__errspec_error_code_tables::ENTRIES[i / 128usize][i % 128usize]
    }
    /// The code for a server's code string (a code or an alias code), if the spec
    /// knows it.
    pub fn from_code(code: &str) -> ::core::option::Option<Self> {
        static INDEX: ::errspec::runtime::__private::CodeIndex = ::errspec::runtime::__private::CodeIndex {
            variants: &[0, 1, 2, 3],
            slots: &[0, 1, 3, 0, 0, 4, 0, 2],
        };
        match INDEX
            .find(code, |v| Self::ALL.get(v).is_some_and(|c| c.entry().has_code(code)))
        {
            ::core::option::Option::Some(i) => Self::ALL.get(i).copied(),
            ::core::option::Option::None => ::core::option::Option::None,
        }
    }
    /// The code string as the server sends it.
    pub fn as_str(self) -> &'static str {
        self.entry().code
    }
    /// The HTTP status the server answers with.
    pub fn status(self) -> u16 {
        self.entry().status
    }
    /// The error's type.
    pub fn error_type(self) -> ErrorType {
        static TYPE_OF: [u32; 4] = [0, 0, 0, 1];
        ErrorType::ALL[TYPE_OF[self as usize] as usize]
    }
    /// The provider-independent category.
    pub fn category(self) -> ::errspec::runtime::Category {
        self.entry().category
    }
    /// How to retry (or not).
    pub fn retry_policy(self) -> &'static ::errspec::runtime::RetryPolicy {
        self.entry().retry
    }
    /// A longer explanation of what happened.
    pub fn description(self) -> &'static str {
        self.entry().text.description()
    }
    /// Why this error usually happens.
    pub fn causes(
        self,
    ) -> impl ::core::iter::Iterator<Item = &'static str> + ::core::clone::Clone {
        self.entry().text.causes()
    }
    /// What fixes it.
    pub fn solutions(
        self,
    ) -> impl ::core::iter::Iterator<Item = &'static str> + ::core::clone::Clone {
        self.entry().text.solutions()
    }
    /// The one thing to do first.
    pub fn action(self) -> &'static str {
        self.entry().text.action()
    }
    /// Public addresses the facts come from.
    pub fn sources(
        self,
    ) -> impl ::core::iter::Iterator<Item = &'static str> + ::core::clone::Clone {
        self.entry().text.sources()
    }
    /// An example response body, pretty-printed JSON (empty when the spec gives none).
    pub fn example(self) -> &'static str {
        self.entry().text.example()
    }
}
mod __errspec_error_code_tables {
    #[allow(unused_imports)]
    use super::*;
    #[allow(unused_imports)]
    use ::errspec::runtime::{Category, Entry, EntryText, Provenance};
    #[allow(unused_imports)]
    use ::core::option::Option::{None, Some};
    static POLICY_0: ::errspec::runtime::RetryPolicy = ::errspec::runtime::RetryPolicy {
        backoff: ::errspec::runtime::Backoff::Never,
        max_attempts: 1u32,
        max_delay: ::errspec::runtime::__private::Duration::from_millis(0u64),
    };
    static POLICY_1: ::errspec::runtime::RetryPolicy = ::errspec::runtime::RetryPolicy {
        backoff: ::errspec::runtime::Backoff::Exponential {
            initial: ::errspec::runtime::__private::Duration::from_millis(500u64),
            multiplier: 2f64,
            jitter: ::errspec::runtime::__private::Duration::from_millis(250u64),
        },
        max_attempts: 4u32,
        max_delay: ::errspec::runtime::__private::Duration::from_millis(8000u64),
    };
    const NO_STATUSES: &[u16] = &[];
    const NONE: &[&str] = &[];
    const D: Entry = Entry {
        code: "",
        status: 0,
        alias_statuses: NO_STATUSES,
        alias_codes: NONE,
        error_type: "",
        alias_types: NONE,
        patterns: NONE,
        refines: None,
        refined: false,
        category: Category::Unknown,
        message: "",
        retry: &POLICY_0,
        null_code: false,
        fallback: false,
        type_fallback: false,
        text: &EntryText::EMPTY,
    };
    const T: EntryText = EntryText {
        prose: "",
        counts: (0, 0),
        provenance: Provenance::Documented,
        deprecated: None,
    };
    mod c0 {
        #[allow(unused_imports)]
        use ::errspec::runtime::{Category, Entry, EntryText, Provenance};
        #[allow(unused_imports)]
        use ::core::option::Option::{None, Some};
        use super::*;
        pub(super) static TEXTS: [EntryText; 4] = [
            EntryText {
                prose: r#"Type␟A code that is a Rust keyword must still work.␟fix the request␟{
  "error": {
    "code": "type",
    "message": "bad type",
    "type": "invalid_request_error"
  }
}␟a typo␟fix the field␟https://docs.example.com/errors"#,
                counts: (1, 1),
                ..T
            },
            EntryText {
                prose: r"Self_␟`Self` cannot be a variant name; errspec uses `Self_`.␟fix the request␟␟a loop␟break it␟https://docs.example.com/errors",
                counts: (1, 1),
                ..T
            },
            EntryText {
                prose: r"OldCode␟Retired.␟upgrade␟␟old client␟upgrade␟https://docs.example.com/errors",
                counts: (1, 1),
                deprecated: Some("replaced by `type`"),
                ..T
            },
            EntryText {
                prose: r"Boom␟Markdown *and* <html> | pipes are escaped.␟retry later␟␟a bug␟wait",
                counts: (1, 1),
                provenance: Provenance::Synthetic,
                ..T
            },
        ];
        pub(super) static ENTRIES: [Entry; 4] = [
            Entry {
                code: "type",
                status: 400,
                error_type: "invalid_request_error",
                category: Category::InvalidRequest,
                message: "the `type` field is wrong",
                retry: &POLICY_0,
                text: &TEXTS[0],
                ..D
            },
            Entry {
                code: "self",
                status: 400,
                error_type: "invalid_request_error",
                category: Category::InvalidRequest,
                message: "self reference",
                retry: &POLICY_0,
                text: &TEXTS[1],
                ..D
            },
            Entry {
                code: "old_code",
                status: 410,
                error_type: "invalid_request_error",
                category: Category::NotFound,
                message: "gone",
                retry: &POLICY_0,
                text: &TEXTS[2],
                ..D
            },
            Entry {
                code: "boom",
                status: 500,
                alias_statuses: &[502],
                error_type: "server_error",
                null_code: true,
                fallback: true,
                category: Category::Server,
                message: "the server failed <b>[badly]</b>",
                retry: &POLICY_1,
                text: &TEXTS[3],
                ..D
            },
        ];
    }
    pub(super) static ENTRIES: [&[Entry]; 1] = [&c0::ENTRIES];
}
impl ::core::fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::errspec::runtime::__private::fmt_str(self.entry().message, f)
    }
}
impl ::core::str::FromStr for ErrorCode {
    type Err = ::errspec::runtime::ParseNameError;
    fn from_str(s: &str) -> ::core::result::Result<Self, Self::Err> {
        Self::from_code(s)
            .ok_or_else(|| ::errspec::runtime::ParseNameError::new("error code", s))
    }
}
impl ::core::fmt::Debug for ErrorCode {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::errspec::runtime::__private::fmt_str(self.entry().text.variant(), f)
    }
}
impl ::errspec::runtime::Catalog for ErrorCode {
    type ErrorType = ErrorType;
    const SPEC: ::errspec::runtime::SpecInfo = ::errspec::runtime::SpecInfo {
        name: "acme",
        title: "Acme API",
        version: 1u32,
    };
    const ALL: &'static [Self] = Self::ALL;
    fn entry(self) -> &'static ::errspec::runtime::Entry {
        Self::entry(self)
    }
    fn from_code(code: &str) -> ::core::option::Option<Self> {
        Self::from_code(code)
    }
    fn error_type(self) -> ErrorType {
        Self::error_type(self)
    }
    fn __lookup_tables() -> ::core::option::Option<
        &'static ::errspec::runtime::__private::LookupTables,
    > {
        static TABLES: ::errspec::runtime::__private::LookupTables = ::errspec::runtime::__private::LookupTables {
            patterns: &[],
            refinements: &[],
            by_status: &[(410, 2), (500, 3), (502, 3)],
            by_type: &[
                (410, "invalid_request_error", 2),
                (500, "server_error", 3),
                (502, "server_error", 3),
            ],
        };
        ::core::option::Option::Some(&TABLES)
    }
}
::errspec::runtime::__private::impl_serde!(
    ErrorCode, ErrorCode::from_code, "an error code of the Acme API"
);
///Error types (`error.type`) of the Acme API.
#[derive(
    ::core::clone::Clone,
    ::core::marker::Copy,
    ::core::fmt::Debug,
    ::core::cmp::PartialEq,
    ::core::cmp::Eq,
    ::core::hash::Hash,
    ::core::cmp::PartialOrd,
    ::core::cmp::Ord
)]
#[non_exhaustive]
pub enum ErrorType {
    /**`invalid_request_error`: The request is wrong.

Codes of this type: `type`, `self`, `old_code`.*/
    InvalidRequestError,
    /**`server_error`: The server failed.

Codes of this type: `boom`.*/
    ServerError,
}
impl ErrorType {
    /// Every error type, in spec order.
    pub const ALL: &'static [Self] = &[Self::InvalidRequestError, Self::ServerError];
    /// The spec's entry for this type.
    pub fn entry(self) -> &'static ::errspec::runtime::ErrorTypeEntry {
        static ENTRIES: [::errspec::runtime::ErrorTypeEntry; 2usize] = [
            ::errspec::runtime::ErrorTypeEntry {
                name: "invalid_request_error",
                variant: "InvalidRequestError",
                description: "The request is wrong.",
            },
            ::errspec::runtime::ErrorTypeEntry {
                name: "server_error",
                variant: "ServerError",
                description: "The server failed.",
            },
        ];
        &ENTRIES[self as usize]
    }
    /// The type for a server's type string, if the spec knows it.
    pub fn from_name(name: &str) -> ::core::option::Option<Self> {
        match name {
            "invalid_request_error" => {
                ::core::option::Option::Some(Self::InvalidRequestError)
            }
            "server_error" => ::core::option::Option::Some(Self::ServerError),
            _ => ::core::option::Option::None,
        }
    }
    /// The type string as the server sends it.
    pub fn as_str(self) -> &'static str {
        self.entry().name
    }
    /// What errors of this type have in common.
    pub fn description(self) -> &'static str {
        self.entry().description
    }
}
impl ::core::fmt::Display for ErrorType {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::errspec::runtime::__private::fmt_str(self.entry().name, f)
    }
}
impl ::core::str::FromStr for ErrorType {
    type Err = ::errspec::runtime::ParseNameError;
    fn from_str(s: &str) -> ::core::result::Result<Self, Self::Err> {
        Self::from_name(s)
            .ok_or_else(|| ::errspec::runtime::ParseNameError::new("error type", s))
    }
}
impl ::errspec::runtime::ErrorTypeCatalog for ErrorType {
    const ALL: &'static [Self] = Self::ALL;
    fn entry(self) -> &'static ::errspec::runtime::ErrorTypeEntry {
        Self::entry(self)
    }
    fn from_name(name: &str) -> ::core::option::Option<Self> {
        Self::from_name(name)
    }
}
::errspec::runtime::__private::impl_serde!(
    ErrorType, ErrorType::from_name, "an error type of the Acme API"
);
