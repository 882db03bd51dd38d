"""Words that say nothing about which story an article tells, for :mod:`factcheck.feed`.

Written by hand from general knowledge of English: function words of four letters or more (the
grouping reads only words that long) and newsroom furniture that stands in any headline
("breaking", "update", "video", "watch"). Not derived from any data set.
"""

from __future__ import annotations

__all__ = ["STOP_WORDS"]

STOP_WORDS = frozenset(
    """
    about above after again against also among around away back because been before being
    below between both breaking could does doing down during each even every from further
    have having here into just latest like live look made make many more most much must near
    news next only other over says said same should some such than that their them then there
    these they this those through today under until update updated upon very video watch were
    what when where which while will with would your year years week weeks
    """.split()
)
