"""Acceptance 1: the founding Xinhua article (read from ../shared, skipped without it)."""
import eventwire


def _find(events, root, source, target, intent=None):
    return [e for e in events if e.cameo_root == root and e.source.country == source
            and e.target is not None and e.target.country == target and (intent is None or e.intent == intent)]


def test_seed_article_events(shared):
    text = (shared / "seeds" / "000_cd0db7fd55b1c7af.txt").read_text(encoding="utf-8")
    article = eventwire.code(text, lang="tr")
    events = article.events
    assert article.dateline_date == "2026-01-29"

    meeting = _find(events, "04", "CHN", "AZE") or _find(events, "04", "AZE", "CHN")
    assert meeting, "the CHN-AZE meeting"
    m = meeting[0]
    assert m.plover.type == "CONSULT"
    names = {(m.source.name, m.source.role, m.source.code), (m.target.name, m.target.role, m.target.code)}
    assert names == {("Wang Yi", "Dışişleri Bakanı", "CHNGOV"), ("Ceyhun Bayramov", "Dışişleri Bakanı", "AZEGOV")}

    assert _find(events, "02", "CHN", "AZE"), "China's appeals"
    assert all(e.plover.type == "REQUEST" for e in _find(events, "02", "CHN", "AZE"))
    praise = _find(events, "05", "CHN", "AZE")
    assert any("takdir" in e.evidence.trigger for e in praise), "praise of the CICA chairmanship"
    promise = _find(events, "03", "CHN", "AZE", intent=True)
    assert any("destek" in e.evidence.trigger for e in promise), "promised support for the CICA summit"
    support = _find(events, "05", "AZE", "CHN")
    assert any("destekle" in e.evidence.trigger for e in support), "support for China's initiatives"
    assert any("bağlı" in e.evidence.trigger for e in support), "One-China commitment"
    intents = _find(events, "03", "AZE", "CHN", intent=True)
    triggers = " ".join(e.evidence.trigger for e in intents)
    for word in ("istekli", "hazır", "taahhüd"):
        assert word in triggers, word

    assert not [e for e in events if e.source.country == e.target.country], "no act of a state on itself"
    for event in events:
        assert event.date == "2026-01-28" and event.date_precision == "day"
        assert event.location and event.location.name == "Beijing" and event.location.country == "CHN"
        assert event.location.geonameid == 1816670
        assert text[event.evidence.start : event.evidence.end] == event.evidence.quote
    assert meeting[0].date_basis == "relative"
