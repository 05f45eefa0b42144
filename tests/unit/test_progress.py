from __future__ import annotations

import io
import sys

from interceptnews import progress


class FakeTTY(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_shows_on_a_terminal_and_is_silent_in_ci(monkeypatch):
    monkeypatch.setattr(sys, "stderr", FakeTTY())
    monkeypatch.delenv("CI", raising=False)
    assert progress.progress_enabled()
    monkeypatch.setenv("CI", "true")
    assert not progress.progress_enabled()
    assert list(progress.track(range(3), "x", total=3)) == [0, 1, 2]


def test_progress_is_silent_in_a_pipe(monkeypatch):
    monkeypatch.setattr(sys, "stderr", io.StringIO())
    monkeypatch.delenv("CI", raising=False)
    assert not progress.progress_enabled()
