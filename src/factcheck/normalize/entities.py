"""The cross-source entity index: which name mentions of several sources denote one entity.

Rules, applied in this order (each merge is refused when it would put two people with
incompatible full names in one entity, so "Delcy Rodriguez" and "Jorge Rodriguez" never merge):

1. Same key: mentions whose canonical keys are equal after folding and the alias tables
   ("US" = "U.S." = "United States" = "the United States of America"; "CIA" = "Central
   Intelligence Agency") form one group.
2. Full names of people: equal first and last words with optional middle names or initials
   ("John T. McNamara" = "John McNamara"), or, for names of as many words, a rapidfuzz
   ``ratio`` of at least ``score_cutoff`` with compatible first names ("Delcy Rodriguez" =
   "Delcy Rodrigues"). A different last word is a different person ("Nicolás Maduro Guerra"
   is not "Nicolás Maduro").
3. Acronyms: an all-capital mention ("TBI") joins the one organization whose initials spell it
   ("Tennessee Bureau of Investigation").
4. Organizations with a country in front ("Venezuelan Foreign Ministry") join the same
   organization without it ("Foreign Ministry").
5. Short forms: a lone surname ("Maduro") joins the one person whose full name holds it; when
   two people hold it ("Rodriguez" with Delcy and Jorge), it stays an entity of its own.
6. Organizations and places of one kind whose keys have a rapidfuzz ``ratio`` of at least
   ``score_cutoff``.

.. versionadded:: 0.1
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

from rapidfuzz import fuzz

from factcheck.errors import InvalidArgument
from factcheck.model import Entity, NameMention
from factcheck.normalize import _gazetteer as _gz
from factcheck.normalize.names import _alias, name_key, persons_compatible

__all__ = ["DEFAULT_SCORE_CUTOFF", "link_entities"]

#: The rapidfuzz ``ratio`` (0-100) two keys need to count as spelling variants of one name.
#: 88 accepts one wrong or missing letter in a ten-letter surname ("Rodrigues") and refuses
#: names that share a surname but not a first name ("Delcy Rodriguez" / "Jorge Rodriguez": 73).
DEFAULT_SCORE_CUTOFF = 88.0

_SKIP_INITIALS = frozenset("of the and for de del la los las y to in on at".split())


class _Group:
    """Mentions that share one key."""

    __slots__ = ("acronym", "first", "key", "kinds", "members", "words")

    def __init__(self, key: str, first: int) -> None:
        self.key = key
        self.words = key.split()
        self.first = first
        self.kinds: Counter[str] = Counter()
        self.members: list[tuple[int, str, NameMention]] = []
        self.acronym = False

    @property
    def kind(self) -> str:
        real = [(n, k) for k, n in self.kinds.items() if k != "other"]
        if not real:
            return "other"
        return max(real)[1]


class _Clusters:
    """Union-find over groups that refuses to merge incompatible people."""

    def __init__(self, groups: list[_Group]) -> None:
        self.groups = groups
        self.parent = list(range(len(groups)))
        self.persons: list[list[list[str]]] = [
            [g.words] if g.kind == "person" and len(g.words) >= 2 else [] for g in groups
        ]
        self.kinds: list[set[str]] = [{g.kind} - {"other"} for g in groups]

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int, cutoff: float) -> bool:
        ri, rj = self.find(i), self.find(j)
        if ri == rj:
            return True
        ki, kj = self.kinds[ri], self.kinds[rj]
        if ki and kj and ki != kj:
            return False
        for a in self.persons[ri]:
            for b in self.persons[rj]:
                if not _same_person(a, b, cutoff):
                    return False
        if self.groups[rj].first < self.groups[ri].first:
            ri, rj = rj, ri
        self.parent[rj] = ri
        self.persons[ri].extend(self.persons[rj])
        self.kinds[ri] |= self.kinds[rj]
        return True


def _first_names_ok(a: str, b: str, cutoff: float) -> bool:
    if a == b:
        return True
    if len(a) == 1 or len(b) == 1:
        return a[:1] == b[:1]
    return fuzz.ratio(a, b) >= cutoff


def _same_person(a: list[str], b: list[str], cutoff: float) -> bool:
    """Whether two full names (word lists) can denote one person."""
    if persons_compatible(a, b):
        return True
    return (
        len(a) == len(b)
        and _first_names_ok(a[0], b[0], cutoff)
        and fuzz.ratio(a[-1], b[-1]) >= cutoff
        and fuzz.ratio(" ".join(a), " ".join(b)) >= cutoff
    )


def _check(mentions: object, score_cutoff: object) -> None:
    if not isinstance(mentions, Mapping):
        msg = f"mentions={mentions!r} must be a mapping of source id to name mentions"
        raise InvalidArgument(msg)
    for source, names in mentions.items():
        if not isinstance(source, str):
            msg = f"source id {source!r} must be a str"
            raise InvalidArgument(msg)
        if isinstance(names, (str, bytes)) or not isinstance(names, Sequence):
            msg = f"mentions[{source!r}]={names!r} must be a sequence of NameMention"
            raise InvalidArgument(msg)
        for m in names:
            if not isinstance(m, NameMention):
                msg = f"mentions[{source!r}] holds {m!r}, which is not a NameMention"
                raise InvalidArgument(msg)
    if isinstance(score_cutoff, bool) or not isinstance(score_cutoff, (int, float)):
        msg = f"score_cutoff={score_cutoff!r} must be a number in [0, 100]"
        raise InvalidArgument(msg)
    if not 0 <= score_cutoff <= 100:
        msg = f"score_cutoff={score_cutoff!r} must be in [0, 100]"
        raise InvalidArgument(msg)


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w not in _SKIP_INITIALS and w)


def _core(words: list[str]) -> list[str]:
    """An organization's words without the countries and nationalities in front."""
    i = 0
    while i < len(words) - 1 and (
        words[i] in _gz.NATIONALITIES or words[i] in _gz.PLACES or words[i] in _gz.ALIASES
    ):
        i += 1
    if i and words[0] in ("united",) and len(words) > 2:
        i = max(i, 2)
    return words[i:]


def link_entities(
    mentions: Mapping[str, Sequence[NameMention]], *, score_cutoff: float = DEFAULT_SCORE_CUTOFF
) -> list[Entity]:
    """Group the name mentions of several sources into entities.

    Args:
        mentions: for each source id, in source order, its name mentions (as from
            :func:`factcheck.normalize.names.parse_names`).
        score_cutoff: the rapidfuzz ``ratio`` (0-100) at which two keys count as spelling
            variants of one name; see :data:`DEFAULT_SCORE_CUTOFF`.

    Returns:
        The entities ("E1", "E2", …) in order of first appearance (source order as given,
        then offset); each holds its mentions in that order, with its canonical key and kind.

    Raises:
        InvalidArgument: if ``mentions`` is not a mapping of str to sequences of
            ``NameMention``, or ``score_cutoff`` is not a number in [0, 100].

    >>> from factcheck.normalize.names import parse_names
    >>> ents = link_entities({"a": parse_names("John T. McNamara went to the U.S."),
    ...                       "b": parse_names("McNamara, John McNamara and the United States.")})
    >>> [(e.id, e.canonical, e.kind, len(e.mentions)) for e in ents]
    [('E1', 'john mcnamara', 'person', 3), ('E2', 'united states', 'place', 2)]
    """
    _check(mentions, score_cutoff)
    cutoff = float(score_cutoff)
    groups: list[_Group] = []
    by_key: dict[str, int] = {}
    order = 0
    for source, names in mentions.items():
        for m in sorted(names, key=lambda n: (n.span.start, n.span.end)):
            key = _alias(name_key(m.canonical or m.text)) or name_key(m.text)
            gi = by_key.get(key)
            if gi is None:
                gi = by_key[key] = len(groups)
                groups.append(_Group(key, order))
            g = groups[gi]
            g.members.append((order, source, m))
            g.kinds[m.kind] += 1
            plain = m.text.replace(".", "")
            if len(plain) >= 2 and plain.isupper() and " " not in plain:
                g.acronym = True
            order += 1
    uf = _Clusters(groups)

    # 2. full names of people
    persons = [i for i, g in enumerate(groups) if g.kind == "person" and len(g.words) >= 2]
    blocks: dict[str, list[int]] = {}
    for i in persons:
        blocks.setdefault(groups[i].words[0][:1], []).append(i)
    for members in blocks.values():
        for x, i in enumerate(members):
            for j in members[x + 1 :]:
                if _same_person(groups[i].words, groups[j].words, cutoff):
                    uf.union(i, j, cutoff)

    # 3. acronyms
    initials: dict[str, list[int]] = {}
    for i, g in enumerate(groups):
        if g.kind in ("organization", "place") and len(g.words) >= 2:
            initials.setdefault(_initials(g.words), []).append(i)
    for i, g in enumerate(groups):
        if g.acronym and len(g.words) == 1 and g.kind in ("organization", "other"):
            found = {uf.find(j) for j in initials.get(g.key, [])}
            if len(found) == 1:
                uf.union(i, found.pop(), cutoff)

    # 4. organizations with a country in front
    for i, g in enumerate(groups):
        if g.kind == "organization" and len(g.words) >= 2:
            core = " ".join(_core(g.words))
            target = by_key.get(core)
            if (
                core != g.key
                and target is not None
                and groups[target].kind in ("organization", "other")
            ):
                uf.union(i, target, cutoff)

    # 5. short forms: a lone surname
    for i, g in enumerate(groups):
        if len(g.words) != 1 or g.kind not in ("person", "other"):
            continue
        w = g.words[0]
        roots = {uf.find(j) for j in persons if w in groups[j].words[1:]}
        if len(roots) == 1:
            uf.union(i, roots.pop(), cutoff)

    # 6. spelling variants of organizations and places
    others: dict[tuple[str, str], list[int]] = {}
    for i, g in enumerate(groups):
        if g.kind in ("organization", "place") and len(g.key) >= 4:
            others.setdefault((g.kind, g.key[:1]), []).append(i)
    for members in others.values():
        for x, i in enumerate(members):
            for j in members[x + 1 :]:
                if fuzz.ratio(groups[i].key, groups[j].key) >= cutoff:
                    uf.union(i, j, cutoff)

    clusters: dict[int, list[int]] = {}
    for i in range(len(groups)):
        clusters.setdefault(uf.find(i), []).append(i)
    ordered = sorted(clusters.values(), key=lambda c: min(groups[i].first for i in c))
    out: list[Entity] = []
    for n, members in enumerate(ordered, start=1):
        mentions_ = sorted((m for i in members for m in groups[i].members), key=lambda t: t[0])
        kinds: Counter[str] = Counter(m.kind for _, _, m in mentions_ if m.kind != "other")
        kind = max(kinds.items(), key=lambda kv: (kv[1], kv[0]))[0] if kinds else "other"
        canonical = _pick_canonical([groups[i] for i in members], kind)
        out.append(Entity(f"E{n}", canonical, kind, tuple((s, m) for _, s, m in mentions_)))
    return out


def _pick_canonical(groups: list[_Group], kind: str) -> str:
    """The key of the cluster: the most frequent full name for people, else the most frequent."""
    pool = [g for g in groups if len(g.words) >= 2] if kind == "person" else groups
    if not pool:
        pool = groups
    best = max(pool, key=lambda g: (len(g.members), -g.first))
    return best.key
