//! `rediss://`: TLS with a private CA given in the config (fixtures in `tests/tls`, valid
//! until 2126), and a certificate nobody vouches for falls back.

#![cfg(feature = "tls")]

mod support;

use std::path::Path;

use errspec_redis::Fleet;
use errspec_redis::test_util::RedisServer;
use errspec_runtime::retry::limiter::{Demand, LimiterConfig};
use support::{API_KEY, config, go, guard};

fn fixture(name: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/tls")
        .join(name)
}

#[tokio::test]
async fn rediss_with_a_private_ca_shares() {
    let server = RedisServer::start_tls(&fixture("server.crt"), &fixture("server.key"));
    assert!(server.url().starts_with("rediss://"));
    let ca = std::fs::read(fixture("ca.crt")).expect("the CA fixture");
    guard(async {
        let trusted =
            Fleet::new(config(&server.url()).with_tls_root_certificate(ca)).expect("a TLS client");
        let limiter = trusted.rate_limiter(API_KEY, LimiterConfig::DEFAULT);
        let permit = go(limiter.acquire(Demand::new()).await);
        assert!(permit.is_shared(), "TLS with the private CA");
        permit.release().await;

        // The webpki roots do not know the test CA: the handshake fails, calls fall back.
        let untrusted = Fleet::new(config(&server.url())).expect("a TLS client");
        let limiter = untrusted.rate_limiter(API_KEY, LimiterConfig::DEFAULT);
        assert!(!go(limiter.acquire(Demand::new()).await).is_shared());
    })
    .await;
}
