//! Which complaint counts of one period may be published (methods.md, privacy).
//!
//! Primary suppression hides a segment value with fewer complaints than
//! `min_cell_size`, and within a published segment value every breakdown cell
//! (category, product, …) below it. Complementary suppression then hides a
//! second cell wherever a single hidden one could be recovered by subtraction
//! from published figures:
//!
//! - per segment: the company total minus the published values' totals;
//! - per segment value and breakdown (a row): the value's total minus its
//!   published cells;
//! - per breakdown key across the values of a segment (a column): the
//!   company's count of that key minus the published values' counts;
//! - the company's own breakdown by the segment's column (`region` mapped to
//!   the same column as a `region` segment): it shows each value's total, so
//!   it hides what the segment hides.
//!
//! Each rule hides the smallest other non-zero cell (ties by key), repeated
//! until no row or column has exactly one hidden cell. This is the usual
//! greedy heuristic, not an optimal (fewest cells) solution. Differences
//! between periods (a quarter minus two of its months) are not protected.

use std::collections::{BTreeMap, BTreeSet, VecDeque};

/// Hides the smallest visible non-zero cell when exactly one non-zero cell of
/// `counts` is hidden, so that no single hidden cell equals the published
/// total minus the rest. Returns the key it hid.
pub fn complement<K: Ord + Clone>(
    counts: &BTreeMap<K, u64>,
    hidden: &mut BTreeSet<K>,
) -> Option<K> {
    let hidden_nonzero = counts
        .iter()
        .filter(|(k, n)| **n > 0 && hidden.contains(*k))
        .count();
    if hidden_nonzero != 1 {
        return None;
    }
    let (smallest, _) = counts
        .iter()
        .filter(|(k, n)| **n > 0 && !hidden.contains(*k))
        .min_by(|a, b| a.1.cmp(b.1).then_with(|| a.0.cmp(b.0)))?;
    hidden.insert(smallest.clone());
    Some(smallest.clone())
}

/// The keys of a one-way table with fewer than `min` (but some) counts, and
/// their complement.
pub fn one_way<K: Ord + Clone>(counts: &BTreeMap<K, u64>, min: u64) -> BTreeSet<K> {
    let mut hidden: BTreeSet<K> = counts
        .iter()
        .filter(|(_, n)| **n > 0 && **n < min)
        .map(|(k, _)| k.clone())
        .collect();
    complement(counts, &mut hidden);
    hidden
}

/// The outcome of suppression in a two-way table.
#[derive(Debug)]
pub struct TwoWay<R, C> {
    pub hidden: BTreeSet<(R, C)>,
    /// Rows left with a single hidden cell because no other cell of theirs
    /// was non-zero and visible: their total must go too.
    pub open_rows: BTreeSet<R>,
    /// Likewise columns: the published company count of such a key must go.
    pub open_columns: BTreeSet<C>,
}

/// The hidden cells of a two-way table of counts (rows: the values of a
/// segment, columns: the keys of a breakdown) whose row totals and column
/// totals are published. Every cell of a row in `hidden_rows` is hidden, and
/// such a row's total is not published, so it has no row equation.
///
/// A complement is chosen, where it can be, so that the cell's other line is
/// not left with one hidden cell and nothing to protect it.
pub fn two_way<R: Ord + Clone, C: Ord + Clone>(
    cells: &BTreeMap<(R, C), u64>,
    hidden_rows: &BTreeSet<R>,
    min: u64,
) -> TwoWay<R, C> {
    let rows: Vec<&R> = cells
        .keys()
        .map(|(r, _)| r)
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let columns: Vec<&C> = cells
        .keys()
        .map(|(_, c)| c)
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let row_of = |r: &R| rows.binary_search(&r).expect("row");
    let column_of = |c: &C| columns.binary_search(&c).expect("column");
    // The non-zero cells as (row, column, count), in key order.
    let nonzero: Vec<(usize, usize, u64)> = cells
        .iter()
        .filter(|(_, n)| **n > 0)
        .map(|((r, c), n)| (row_of(r), column_of(c), *n))
        .collect();
    let mut lines = Lines {
        members: [
            vec![Vec::new(); rows.len()],
            vec![Vec::new(); columns.len()],
        ],
        hidden: [vec![0; rows.len()], vec![0; columns.len()]],
        // A hidden row's total is not published: it has no equation.
        equation: [
            rows.iter().map(|r| !hidden_rows.contains(*r)).collect(),
            vec![true; columns.len()],
        ],
    };
    for (i, &(r, c, _)) in nonzero.iter().enumerate() {
        lines.members[ROW][r].push(i);
        lines.members[COLUMN][c].push(i);
    }
    let mut hidden = vec![false; nonzero.len()];
    let hide = |i: usize, hidden: &mut Vec<bool>, lines: &mut Lines| {
        hidden[i] = true;
        lines.hidden[ROW][nonzero[i].0] += 1;
        lines.hidden[COLUMN][nonzero[i].1] += 1;
    };
    for (i, &(r, _, n)) in nonzero.iter().enumerate() {
        if !lines.equation[ROW][r] || n < min {
            hide(i, &mut hidden, &mut lines);
        }
    }
    // Lines to check, in order: every row, every column, then the other line
    // of each newly hidden cell.
    let mut work: VecDeque<(usize, usize)> = (0..rows.len())
        .map(|r| (ROW, r))
        .chain((0..columns.len()).map(|c| (COLUMN, c)))
        .collect();
    while let Some((kind, line)) = work.pop_front() {
        if !lines.equation[kind][line] || lines.hidden[kind][line] != 1 {
            continue;
        }
        let other = 1 - kind;
        let line_of = |i: usize| {
            if other == ROW {
                nonzero[i].0
            } else {
                nonzero[i].1
            }
        };
        let candidates = lines.members[kind][line]
            .iter()
            .copied()
            .filter(|&i| !hidden[i]);
        // Safe: hiding the cell leaves its other line with two hidden cells,
        // or with another visible one to take as its own complement.
        let safe = |i: &usize| {
            let o = line_of(*i);
            lines.hidden[other][o] >= 1 || lines.members[other][o].len() >= 2
        };
        let smallest = |i: &usize| (nonzero[*i].2, *i);
        let choice = candidates
            .clone()
            .filter(safe)
            .min_by_key(smallest)
            .or_else(|| candidates.min_by_key(smallest));
        if let Some(i) = choice {
            let o = line_of(i);
            hide(i, &mut hidden, &mut lines);
            work.push_back((other, o));
        }
    }
    let open = |kind: usize| -> Vec<usize> {
        (0..lines.hidden[kind].len())
            .filter(|&l| lines.equation[kind][l] && lines.hidden[kind][l] == 1)
            .collect()
    };
    TwoWay {
        hidden: nonzero
            .iter()
            .zip(&hidden)
            .filter(|(_, h)| **h)
            .map(|(&(r, c, _), _)| (rows[r].clone(), columns[c].clone()))
            .collect(),
        open_rows: open(ROW).into_iter().map(|r| rows[r].clone()).collect(),
        open_columns: open(COLUMN)
            .into_iter()
            .map(|c| columns[c].clone())
            .collect(),
    }
}

const ROW: usize = 0;
const COLUMN: usize = 1;

/// The rows (`[ROW]`) and columns (`[COLUMN]`) of a two-way table: the
/// non-zero cells of each, how many of them are hidden, and whether the
/// line's total is published.
struct Lines {
    members: [Vec<Vec<usize>>; 2],
    hidden: [Vec<usize>; 2],
    equation: [Vec<bool>; 2],
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(
        rows: &[(&'static str, &[(&'static str, u64)])],
    ) -> BTreeMap<(&'static str, &'static str), u64> {
        rows.iter()
            .flat_map(|(r, cells)| cells.iter().map(move |(c, n)| ((*r, *c), *n)))
            .collect()
    }

    #[test]
    fn one_small_value_takes_the_next_smallest_with_it() {
        let counts: BTreeMap<&str, u64> = [("a", 40), ("b", 3), ("c", 12), ("d", 15)].into();
        assert_eq!(one_way(&counts, 10), ["b", "c"].into());
        // Two small values protect each other; zero counts are not cells.
        let counts: BTreeMap<&str, u64> = [("a", 40), ("b", 3), ("c", 4), ("z", 0)].into();
        assert_eq!(one_way(&counts, 10), ["b", "c"].into());
        let counts: BTreeMap<&str, u64> = [("a", 40), ("b", 30)].into();
        assert!(one_way(&counts, 10).is_empty());
    }

    #[test]
    fn ties_are_broken_by_key() {
        let counts: BTreeMap<&str, u64> = [("a", 2), ("y", 20), ("x", 20)].into();
        assert_eq!(one_way(&counts, 10), ["a", "x"].into());
    }

    /// Worked by hand: rows north (12 | 3 | 25), south (30 | 14 | 16).
    /// north/b = 3 is primary; the row rule hides north/a (12, the smallest
    /// other); column a has north/a hidden alone, so south/a (30) goes; column b
    /// has north/b alone, so south/b (14) goes; south's row now has two hidden,
    /// and every line has zero or two hidden cells.
    #[test]
    fn rows_and_columns_each_get_a_second_hidden_cell() {
        let cells = table(&[
            ("north", &[("a", 12), ("b", 3), ("c", 25)]),
            ("south", &[("a", 30), ("b", 14), ("c", 16)]),
        ]);
        let hidden = two_way(&cells, &BTreeSet::new(), 10).hidden;
        let expected: BTreeSet<_> = [
            ("north", "a"),
            ("north", "b"),
            ("south", "a"),
            ("south", "b"),
        ]
        .into();
        assert_eq!(hidden, expected);
        assert_no_single_hidden_cell(&cells, &BTreeSet::new(), &hidden);
    }

    /// A hidden row (a segment value below the minimum) hides all its cells;
    /// a column where it is the only hidden cell takes a second one.
    #[test]
    fn a_hidden_row_is_protected_in_its_columns() {
        let cells = table(&[
            ("east", &[("a", 5)]),
            ("north", &[("a", 20), ("b", 40)]),
            ("south", &[("a", 22), ("b", 50)]),
        ]);
        let hidden_rows: BTreeSet<&str> = ["east"].into();
        let hidden = two_way(&cells, &hidden_rows, 10).hidden;
        // east/a alone in column a → north/a (20); north's row → north/b (40);
        // column b → south/b (50); south's row → south/a (22).
        let expected: BTreeSet<_> = [
            ("east", "a"),
            ("north", "a"),
            ("north", "b"),
            ("south", "a"),
            ("south", "b"),
        ]
        .into();
        assert_eq!(hidden, expected);
        assert_no_single_hidden_cell(&cells, &hidden_rows, &hidden);
    }

    #[test]
    fn a_table_of_large_cells_is_published_whole() {
        let cells = table(&[
            ("north", &[("a", 12), ("b", 30)]),
            ("south", &[("a", 10), ("b", 11)]),
        ]);
        let result = two_way(&cells, &BTreeSet::new(), 10);
        assert!(
            result.hidden.is_empty()
                && result.open_rows.is_empty()
                && result.open_columns.is_empty()
        );
    }

    /// A key that occurs in one row only cannot be protected within the
    /// table: its column is open, so the company's count of it must go.
    /// The row's complement avoids the cell whose column it would leave open.
    #[test]
    fn a_key_of_one_row_leaves_its_column_open() {
        let cells = table(&[
            ("north", &[("a", 30), ("b", 20), ("rare", 2)]),
            ("south", &[("a", 25), ("b", 15)]),
        ]);
        let result = two_way(&cells, &BTreeSet::new(), 10);
        // north/rare primary; north's complement is north/b (20, column b has
        // another cell); column b takes south/b (15), south's row south/a
        // (25), column a north/a (30). Column rare has no other cell.
        let all: BTreeSet<_> = cells.keys().copied().collect();
        assert_eq!(result.hidden, all);
        assert_eq!(result.open_columns, ["rare"].into());
        assert!(result.open_rows.is_empty());
    }

    fn assert_no_single_hidden_cell(
        cells: &BTreeMap<(&str, &str), u64>,
        hidden_rows: &BTreeSet<&str>,
        hidden: &BTreeSet<(&str, &str)>,
    ) {
        let count = |keep: &dyn Fn(&(&str, &str)) -> bool| {
            cells
                .iter()
                .filter(|(k, n)| **n > 0 && keep(k) && hidden.contains(*k))
                .count()
        };
        for (r, c) in cells.keys() {
            if !hidden_rows.contains(r) {
                assert_ne!(count(&|k| k.0 == *r), 1, "row {r}");
            }
            assert_ne!(count(&|k| k.1 == *c), 1, "column {c}");
        }
    }
}
