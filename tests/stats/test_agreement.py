"""Rater agreement against known values."""

from __future__ import annotations

import math

import pytest
from sklearn.metrics import cohen_kappa_score

from slant.stats import cohens_kappa, fleiss_kappa, rater_agreement


def test_cohens_kappa_matches_sklearn() -> None:
    a = ["x", "x", "y", "y", "z", "x", "y", "z", "z", "x"]
    b = ["x", "y", "y", "y", "z", "x", "x", "z", "y", "x"]
    assert cohens_kappa(a, b) == pytest.approx(cohen_kappa_score(a, b))


def test_fleiss_kappa_textbook_example() -> None:
    # Fleiss (1971)-style check: 4 items, 3 raters
    ratings = [["a", "a", "a"], ["a", "a", "b"], ["b", "b", "b"], ["a", "b", "b"]]
    # P_i = [1, 1/3, 1, 1/3] -> P_bar = 2/3; p_a = p_b = 1/2 -> P_e = 1/2; kappa = 1/3
    assert fleiss_kappa(ratings) == pytest.approx(1 / 3)
    assert fleiss_kappa([["a", "a"], ["b", "b"]]) == 1.0
    assert math.isnan(fleiss_kappa([["a"], ["b"]]))


def test_rater_agreement_picks_the_statistic() -> None:
    two = rater_agreement({"g1": ["a", "b", "a"], "g2": ["a", "b", "b"]})
    assert "cohens_kappa" in two and two["unanimous"] == pytest.approx(2 / 3)
    three = rater_agreement({"g1": ["a", "b"], "g2": ["a", "b"], "g3": ["a", None]})
    assert three["n"] == 1.0 and "fleiss_kappa" in three
