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

/// The global subscriber: every event to the capture of its thread, if any, with the
/// fields of the spans it happened in (innermost last) after its own.
struct Router;

/// The spans' fields, by id.
static SPANS: Mutex<Vec<String>> = Mutex::new(Vec::new());

thread_local! {
    /// The spans this thread is in, innermost last.
    static ENTERED: RefCell<Vec<u64>> = const { RefCell::new(Vec::new()) };
}

impl Subscriber for Router {
    fn enabled(&self, _: &Metadata<'_>) -> bool {
        true
    }
    fn new_span(&self, span: &Attributes<'_>) -> Id {
        let mut line = Line(String::new());
        span.record(&mut line);
        let mut spans = SPANS.lock().unwrap_or_else(PoisonError::into_inner);
        spans.push(line.0);
        Id::from_u64(spans.len() as u64)
    }
    fn record(&self, _: &Id, _: &Record<'_>) {}
    fn record_follows_from(&self, _: &Id, _: &Id) {}
    fn event(&self, event: &Event<'_>) {
        let Some(lines) = CAPTURE.with(|c| c.borrow().clone()) else {
            return;
        };
        let mut line = Line(format!("{} ", event.metadata().level()));
        event.record(&mut line);
        let spans = SPANS.lock().unwrap_or_else(PoisonError::into_inner);
        ENTERED.with(|entered| {
            for id in entered.borrow().iter() {
                line.0.push_str(&spans[*id as usize - 1]);
            }
        });
        lines
            .0
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .push(line.0);
    }
    fn enter(&self, id: &Id) {
        ENTERED.with(|entered| entered.borrow_mut().push(id.into_u64()));
    }
    fn exit(&self, id: &Id) {
        ENTERED.with(|entered| {
            let mut entered = entered.borrow_mut();
            if let Some(at) = entered.iter().rposition(|&e| e == id.into_u64()) {
                entered.remove(at);
            }
        });
    }
}
