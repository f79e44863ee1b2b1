//! AUTH comes from the URL; a wrong password is a fault like any other, and never shows.

mod support;

use errspec_redis::test_util::RedisServer;
use errspec_runtime::retry::limiter::{Demand, LimiterConfig};
use support::{API_KEY, fleet, go, guard, recorder};
use tracing::Level;

#[tokio::test]
async fn the_password_in_the_url_is_used_and_never_shown() {
    let recorder = recorder();
    let server = RedisServer::start_with(&["--requirepass", "hunter2-pw"]);
    assert!(server.url().contains(":hunter2-pw@"));
    guard(async {
        let right = fleet(&server.url());
        let permit = go(right
            .rate_limiter(API_KEY, LimiterConfig::DEFAULT)
            .acquire(Demand::new())
            .await);
        assert!(permit.is_shared(), "AUTH with the URL's password");
        permit.release().await;

        let wrong_url = server.url().replace("hunter2-pw", "wrong-pw");
        let wrong = fleet(&wrong_url);
        let permit = go(wrong
            .rate_limiter(API_KEY, LimiterConfig::DEFAULT)
            .acquire(Demand::new())
            .await);
        assert!(!permit.is_shared(), "a refused AUTH falls back");
        assert!(!format!("{wrong:?}").contains("wrong-pw"));
        assert_eq!(
            recorder.count(Level::WARN, &wrong_url),
            1,
            "{:?}",
            recorder.messages(&wrong_url)
        );
        let logged = recorder.messages(&wrong_url).join("\n");
        assert!(
            !logged.contains("wrong-pw") && !logged.contains("hunter2"),
            "{logged}"
        );
    })
    .await;
}
