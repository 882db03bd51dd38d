"""Titles, honorifics, name particles and suffixes for the names stage.

Data source: written by the factcheck developers from general knowledge of English (and Spanish,
Portuguese, Dutch, German, French, Arabic) naming conventions and of the job titles that news
writing puts before a name ("Foreign Minister", "opposition leader", "Charge d'Affaires"). Every
entry is lower case and accent-folded, without trailing periods: callers fold before looking up.
"""

from __future__ import annotations

__all__ = [
    "CONJUNCTIONS",
    "FIRST_NAME_TITLES",
    "PARTICLES",
    "PERSON_TITLES",
    "SUFFIXES",
    "TITLE_HEADS",
    "TITLE_MODIFIERS",
]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Honorifics and titles a person's name can start with, for ``parse_person_name``.
PERSON_TITLES = _words(
    """
    mr mrs ms miss mx mister master madam madame mme mlle messrs mmes dr doctor prof professor
    rev reverend revd fr father pastor pr sir dame lord lady king queen prince princess duke duchess
    earl count countess baron baroness emperor empress sultan sheikh shaikh emir amir
    hon honorable honourable rt right his her excellency majesty highness holiness eminence
    president vice secretary minister premier chancellor senator sen rep representative congressman
    congresswoman governor gov lt lieutenant gen general col colonel maj major capt captain cpt
    sgt sergeant cpl corporal pvt private adm admiral cmdr commander cdr commodore brig brigadier
    marshal officer det detective insp inspector supt superintendent sheriff deputy constable
    judge justice magistrate mag chief coach cardinal bishop archbishop pope rabbi imam ayatollah
    mullah deacon elder brother sister mother uncle aunt saint st mayor ambassador attorney
    associate supreme dean principal chairman chairwoman chair speaker us u.s agent nurse
    """
)

# A lone name after one of these titles is a first name ("Sir Gerald", "Queen Elizabeth").
FIRST_NAME_TITLES = _words(
    """
    sir dame king queen prince princess emperor empress sultan sheikh emir master maid
    uncle aunt brother sister mother father saint pope
    """
)

# Name suffixes: generational and post-nominal letters.
SUFFIXES = _words(
    """
    jr jnr sr snr ii iii iv v vi vii viii ix x 2nd 3rd 4th esq esquire
    md do dds dmd dvm phd ph.d edd psyd jd llb llm mba ma ms msc msced ba bs bsc cpa cfa cfp clu
    chfc lutc rn lpn np pa pe ret qc kc mp mep obe mbe cbe kbe dbe frs usn usmc usaf usa
    """
)

# Particles that begin a compound surname ("de la Vega", "van der Velt", "St. John").
PARTICLES = _words(
    """
    ab abu al am bin ibn bint da dal de degli dei del della dello der des di do dos das du
    el la le lo les los las mac mc san santa st ste ter van vander vel von zu
    """
)

# Words that join two name pieces ("Velasquez y Garcia", "John and Jane").
CONJUNCTIONS = _words("& and et e of the und y")

# Lower-case words that end a title standing before a name in running text.
TITLE_HEADS = _words(
    """
    president vice-president minister secretary counsel whip premier chancellor senator sen
    congressman
    congresswoman representative rep governor gov mayor leader director chief head chairman
    chairwoman chairperson chair ceo cfo coo founder spokesman spokeswoman spokesperson
    ambassador envoy diplomat consul affaires charge candidate nominee figure activist advocate
    commissioner commander general gen admiral adm colonel col major maj captain capt lieutenant lt
    sergeant sgt corporal cpl officer detective det inspector sheriff deputy trooper constable
    prosecutor attorney lawyer judge justice magistrate coach manager professor prof doctor dr
    mr mrs ms miss mx sir dame lord lady king queen prince princess pope cardinal bishop
    archbishop rabbi imam reverend rev pastor father fr sister brother speaker strategist aide
    adviser advisor analyst economist researcher scientist author writer journalist reporter
    correspondent editor columnist anchor host singer actor actress rapper star player
    striker goalkeeper owner president-elect dictator ruler monarch emir sheikh
    sultan premier-elect strongman chief-of-staff victim suspect gunman shooter survivor witness
    resident student freshman sophomore junior teacher principal superintendent supt agent
    nurse paramedic firefighter
    """
)

# Lower-case words that may stand inside a title before its head ("former opposition
# presidential candidate", "interim leader", "top diplomat").
TITLE_MODIFIERS = _words(
    """
    former ex- interim acting deputy vice assistant associate senior junior top chief lead
    foreign defense defence interior finance economy justice health education energy oil trade
    state prime first opposition presidential parliamentary exiled ousted deposed jailed
    detained late then current incoming outgoing new longtime veteran fellow police fire
    army navy military security intelligence national general supreme district county city
    federal special press communications public white house senate majority minority whip
    de d' of the for
    """
)
