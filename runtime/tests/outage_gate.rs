//! The outage wait (issue #14, item 1): once the retry budget refuses retries, calls wait
//! behind one probe instead of failing, and go when it succeeds. No real time passes: a
//! recording sleeper and a fixed clock, futures polled by hand, or a paused tokio clock
//! with attempts answered in process.

mod support;

use std::cell::Cell;
use std::future::{Future, pending};
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::task::{Context, Poll, Wake, Waker};
use std::time::Duration;

use errspec_runtime::rand::FixedFraction;
use errspec_runtime::retry::StopReason;
use errspec_runtime::retry::budget::{BudgetConfig, RetryBudget};
use errspec_runtime::retry::executor::{AttemptContext, RetryExecutor};
use errspec_runtime::time::ManualClock;
use errspec_runtime::time::RecordingSleeper;
use errspec_runtime::{AttemptError, RetryError, Success};
use support::catalog::{TestCode, openai_body};

type Outcome = Result<Success<()>, RetryError<TestCode>>;

fn unavailable() -> String {
    openai_body("The server is overloaded", "server_error", None)
}

/// An executor whose budget refuses every retry, so the first failure trips the gate.
/// The test catalog's 503 strategy: immediate, then 0.5 s doubling to 8 s (no jitter).
fn tripping(sleeper: &RecordingSleeper) -> RetryExecutor<RecordingSleeper> {
    RetryExecutor::new()
        .sleeper(sleeper.clone())
        .rng(FixedFraction(0.0))
        .clock(ManualClock::new(support::t0()))
        .budget(RetryBudget::new(BudgetConfig {
            capacity: 0,
            ratio: None,
            ..BudgetConfig::STANDARD
        }))
}

/// Runs one blocking call whose attempts answer `statuses` in turn (then 200); returns
/// its outcome and the attempts it sent.
fn call(executor: &RetryExecutor<RecordingSleeper>, statuses: &[u16]) -> (Outcome, usize) {
    let sent = Cell::new(0);
    let body = unavailable();
    let outcome = executor.run_blocking(|ctx| {
        let n = sent.get();
        sent.set(n + 1);
        match statuses.get(n) {
            Some(&status) => {
                Err(ctx.failure::<TestCode, _>(status, &[("x", "y")], body.as_bytes()))
            }
            None => Ok(()),
        }
    });
    (outcome, sent.get())
}

/// Runs one blocking call whose first attempt meets the outage and whose later ones
/// answer with `then`; returns its outcome and the attempts it sent.
fn trip_then(
    executor: &RetryExecutor<RecordingSleeper>,
    mut then: impl FnMut(&AttemptContext) -> Result<(), AttemptError<TestCode>>,
) -> (Outcome, usize) {
    let body = unavailable();
    let mut sent = 0;
    let outcome = executor.run_blocking(|ctx| {
        sent += 1;
        if sent == 1 {
            Err(down(&ctx, &body))
        } else {
            then(&ctx)
        }
    });
    (outcome, sent)
}

/// The outage's answer to an attempt.
fn down(ctx: &AttemptContext, body: &str) -> AttemptError<TestCode> {
    ctx.failure(503, &[("x", "y")], body.as_bytes())
}

fn ms(n: u64) -> Duration {
    Duration::from_millis(n)
}

#[test]
fn a_call_waits_out_an_outage_behind_probes_spaced_by_its_strategy() {
    let sleeper = RecordingSleeper::default();
    let executor = tripping(&sleeper).max_attempts(10);
    let (outcome, sent) = call(&executor, &[503, 503, 503, 503]);
    let done = outcome.expect("the outage ends while it waits");
    assert_eq!((sent, done.history.len()), (5, 5));
    // The refused retry was the strategy's first (immediate): the probes follow its next
    // delays, 0.5 s, 1 s, 2 s, 4 s.
    assert_eq!(
        sleeper.delays(),
        vec![ms(500), ms(1000), ms(2000), ms(4000)]
    );
    let waited: Vec<_> = done.history.iter().map(|r| r.delay_waited).collect();
    assert_eq!(waited, vec![ms(500), ms(1000), ms(2000), ms(4000), ms(0)]);
    let budget = executor.retry_budget().expect("a budget");
    assert_eq!(budget.available(), 0, "the waits cost no budget");

    // The same, asynchronously: the recording sleeper never leaves a future pending.
    let sleeper = RecordingSleeper::default();
    let executor = tripping(&sleeper).max_attempts(10);
    let sent = Cell::new(0);
    let body = unavailable();
    let call = executor.run(|ctx| {
        sent.set(sent.get() + 1);
        let outcome = if sent.get() <= 4 {
            Err(down(&ctx, &body))
        } else {
            Ok(())
        };
        async move { outcome }
    });
    let done = poll_once(&mut Box::pin(call), &flag().0)
        .expect("finished in one poll")
        .expect("the outage ends");
    assert_eq!(done.history.len(), 5);
    assert_eq!(
        sleeper.delays(),
        vec![ms(500), ms(1000), ms(2000), ms(4000)]
    );
}

#[test]
fn a_probe_spends_the_calls_own_attempts() {
    let sleeper = RecordingSleeper::default();
    // The strategy's three attempts: the first, then two probes.
    let (outcome, sent) = call(&tripping(&sleeper), &[503; 10]);
    let e = outcome.expect_err("503 throughout");
    assert_eq!(sent, 3);
    assert_eq!(e.reason, StopReason::AttemptsExhausted { attempts: 3 });
    assert_eq!(sleeper.delays(), vec![ms(500), ms(1000)]);
}

#[test]
fn a_call_that_cannot_wait_for_the_next_probe_stops_at_once() {
    let sleeper = RecordingSleeper::default();
    let executor = tripping(&sleeper).deadline(ms(300));
    let (outcome, sent) = call(&executor, &[503; 10]);
    let e = outcome.expect_err("no time to wait");
    assert_eq!(sent, 1);
    let reason = StopReason::Outage {
        next_probe: ms(500),
        left: ms(300),
    };
    assert_eq!(e.reason, reason);
    assert_eq!(reason.as_str(), "outage");
    assert!(e.to_string().contains("the service is down"), "{e}");
    assert_eq!(e.history[0].stop, Some(reason), "the record names it");
    assert!(sleeper.delays().is_empty(), "no wait was started");

    // A new call, with nothing to return yet, sends its one attempt, then stops the same
    // way.
    let (outcome, sent) = call(&executor, &[503; 10]);
    assert_eq!(sent, 1);
    assert_eq!(outcome.expect_err("still down").reason, reason);

    // `outage_wait` bounds the wait as a deadline does.
    let sleeper = RecordingSleeper::default();
    let executor = tripping(&sleeper).without_deadline().outage_wait(ms(200));
    let (outcome, _) = call(&executor, &[503; 10]);
    let left = ms(200);
    assert_eq!(
        outcome.expect_err("waits 200 ms at most").reason,
        StopReason::Outage {
            next_probe: ms(500),
            left
        }
    );
}

#[test]
fn with_the_wait_off_a_refused_retry_stops_the_call() {
    let sleeper = RecordingSleeper::default();
    let executor = tripping(&sleeper).outage_wait(Duration::ZERO);
    let (outcome, sent) = call(&executor, &[503; 10]);
    assert_eq!(sent, 1);
    assert_eq!(
        outcome.expect_err("fails fast").reason,
        StopReason::BudgetExhausted
    );
    // And the next call is not held either.
    let (outcome, sent) = call(&executor, &[]);
    assert!(outcome.is_ok());
    assert_eq!(sent, 1);
    assert!(sleeper.delays().is_empty());
}

#[test]
fn clones_share_the_gate_and_a_success_closes_it() {
    let sleeper = RecordingSleeper::default();
    let executor = tripping(&sleeper).deadline(ms(300));
    let clone = executor.clone().deadline(Duration::from_secs(60));
    let (outcome, _) = call(&executor, &[503]);
    assert!(matches!(
        outcome.expect_err("stops").reason,
        StopReason::Outage { .. }
    ));
    // The clone's call waits for the probe time before it sends anything: it is the probe.
    let (outcome, sent) = call(&clone, &[]);
    assert_eq!((outcome.is_ok(), sent), (true, 1));
    assert_eq!(sleeper.delays(), vec![ms(500)]);
    // Its success closed the gate: the next call goes at once.
    let (outcome, sent) = call(&executor, &[]);
    assert_eq!((outcome.is_ok(), sent), (true, 1));
    assert_eq!(sleeper.delays(), vec![ms(500)]);
}

#[test]
fn a_probe_answered_with_an_error_never_retried_ends_the_outage() {
    let sleeper = RecordingSleeper::default();
    let executor = tripping(&sleeper);
    let (outcome, sent) = call(&executor, &[503, 401]);
    assert_eq!(sent, 2);
    assert_eq!(outcome.expect_err("401").reason, StopReason::NotRetryable);
    assert_eq!(sleeper.delays(), vec![ms(500)]);
    // The service answers: calls go at once.
    let (outcome, sent) = call(&executor, &[]);
    assert_eq!((outcome.is_ok(), sent), (true, 1));
    assert_eq!(sleeper.delays(), vec![ms(500)]);
}

/// A waker that notes it was woken.
struct Flag(AtomicBool);

impl Wake for Flag {
    fn wake(self: Arc<Self>) {
        self.0.store(true, Ordering::SeqCst);
    }
}

fn flag() -> (Waker, Arc<Flag>) {
    let flag = Arc::new(Flag(AtomicBool::new(false)));
    (Waker::from(flag.clone()), flag)
}

fn poll_once<F: Future>(call: &mut Pin<Box<F>>, waker: &Waker) -> Option<F::Output> {
    match call.as_mut().poll(&mut Context::from_waker(waker)) {
        Poll::Ready(output) => Some(output),
        Poll::Pending => None,
    }
}

/// Checks the queue at the gate holds `n` calls.
type QueueCheck<'a> = &'a dyn Fn(&RetryExecutor<RecordingSleeper>, usize);

fn debug_shows_queued(executor: &RetryExecutor<RecordingSleeper>, n: usize) {
    let debug = format!("{executor:?}");
    assert!(debug.contains(&format!("queued: {n},")), "{debug}");
}

#[test]
fn calls_dropped_while_queued_or_probing_leave_nothing_behind() {
    dropped_while_queued_or_probing(&debug_shows_queued);
}

/// The queue's length goes to the `errspec.calls.queued` gauge, as it changes.
#[cfg(feature = "metrics")]
#[test]
fn the_queue_at_the_gate_is_a_gauge() {
    use metrics_util::debugging::{DebugValue, DebuggingRecorder};

    let recorder = DebuggingRecorder::new();
    let snapshotter = recorder.snapshotter();
    let gauge_shows_queued = |executor: &RetryExecutor<RecordingSleeper>, n: usize| {
        debug_shows_queued(executor, n);
        let value = snapshotter
            .snapshot()
            .into_vec()
            .into_iter()
            .find(|(key, ..)| key.key().name() == "errspec.calls.queued")
            .map(|(.., value)| value);
        let Some(DebugValue::Gauge(value)) = value else {
            panic!("no gauge: {value:?}");
        };
        assert_eq!(value.into_inner(), n as f64);
    };
    metrics::with_local_recorder(&recorder, || {
        dropped_while_queued_or_probing(&gauge_shows_queued)
    });
}

/// A probe that hangs, two calls queued behind it, one dropped, then the probe dropped:
/// `queued` checks the queue's length along the way.
fn dropped_while_queued_or_probing(queued: QueueCheck<'_>) {
    let sleeper = RecordingSleeper::default();
    let executor = tripping(&sleeper).without_deadline();
    let body = unavailable();
    // Call A trips the gate, waits for the probe time and sends the probe, which hangs.
    let a_sent = Cell::new(0);
    let mut a = Box::pin(executor.run(|ctx| {
        a_sent.set(a_sent.get() + 1);
        let failure = down(&ctx, &body);
        let first = a_sent.get() == 1;
        async move {
            if !first {
                pending::<()>().await;
            }
            Err::<(), _>(failure)
        }
    }));
    assert!(poll_once(&mut a, &flag().0).is_none());
    assert_eq!(
        a_sent.get(),
        2,
        "the first attempt, then the probe in flight"
    );
    assert_eq!(sleeper.delays(), vec![ms(500)]);

    // B and C queue behind the probe without sending.
    let b_sent = Cell::new(0);
    let mut b = Box::pin(executor.run(|_| {
        b_sent.set(b_sent.get() + 1);
        async { Ok::<(), AttemptError<TestCode>>(()) }
    }));
    let c_sent = Cell::new(0);
    let mut c = Box::pin(executor.run(|_| {
        c_sent.set(c_sent.get() + 1);
        async { Ok::<(), AttemptError<TestCode>>(()) }
    }));
    let (b_waker, b_woken) = flag();
    assert!(poll_once(&mut b, &b_waker).is_none());
    assert!(poll_once(&mut c, &flag().0).is_none());
    assert_eq!((b_sent.get(), c_sent.get()), (0, 0));
    assert!(
        format!("{executor:?}").contains("waiting: 2"),
        "{executor:?}"
    );
    queued(&executor, 2);

    // C gives up (a timeout, a cancelled task): its place in the queue goes with it.
    drop(c);
    assert!(
        format!("{executor:?}").contains("waiting: 1"),
        "{executor:?}"
    );
    queued(&executor, 1);
    assert!(!b_woken.0.load(Ordering::SeqCst));

    // A is dropped with its probe in flight: B is woken, and becomes the probe.
    drop(a);
    assert!(b_woken.0.load(Ordering::SeqCst), "the queue was told");
    let done = poll_once(&mut b, &b_waker)
        .expect("B probes and finishes")
        .expect("the service is back");
    assert_eq!((b_sent.get(), done.history.len()), (1, 1));
    assert!(
        format!("{executor:?}").contains("open: false"),
        "{executor:?}"
    );
    assert!(
        format!("{executor:?}").contains("waiting: 0"),
        "{executor:?}"
    );
    queued(&executor, 0);
}

/// Tokio's paused time, as wall time from the tests' fixed instant: the budget's
/// one-second window boundaries fall at the same place in every run.
#[cfg(feature = "tokio")]
#[derive(Clone, Copy, Debug)]
struct PausedClock(tokio::time::Instant);

#[cfg(feature = "tokio")]
impl errspec_runtime::time::Clock for PausedClock {
    fn now(&self) -> std::time::SystemTime {
        support::t0() + self.0.elapsed()
    }
}

/// The scenario, in process on a paused tokio clock: a call every 30 ms, every
/// attempt a 503 for 3 s, each attempt taking 20 ms; the executor's defaults (budget with
/// its ratio guard, rate limiter). Once the guard trips, calls queue behind one probe.
#[cfg(feature = "tokio")]
#[tokio::test(start_paused = true)]
async fn a_three_second_outage_costs_almost_nothing() {
    use errspec_runtime::time::TokioSleeper;
    use std::sync::atomic::AtomicUsize;
    use tokio::time::{Instant, sleep};

    let start = Instant::now();
    let (from, to) = (Duration::from_secs(1), Duration::from_secs(4));
    let executor = RetryExecutor::new()
        .sleeper(TokioSleeper)
        .clock(PausedClock(start))
        .rng(FixedFraction(0.5));
    // Requests the "server" received while the outage lasted, and in flight then.
    let during = Arc::new(AtomicUsize::new(0));
    let (in_flight, most) = (Arc::new(AtomicUsize::new(0)), Arc::new(AtomicUsize::new(0)));
    let body: Arc<str> = unavailable().into();
    let mut calls = Vec::new();
    for i in 0..200u32 {
        let issued = Duration::from_millis(30) * i;
        sleep(issued.saturating_sub(start.elapsed())).await;
        let (executor, during, in_flight, most, body) = (
            executor.clone(),
            during.clone(),
            in_flight.clone(),
            most.clone(),
            body.clone(),
        );
        calls.push(tokio::spawn(async move {
            let outcome: Outcome = executor
                .run(|ctx| {
                    let (during, in_flight, most, body) = (
                        during.clone(),
                        in_flight.clone(),
                        most.clone(),
                        body.clone(),
                    );
                    async move {
                        let at = start.elapsed();
                        let in_outage = at >= from && at < to;
                        if in_outage {
                            during.fetch_add(1, Ordering::SeqCst);
                            let now = in_flight.fetch_add(1, Ordering::SeqCst) + 1;
                            most.fetch_max(now, Ordering::SeqCst);
                        }
                        sleep(Duration::from_millis(20)).await;
                        if in_outage {
                            in_flight.fetch_sub(1, Ordering::SeqCst);
                            Err(down(&ctx, &body))
                        } else {
                            Ok(())
                        }
                    }
                })
                .await;
            (issued, outcome.map(|done| done.history.len()))
        }));
    }
    let mut results = Vec::new();
    for call in calls {
        results.push(call.await.expect("the call's task"));
    }
    let issued_during: Vec<_> = results
        .iter()
        .filter(|(at, _)| *at >= from && *at < to)
        .collect();
    let ok_during = issued_during.iter().filter(|(_, r)| r.is_ok()).count();
    // Calls running at some point during the outage: issued before its end, and not
    // finished before its start (those issued before `from` finish within 20 ms).
    let met = results
        .iter()
        .filter(|(at, _)| *at < to && *at + Duration::from_millis(20) > from)
        .count();
    let requests = during.load(Ordering::SeqCst);
    assert_eq!(issued_during.len(), 100);
    assert!(
        ok_during * 100 >= 95 * issued_during.len(),
        "{ok_during} of {} succeeded",
        issued_during.len()
    );
    assert!(
        requests as f64 <= 1.2 * met as f64,
        "{requests} requests for {met} calls"
    );
    assert!(
        results
            .iter()
            .filter(|(at, _)| *at >= to)
            .all(|(_, r)| r.is_ok()),
        "every call after the outage succeeds"
    );
    assert!(most.load(Ordering::SeqCst) <= 2, "no burst: {most:?}");
    println!("{requests} requests for {met} calls; {ok_during} of 100 succeeded");
}

/// Blocking calls on threads: one waits for the answer to the probe another has in
/// flight, and goes when it succeeds. Each step waits for the state it needs (a message,
/// or the gate showing the waiting call), so the outcome never depends on scheduling.
#[test]
fn a_blocking_call_waits_for_the_probe_in_flight() {
    use std::sync::mpsc::channel;

    let sleeper = RecordingSleeper::default();
    let executor = tripping(&sleeper);
    let (in_flight, probe_sent) = channel::<()>();
    let (answer, answered) = channel::<()>();
    let prober = {
        let executor = executor.clone();
        std::thread::spawn(move || {
            let (outcome, sent) = trip_then(&executor, |_| {
                // The probe: in flight until the test answers it.
                in_flight.send(()).expect("the test listens");
                answered.recv().expect("the test answers");
                Ok(())
            });
            (outcome.is_ok(), sent)
        })
    };
    probe_sent.recv().expect("the probe goes out");
    let waiter = {
        let executor = executor.clone();
        std::thread::spawn(move || call(&executor, &[]))
    };
    while !format!("{executor:?}").contains("waiting: 1") {
        std::thread::yield_now();
    }
    answer.send(()).expect("the prober listens");
    assert_eq!(prober.join().expect("no panic"), (true, 2));
    let (outcome, sent) = waiter.join().expect("no panic");
    assert_eq!(
        (outcome.is_ok(), sent),
        (true, 1),
        "it sent only once the probe succeeded"
    );
    assert_eq!(
        sleeper.delays(),
        vec![ms(500)],
        "only the prober waited for the probe time"
    );
    assert!(
        format!("{executor:?}").contains("waiting: 0"),
        "{executor:?}"
    );
}

#[test]
fn a_probe_that_could_not_be_sent_says_nothing_about_the_outage() {
    use errspec_runtime::retry::executor::TransportKind;

    let sleeper = RecordingSleeper::default();
    let executor = tripping(&sleeper);
    let (outcome, sent) = trip_then(&executor, |_| {
        Err(AttemptError::Transport {
            error: "relative URL without a base".into(),
            kind: TransportKind::Fatal,
        })
    });
    assert_eq!(outcome.expect_err("fatal").reason, StopReason::NotRetryable);
    assert_eq!(sent, 2);
    // The gate stays open: the next call waits for the probe time, then probes.
    assert!(
        format!("{executor:?}").contains("open: true"),
        "{executor:?}"
    );
    let (outcome, sent) = call(&executor, &[]);
    assert_eq!((outcome.is_ok(), sent), (true, 1));
    assert_eq!(sleeper.delays(), vec![ms(500), ms(500)]);
    assert!(
        format!("{executor:?}").contains("open: false"),
        "{executor:?}"
    );
}

/// Against a real server on 127.0.0.1: the probe waits the delay the server asked for
/// (`Retry-After` replaces the strategy's backoff), a call whose outage wait is shorter
/// stops with the outage named, and one that can wait goes when the probe succeeds.
#[cfg(all(feature = "reqwest", feature = "tokio"))]
#[tokio::test]
async fn a_probe_waits_the_delay_the_server_asked_for() {
    use errspec_runtime::integrations::reqwest::send_with_retry;
    use support::server::{Reply, Server};

    let server = Server::start(vec![
        Reply::new(503, unavailable()).header("retry-after", "3"),
        Reply::ok(),
    ]);
    let sleeper = RecordingSleeper::default();
    // (A deadline shorter than the server's delay would stop the call before the budget
    // is asked, `DeadlineExceeded`: the outage wait's own bound is what is left here.)
    let impatient = tripping(&sleeper).outage_wait(Duration::from_secs(1));
    let patient = impatient.clone().outage_wait(Duration::MAX);
    let client = reqwest::Client::new();
    let url = server.url("/v1/chat/completions");

    let e = send_with_retry::<TestCode, _>(&impatient, client.get(&url))
        .await
        .expect_err("cannot wait 3 s");
    let (next_probe, left) = (Duration::from_secs(3), Duration::from_secs(1));
    assert_eq!(e.reason, StopReason::Outage { next_probe, left });
    assert_eq!(server.hits(), 1);

    let done = send_with_retry::<TestCode, _>(&patient, client.get(&url))
        .await
        .expect("the probe succeeds");
    assert_eq!(done.history.len(), 1);
    assert_eq!(server.hits(), 2, "one request each");
    assert_eq!(sleeper.delays(), vec![Duration::from_secs(3)]);
}

/// The gate says when it opens (a warning, with the wait before the first probe) and when
/// it closes (with the outage failures seen), between the attempts' own events.
#[cfg(feature = "tracing")]
#[test]
fn the_gate_opening_and_closing_are_events() {
    let lines = support::trace_lines::Lines::default();
    let sleeper = RecordingSleeper::default();
    let executor = tripping(&sleeper).max_attempts(10);
    let (outcome, _) = lines.capture(|| call(&executor, &[503, 503]));
    assert!(outcome.is_ok());
    let lines = lines.lines();
    let find = |text: &str| {
        lines
            .iter()
            .position(|l| l.contains(text))
            .unwrap_or_else(|| panic!("no `{text}` in {lines:#?}"))
    };
    let (opened, closed) = (find("outage: the retry budget"), find("outage over"));
    assert!(opened < closed, "{lines:#?}");
    assert!(lines[opened].starts_with("WARN "), "{}", lines[opened]);
    assert!(
        lines[opened].contains("next_probe_ms=500"),
        "{}",
        lines[opened]
    );
    assert!(lines[closed].starts_with("INFO "), "{}", lines[closed]);
    assert!(lines[closed].contains("failures=2"), "{}", lines[closed]);
}

/// With `Fallbacks`, a call waits out an alternative's outage only when it has nowhere
/// else to go: with another endpoint open, the refused retry stops it on the failing one
/// and it falls back at once, whether the wait is on or off.
#[test]
fn fallbacks_fall_back_at_once_while_another_alternative_is_open() {
    use errspec_runtime::time::Clock;
    use errspec_runtime::time::ManualClock;
    use errspec_runtime::{Fallbacks, Hop};
    use std::net::SocketAddr;
    use support::server::{Reply, Server};

    let run = |wait: Duration| {
        let (down, up) = (
            Server::start(vec![Reply::new(503, unavailable())]),
            Server::start(vec![Reply::ok()]),
        );
        let clock = ManualClock::new(support::t0());
        let executor = empty_budget_on(&clock).outage_wait(wait);
        let endpoints = Fallbacks::new(executor, [down.addr(), up.addr()]);
        let done = endpoints
            .run_blocking(|to: Hop<'_, SocketAddr>, ctx| get(*to, &ctx))
            .expect("the second endpoint answers");
        let elapsed = clock
            .now()
            .duration_since(support::t0())
            .unwrap_or_default();
        let stop = done.history[0].stop;
        (done.route().to_vec(), elapsed, stop)
    };
    // One attempt where it fails, then the other endpoint at once: with the wait on, the
    // refused retry opened the first endpoint's gate and the call stopped at it; with the
    // wait off there is no gate, and the budget stopped it.
    let (route, elapsed, stop) = run(Duration::MAX);
    assert_eq!((route, elapsed), (vec![0, 1], Duration::ZERO));
    assert!(matches!(stop, Some(StopReason::Outage { .. })), "{stop:?}");
    let (route, elapsed, stop) = run(Duration::ZERO);
    assert_eq!((route, elapsed), (vec![0, 1], Duration::ZERO));
    assert_eq!(stop, Some(StopReason::BudgetExhausted));
}

/// With `Fallbacks`, each alternative has its own gate: while the first endpoint's outage
/// is on, a new call goes straight to the second, and once the first's probe is due, a
/// call goes there as the probe (and falls back when it fails).
#[test]
fn fallbacks_route_around_an_open_gate_and_probe_it_when_due() {
    use errspec_runtime::time::ManualClock;
    use errspec_runtime::{Fallbacks, Hop};
    use std::net::SocketAddr;
    use support::server::{Reply, Server};

    let (down, up) = (
        Server::start(vec![Reply::new(503, unavailable())]),
        Server::start(vec![Reply::ok()]),
    );
    let clock = ManualClock::new(support::t0());
    let executor = empty_budget_on(&clock);
    let endpoints = Fallbacks::new(executor, [down.addr(), up.addr()]).cooldown(
        0,
        Duration::ZERO,
        Duration::ZERO,
    );
    let call = || {
        endpoints
            .run_blocking(|to: Hop<'_, SocketAddr>, ctx| get(*to, &ctx))
            .expect("the second endpoint answers")
            .route()
            .to_vec()
    };
    // The first call's refused retry opens the first endpoint's gate; it falls back.
    assert_eq!(call(), vec![0, 1]);
    assert_eq!(down.hits(), 1);
    // The first probe is 0.5 s away: a new call goes straight to the second endpoint.
    assert_eq!(call(), vec![1]);
    assert_eq!(
        down.hits(),
        1,
        "no request to the endpoint whose outage is on"
    );
    // Once the probe is due, a call is the probe: it fails, and the call falls back.
    clock.advance(ms(500));
    assert_eq!(call(), vec![0, 1]);
    assert_eq!(down.hits(), 2);
    // The next probe is 1 s later: until then the first endpoint is left alone.
    assert_eq!(call(), vec![1]);
    assert_eq!(down.hits(), 2);
}

/// One GET of `/v1/chat` on `to`, as a `Fallbacks` attempt.
fn get(to: std::net::SocketAddr, ctx: &AttemptContext) -> Result<(), AttemptError<TestCode>> {
    match support::server::blocking_get(to, "/v1/chat") {
        Ok(r) if r.status < 400 => Ok(()),
        Ok(r) => Err(ctx.failure(r.status, &r.headers, &r.body)),
        Err(e) => Err(AttemptError::transport(
            e,
            errspec_runtime::retry::executor::TransportKind::Connection,
        )),
    }
}

/// An executor on virtual time (its clock moves by what it sleeps) whose budget allows no
/// retry: the first refused retry opens the outage gate.
fn empty_budget_on(
    clock: &errspec_runtime::time::ManualClock,
) -> RetryExecutor<support::clock::ClockSleeper> {
    RetryExecutor::new()
        .sleeper(support::clock::ClockSleeper(clock.clone()))
        .clock(clock.clone())
        .rng(FixedFraction(0.0))
        .budget(RetryBudget::new(BudgetConfig {
            capacity: 0,
            ratio: None,
            ..BudgetConfig::STANDARD
        }))
}
