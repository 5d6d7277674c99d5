"""The one calendar (models/calendar.json) agrees with Python's and is what every reader uses."""

from __future__ import annotations

import calendar as stdlib_calendar

from pipeline.text import calendar_names


def test_calendar_months_and_weekdays_match_python():
    assert calendar_names.MONTHS == {
        stdlib_calendar.month_name[n].lower(): n for n in range(1, 13)}
    assert calendar_names.WEEKDAYS == {
        stdlib_calendar.day_name[i].lower(): i for i in range(7)}
    for form, number in calendar_names.MONTH_FORMS.items():
        assert stdlib_calendar.month_name[number].lower().startswith(form[:3])
    for form, index in calendar_names.WEEKDAY_FORMS.items():
        assert stdlib_calendar.day_name[index].lower().startswith(form[:3])


def test_calendar_is_the_only_month_list():
    """No module keeps a month table of its own."""
    from pathlib import Path

    root = Path(calendar_names.__file__).resolve().parents[1]
    for path in root.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert '"january", "february"' not in text and "january february march" not in text, path
        assert "january|february" not in text, path


def test_calendar_alternation_tries_the_longest_form_first():
    import re

    pattern = re.compile(rf"\b(?:{calendar_names.alternation(calendar_names.MONTH_FORMS)})\b")
    assert pattern.match("september").group() == "september"
    assert pattern.match("sept").group() == "sept"
