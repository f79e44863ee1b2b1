//! [`AnyCode`] and [`AnyErrorType`]: the bundled catalogs' codes and types under one type,
//! so that the runtime's generic machinery (the retry executor, [`ApiError`]) works with
//! whichever provider answered.
//!
//! [`ApiError`]: crate::runtime::ApiError

use core::fmt;

#[cfg(feature = "anthropic")]
use crate::anthropic;
#[cfg(feature = "azure-openai")]
use crate::azure_openai;
#[cfg(feature = "gemini")]
use crate::gemini;
#[cfg(feature = "litellm")]
use crate::litellm;
use crate::openai;
#[cfg(feature = "openrouter")]
use crate::openrouter;
use crate::runtime::{Catalog, Entry, ErrorTypeCatalog, ErrorTypeEntry, Provider, SpecInfo};

/// Runs `$body` on the catalog value inside any variant of `$enum`.
macro_rules! each {
    ($value:expr, $enum:ident, $inner:ident => $body:expr) => {
        match $value {
            $enum::OpenAi($inner) => $body,
            #[cfg(feature = "azure-openai")]
            $enum::AzureOpenAi($inner) => $body,
            #[cfg(feature = "anthropic")]
            $enum::Anthropic($inner) => $body,
            #[cfg(feature = "gemini")]
            $enum::Gemini($inner) => $body,
            #[cfg(feature = "openrouter")]
            $enum::OpenRouter($inner) => $body,
            #[cfg(feature = "litellm")]
            $enum::LiteLlm($inner) => $body,
        }
    };
}
pub(crate) use each;

/// Fills a `[$enum; LEN]` with every value of each bundled catalog's `ALL`, in
/// [`Provider::ALL`] order.
macro_rules! concat_all {
    ($enum:ident, $ty:ident, $len:expr) => {{
        let mut all = [$enum::OpenAi(openai::$ty::ALL[0]); $len];
        let mut i = 0;
        macro_rules! push {
            ($variant:ident, $list:expr) => {{
                let list = $list;
                let mut j = 0;
                while j < list.len() {
                    all[i] = $enum::$variant(list[j]);
                    i += 1;
                    j += 1;
                }
            }};
        }
        push!(OpenAi, openai::$ty::ALL);
        #[cfg(feature = "azure-openai")]
        push!(AzureOpenAi, azure_openai::$ty::ALL);
        #[cfg(feature = "anthropic")]
        push!(Anthropic, anthropic::$ty::ALL);
        #[cfg(feature = "gemini")]
        push!(Gemini, gemini::$ty::ALL);
        #[cfg(feature = "openrouter")]
        push!(OpenRouter, openrouter::$ty::ALL);
        #[cfg(feature = "litellm")]
        push!(LiteLlm, litellm::$ty::ALL);
        let _ = i;
        all
    }};
}

/// How many values the bundled catalogs' `ALL` lists hold together.
macro_rules! total_len {
    ($ty:ident) => {{
        #[allow(unused_mut)]
        let mut n = openai::$ty::ALL.len();
        #[cfg(feature = "azure-openai")]
        {
            n += azure_openai::$ty::ALL.len();
        }
        #[cfg(feature = "anthropic")]
        {
            n += anthropic::$ty::ALL.len();
        }
        #[cfg(feature = "gemini")]
        {
            n += gemini::$ty::ALL.len();
        }
        #[cfg(feature = "openrouter")]
        {
            n += openrouter::$ty::ALL.len();
        }
        #[cfg(feature = "litellm")]
        {
            n += litellm::$ty::ALL.len();
        }
        n
    }};
}

/// A code of any bundled catalog, tagged with its provider: what
/// [`AnyClassification::code`](super::AnyClassification::code) returns, and the catalog
/// type of the retry executor's errors when it talks to any provider
/// ([`RetryError<AnyCode>`](crate::runtime::RetryError)).
///
/// It implements [`Catalog`] over the union of the bundled catalogs, so the runtime's
/// generic parts (retry decisions, [`ApiError`](crate::runtime::ApiError), the executor)
/// accept it. Classify with [`any::classify`](super::classify), which picks one provider's
/// catalog: [`classify::<AnyCode>`](crate::runtime::classify()) would look a response up in
/// all of them at once, OpenAI's first ([`Catalog::from_code`] finds a code string in the
/// first catalog, in [`Provider::ALL`] order, that has it).
///
/// A variant per bundled catalog, each behind its feature (so it is `#[non_exhaustive]`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AnyCode {
    /// A code of [`openai::ErrorCode`].
    OpenAi(openai::ErrorCode),
    /// A code of [`azure_openai::ErrorCode`].
    #[cfg(feature = "azure-openai")]
    #[cfg_attr(docsrs, doc(cfg(feature = "azure-openai")))]
    AzureOpenAi(azure_openai::ErrorCode),
    /// A code of [`anthropic::ErrorCode`].
    #[cfg(feature = "anthropic")]
    #[cfg_attr(docsrs, doc(cfg(feature = "anthropic")))]
    Anthropic(anthropic::ErrorCode),
    /// A code of [`gemini::ErrorCode`].
    #[cfg(feature = "gemini")]
    #[cfg_attr(docsrs, doc(cfg(feature = "gemini")))]
    Gemini(gemini::ErrorCode),
    /// A code of [`openrouter::ErrorCode`].
    #[cfg(feature = "openrouter")]
    #[cfg_attr(docsrs, doc(cfg(feature = "openrouter")))]
    OpenRouter(openrouter::ErrorCode),
    /// A code of [`litellm::ErrorCode`].
    #[cfg(feature = "litellm")]
    #[cfg_attr(docsrs, doc(cfg(feature = "litellm")))]
    LiteLlm(litellm::ErrorCode),
}

/// An error type of any bundled catalog, tagged with its provider (the
/// [`Catalog::ErrorType`] of [`AnyCode`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AnyErrorType {
    /// A type of [`openai::ErrorType`].
    OpenAi(openai::ErrorType),
    /// A type of [`azure_openai::ErrorType`].
    #[cfg(feature = "azure-openai")]
    #[cfg_attr(docsrs, doc(cfg(feature = "azure-openai")))]
    AzureOpenAi(azure_openai::ErrorType),
    /// A type of [`anthropic::ErrorType`].
    #[cfg(feature = "anthropic")]
    #[cfg_attr(docsrs, doc(cfg(feature = "anthropic")))]
    Anthropic(anthropic::ErrorType),
    /// A type of [`gemini::ErrorType`].
    #[cfg(feature = "gemini")]
    #[cfg_attr(docsrs, doc(cfg(feature = "gemini")))]
    Gemini(gemini::ErrorType),
    /// A type of [`openrouter::ErrorType`].
    #[cfg(feature = "openrouter")]
    #[cfg_attr(docsrs, doc(cfg(feature = "openrouter")))]
    OpenRouter(openrouter::ErrorType),
    /// A type of [`litellm::ErrorType`].
    #[cfg(feature = "litellm")]
    #[cfg_attr(docsrs, doc(cfg(feature = "litellm")))]
    LiteLlm(litellm::ErrorType),
}

const CODES_LEN: usize = total_len!(ErrorCode);
const ALL_CODES: [AnyCode; CODES_LEN] = concat_all!(AnyCode, ErrorCode, CODES_LEN);
const TYPES_LEN: usize = total_len!(ErrorType);
const ALL_TYPES: [AnyErrorType; TYPES_LEN] = concat_all!(AnyErrorType, ErrorType, TYPES_LEN);

impl AnyCode {
    /// The provider whose catalog the code belongs to.
    pub const fn provider(self) -> Provider {
        match self {
            AnyCode::OpenAi(_) => Provider::OpenAi,
            #[cfg(feature = "azure-openai")]
            AnyCode::AzureOpenAi(_) => Provider::AzureOpenAi,
            #[cfg(feature = "anthropic")]
            AnyCode::Anthropic(_) => Provider::Anthropic,
            #[cfg(feature = "gemini")]
            AnyCode::Gemini(_) => Provider::Gemini,
            #[cfg(feature = "openrouter")]
            AnyCode::OpenRouter(_) => Provider::OpenRouter,
            #[cfg(feature = "litellm")]
            AnyCode::LiteLlm(_) => Provider::LiteLlm,
        }
    }
}

/// The provider's own code's `Display`: the spec's message.
impl fmt::Display for AnyCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        each!(self, AnyCode, c => fmt::Display::fmt(c, f))
    }
}

impl Catalog for AnyCode {
    type ErrorType = AnyErrorType;

    const SPEC: SpecInfo = SpecInfo {
        name: "any",
        title: "every bundled provider's API",
        version: 1,
    };

    const ALL: &'static [Self] = &ALL_CODES;

    fn entry(self) -> &'static Entry {
        each!(self, AnyCode, c => Catalog::entry(c))
    }

    fn from_code(code: &str) -> Option<Self> {
        let found = openai::ErrorCode::from_code(code).map(AnyCode::OpenAi);
        #[cfg(feature = "azure-openai")]
        let found =
            found.or_else(|| azure_openai::ErrorCode::from_code(code).map(AnyCode::AzureOpenAi));
        #[cfg(feature = "anthropic")]
        let found = found.or_else(|| anthropic::ErrorCode::from_code(code).map(AnyCode::Anthropic));
        #[cfg(feature = "gemini")]
        let found = found.or_else(|| gemini::ErrorCode::from_code(code).map(AnyCode::Gemini));
        #[cfg(feature = "openrouter")]
        let found =
            found.or_else(|| openrouter::ErrorCode::from_code(code).map(AnyCode::OpenRouter));
        #[cfg(feature = "litellm")]
        let found = found.or_else(|| litellm::ErrorCode::from_code(code).map(AnyCode::LiteLlm));
        found
    }

    fn error_type(self) -> AnyErrorType {
        match self {
            AnyCode::OpenAi(c) => AnyErrorType::OpenAi(Catalog::error_type(c)),
            #[cfg(feature = "azure-openai")]
            AnyCode::AzureOpenAi(c) => AnyErrorType::AzureOpenAi(Catalog::error_type(c)),
            #[cfg(feature = "anthropic")]
            AnyCode::Anthropic(c) => AnyErrorType::Anthropic(Catalog::error_type(c)),
            #[cfg(feature = "gemini")]
            AnyCode::Gemini(c) => AnyErrorType::Gemini(Catalog::error_type(c)),
            #[cfg(feature = "openrouter")]
            AnyCode::OpenRouter(c) => AnyErrorType::OpenRouter(Catalog::error_type(c)),
            #[cfg(feature = "litellm")]
            AnyCode::LiteLlm(c) => AnyErrorType::LiteLlm(Catalog::error_type(c)),
        }
    }
}

impl fmt::Display for AnyErrorType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        each!(self, AnyErrorType, t => fmt::Display::fmt(t, f))
    }
}

impl ErrorTypeCatalog for AnyErrorType {
    const ALL: &'static [Self] = &ALL_TYPES;

    fn entry(self) -> &'static ErrorTypeEntry {
        each!(self, AnyErrorType, t => ErrorTypeCatalog::entry(t))
    }

    /// The first type of that name, in [`Provider::ALL`] order.
    fn from_name(name: &str) -> Option<Self> {
        Self::ALL
            .iter()
            .copied()
            .find(|t| ErrorTypeCatalog::as_str(*t) == name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn all_lists_every_bundled_code_once_in_provider_order() {
        assert_eq!(
            AnyCode::ALL.len(),
            AnyCode::ALL
                .iter()
                .collect::<std::collections::HashSet<_>>()
                .len()
        );
        assert_eq!(AnyCode::ALL[0], AnyCode::OpenAi(openai::ErrorCode::ALL[0]));
        let openai_count = AnyCode::ALL
            .iter()
            .filter(|c| c.provider() == Provider::OpenAi)
            .count();
        assert_eq!(openai_count, openai::ErrorCode::ALL.len());
        let mut last = 0;
        for code in AnyCode::ALL {
            let rank = Provider::ALL
                .iter()
                .position(|p| *p == code.provider())
                .unwrap();
            assert!(rank >= last, "{code:?} out of order");
            last = rank;
        }
        assert!(!AnyErrorType::ALL.is_empty());
    }

    #[test]
    fn entries_types_and_names_are_the_providers_own() {
        let c = AnyCode::OpenAi(openai::ErrorCode::InsufficientQuota);
        assert_eq!(c.entry(), openai::ErrorCode::InsufficientQuota.entry());
        assert_eq!(
            c.to_string(),
            openai::ErrorCode::InsufficientQuota.to_string()
        );
        assert_eq!(
            Catalog::error_type(c),
            AnyErrorType::OpenAi(openai::ErrorCode::InsufficientQuota.error_type())
        );
        assert_eq!(AnyCode::from_code("insufficient_quota"), Some(c));
        assert_eq!(AnyCode::from_code("no_such_code_anywhere"), None);
        for t in AnyErrorType::ALL {
            assert!(AnyErrorType::from_name(ErrorTypeCatalog::as_str(*t)).is_some());
        }
    }
}
