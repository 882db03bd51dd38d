"""Cross-source entity index.

PLACEHOLDER first version: mentions grouped by canonical key. Replaced by the names stage proper.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from factcheck.model import Entity, NameMention

__all__ = ["link_entities"]


def link_entities(
    mentions: Mapping[str, Sequence[NameMention]], *, score_cutoff: float = 90.0
) -> list[Entity]:
    """Group name mentions of all sources into entities, in order of first appearance."""
    groups: dict[str, list[tuple[str, NameMention]]] = {}
    for source, names in mentions.items():
        for name in names:
            groups.setdefault(name.canonical, []).append((source, name))
    return [
        Entity(f"E{i}", key, members[0][1].kind, tuple(members))
        for i, (key, members) in enumerate(groups.items(), start=1)
    ]
