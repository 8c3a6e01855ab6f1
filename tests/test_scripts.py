"""The converters that build dictionaries from reference data (scripts/), on small inputs of our own
in the reference files' formats."""
import importlib.util
import shutil
import sys
from pathlib import Path

import pytest

SCRIPTS = Path(__file__).resolve().parents[1] / "scripts"


def load(name: str):
    spec = importlib.util.spec_from_file_location(name, SCRIPTS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # (dataclasses look their module up)
    spec.loader.exec_module(module)
    return module


phoenix = load("convert_phoenix_actors")
petrarch = load("convert_petrarch_verbs")
holders = load("add_office_holders")

ACTORS = """# a comment
JANE_Q_EXAMPLE_  # CountryInfo.txt
+JANE_EXAMPLE
+PRIME_MINISTER_JANE_EXAMPLE
+EXAMPLE
\t[GRCGOV 150101-191231]
\t[GRCELI]
JOHN_SAMPLE_ [IGOUNOREFHCR >20170101]
+J._SAMPLE_
AHMED_AL-TESTI_
\t[SYRGOV <031231]
"""

VERBS = """####### SYNONYM SETS #######
&TREATY
+ACCORD
+TREATY

####### VERB PATTERNS #######
---  FINISH   [---]  ---
CONCLUDE
WIND_UP {+WINDS_UP +WOUND_UP }
- * &TREATY                                 [057:057]     # CONCLUDE
- * {TRADE TALKS}                           [046]
- * STOCKS                                  [---]

---  FLY   [---]  ---
FLY {FLIES FLEW FLOWN }
AIRLIFT [073]
- * (TO )                                    [036]

---  DENOUNCE   [111]  ---
BERATE
CANE [180]
SCOLD [180]
REPEAT

---  ECHO   [010]  ---
REPEAT
"""


def test_phoenix_actors_are_parsed_with_aliases_and_dated_roles():
    actors = phoenix.parse_actors(ACTORS)
    assert [a.name for a in actors] == ["JANE_Q_EXAMPLE_", "JOHN_SAMPLE_", "AHMED_AL-TESTI_"]
    jane = actors[0]
    assert jane.aliases == ["JANE_EXAMPLE", "PRIME_MINISTER_JANE_EXAMPLE", "EXAMPLE"]
    assert [(r.code, r.start, r.end) for r in jane.roles] == [("GRCGOV", "2015-01-01", "2019-12-31"), ("GRCELI", None, None)]
    assert [(r.code, r.start) for r in actors[1].roles] == [("IGOUNOREFHCR", "2017-01-01")]
    assert actors[2].roles[0].end == "2003-12-31"


def test_names_codes_and_dates_are_written_as_the_packs_write_them():
    assert phoenix.pretty("RECEP_TAYYIP_ERDOGAN_") == "Recep Tayyip Erdogan"
    assert phoenix.pretty("AHMED_AL-TESTI_") == "Ahmed al-Testi"
    assert phoenix._date("440101") == "1944-01-01" and phoenix._date("20070101") == "2007-01-01"
    assert phoenix._date("2004017") is None  # a malformed date is unknown, not guessed
    codes = phoenix.CodeMap()
    assert codes.actor("TURGOV") == ("TUR", "GOV")
    assert codes.actor("IGOUNOREFHCR") == ("IGO:UNHCR", "REF")
    assert codes.actor("IGONAT") == ("IGO:NATO", "-")
    assert codes.actor("XYZ") is None


def test_person_lines_keep_dated_roles_and_drop_titles_and_single_words():
    lines = phoenix.person_lines(phoenix.parse_actors(ACTORS), phoenix.CodeMap(), respell=False)
    jane = [line.split("\t") for line in lines if line.startswith("Jane Q Example")]
    assert [(c[1], c[2], c[4], c[5]) for c in jane] == [("GRC", "GOV", "2015-01-01", "2019-12-31")]  # the undated
    assert jane[0][6] == "Jane Example"  # no office alias, no single word ("EXAMPLE" names many people)
    syrian = phoenix.person_lines(phoenix.parse_actors(ACTORS), phoenix.CodeMap(), respell=True)
    assert any(line.startswith("Ahmed al-Testi\tSYR") for line in syrian)


def test_turkish_respelling_follows_the_turkish_press():
    assert phoenix.turkish_spelling("Mohammad Javad Zarif") == "Mohammad Cavad Zarif"
    assert phoenix.turkish_spelling("Sergei Shoigu") == "Sergey Şoigu"


def test_petrarch_blocks_become_patterns_for_every_verb_of_the_block():
    sets, blocks = petrarch.parse(VERBS)
    assert sets["&TREATY"] == ["ACCORD", "TREATY"]
    finish = blocks[0]
    assert [v.words for v in finish.verbs] == [["conclude"], ["wind", "up"]]
    lines = petrarch.lines(sets, blocks)
    assert "057\tconclud+V … accord" in lines and "057\tconclud+V … treaty" in lines
    assert "057\twind+V up … treaty" in lines and "057\twound= up … treaty" in lines  # an irregular form
    assert "046\tconclud+V … trade talks" in lines  # a compound stays together
    assert "-\tconclud+V … stocks" in lines  # a phrase that names no act
    assert "073\tairlift+V" in lines  # a verb with a code of its own stands alone too
    assert "036\tfly+V … to\tintent" in lines and "036\tflew= … to\tintent" in lines  # 03: an intent


def test_petrarch_stems_follow_the_english_morphology():
    assert petrarch.stem("conclude") == "conclud" and petrarch.stem("agree") == "agree"
    assert petrarch.stem("deny") == "den" and petrarch.stem("play") == "play"
    assert petrarch.stem("fly") == "fly"  # (a stem "fl" would take "fled" for a form of it)


def test_office_holders_are_added_once(tmp_path):
    for lang in ("tr", "en"):
        (tmp_path / lang).mkdir()
        shutil.copy(SCRIPTS.parent / "eventwire" / "lang" / lang / "persons.txt", tmp_path / lang / "persons.txt")
    table = tmp_path / "holders.tsv"
    table.write_text("# test\nÖrnek Kişi\tOrnek Kisi\tTUR\tGOV\tBakan\tMinister\t2020-01-01\t-\t-\tKisi Ornek\n",
                     encoding="utf-8")
    assert holders.add("tr", table, tmp_path) == 1 and holders.add("tr", table, tmp_path) == 0
    assert holders.add("en", table, tmp_path) == 1
    assert "Ornek Kisi\tTUR\tGOV\tMinister\t2020-01-01\t-\tKisi Ornek" in (tmp_path / "en" / "persons.txt").read_text()
    table.write_text("too\tfew\n", encoding="utf-8")
    with pytest.raises(ValueError, match="expected 10 columns"):
        holders.add("tr", table, tmp_path)


def test_only_organisations_become_organisations():
    actors = phoenix.parse_actors("THE_UNITED_NATIONS_ [IGOUNO]\nKOFI_ANNAN_\n\t[IGOUNO 970101-061231]\n"
                                  "ABRAHAM_ABRAHAM_\t[IGOUNOREFHCR]\nUNHCR [IGOUNOREFHCR]\n")
    assert [phoenix.is_organisation(a) for a in actors] == [True, False, False, True]
    lines = phoenix.organisation_lines(actors, phoenix.CodeMap(), non_state=False)
    assert lines == ["IGO:UN\t-\tThe United Nations", "IGO:UNHCR\tREF\tUNHCR"]


def test_petrarch_verbs_without_a_code_take_their_block_header_code():
    lines = petrarch.lines(*petrarch.parse(VERBS))
    assert "111\tberat+V" in lines  # the header's code
    assert "180\tscold+V" in lines and "111\tscold+V" not in lines  # a code of its own wins
    assert "111\trepeat+V" in lines and "010\trepeat+V" not in lines  # the first block that codes it
    assert not any(line.endswith("\tconclud+V") for line in lines)  # a header [---] codes nothing
    assert not any(line.split("\t")[1] == "can+V" for line in lines)  # (CANE alone would code the word "can")
