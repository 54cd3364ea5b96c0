//! Loyalty from customer activity (methods.md M11): `retention_rate` and
//! `churn_rate` per month (activity definition: a customer is active in a month
//! with at least one purchase), and `repurchase_rate` over the twelve months
//! ending at each month (`YYYY-MM-TTM`), for all customers.

use rustc_hash::FxHashMap;

use super::{Group, Observation};
use crate::dataset::activity::Activity;
use crate::period::{Month, Period};

/// Months in the repurchase window.
const WINDOW: usize = 12;

pub fn observations(activity: &Activity, months: &[Month]) -> Vec<Observation> {
    let all = Group::all();
    let empty = FxHashMap::default();
    let active = |m: &Month| activity.months.get(m).unwrap_or(&empty);
    let percent =
        |part: usize, whole: usize| (whole > 0).then(|| 100.0 * part as f64 / whole as f64);
    let first = activity.months.keys().next().copied();
    let last = activity.months.keys().next_back().copied();
    let covered: Vec<Month> = months
        .iter()
        .copied()
        .filter(|m| first.is_some_and(|f| *m >= f) && last.is_some_and(|l| *m <= l))
        .collect();
    let mut out = Vec::new();
    for pair in covered.windows(2) {
        let (before, now) = (active(&pair[0]), active(&pair[1]));
        let kept = before.keys().filter(|c| now.contains_key(c)).count();
        let retention = percent(kept, before.len());
        let period = Period::Month(pair[1]);
        let base = before.len() as u64;
        out.push(Observation::new(
            id!("retention_rate"),
            period,
            &all,
            retention,
            base,
        ));
        out.push(Observation::new(
            id!("churn_rate"),
            period,
            &all,
            retention.map(|r| 100.0 - r),
            base,
        ));
    }
    for window in covered.windows(WINDOW) {
        let mut purchases: FxHashMap<u32, u64> = FxHashMap::default();
        for m in window {
            for (&c, &p) in active(m) {
                *purchases.entry(c).or_default() += p;
            }
        }
        let again = purchases.values().filter(|&&p| p >= 2).count();
        out.push(Observation::new(
            id!("repurchase_rate"),
            Period::Trailing(window[WINDOW - 1]),
            &all,
            percent(again, purchases.len()),
            purchases.len() as u64,
        ));
    }
    out
}
