//! errspec facade (work in progress).
