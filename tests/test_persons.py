"""Leaders by name: a bare surname gets the office its holder had on the event's date."""
import pytest

import eventwire

CASES = [
    ("en", "Clinton praised Egypt on Monday.", "1998-05-06", ("USAGOV", "Bill Clinton", "President")),
    ("en", "Clinton praised Egypt on Monday.", "2011-05-06", ("USAGOV", "Hillary Clinton", "Secretary of State")),
    ("en", "Putin criticised Georgia on Monday.", "2010-03-08", ("RUSGOV", "Vladimir Putin", "Prime Minister")),
    ("en", "Mubarak praised Jordan on Monday.", "2005-05-02", ("EGYGOV", "Hosni Mubarak", "President")),
    ("tr", "Mübarek, İsrail'i kınadı.", "2009-01-05", ("EGYGOV", "Hüsnü Mübarek", "Cumhurbaşkanı")),
    ("tr", "Schröder, Fransa Cumhurbaşkanı Chirac ile görüştü.", "2003-02-10", ("DEUGOV", "Gerhard Schröder", "Başbakan")),
]


@pytest.mark.parametrize("lang, text, dateline, source", CASES)
def test_surname_resolves_to_the_office_at_the_date(lang, text, dateline, source):
    events = eventwire.code(text, lang=lang, dateline=dateline).events
    assert events, text
    actor = events[0].source
    assert (actor.code, actor.name, actor.role) == source


def test_a_surname_takes_the_person_this_article_named_over_a_dictionary_namesake():
    text = ("Dışişleri Bakanı Hakan Fidan, Irak Dışişleri Bakanı Fuad Hüseyin ile görüştü. "
            "Hüseyin, Türk ordusunun operasyonlarını eleştirdi.")
    events = eventwire.code(text, dateline="2026-03-12").events
    assert [(e.cameo, e.source.name, e.source.country) for e in events][-1] == ("111", "Fuad Hüseyin", "IRQ")
