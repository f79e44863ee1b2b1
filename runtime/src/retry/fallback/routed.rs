//! What the attempt closure receives ([`Hop`]) and what a call returns ([`Routed`]).

use core::fmt;
use core::ops::Deref;
use std::error::Error;

use crate::catalog::{Catalog, Category};
use crate::retry::executor::RetryError;

/// The alternative an attempt goes to, as the attempt closure receives it: dereferences
/// to your value.
pub struct Hop<'a, T> {
    pub(super) alternative: &'a T,
    pub(super) index: usize,
    pub(super) after: Option<Category>,
}

impl<T> Hop<'_, T> {
    /// The alternative's position in the list.
    pub fn index(&self) -> usize {
        self.index
    }

    /// Why the call came here: the category of the failure it left the previous
    /// alternative with (or, with [`super::FallbackRule::Again`], this one); `None` on the
    /// call's first alternative.
    pub fn after(&self) -> Option<Category> {
        self.after
    }
}

impl<T> Clone for Hop<'_, T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Hop<'_, T> {}

impl<T> Deref for Hop<'_, T> {
    type Target = T;
    fn deref(&self) -> &T {
        self.alternative
    }
}

impl<T: fmt::Debug> fmt::Debug for Hop<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Hop")
            .field("alternative", self.alternative)
            .field("index", &self.index)
            .field("after", &self.after)
            .finish()
    }
}

/// The executor's [`Success`](crate::Success) or [`RetryError`] for a call through
/// [`Fallbacks`](super::Fallbacks), whose history holds every attempt on every alternative
/// (each hop's attempts numbered from 1), with the alternative each attempt went to.
/// Dereferences to the result.
pub struct Routed<X> {
    pub(super) result: X,
    pub(super) route: Vec<usize>,
}

impl<X> Routed<X> {
    /// For each attempt of the history, in order, the index of its alternative: the last
    /// is the one that answered, for a success.
    pub fn route(&self) -> &[usize] {
        &self.route
    }

    /// The executor's result, without the route.
    pub fn into_inner(self) -> X {
        self.result
    }
}

impl<X> Deref for Routed<X> {
    type Target = X;
    fn deref(&self) -> &X {
        &self.result
    }
}

impl<X: fmt::Debug> fmt::Debug for Routed<X> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Routed")
            .field("result", &self.result)
            .field("route", &self.route)
            .finish()
    }
}

impl<X: fmt::Display> fmt::Display for Routed<X> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.result, f)
    }
}

impl<C: Catalog> Error for Routed<RetryError<C>> {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        self.result.source()
    }
}
