//! A process's share of the fleet's limits, for when Redis is away: `1 / fleet size` of
//! the last known windows and of the retry budget.

use errspec_runtime::retry::budget::{BudgetConfig, RatioConfig};
use errspec_runtime::retry::limiter::{LimitReport, RateLimitReport};

/// What `report` leaves to one of `share` processes: limits and remaining counts divided
/// (a limit never below one), resets and `Retry-After` as they are.
pub(crate) fn report(report: &RateLimitReport, share: u32) -> RateLimitReport {
    RateLimitReport {
        requests: limit(&report.requests, share),
        tokens: limit(&report.tokens, share),
        ..*report
    }
}

fn limit(l: &LimitReport, share: u32) -> LimitReport {
    let share = u64::from(share.max(1));
    LimitReport {
        limit: l.limit.map(|n| (n / share).max(1)),
        remaining: l.remaining.map(|n| n / share),
        reset: l.reset,
    }
}

/// The retry budget one of `share` processes gets: the bucket and the ratio guard's floor
/// divided (never below one retry's worth), costs and percentage as they are.
pub(crate) fn budget(config: BudgetConfig, share: u32) -> BudgetConfig {
    let share = share.max(1);
    let capacity = (config.capacity / share).max(config.retry_cost.max(1));
    BudgetConfig {
        capacity,
        ratio: config.ratio.map(|r| RatioConfig {
            min_retries: (r.min_retries / share).max(1),
            ..r
        }),
        ..config
    }
}

#[cfg(test)]
mod tests {
    use core::time::Duration;

    use super::*;

    #[test]
    fn a_quarter_of_the_window() {
        let full = RateLimitReport {
            status: 429,
            throttle: true,
            requests: LimitReport {
                limit: Some(40),
                remaining: Some(7),
                reset: Some(Duration::from_secs(2)),
            },
            tokens: LimitReport {
                limit: Some(2),
                remaining: None,
                reset: None,
            },
            retry_after: Some(Duration::from_secs(3)),
        };
        let part = report(&full, 4);
        assert_eq!(part.requests.limit, Some(10));
        assert_eq!(part.requests.remaining, Some(1));
        assert_eq!(part.requests.reset, full.requests.reset);
        assert_eq!(part.tokens.limit, Some(1), "never below one");
        assert_eq!((part.retry_after, part.throttle), (full.retry_after, true));
        assert_eq!(report(&full, 0), full, "a fleet of zero is one");
    }

    #[test]
    fn a_quarter_of_the_budget() {
        let part = budget(BudgetConfig::STANDARD, 4);
        assert_eq!(part.capacity, 125);
        assert_eq!(
            part.ratio.map(|r| (r.min_retries, r.percent)),
            Some((2, 20))
        );
        let tiny = budget(
            BudgetConfig {
                capacity: 8,
                ratio: None,
                ..BudgetConfig::STANDARD
            },
            4,
        );
        assert_eq!((tiny.capacity, tiny.ratio), (5, None), "one retry's worth");
    }
}
