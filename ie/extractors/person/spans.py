"""Spans a person layer looks up by bisection, never by a scan: the ranges
taken so far (:class:`_Intervals`) and the document's COUNTRY spans
(:class:`_Countries`)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

__all__ = ["_Intervals", "_Countries"]


class _Intervals:
    """Spans taken so far; overlap tests by bisection, not by a scan."""

    def __init__(self, spans):
        self.spans = sorted(spans)
        self.starts = [a for a, _ in self.spans]
        self.reach = []  # the furthest end among spans up to each index
        far = -1
        for _, b in self.spans:
            far = max(far, b)
            self.reach.append(far)

    def overlaps(self, a, b) -> bool:
        k = bisect_right(self.starts, b - 1)  # spans starting before b
        return k > 0 and self.reach[k - 1] > a

    def starts_within(self, lo, hi) -> bool:
        """Does a span start in [lo, hi)?"""
        k = bisect_left(self.starts, lo)
        return k < len(self.starts) and self.starts[k] < hi

    def last_end(self, lo, hi):
        """The end of the last span that starts in [lo, hi), or None."""
        k = bisect_left(self.starts, hi) - 1
        return self.spans[k][1] if k >= 0 and self.starts[k] >= lo else None

    def add(self, a, b):
        k = bisect_right(self.starts, a)
        self.spans.insert(k, (a, b))
        self.starts.insert(k, a)
        self.reach.insert(k, max(b, self.reach[k - 1] if k else -1))
        for i in range(k + 1, len(self.reach)):
            if self.reach[i] >= self.reach[i - 1]:
                break
            self.reach[i] = self.reach[i - 1]


class _Countries:
    """The COUNTRY spans, sorted, with lookups by bisection (they never overlap)."""

    def __init__(self, spans):
        self.spans = sorted(spans, key=lambda c: (c.start, c.end))
        self.starts = [c.start for c in self.spans]

    def __iter__(self):
        return iter(self.spans)

    def at(self, pos):
        """The country that starts at ``pos``."""
        k = bisect_left(self.starts, pos)
        return self.spans[k] if k < len(self.spans) and self.starts[k] == pos else None

    def covering(self, pos):
        k = bisect_right(self.starts, pos) - 1
        return self.spans[k] if k >= 0 and pos < self.spans[k].end else None

    def within(self, lo, hi):
        """The countries that start in [lo, hi)."""
        return self.spans[bisect_left(self.starts, lo):bisect_left(self.starts, hi)]

    def first_in(self, lo, hi):
        """The first country that starts in [lo, hi)."""
        k = bisect_left(self.starts, lo)
        return self.spans[k] if k < len(self.spans) and self.starts[k] < hi else None

    def overlaps(self, a, b):
        k = bisect_left(self.starts, b)  # countries starting before b
        return (k > 0 and self.spans[k - 1].end > a) or (k > 1 and self.spans[k - 2].end > a)
