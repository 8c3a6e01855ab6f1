"""Sentences split at line breaks (but not in wrapped copy), names the generated dictionaries write in
ASCII found in Turkish text, and the phrase matcher's skip of phrases a sentence cannot hold."""
from eventwire.coding.matcher import PhraseMatcher, Prefixes
from eventwire.coding.pipeline import coder_for
from eventwire.lang.patterns import parse_pattern
from eventwire.text.casing import fold, lower_tr
from eventwire.text.sentences import is_title, split_sentences
from eventwire.text.tokens import tokenize
from tests.conftest import events_of


def sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text, [])]


def test_a_line_break_before_a_capital_ends_a_sentence_in_unwrapped_copy():
    text = "Bakan görüşmenin ardından umutsuzluğa kapıldı, açıklasın\n CHP Genel Başkanı dün İzmir'deydi."
    assert sentences(text) == ["Bakan görüşmenin ardından umutsuzluğa kapıldı, açıklasın",
                               "CHP Genel Başkanı dün İzmir'deydi."]


def test_copy_wrapped_at_a_fixed_width_keeps_its_sentences_across_lines():
    text = ("LONDON, Feb 26 - Iran announced tonight that its major offensive\n"
            "against Iraq in the Gulf war had ended after dealing heavy blows\n"
            "against the Baghdad government. The Iranian news agency said the\n"
            "operation launched in January was now over.")
    assert len(sentences(text)) == 2


def test_a_wire_reference_tag_does_not_join_two_sentences():
    text = "Russia's foreign ministry said. [nL8N1MP0GI] A Russian draft calls for talks."
    assert sentences(text) == ["Russia's foreign ministry said.", "[nL8N1MP0GI] A Russian draft calls for talks."]


def test_an_articles_title_line_is_told_again_below_and_coded_once():
    text = "Türkiye İsrail'i kınadı\nANKARA (AA) - Türkiye, İsrail'in saldırısını kınadı."
    [first, _] = split_sentences(text, [])
    assert is_title(text, first)
    assert len(events_of(text, dateline="2026-03-12")) == 1


def test_folding_drops_diacritics_for_ascii_dictionaries():
    assert fold("davutoğlu") == "davutoglu" and fold("josé") == "jose" and fold("şişli") == "sisli"
    assert fold("ascii") == "ascii"


def test_a_name_written_in_ascii_by_a_generated_dictionary_is_found_with_diacritics():
    coder = coder_for("tr")
    entry = coder.actors.folded.names.get(("bulent", "arinc"))
    assert entry is not None  # from persons_phoenix.txt, which writes Turkish names in ASCII
    tokens = tokenize("Bülent Arınç'ın açıklaması", lower_tr)
    match = coder.actors.folded.match_at(tokens, 0)
    assert match is not None and match.end == 2 and match.last_rest == "in"  # ("ın" without diacritics)


def test_a_generated_name_keeps_the_texts_spelling_and_the_dictionarys_country():
    [event] = events_of("Kofi Annan, Sudan'ı eleştirdi.", dateline="2004-06-01")
    assert (event.source.name, event.source.country) == ("Kofi Annan", "IGO:UN")


def test_phrases_whose_later_words_the_sentence_lacks_are_skipped_unread():
    coder = coder_for("tr")
    matcher = PhraseMatcher(coder.morph)
    matcher.add(parse_pattern("yardım … gönder+V", lower_tr), "aid")
    matcher.add(parse_pattern("yardım", lower_tr), "noun")
    tokens = tokenize("Türkiye yardım gönderdi", lower_tr)
    assert matcher.match_at(tokens, 1, Prefixes(tokens)).payload == "aid"
    other = tokenize("Türkiye yardım istedi", lower_tr)
    assert matcher.match_at(other, 1, Prefixes(other)).payload == "noun"
    assert not Prefixes(other).has_all(frozenset({"gönde"}))


def test_a_run_on_sentence_is_cut_into_pieces_that_cover_it():
    from eventwire.text.sentences import MAX_SENTENCE_CHARS

    text = "Rusya Ukrayna'ya saldırdı ve Türkiye bunu kınadı, " * 400  # 20,000 characters, no full stop
    pieces = split_sentences(text, [])
    assert len(pieces) > 10 and all(s.end - s.start <= MAX_SENTENCE_CHARS for s in pieces)
    assert "".join(text[s.start : s.end] for s in pieces).replace(" ", "") == text.replace(" ", "")
    assert all(text[s.start : s.end].endswith(",") for s in pieces[:-1])  # cut after a comma, not in a word
