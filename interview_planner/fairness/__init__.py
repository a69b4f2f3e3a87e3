"""Fairness and reliability figures (pure: no database, no Qt).

* :mod:`.fisher` - Fisher's exact test on a 2x2 table;
* :mod:`.impact` - selection rates, impact ratios and the four-fifths rule;
* :mod:`.reliability` - Spearman-Brown forecasts and interviewer leniency.

The figures are advisory: they describe the process, they never feed the
decision rule (docs/fairness.md).
"""
