"""The event record's hand-written to_dict stays the dataclass's fields, in order (DESIGN.md record)."""
from dataclasses import asdict, fields

import pytest

from eventwire.batch import code_raw
from eventwire.gazetteer import Place
from eventwire.inputs import read_inputs
from eventwire.record import Actor, Event
from eventwire.samples import SAMPLES_DIR


def test_to_dict_equals_asdict_for_every_sample_event():
    events = [e for raw in read_inputs(SAMPLES_DIR) for e in code_raw(raw).events]
    assert len(events) > 30 and any(e.location for e in events) and any(e.attribution for e in events)
    for event in events:
        assert event.to_dict() == asdict(event)
        assert list(event.to_dict()) == [f.name for f in fields(Event)]


def test_actor_and_place_dicts_name_every_field():
    actor = Actor("TURGOV", "TUR", "GOV", "Hakan Fidan", "Dışişleri Bakanı", "Q1")
    assert actor.to_dict() == asdict(actor)
    place = Place("Ankara", "TUR", 39.9, 32.9, 323786)
    assert place.to_dict() == asdict(place)


@pytest.mark.parametrize("act, planned", [
    ("045", "039"),  # a mediation offered: intent to mediate, not only to meet
    ("042", "036"),  # a visit planned: intent to meet
    ("073", "0333"),  # humanitarian aid promised
    ("0841", "0353"),  # a release promised
    ("163", "1312"),  # sanctions threatened
    ("190", "138"),  # force threatened
    ("111", "111"),  # a root with no intent code keeps its own
])
def test_a_planned_act_takes_the_most_specific_intent_code(act, planned):
    from eventwire.ontology import ontology

    assert ontology().intent_code(act) == planned


def test_location_and_plover_are_objects_and_the_json_is_unchanged():
    import json

    import eventwire
    from eventwire.record import Location, Plover

    [event] = eventwire.code("ANKARA, 12 Mart 2026 (AA) - Türkiye, İsrail'i kınadı.", rules_only=True).events
    assert isinstance(event.location, Location) and isinstance(event.plover, Plover)
    assert (event.location.name, event.location.country, event.plover.type) == ("Ankara", "TUR", "ACCUSE")
    record = json.loads(event.to_json() if hasattr(event, "to_json") else json.dumps(event.to_dict()))
    assert record["location"] == {"name": "Ankara", "country": "TUR", "lat": event.location.lat,
                                  "lon": event.location.lon, "geonameid": event.location.geonameid}
    assert record["plover"] == {"type": "ACCUSE", "mode": event.plover.mode}
