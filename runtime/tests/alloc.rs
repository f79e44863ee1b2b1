//! Proves DESIGN.md principle 5: classifying a typical error body with a known code does
//! not touch the heap. A counting global allocator counts per thread, so the test
//! harness's own threads do not disturb the count.

#![allow(unsafe_code)] // a GlobalAlloc impl is unsafe by definition; it only forwards

mod common;

use common::*;
use errspec_runtime::response::redact::{Redacted, redact};
use errspec_runtime::{ApiError, classify};
use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::fmt::Write as _;

struct Counting;

thread_local! {
    // `const` initialisation: reading it never allocates, so the allocator can use it.
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

fn bump() {
    let _ = ALLOCATIONS.try_with(|n| n.set(n.get() + 1));
}

// SAFETY: every call is forwarded unchanged to the system allocator.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        bump();
        // SAFETY: same contract as ours.
        unsafe { System.alloc(layout) }
    }
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        bump();
        // SAFETY: same contract as ours.
        unsafe { System.alloc_zeroed(layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        bump();
        // SAFETY: same contract as ours.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: same contract as ours.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// Heap allocations made by `f` on this thread.
fn allocations<T>(f: impl FnOnce() -> T) -> (usize, T) {
    let before = ALLOCATIONS.with(Cell::get);
    let out = f();
    (ALLOCATIONS.with(Cell::get) - before, out)
}

#[test]
fn the_counter_counts() {
    let (n, v) = allocations(|| vec![1u8; 16]);
    assert_eq!(n, 1);
    drop(v);
}

#[test]
fn classifying_typical_bodies_with_known_codes_allocates_nothing() {
    let known = [
        (429, RATE_LIMIT_BODY, Fx::RateLimitExceeded),
        (401, INVALID_KEY_BODY, Fx::InvalidApiKey),
        (400, CONTEXT_LENGTH_BODY, Fx::ContextLengthExceeded),
        (429, QUOTA_BODY, Fx::InsufficientQuota),
        (500, SERVER_ERROR_BODY, Fx::InternalServerError),
    ];
    for (status, body, expected) in known {
        let (n, c) = allocations(|| {
            let c = classify::<Fx>(status, &HEADERS, body);
            // Read everything, so nothing lazy hides an allocation.
            let d = c.details();
            let _ = (
                d.code(),
                d.message_unredacted(),
                d.error_type(),
                d.param(),
                d.request_id(),
            );
            let _ = (c.category(), c.retry_policy());
            c
        });
        assert_eq!(c.code(), Some(expected));
        assert_eq!(n, 0, "classifying {expected:?} allocated {n} times");
    }
}

#[test]
fn unknown_and_odd_bodies_allocate_nothing_either() {
    for (status, body) in [
        (418, &b"<html>teapot</html>"[..]),
        (
            404,
            br#"{"error":{"code":"brand_new","type":"invalid_request_error"}}"#,
        ),
        (
            429,
            br#"{"error":{"code":429,"status":"RESOURCE_EXHAUSTED","message":"m"}}"#,
        ),
        (
            400,
            br#"{"error":{"code":"content_filter","innererror":{"code":"X","r":[1,{"a":null}]}}}"#,
        ),
    ] {
        let (n, _) = allocations(|| classify::<Fx>(status, &HEADERS, body));
        assert_eq!(n, 0, "{}", String::from_utf8_lossy(body));
    }
}

#[test]
fn google_details_are_read_without_allocating() {
    // `gemini-429-free-tier-daily-1` of the corpus: QuotaFailure and RetryInfo details.
    let body = br#"{"error":{"code":429,"message":"You exceeded your current quota. Please retry in 36.429760048s.","status":"RESOURCE_EXHAUSTED","details":[{"@type":"type.googleapis.com/google.rpc.QuotaFailure","violations":[{"quotaMetric":"generativelanguage.googleapis.com/generate_content_free_tier_requests","quotaId":"GenerateRequestsPerDayPerProjectPerModel-FreeTier","quotaValue":"20"}]},{"@type":"type.googleapis.com/google.rpc.RetryInfo","retryDelay":"36s"}]}}"#;
    let (n, c) = allocations(|| {
        let c = classify::<Fx>(429, &(), body);
        let d = c.details();
        let _ = (d.reason(), d.quota_id(), d.retry_delay());
        let _ = d.retry_after_at(std::time::UNIX_EPOCH);
        c
    });
    assert_eq!(c.details().retry_delay(), Some("36s"));
    assert_eq!(n, 0, "reading Google's details allocated {n} times");
}

#[test]
fn escaped_strings_are_the_only_copies() {
    let body = br#"{"error":{"message":"say \"hi\"","code":"rate_limit_exceeded"}}"#;
    let (n, c) = allocations(|| classify::<Fx>(429, &HEADERS, body));
    assert_eq!(c.details().message_unredacted(), Some("say \"hi\""));
    assert_eq!(n, 1, "only the escaped message is decoded");
}

#[test]
fn redaction_without_secrets_allocates_nothing() {
    let text = "You exceeded your current quota, please check your plan and billing details.";
    let (n, _) = allocations(|| redact(text));
    assert_eq!(n, 0);
    let mut out = String::with_capacity(256);
    let (n, _) = allocations(|| write!(out, "{}", Redacted("key sk-proj-abc in text")));
    assert_eq!(n, 0, "Redacted writes through without a buffer of its own");
    assert_eq!(out, "key sk-proj-**** in text");
}

#[test]
fn owning_the_error_costs_one_allocation_per_kept_field() {
    // Reported, not a target: message, type, code, request id and raw body are copied,
    // and the details boxed.
    let (n, e) = allocations(|| classify::<Fx>(429, &HEADERS, RATE_LIMIT_BODY).into_owned());
    let _: &ApiError<Fx> = &e;
    println!("into_owned of a rate-limit error: {n} allocations");
    assert_eq!(n, 6);
}
