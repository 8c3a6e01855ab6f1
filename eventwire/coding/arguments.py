"""Who did it to whom: source and target of a trigger from Turkish case marking.

The subject is a nominative actor before the verb, or the noun a participle modifies
("kaydeden Wang"); the target is marked by the dative, accusative or "ile"; in reported
speech the speaker is the source of what he says his side did or will do, and the
genitive subject of the reported clause is acted on ("-mesi gerektiğini": an appeal to it).
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from eventwire.coding.actors import LOCAL_SECTORS, NON_STATE_ARMED, Mention, implied_country
from eventwire.lang.pack import VerbEntry
from eventwire.ontology import is_mutual

TARGET_CASES = ("comitative", "dative", "accusative")


@dataclass(slots=True)
class Clause:
    """The stretch of tokens that belongs to one trigger."""

    start: int  # first token after the previous trigger or speech verb
    trigger_start: int
    trigger_end: int


def actors_in(mentions: list[Mention], lo: int, hi: int, cases: tuple[str, ...]) -> list[Mention]:
    """Actor mentions that stand in tokens [lo, hi) and in one of `cases` (not one that the verb phrase at hi
    begins inside: "Dışişleri Bakanlığına çağırdı" is where the ambassador is summoned)."""
    return [m for m in mentions if lo <= m.start and m.end <= hi and m.case in cases and m.is_actor]


def nominative_before(mentions: list[Mention], lo: int, hi: int) -> Mention | None:
    found = actors_in(mentions, lo, hi, ("nominative",))
    return found[0] if found else None


def last_nominative(mentions: list[Mention], clause: Clause, exclude: Mention | None) -> Mention | None:
    found = [m for m in actors_in(mentions, clause.start, clause.trigger_start, ("nominative",)) if m is not exclude]
    return found[-1] if found else None


def first_genitive(mentions: list[Mention], clause: Clause,
                   possessor_at: Callable[[int], bool] | None = None,
                   relative_at: Callable[[int], bool] | None = None) -> Mention | None:
    """The genitive subject of a nominalised clause. A country in the genitive that owns an
    office named later in the clause ("Mısır'ın ... Cumhurbaşkanı Mursi'ye") is that office's
    possessor, not the subject; so is one right before a possessed noun in a case, when
    `possessor_at` says so of the word after it ("İsrail'in kuzeyine": a place), and one whose
    relative verb (`relative_at`) stands before the trigger ("Irak'ın attığı adımları")."""
    found = [m for m in actors_in(mentions, clause.start, clause.trigger_start, ("genitive",))
             if not m.modifier]  # "Ukrayna krizinin çözümü": a name in a compound owns nothing
    for genitive in found:
        if possessor_at is not None and possessor_at(genitive.end):
            continue
        # the verb's subject is the nearest genitive before it; one right before the trigger describes the act
        # itself ("Rus güçlerinin Harkiv'e düzenlediği füze saldırısında"), whose doer the genitive stays
        if relative_at is not None and any(relative_at(j) and not any(g.start < j for g in found if g.start > genitive.start)
                                           for j in range(genitive.end, clause.trigger_start - 1)):
            continue
        owned = any(genitive.end <= m.start < clause.trigger_start and m.kind in ("office", "person")
                    and m.code == genitive.code and m.case != "genitive" for m in mentions)
        if not (genitive.kind == "country" and owned):
            return genitive
    return None


def addressee(mentions: list[Mention], clause: Clause, source: Mention, noun_call: bool = False) -> Mention | None:
    """Who an appeal asks: the first accusative party of the clause ("Rusya'yı Ukrayna ile
    müzakereye çağırdı"); later ones belong to the act asked for. None when a genitive comes first
    ("İsrail'in tutukluları bırakmasını istedi": the genitive subject of that act is asked), or, for a
    call made as a noun (`noun_call`), a dative ("Azerbaycan'a esirleri bırakma çağrısında bulundu": the
    dative is asked). A party no code stands for, in the accusative, is asked wherever it stands
    ("uluslararası toplumu")."""
    inside = [m for m in mentions if clause.start <= m.start < clause.trigger_start and not m.same_actor(source)]
    uncoded = next((m for m in inside if m.kind == "uncoded" and m.case == "accusative"), None)
    if uncoded is not None:
        return uncoded
    for m in inside:
        if m.is_actor and (m.case == "genitive" or (noun_call and m.case == "dative")):
            return None
        if m.is_actor and m.case == "accusative":
            return m
    return None


def mention_at(mentions: list[Mention], index: int) -> Mention | None:
    return next((m for m in mentions if m.start == index and m.is_actor), None)


def agent_of_passive(mentions: list[Mention], tokens, clause: Clause, agent_word: str) -> Mention | None:
    """"X tarafından": the doer of a passive verb."""
    for j in range(clause.trigger_start - 1, clause.start - 1, -1):
        if tokens[j].low == agent_word:
            return next((m for m in mentions if m.end == j and m.is_actor), None)
    return None


def target_in(mentions: list[Mention], clause: Clause, source: Mention | None, allow_genitive: bool,
              cases: tuple[str, ...] = TARGET_CASES) -> Mention | None:
    """The marked actor nearest before the trigger, other than the source."""
    cases = cases + ("genitive",) if allow_genitive else cases
    found = [m for m in actors_in(mentions, clause.start, clause.trigger_start, cases)
             if (source is None or not m.same_actor(source)) and not (m.modifier and m.case == "genitive")]
    return found[-1] if found else None


UNKNOWN_OWNER = Mention(-1, -1, "unknown", None, "", "genitive")  # a name we cannot code owns the object


def owner_of_object(mentions: list[Mention], tokens, clause: Clause, source: Mention | None,
                    is_possessed_object, is_genitive_name,
                    relative_at: Callable[[int], bool] | None = None,
                    attributive: tuple[str, ...] = ()) -> Mention | None:
    """"Rusya'nın Ukrayna'ya yönelik saldırılarını kınadı": the verb's object is a possessed noun
    ("saldırılarını") and the genitive actor before it owns it; actors between the two belong to
    the object's noun phrase ("Gazze'ye yönelik"), so the owner is the target. So with a relative
    verb before a common noun ("Irak'ın PKK'ya karşı attığı adımları"): the steps are Iraq's. A genitive
    before a common noun with an `attributive` suffix owns that place ("Irak'ın kuzeyindeki"), not the object
    (a name does not: "İsrail'in Gazze'deki saldırıları"). When
    the owner is a name that is no actor ("Batı'nın"), UNKNOWN_OWNER: the target cannot be coded."""
    def owns_place(end: int) -> bool:  # "Irak'ın kuzeyindeki", "Gazze Şeridi'nin güneyindeki": owns a place
        return bool(attributive) and end < clause.trigger_start and not tokens[end].cap \
            and tokens[end].low.endswith(attributive)

    owners = [m for m in actors_in(mentions, clause.start, clause.trigger_start, ("genitive",))
              if (source is None or not m.same_actor(source)) and not owns_place(m.end)
              and not m.modifier]  # "Suriye sorununun ele alınmasına": a name in a compound owns nothing
    named = [j for j in unknown_genitive_names(mentions, tokens, clause, is_genitive_name) if not owns_place(j + 1)]
    if named and (not owners or owners[-1].start < named[-1]):
        if any(is_possessed_object(t) and t.is_word and not t.cap for t in tokens[named[-1] + 1 : clause.trigger_start]):
            return UNKNOWN_OWNER
    if not owners:
        return None
    owner = owners[-1]
    for k in range(owner.end, clause.trigger_start):
        token = tokens[k]
        if any(m.start <= k < m.end for m in mentions):
            continue
        relative = relative_at is not None and relative_at(k) and k + 1 < clause.trigger_start \
            and tokens[k + 1].is_word and not tokens[k + 1].cap and not any(m.start == k + 1 for m in mentions)
        if token.is_word and not token.cap and (relative or is_possessed_object(token)):
            # (an adjective of a country, or a bare name right before the object, is part of it: "Yunan hava
            # sahasını", "Gazze politikalarını")
            inside = [m for m in mentions if owner.end <= m.start < k and m.is_actor and m.kind != "owner"
                      and not (m.end == k and not tokens[m.end - 1].suffix)]
            return owner if all(m.case not in ("nominative", "accusative") for m in inside) else None
    return None


def unknown_genitive_names(mentions: list[Mention], tokens, clause: Clause, is_genitive_name) -> list[int]:
    """Positions of names in the genitive that are no actor ("Batı'nın") before the trigger."""
    return [k for k in range(clause.start, clause.trigger_start) if is_genitive_name(tokens[k])
            and not any(m.start <= k < m.end and m.is_actor for m in mentions)]


MEETING_ROOT = "04"


def told_both_ways(cameo: str, mutual: bool, source: Mention, target: Mention | None,
                   pair: tuple[Mention, Mention] | None) -> bool:
    """Two parties named together ("Rusya ile Ukrayna arasında", "Chile and Argentina") who
    do a joint act other than a meeting (a ceasefire, an agreement, a clash) each act towards the
    other: two events. A meeting is one event in either direction; "X signed with Y" is X's act."""
    if not mutual or cameo.startswith(MEETING_ROOT) or target is None or not target.code or target.code == source.code:
        return False
    together = any(m is target for m in source.members) or any(m is source for m in target.members) \
        or (target.case == "comitative" and 0 <= source.start - target.end <= 1)  # "Ukrayna ile Rusya"
    return together or (pair is not None and source in pair and target in pair)


def is_mutual_act(entry: VerbEntry, cameo: str) -> bool:
    """Two parties do it together: by its CAMEO code (meet, sign, cooperate) or the verb's `mutual` flag."""
    return is_mutual(cameo) or entry.mutual


def pair_between(mentions: list[Mention], tokens, lo: int, hi: int, between_word: str, joiners: frozenset[str],
                 before: bool, determiners: frozenset[str] = frozenset()) -> tuple[Mention, Mention] | None:
    """The two parties of "X ile Y arasında" (between word after the pair) or "between X and Y"
    (`before`: the word comes first; "between the army and the RSF"), standing in tokens [lo, hi)."""
    actors = [m for m in mentions if m.is_actor and lo <= m.start < hi]
    for first, second in zip(actors, actors[1:]):
        joined = [t.low for t in tokens[first.end : second.start] if t.low not in determiners]
        if len(joined) != 1 or joined[0] not in joiners:
            continue
        opening = first.start - 1 - (first.start > 1 and tokens[first.start - 1].low in determiners)
        marked = (opening >= 0 and tokens[opening].low == between_word) if before else (  # "arasında(ki)"
            second.end < len(tokens) and tokens[second.end].low.startswith(between_word))
        if marked:
            return first, second
    return None


APPEAL_ROOT = "02"
ACCUSE_CODE = "112"  # CAMEO: accuse
MATERIAL_COOPERATION = 2  # CAMEO quad class of deeds for another party (aid, release, cooperation)
MATERIAL_CONFLICT = 4  # CAMEO quad class of deeds against another party (coerce, assault, fight)
VERBAL_QUADS = (1, 3)  # CAMEO quad classes of words, not deeds: verbal cooperation and verbal conflict
ARMED_SECTORS = frozenset({"MIL", "REB", "COP"})


AERIAL_ATTACK = "195"  # CAMEO: employ aerial weapons
VIOLENT_PROTEST = "145"  # CAMEO: protest violently, riot
FORCE_ROOTS = ("17", "18", "19")  # coerce, assault, fight
_OWN_MEANS = ("195", "183", "186")  # aerial already, a bombing or an assassination: the code says more


def armed_code(entry: VerbEntry, cameo: str, source: Mention, target: Mention | None,
               aerial_bodies: frozenset[str] = frozenset(), protester_bodies: frozenset[str] = frozenset()) -> str:
    """A verb of words that armed men do, or civilians suffer, is a deed ("İsrail ordusu sivilleri hedef
    aldı"): its `armed` code; an assault or a fight by aircraft, drones or missiles (`aerial_bodies`)
    is an aerial attack ("Russian drones struck"); force used by protesters (`protester_bodies`) is a
    violent protest ("demolished by a protester"); otherwise its own code."""
    if entry.armed and (source.sector in ARMED_SECTORS or (target is not None and target.sector == "CVL")):
        return entry.armed
    role = source.role.lower() if source.role else ""
    if cameo[:2] in ("18", "19") and not cameo.startswith(_OWN_MEANS) and role in aerial_bodies:
        return AERIAL_ATTACK
    if cameo[:2] in FORCE_ROOTS and role in protester_bodies:
        return VIOLENT_PROTEST
    return cameo


POLICING_SECTORS = frozenset({"COP", "JUD"})


def policed(source: Mention, target: Mention | None) -> Mention | None:
    """People that police or courts act on, placed only by the story ("30 kişinin gözaltına
    alındığını" after a story filed from Athens): the people of the police's own country."""
    if target is not None and source.sector in POLICING_SECTORS and target.located \
            and target.sector in LOCAL_SECTORS and source.code and target.code != source.code:
        return replace(target, code=source.code)
    return target


def legal_filing(cameo: str, target: Mention | None) -> bool:
    """An appeal to a court ("Yargıtay'a başvurdu", "appealed to the Supreme Court") is procedure, not
    an appeal to a party: no event."""
    return cameo[:2] == APPEAL_ROOT and target is not None and target.sector == "JUD" \
        and target.kind not in ("person", "office")


PROTEST_ROOT = "14"


def protested_government(source: Mention, cameo: str) -> Mention | None:
    """A protest that names no target is against the protesters' own government (as ICEWS and
    PETRARCH code demonstrations); a government protesting names its target or has none."""
    if cameo[:2] != PROTEST_ROOT or source.sector == "GOV" or not source.code or ":" in source.code:
        return None
    return implied_country(source.code)


def own_people(entry: VerbEntry, source: Mention) -> Mention | None:
    """A `domestic` act that names no target (a curfew, martial law) falls on the doer's own people."""
    if not entry.domestic or not source.code or ":" in source.code:
        return None
    return implied_country(source.code, "CVL")
