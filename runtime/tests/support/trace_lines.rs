//! A `tracing` subscriber that keeps every event as one line of `name=value` pairs.

use std::cell::RefCell;
use std::fmt::Write as _;
use std::sync::{Arc, Mutex, Once, PoisonError};

use tracing::field::{Field, Visit};
use tracing::span::{Attributes, Id, Record};
use tracing::{Event, Metadata, Subscriber};

/// The events seen, one line each: the level, then every field.
#[derive(Clone, Default)]
pub struct Lines(Arc<Mutex<Vec<String>>>);

impl Lines {
    /// Runs `f`, keeping the events this thread emits meanwhile.
    ///
    /// The subscriber is installed once, as the global default, and hands each event to
    /// the capture of the thread that emits it. A scoped subscriber (`with_default`) is not
    /// enough under load: tracing caches per call site whether anyone is interested, and
    /// a test on another thread of the same binary, reaching the call site with no
    /// subscriber of its own, can cache "never" just as ours is set up.
    pub fn capture<T>(&self, f: impl FnOnce() -> T) -> T {
        static INSTALL: Once = Once::new();
        INSTALL.call_once(|| {
            tracing::subscriber::set_global_default(Router)
                .expect("no other global subscriber in this test binary");
        });
        let previous = CAPTURE.with(|c| c.replace(Some(self.clone())));
        struct Restore(Option<Lines>);
        impl Drop for Restore {
            fn drop(&mut self) {
                CAPTURE.with(|c| *c.borrow_mut() = self.0.take());
            }
        }
        let _restore = Restore(previous);
        f()
    }

    /// The lines so far.
    pub fn lines(&self) -> Vec<String> {
        self.0
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }
}

struct Line(String);

impl Visit for Line {
    fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
        let _ = write!(self.0, "{}={:?} ", field.name(), value);
    }
}

thread_local! {
    /// Where this thread's events go, while a capture runs.
    static CAPTURE: RefCell<Option<Lines>> = const { RefCell::new(None) };
}

/// The global subscriber: every event to the capture of its thread, if any.
struct Router;

impl Subscriber for Router {
    fn enabled(&self, _: &Metadata<'_>) -> bool {
        true
    }
    fn new_span(&self, _: &Attributes<'_>) -> Id {
        Id::from_u64(1)
    }
    fn record(&self, _: &Id, _: &Record<'_>) {}
    fn record_follows_from(&self, _: &Id, _: &Id) {}
    fn event(&self, event: &Event<'_>) {
        let Some(lines) = CAPTURE.with(|c| c.borrow().clone()) else {
            return;
        };
        let mut line = Line(format!("{} ", event.metadata().level()));
        event.record(&mut line);
        lines
            .0
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .push(line.0);
    }
    fn enter(&self, _: &Id) {}
    fn exit(&self, _: &Id) {}
}
