"""Reviewing annotations: walk through what gold and predictions disagree on.

Each disagreement (``ie.evaluate.errors``: missing, spurious, boundary, label,
norm) is an *item* with a stable hash.  A reviewer decides it — accept the
prediction, keep gold, edit, relabel — and every decision is appended at once
(flushed and fsynced) to a decision log beside the gold,
``<gold>.review.jsonl``.  The gold file is then rewritten atomically from the
log, so a killed review leaves both valid; a torn last log line is ignored.

The log is JSON Lines: a ``base`` entry (the gold as it was when the review
started), then ``decision`` entries (item hash, decision, the gold span it
replaces, the resulting span, a timestamp) and ``undo`` entries.  The gold is
always the base with the decisions that are not undone applied in order.

The package: :mod:`.log` (items, the decision log, the lock),
:mod:`.reports` (summary, listing, agreement), :mod:`.keys` (key presses),
:mod:`.screen` (what a screen shows) and :mod:`.loop` (the reviewer).
"""

from __future__ import annotations

from ..errors import InputError
from .keys import Keys
from .log import KINDS, Filters, Item, ReviewLock, ReviewLog, items_for, log_path
from .loop import Reviewer
from .reports import agreement, kappa, listing, print_agreement, print_listing, print_summary, summary

__all__ = ["Item", "ReviewLog", "ReviewLock", "Filters", "KINDS", "items_for", "review", "summary", "listing",
           "agreement", "kappa", "log_path", "print_summary", "print_listing", "print_agreement", "Keys"]


def review(gold, pred_docs, originals: dict, filters: Filters = Filters(), source: str = "",
           keys: Keys | None = None, console=None) -> dict:
    """Open (or resume) the review of ``gold`` against ``pred_docs``; a
    second session on the same gold is refused (InputError naming the
    holder) while this one runs."""
    from rich.console import Console

    with ReviewLock(gold):
        log = ReviewLog(gold)
        items = items_for(log.base, pred_docs, filters)
        for it in items:
            if it.doc_id not in originals:
                raise InputError(f"{it.doc_id}: no original text (give --texts FOLDER)")
        keys = keys or Keys()
        con = console or Console(highlight=False)
        for m in log.messages:
            con.print(f"ie: {m}", style="bold")
        return Reviewer(log, items, originals, keys, con, source).run()
