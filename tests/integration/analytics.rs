//! Survey analytics (issue 3) on small projects written by the tests: a
//! dataset small enough to work out by hand, and the built-in SERVQUAL
//! instrument on generated answers.

use super::fixture::Fixture;

/// A tiny deterministic generator (Knuth's MMIX linear congruential
/// generator), so that generated data is the same on every run.
pub struct Lcg(u64);

impl Lcg {
    pub fn new(seed: u64) -> Lcg {
        Lcg(seed)
    }

    /// A whole number in `lo..=hi`.
    pub fn int(&mut self, lo: i32, hi: i32) -> i32 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        lo + ((self.0 >> 33) % (hi - lo + 1) as u64) as i32
    }
}

/// One row of `csbook indicators --format csv`.
#[derive(Debug)]
pub struct Row {
    pub indicator: String,
    pub period: String,
    pub segment: String,
    pub segment_value: String,
    pub dimension: String,
    pub item: String,
    pub key: String,
    pub value: String,
    pub n: String,
    pub label: String,
}

pub const HEADER: &str = "indicator,period,segment,segment_value,dimension,item,key,value,n,ci_low,ci_high,share,cum_share,vital_few,label";

/// The observation table as `csbook indicators --format csv` prints it.
pub fn rows(fixture: &Fixture) -> Vec<Row> {
    let out = fixture.run(&["indicators", "--format", "csv", "--quiet"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let mut lines = out.stdout.lines();
    assert_eq!(lines.next(), Some(HEADER));
    lines
        .map(|l| {
            let f: Vec<String> = l.split(',').map(String::from).collect();
            assert_eq!(f.len(), 15, "{l}");
            Row {
                indicator: f[0].clone(),
                period: f[1].clone(),
                segment: f[2].clone(),
                segment_value: f[3].clone(),
                dimension: f[4].clone(),
                item: f[5].clone(),
                key: f[6].clone(),
                value: f[7].clone(),
                n: f[8].clone(),
                label: f[14].clone(),
            }
        })
        .collect()
}

/// The single row of the group `all` at (indicator, period, dimension, item, key).
fn find<'a>(
    rows: &'a [Row],
    indicator: &str,
    period: &str,
    dimension: &str,
    item: &str,
    key: &str,
) -> &'a Row {
    let found: Vec<&Row> = rows
        .iter()
        .filter(|r| {
            r.indicator == indicator
                && r.period == period
                && r.segment == "all"
                && r.segment_value.is_empty()
                && r.dimension == dimension
                && r.item == item
                && r.key == key
        })
        .collect();
    assert_eq!(
        found.len(),
        1,
        "expected one row {indicator} {period} dimension={dimension:?} item={item:?} key={key:?}, found {found:?}"
    );
    found[0]
}

fn num(s: &str) -> f64 {
    s.parse().unwrap_or_else(|_| panic!("not a number: {s:?}"))
}

#[track_caller]
fn assert_close(what: &str, actual: &str, expected: f64) {
    let a = num(actual);
    assert!(
        (a - expected).abs() <= 1e-9 * expected.abs().max(1.0),
        "{what}: {a} != {expected}"
    );
}

/// One dimension (`rel`) with two perception/expectation pairs; `p1` weighs 3
/// in the CS index.
const HAND_INSTRUMENT: &str = "id: hand
na_codes: [99]
dimensions:
  rel: Reliability
items:
  - {id: q_overall, role: overall, scale: 1-7}
  - {id: nps, role: nps, scale: 0-10}
  - {id: p1, role: perception, dimension: rel, scale: 1-7, weight: 3}
  - {id: p2, role: perception, dimension: rel, scale: 1-7}
  - {id: e1, role: expectation, dimension: rel, scale: 1-7, pair: p1}
  - {id: e2, role: expectation, dimension: rel, scale: 1-7, pair: p2}
";

const HAND_PROJECT: &str = "title: Hand-worked
language: en
min_cell_size: 1
survey:
  instrument: instrument.yaml
  responses: responses.csv
";

// Seven respondents in January 2025. r1-r4 answer the SERVQUAL pairs (r1's e2
// is 99, not applicable); r5-r7 answer only the overall and NPS items (r7 skips
// NPS).
//
//        overall nps  p1 p2 e1 e2
//   r1      7    10    7  6  5 99
//   r2      6     9    4  5  6  4
//   r3      7     8    6  3  6  6
//   r4      5     9    5  7  7  4
//   r5      6     3
//   r6      7     9
//   r7      2
//
// Item-level SERVQUAL rows, over respondents with both P and its E valid:
//   p1/e1: r1-r4, n = 4: P = (7+4+6+5)/4 = 5.5, E = (5+6+6+7)/4 = 6.0,
//          gap = mean(2, -2, 0, -2) = -0.5 = 5.5 - 6.0
//   p2/e2: r2-r4 (r1's e2 is n/a), n = 3: P = (5+3+7)/3 = 5.0,
//          E = (4+6+4)/3 = 14/3, gap = mean(1, -3, 3) = 1/3 = 5 - 14/3
//   whereas item_mean of p2 is over all its valid answers: (6+5+3+7)/4 = 5.25.
//
// Dimension `rel`, per respondent over the valid pairs, then over respondents
// with at least one pair (r1-r4, n = 4):
//          P mean       E mean       P-E mean
//   r1     7            5            2
//   r2     (4+5)/2=4.5  (6+4)/2=5    (-2+1)/2=-0.5
//   r3     (6+3)/2=4.5  (6+6)/2=6    (0-3)/2=-1.5
//   r4     (5+7)/2=6    (7+4)/2=5.5  (-2+3)/2=0.5
//   mean   22/4=5.5     21.5/4=5.375 0.5/4=0.125
// The mean of the item gaps would be (-0.5 + 1/3)/2 = -1/12 and the mean over
// all seven pairs -1/7: the respondent-level 0.125 differs from both.
// With one dimension, the overall servqual_gap is 0.125 too (n = 4), and so is
// servqual_weighted (no importance items, no weights: equal weights).
//
// CS index: perception items p1 (weight 3) and p2 (weight 1), answers mapped
// 1..7 -> [5, 15, 25, 35, 50, 70, 90]:
//   p1: 7,4,6,5 -> 90,35,70,50, mean 245/4 = 61.25 (n = 4)
//   p2: 6,5,3,7 -> 70,50,25,90, mean 235/4 = 58.75 (n = 4)
//   cs_index = (3*61.25 + 58.75)/4 = 242.5/4 = 60.625 (unweighted it would be 60)
//   bands start at [0, 10, 20, 30, 40, 60, 80]: 60.625 is in the 6th, level 6,
//   `satisfied`; n = min(4, 4) = 4.
//
// Loyalty quadrant: respondents with overall and NPS valid, r1-r6 (base 6);
// high satisfaction = overall 6 or 7, high loyalty = NPS >= 9:
//   r1 (7,10) loyalist, r2 (6,9) loyalist, r3 (7,8) mercenary,
//   r4 (5,9) hostage, r5 (6,3) mercenary, r6 (7,9) loyalist
//   loyalist 3/6 = 50, mercenary 2/6 = 33.33.., hostage 1/6 = 16.66..,
//   defector 0.
//
// Cronbach's alpha of the perception block (listwise: r1-r4, k = 2):
//   p1 = 7,4,6,5 (sum of squares about the mean 5), p2 = 6,5,3,7 (8.75),
//   totals 13,9,9,12 (12.75): alpha = 2 (1 - 13.75/12.75) = -8/51.
const HAND_RESPONSES: &str = "response_id,date,q_overall,nps,p1,p2,e1,e2
r1,2025-01-03,7,10,7,6,5,99
r2,2025-01-06,6,9,4,5,6,4
r3,2025-01-11,7,8,6,3,6,6
r4,2025-01-17,5,9,5,7,7,4
r5,2025-01-20,6,3,,,,
r6,2025-01-24,7,9,,,,
r7,2025-01-29,2,,,,,
";

#[test]
fn hand_worked_servqual_cs_index_and_loyalty() {
    let f = Fixture::with(&[
        ("csbook.yaml", HAND_PROJECT),
        ("instrument.yaml", HAND_INSTRUMENT),
        ("responses.csv", HAND_RESPONSES),
    ]);
    let r = rows(&f);
    let m = "2025-01";
    let check = |indicator: &str, dimension: &str, item: &str, key: &str, value: f64, n: u64| {
        let row = find(&r, indicator, m, dimension, item, key);
        assert_close(
            &format!("{indicator} dimension={dimension} item={item} key={key}"),
            &row.value,
            value,
        );
        assert_eq!(
            row.n,
            n.to_string(),
            "n of {indicator} dimension={dimension} item={item} key={key}"
        );
    };
    assert_close(
        "responses",
        &find(&r, "responses", m, "", "", "").value,
        7.0,
    );

    // item-level pairs
    check("perception_mean", "rel", "p1", "", 5.5, 4);
    check("expectation_mean", "rel", "p1", "", 6.0, 4);
    check("servqual_gap", "rel", "p1", "", -0.5, 4);
    check("perception_mean", "rel", "p2", "", 5.0, 3);
    check("expectation_mean", "rel", "p2", "", 14.0 / 3.0, 3);
    check("servqual_gap", "rel", "p2", "", 1.0 / 3.0, 3);
    check("item_mean", "rel", "p2", "", 5.25, 4);
    // P - E = gap, item by item, as printed
    for item in ["p1", "p2"] {
        let p = num(&find(&r, "perception_mean", m, "rel", item, "").value);
        let e = num(&find(&r, "expectation_mean", m, "rel", item, "").value);
        let g = num(&find(&r, "servqual_gap", m, "rel", item, "").value);
        assert!((p - e - g).abs() < 1e-12, "{item}: {p} - {e} != {g}");
    }

    // dimension: respondent-level aggregation
    check("perception_mean", "rel", "", "", 5.5, 4);
    check("expectation_mean", "rel", "", "", 5.375, 4);
    check("servqual_gap", "rel", "", "", 0.125, 4);
    let item_gaps = (-0.5 + 1.0 / 3.0) / 2.0;
    let dim_gap = num(&find(&r, "servqual_gap", m, "rel", "", "").value);
    assert!(
        (dim_gap - item_gaps).abs() > 0.1,
        "the dimension gap is the mean of the item gaps"
    );
    check("servqual_gap", "", "", "", 0.125, 4);
    check("servqual_weighted", "", "", "", 0.125, 4);

    // CS index and its level
    check("cs_index", "", "", "", 60.625, 4);
    check("cs_level", "", "", "", 6.0, 4);
    assert_eq!(find(&r, "cs_level", m, "", "", "").label, "satisfied");

    // satisfaction-loyalty quadrant
    check("loyalty_quadrant", "", "", "loyalist", 50.0, 6);
    check("loyalty_quadrant", "", "", "mercenary", 200.0 / 6.0, 6);
    check("loyalty_quadrant", "", "", "hostage", 100.0 / 6.0, 6);
    check("loyalty_quadrant", "", "", "defector", 0.0, 6);

    // reliability of the perception block
    check("cronbach_alpha", "rel", "", "perception", -8.0 / 51.0, 4);

    // the quarter holds the same single month
    let q = find(&r, "servqual_gap", "2025-Q1", "rel", "", "");
    assert_close("servqual_gap 2025-Q1", &q.value, 0.125);
}

/// The dimensions of the standard SERVQUAL instrument and their statements.
const SERVQUAL_DIMENSIONS: [(&str, std::ops::RangeInclusive<usize>); 5] = [
    ("tangibles", 1..=4),
    ("reliability", 5..=9),
    ("responsiveness", 10..=13),
    ("assurance", 14..=17),
    ("empathy", 18..=22),
];

#[test]
fn builtin_servqual22_instrument() {
    // 48 respondents, 24 in each of January and February 2025. Each dimension
    // gets its own bias on P and E so that a statement counted under the wrong
    // dimension changes the gap.
    let mut rng = Lcg::new(22);
    let mut csv = String::from("response_id,date,q_overall,nps,ces");
    for i in 1..=22 {
        csv.push_str(&format!(",p{i}"));
    }
    for i in 1..=22 {
        csv.push_str(&format!(",e{i}"));
    }
    csv.push('\n');
    let dim_of = |i: usize| {
        SERVQUAL_DIMENSIONS
            .iter()
            .position(|(_, r)| r.contains(&i))
            .unwrap()
    };
    // sum of (P - E) per month (0, 1) and dimension, and the pair count
    let mut gap_sum = [[0i64; 5]; 2];
    let mut pairs = [[0i64; 5]; 2];
    for r in 0..48 {
        let month = r / 24;
        let date = format!("2025-0{}-{:02}", month + 1, 1 + r % 24);
        let mut line = format!(
            "r{r},{date},{},{},{}",
            rng.int(1, 7),
            rng.int(0, 10),
            rng.int(1, 7)
        );
        let mut p = [0i32; 23];
        let mut e = [0i32; 23];
        for i in 1..=22 {
            let d = dim_of(i) as i32;
            // P around 2 + d, E around 6 - d/2
            p[i] = (1 + d + rng.int(0, 2)).clamp(1, 7);
            e[i] = (5 - d / 2 + rng.int(0, 2)).clamp(1, 7);
        }
        for answer in &p[1..] {
            line.push_str(&format!(",{answer}"));
        }
        for i in 1..=22 {
            line.push_str(&format!(",{}", e[i]));
            gap_sum[month][dim_of(i)] += i64::from(p[i] - e[i]);
            pairs[month][dim_of(i)] += 1;
        }
        csv.push_str(&line);
        csv.push('\n');
    }
    let project = "title: Built-in SERVQUAL
language: en
min_cell_size: 1
survey:
  instrument: servqual22
  responses: responses.csv
";
    let f = Fixture::with(&[("csbook.yaml", project), ("responses.csv", &csv)]);
    // no instrument file: the name is the built-in one
    std::fs::remove_file(f.path().join("instrument.yaml")).unwrap();
    let out = f.run(&["build", "--quiet"]);
    assert_eq!(out.code, 0, "{}", out.stderr);

    let text = std::fs::read_to_string(f.path().join("site/data/indicators.csv")).unwrap();
    let mut lines = text.lines();
    assert_eq!(lines.next(), Some(HEADER));
    let table: Vec<Vec<&str>> = lines.map(|l| l.split(',').collect()).collect();
    let all_rows = |indicator: &str, period: &str| -> Vec<&Vec<&str>> {
        table
            .iter()
            .filter(|f| f[0] == indicator && f[1] == period && f[2] == "all")
            .collect()
    };
    for (month, period) in ["2025-01", "2025-02"].iter().enumerate() {
        // one dimension-level gap per SERVQUAL dimension, and no other
        let gaps: Vec<_> = all_rows("servqual_gap", period)
            .into_iter()
            .filter(|f| !f[4].is_empty() && f[5].is_empty())
            .collect();
        let mut dims: Vec<&str> = gaps.iter().map(|f| f[4]).collect();
        dims.sort();
        assert_eq!(
            dims,
            [
                "assurance",
                "empathy",
                "reliability",
                "responsiveness",
                "tangibles"
            ],
            "{period}"
        );
        for (d, (dim, items)) in SERVQUAL_DIMENSIONS.iter().enumerate() {
            let row = gaps.iter().find(|f| f[4] == *dim).unwrap();
            // every answer valid: each respondent has every pair, so the
            // respondent-level mean is the mean over all pairs
            let expected = gap_sum[month][d] as f64 / pairs[month][d] as f64;
            assert_eq!(pairs[month][d], 24 * items.clone().count() as i64);
            assert_close(&format!("servqual_gap {period} {dim}"), row[7], expected);
            assert_eq!(row[8], "24", "n of servqual_gap {period} {dim}");
        }
        // Cronbach's alpha per dimension and block, over the 24 complete respondents
        let alphas = all_rows("cronbach_alpha", period);
        for (dim, _) in SERVQUAL_DIMENSIONS {
            for block in ["perception", "expectation", "gap"] {
                let row = alphas
                    .iter()
                    .find(|f| f[4] == dim && f[6] == block)
                    .unwrap_or_else(|| panic!("no cronbach_alpha {period} {dim} {block}"));
                assert!(num(row[7]).is_finite(), "{row:?}");
                assert!(num(row[7]) <= 1.0, "{row:?}");
                assert_eq!(row[8], "24", "{row:?}");
            }
        }
    }
    // the quarter merges both months
    let q = all_rows("servqual_gap", "2025-Q1");
    let tangibles = q
        .iter()
        .find(|f| f[4] == "tangibles" && f[5].is_empty())
        .unwrap();
    let expected = (gap_sum[0][0] + gap_sum[1][0]) as f64 / (pairs[0][0] + pairs[1][0]) as f64;
    assert_close("servqual_gap 2025-Q1 tangibles", tangibles[7], expected);
    assert_eq!(tangibles[8], "48");
}

#[test]
fn item_figures_in_commentary() {
    // An item belongs to one dimension, so `item=` names its row; the row
    // exists (n = 4 >= min_cell_size 1), so the figure is a number, never the
    // suppression marker. Values from the hand-worked table above.
    let md = "---\ntitle: January\nperiod: 2025-01\n---\n\n\
        ITEM-A: {{ value(\"item_mean\", item=\"p2\") }} ;\n\n\
        ITEM-B: {{ value(\"item_mean\", dimension=\"rel\", item=\"p2\") }} ;\n\n\
        ITEM-C: {{ value(\"servqual_gap\", item=\"p1\") }} ;\n\n\
        ITEM-D: {{ value(\"item_mean\", item=\"q_overall\") }} ;\n";
    let f = Fixture::with(&[
        ("csbook.yaml", HAND_PROJECT),
        ("instrument.yaml", HAND_INSTRUMENT),
        ("responses.csv", HAND_RESPONSES),
        ("content/commentary/2025-01.md", md),
    ]);
    let out = f.run(&["build", "--quiet"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let page = std::fs::read_to_string(f.path().join("site/reports/2025-01.html")).unwrap();
    let figure = |label: &str| {
        let start = page.find(label).unwrap_or_else(|| panic!("no {label}")) + label.len();
        let len = page[start..].find(" ;").unwrap();
        page[start..start + len].trim().to_string()
    };
    // q_overall: (7+6+7+5+6+7+2)/7 = 40/7 = 5.714..
    assert_eq!(figure("ITEM-D:"), "5.71");
    assert_eq!(figure("ITEM-B:"), "5.25");
    let only_item = [
        ("item_mean, item=p2", figure("ITEM-A:"), "5.25"),
        ("servqual_gap, item=p1", figure("ITEM-C:"), "−0.50"),
    ];
    let wrong: Vec<_> = only_item
        .iter()
        .filter(|(_, got, want)| got != want)
        .collect();
    assert!(
        wrong.is_empty(),
        "figures with item= but no dimension= (call, got, expected): {wrong:?}"
    );
}
