"""Fisher's exact test for a 2x2 table, two-sided.

Why exact and not chi-squared: hiring samples are small (a stage may see a
dozen candidates of a group), where the chi-squared approximation is poor.
The two-sided p-value sums the probabilities of every table with the same
margins that is no more likely than the observed one (the usual definition,
as in R's ``fisher.test``), computed with log-factorials so large counts do
not overflow.
"""

from __future__ import annotations

from math import exp, lgamma

# Tables whose probability is within this relative distance of the observed one count as "as likely".
_RELATIVE_TOLERANCE = 1e-7


def _log_choose(n: int, k: int) -> float:
    return lgamma(n + 1) - lgamma(k + 1) - lgamma(n - k + 1)


def table_probability(a: int, b: int, c: int, d: int) -> float:
    """Hypergeometric probability of the table [[a, b], [c, d]] given its margins."""
    return exp(_log_choose(a + b, a) + _log_choose(c + d, c) - _log_choose(a + b + c + d, a + c))


def fisher_exact(a: int, b: int, c: int, d: int) -> float:
    """Two-sided p-value of [[a, b], [c, d]] (rows: groups; columns: selected, not selected)."""
    if min(a, b, c, d) < 0:
        raise ValueError("counts must not be negative")
    row1, col1, n = a + b, a + c, a + b + c + d
    if n == 0:
        return 1.0
    observed = table_probability(a, b, c, d)
    low, high = max(0, col1 - (n - row1)), min(row1, col1)
    total = 0.0
    for x in range(low, high + 1):
        p = table_probability(x, row1 - x, col1 - x, n - row1 - col1 + x)
        if p <= observed * (1 + _RELATIVE_TOLERANCE):
            total += p
    return min(1.0, total)
