"""The English pack on the shared pipeline: word order, datelines, actors and dates (our own sentences)."""
import pytest

import eventwire
from tests.conftest import events_of


def keys(text, **kwargs):
    return [(e.source.country, e.cameo, e.target.country if e.target else None)
            for e in events_of(text, lang="en", **kwargs)]


def test_a_date_after_the_verb_dates_the_event_and_a_month_is_no_verb():
    (event,) = events_of("Azerbaijan's foreign minister held talks with his Turkish counterpart in Baku on March 12, "
                         "officials said.", lang="en", dateline="2026-03-14")
    assert (event.cameo, event.date, event.date_basis) == ("040", "2026-03-12", "explicit")
    assert event.location.name == "Baku"


def test_a_weekday_after_the_verb_resolves_against_the_wire_dateline():
    (event,) = events_of("ANKARA, March 13, 2026 (Northwire) - Turkey's foreign minister met the Greek foreign "
                         "minister in Athens on Thursday.", lang="en")
    assert (event.date, event.date_basis, event.source.country, event.target.country) == (
        "2026-03-12", "relative", "TUR", "GRC")


def test_initialisms_keep_their_stops():
    (event,) = events_of("U.S. Secretary of State Marco Rubio met the U.N. envoy in Geneva.", lang="en")
    assert (event.source.code, event.source.name, event.target.country) == ("USAGOV", "Marco Rubio", "IGO:UN")


def test_a_demonym_before_a_plural_noun_is_an_actor():
    assert keys("Sudanese rebels shelled positions of Chadian soldiers on Sunday.") == [("SDN", "194", "TCD")]
    assert keys("Israelis protested against Iran.") == [("ISR", "140", "IRN")]


def test_a_country_name_with_a_possessive_is_the_state_not_its_people():
    # "Sweden's" without its apostrophe ends like a plural; it stays the state that owns the decision
    (event,) = events_of("Norwegian farmers protested against Sweden's decision.", lang="en")
    assert (event.source.country, event.cameo, event.target.country, event.target.sector) == ("NOR", "140", "SWE", "GOV")
    assert keys("Greece criticised Turkey's decision.") == [("GRC", "111", "TUR")]


def test_a_country_after_in_or_of_belongs_to_the_office_or_body():
    assert keys("Foreign Minister Takeshi Iwaya of Japan criticized China.") == [("JPN", "111", "CHN")]
    assert keys("The government of Iraq accused Syria of shelling its villages.")[0] == ("IRQ", "112", "SYR")


def test_the_verb_after_to_is_the_content_of_the_first_verb():
    assert keys("The United States urged China to release the journalists.") == [("USA", "020", "CHN")]
    assert keys("Egypt invited Jordan to attend the summit.") == [("EGY", "026", "JOR")]
    (promise,) = events_of("Japan offered to send aid to Indonesia.", lang="en")
    assert promise.intent and promise.cameo.startswith("03") and promise.target.country == "IDN"


def test_an_initialism_ends_a_sentence_before_a_sentence_starter():
    from eventwire.text.sentences import split_sentences

    text = "Iran imposed sanctions on the U.S. The move angered Washington. U.S. President Joe Biden spoke."
    spans = [text[s.start : s.end] for s in split_sentences(text, [], 0, ["The", "He"])]
    assert spans == ["Iran imposed sanctions on the U.S.", "The move angered Washington.",
                     "U.S. President Joe Biden spoke."]
    article = eventwire.code("Iran imposed sanctions on the U.S. The Greek government criticised Turkey on Monday.",
                             lang="en", dateline="2026-03-04")
    coded = {(e.source.country, e.cameo_root, e.target.country, e.evidence.sentence_index) for e in article.events}
    assert coded == {("IRN", "16", "USA", 0), ("GRC", "11", "TUR", 1)}


@pytest.mark.parametrize("text, expected", [
    ("Armenia and Azerbaijan signed a peace agreement.", ("AZE", "057", "ARM")),  # a mutual act of a coordinated pair
    ("The United States announced new sanctions against Iran.", ("USA", "163", "IRN")),  # announced: the act
    ("France decided to withdraw its troops from Mali.", ("FRA", "0874", "MLI")),  # its troops are France's own
    ("Turkey approved Sweden's NATO membership.", ("TUR", "051", "SWE")),  # an actor inside the phrase
    ("Qatar is mediating between Hamas and Israel.", ("QAT", "045", "PSE")),  # a governing group: its state
    ("Russia is occupying parts of Ukraine.", ("RUS", "192", "UKR")),  # -ying of a stem in y
    ("Iran is supplying arms to Russia.", ("IRN", "072", "RUS")),
    ("Iran test-fired a new ballistic missile on Sunday.", ("IRN", "150", None)),  # a hyphenated verb
    ("India and Pakistan exchanged fire along the border.", ("PAK", "190", "IND")),  # a mutual phrase
])
def test_wire_constructions(text, expected):
    assert expected in keys(text, dateline="2026-03-12")


def test_verb_forms_used_as_nouns_or_adjectives_are_no_events():
    assert not [k for k in keys("Palestinian workers protested in the occupied West Bank.") if k[1] == "192"]
    assert not [k for k in keys("Palestinian farmers near Israeli-occupied Hebron protested.") if k[1] == "192"]
    assert not [k for k in keys("Canada advised against travel to Lebanon.") if k[1].startswith("04")]
    assert ("ISR", "192", "SYR") in keys("Israel occupied the Golan Heights of Syria in 1967.")


def test_negation_and_intent_reach_the_act():
    (sent,) = events_of("Japan did not send humanitarian aid to Syria.", lang="en")
    assert sent.negated and not sent.intent  # "not" is negation, not a verb of saying ("noted")
    promised = events_of("The European Union will provide about 8,000 tons of food aid to Haiti.", lang="en")
    assert [(e.cameo_root, e.intent) for e in promised] == [("03", True)]  # "will" governs the noun "food aid"


def test_each_of_a_coordinated_subject_acts():
    coded = keys("Russia and China vetoed a resolution on Syria.")
    assert ("RUS", "129", "SYR") in coded and ("CHN", "129", "SYR") in coded


@pytest.mark.parametrize("text, expected", [
    ("Turkey condemned the Israeli attack on Gaza.", {("TUR", "111", "ISR"), ("ISR", "180", "PSE")}),
    ("Serbia rejected an Australian ultimatum.", {("SRB", "120", "AUS")}),  # a demonym owns the noun
    ("The Russian consulate was destroyed by a Georgian mob.", {("GEO", "1712", "RUS")}),  # by a ...
    ("The Russian consulate was destroyed by Georgian protesters.", {("GEO", "145", "RUS")}),  # protesters: a riot
    ("Ukraine received humanitarian assistance from Japan.", {("JPN", "070", "UKR")}),  # the giver acts
    ("Russian forces shelled the Ukrainian city of Kharkiv, killing three civilians.",
     {("RUS", "194", "UKR"), ("RUS", "1823", "UKR")}),  # ", killing": the main clause's subject
    ("Pakistan accused India of supporting militants in Balochistan.", {("PAK", "112", "IND")}),  # what is alleged
    ("Sudan's army regained control of Khartoum from the Rapid Support Forces.", set()),  # a name, not "support"
    ("A camp for Sudanese refugees was attacked by Chadian soldiers.", {("TCD", "180", "SDN")}),  # of/for
    ("Civilians jailed for protesting against Minsk were freed by Lukashenko.", set()),  # "against": a nested clause
])
def test_demonyms_on_common_nouns_and_agents(text, expected):
    assert set(keys(text)) == expected


def test_a_passive_mutual_act_between_two_parties():
    coded = keys("An agreement between Armenia and Azerbaijan was signed in Washington.")
    assert sorted(coded) == [("ARM", "057", "AZE"), ("AZE", "057", "ARM")]  # each party towards the other


@pytest.mark.parametrize("text, expected", [
    ("Turkish President Recep Tayyip Erdogan said the EU must be prepared to act.", [("TUR", "100", "IGO:EU")]),
    ("Germany said Russia should withdraw its troops from Ukraine.", [("DEU", "020", "RUS")]),  # asked, not done
    ("The minister said talks must continue.", []),  # no actor is asked
])
def test_must_and_should_in_reported_speech(text, expected):
    assert keys(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("London, together with its partners, demanded that Iran halt enrichment.", [("GBR", "100", "IRN")]),
    ("France and its allies condemned Russia.", [("FRA", "111", "RUS")]),  # "its" stands before a noun
    ("The Taliban rejected talks with Pakistan.", [("AFG", "125", "PAK")]),
    ("Turkey bombed PKK positions in northern Iraq.", [("TUR", "195", "NSA:PKK")]),  # a group across borders
])
def test_possessive_pronouns_and_armed_groups(text, expected):
    assert keys(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Hamas threatened to resume attacks in Israel.", [("PSE", "138", "ISR")]),  # hostile: the place suffers it
    ("The two leaders met in Moscow.", []),  # a meeting place is no party
    ("France is ready to send a peacekeeping force to Mali.", [("FRA", "0334", "MLI")]),  # one planned act
    ("Indonesia forced the UN out of the country.", [("IDN", "166", "IGO:UN")]),  # expelled
    # what is offered for a country is offered to it; its own troops are no target
    ("Turkey is ready to contribute troops to a mission in Somalia.", [("TUR", "030", "SOM")]),
    ("Iran is ready to hold talks in Oman.", []),  # a meeting place is no party, also for a planned meeting
    ("Japan will fight terrorism in Asia.", []),  # a continent is no place the gazetteer may take for a town
])
def test_hostile_acts_in_a_country_and_force_as_a_noun(text, expected):
    assert keys(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Hungary blocked a proposal to send military aid to Ukraine.", ("HUN", "120", "UKR")),  # not a blockade
    ("Russia annexed Crimea from Ukraine.", ("RUS", "192", "UKR")),
    ("The United States imposed tariffs on China.", ("USA", "163", "CHN")),
    ("The United States trained Ukrainian soldiers.", ("USA", "062", "UKR")),
    ("Egypt restored ties with Iran.", ("EGY", "050", "IRN")),
    ("A Brazilian court indicted the former Bolivian president.", ("BRA", "115", "BOL")),
    ("Armenian forces fired rockets at Azerbaijan on Sunday.", ("ARM", "190", "AZE")),
    ("Japan helped Filipino fishermen after the storm.", ("JPN", "070", "PHL")),
    ("IAEA experts will inspect the nuclear plant in Ukraine.", ("IGO:IAEA", "090", "UKR")),
    ("The World Food Programme reduced rations to Yemen.", None),  # "rations" is not in the phrase
    ("The United States cut military aid to Egypt.", ("USA", "1622", "EGY")),
    ("Qatar ended its mediation between Israel and Hamas.", ("QAT", "165", "ISR")),
    ("The rebels conceded to government demands.", None),  # no actor we can code
    ("Russia may cut ties with Moldova.", ("RUS", "13", "MDA")),  # "may": a threat
    ("Nigerian leaders forgave the Nigerian President.", ("NGA", "056", "NGA")),  # two offices, two actors
    ("Montenegro's president was indicted by a court over his alleged role in the war.", ("MNE", "115", "MNE")),
    ("Georgia received a team of monitors from the European Union.", ("GEO", "086", "IGO:EU")),
    ("Britain advised against travel to Haiti.", ("GBR", "160", "HTI")),
    ("The Zambian government reneged on its promise to Britain.", ("ZMB", "120", "GBR")),
    ("Palestinians were wounded in Israeli artillery shelling of the Gaza Strip.", ("ISR", "194", "PSE")),
])
def test_added_codebook_phrases(text, expected):
    coded = keys(text)
    if expected is None:
        assert coded == []
    else:
        source, code, target = expected
        assert any(k[0] == source and k[1].startswith(code) and k[2] == target for k in coded), coded


@pytest.mark.parametrize("text, expected", [
    # a named person of no known country is the subject: no event, not the country named earlier
    ("Nigeria said it will pull out of Chad unless President Hissene Habre agreed to a truce with rebels.",
     [("NGA", "0356", "TCD")]),
    # the speaker after the act reports it and is no party to it
    ("Rebels attacked a Malian village, killing nine people, the UN mission in Mali said.", [("MLI", "180", "MLI")]),
])
def test_uncoded_subjects_and_speakers_after_the_act(text, expected):
    assert keys(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The UN called for a ceasefire in Gaza.", []),  # asked for, not declared
    ("The United States suspended military aid to Bosnia.", [("USA", "162", "BIH")]),  # suspended, not given
    ("Serbian mayors demanded support from the National Assembly.", [("SRB", "100", "SRB")]),  # "support": asked
    ("Cambodia accused Vietnamese forces of attacking Kampuchean villages.", [("KHM", "112", "VNM")]),
    ("Saudi-backed troops attacked Houthi positions.", [("SAU", "180", "YEM")]),  # the leader's forces
])
def test_an_act_named_as_the_object_of_another_is_not_done(text, expected):
    assert keys(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Algerian farmers protested outside Parliament against land seized by Algerian army units.",
     {("DZA", "140", "DZA")}),  # the land was seized, not the parliament
    ("The UN condemned the killing of Syrian refugees attacked by Turkish border guards.",
     {("IGO:UN", "111", "SYR"), ("TUR", "180", "SYR")}),  # the refugees were attacked
])
def test_a_participle_with_by_after_its_noun_is_passive(text, expected):
    assert set(keys(text)) == expected


def test_a_people_of_one_state_stands_for_that_state():
    assert keys("Chechen rebels attacked Russian troops.") == [("RUS", "180", "RUS")]
    # Kurds live in several states: rebels of no state are coded by the state they fight, as CAMEO codes insurgents
    assert keys("Kurdish rebels attacked Turkish troops.") == [("TUR", "180", "TUR")]
    assert keys("Ethnic Turks in Bulgaria protested against Sofia.") == [("BGR", "140", "BGR")]  # residents
    # a people, not Turkey: of the state named after them
    assert keys("Some 300 ethnic Hungarians began a hunger strike against Slovakia.") == [("SVK", "142", "SVK")]
    assert keys("South American governments criticised Venezuela.") == []  # a region, not the United States
    assert keys("North Korean troops attacked South Korea.") == [("PRK", "180", "KOR")]  # a demonym of its own


@pytest.mark.parametrize("text, expected", [
    ("Thousands of Egyptians protested in Cairo.", [("EGY", "140", "EGY")]),  # against their government
    ("Young Algerians blocked roads in the capital.", [("DZA", "144", "DZA")]),
    ("Leaders of Hamas condemned Israel.", [("PSE", "111", "ISR")]),  # "of": the only actor there
])
def test_protests_without_a_target_face_their_government(text, expected):
    assert keys(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Jan Egeland, the UN Emergency Relief Coordinator, urged Sudan to open its borders.", [("IGO:UN", "020", "SDN")]),
    ("The envoy began a tour aimed at pressing for a truce in the West Bank.", []),  # a place, no party
    ("Reporters met the press officer of the Turkish embassy.", []),  # "press": a noun
])
def test_names_places_and_nouns_are_no_parties(text, expected):
    assert keys(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Saudi Arabia and Iran restored diplomatic relations.", [("IRN", "050", "SAU"), ("SAU", "050", "IRN")]),  # together
    ("Israel and Hamas agreed to a ceasefire brokered by Egypt and Qatar.", [("PSE", "0871", "ISR"), ("ISR", "0871", "PSE")]),
    ("Germany will send more air defence systems to Ukraine, Chancellor Olaf Scholz said.", [("DEU", "0332", "UKR")]),
])
def test_mutual_acts_and_military_aid(text, expected):
    assert keys(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("France condemned the coup in Niger and suspended development aid.",
     {("FRA", "111", "NER"), ("FRA", "162", "NER")}),  # the second verb shares subject and target
    ("Ukraine's army said it shot down 30 Russian drones.", {("UKR", "190", "RUS")}),  # drones: the military; shooting down is a fight
    ("Rubio praised Japan for its support of sanctions on Russia and urged Tokyo to spend more.",
     {("USA", "051", "JPN"), ("USA", "020", "JPN")}),  # "of sanctions": no act; "and urged": Rubio again
    ("Russia attacked Ukraine and Poland condemned Moscow.",
     {("RUS", "180", "UKR"), ("POL", "111", "RUS")}),  # object of one verb, subject of the next
])
def test_coordinated_clauses(text, expected):
    assert set(keys(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Hezbollah declared a unilateral ceasefire in south Lebanon.", [("LBN", "0871", None)]),  # a place
    ("Kenyans rioted after a peaceful march calling for the resignation of the president.",
     [("KEN", "145", "KEN")]),  # the demonstration calls, no appeal by the rioters
    ("The Turkish foreign ministry issued a statement condemning Israel.", None),  # the speaker's act
])
def test_direction_words_and_acts_of_a_noun(text, expected):
    coded = keys(text)
    if expected is None:
        assert ("TUR", "111", "ISR") in coded
    else:
        assert coded == expected


def test_a_name_that_begins_like_a_month_is_no_date():
    (event,) = events_of("WASHINGTON, March 4 (Northwire) - U.S. Secretary of State Marco Rubio met Japanese Foreign "
                         "Minister Takeshi Iwaya in Washington on Tuesday.", lang="en", dateline="2026-03-04")
    assert (event.date, event.date_precision) == ("2026-03-03", "day")  # "Marco" is not "Mar"


@pytest.mark.parametrize("text, expected", [
    ("Turkey urged the international community to support Syria.", []),  # asked: a party with no code
    ("Turkey called on the international community to pressure Israel.", []),
    ("Turkey urged Russia to negotiate with Ukraine.", [("TUR", "020", "RUS")]),
])
def test_an_appeal_to_the_international_community_has_no_codable_target(text, expected):
    assert keys(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "agreed to" + an act: that act, planned, with its own mutual flag; "the" may open a conjunct
    ("Chile and Argentina agreed to deepen their partnership in mining.",
     [("ARG", "032", "CHL"), ("CHL", "032", "ARG")]),
    ("Iran offered to hand over the suspects to Turkey.", [("IRN", "0313", "TUR")]),
    ("Russia agreed to the demands of the IAEA.", [("RUS", "080", "IGO:IAEA")]),  # agreed to a noun: yielded
    # the portfolio after "of" is part of the office, so the speaker is found and is no party
    ("Turkey and Egypt deepened their ties, US Assistant Secretary of State Barbara Leaf said.",
     [("EGY", "050", "TUR"), ("TUR", "050", "EGY")]),
])
def test_agreeing_to_an_act_plans_it_and_a_portfolio_belongs_to_its_office(text, expected):
    assert keys(text) == expected


def test_civilians_belong_to_the_place_they_are_found():
    assert keys("Russian troops shelled civilians in Kharkiv.") == [("RUS", "194", "UKR")]


@pytest.mark.parametrize("text, expected", [
    ("Russian troops shelled Kharkiv.", [("RUS", "194", "UKR")]),  # the city's country suffers the deed
    ("Israeli jets bombed Rafah on Monday.", [("ISR", "195", "PSE")]),  # a state bombs from the air
    ("The EU called on Serbia and Kosovo to resume talks.", [("IGO:EU", "020", "SRB"), ("IGO:EU", "020", "XKX")]),
])
def test_struck_cities_air_bombing_and_kosovo(text, expected):
    assert keys(text) == expected


def test_airstrikes_are_the_military_of_their_country():
    (event,) = events_of("Israeli airstrikes killed at least 30 people in Gaza on Sunday.", lang="en")
    assert (event.source.country, event.source.sector, event.target.country) == ("ISR", "MIL", "PSE")


def test_brokering_is_mediation_between_each_party():
    assert keys("Qatar brokered talks between the United States and the Taliban.") == [
        ("QAT", "045", "USA"), ("QAT", "045", "AFG")]


@pytest.mark.parametrize("text, expected", [
    ("The Philippines filed a diplomatic protest against China.", [("PHL", "114", "CHN")]),
    ("Ukraine and Russia exchanged 150 prisoners of war each.", [("RUS", "0841", "UKR"), ("UKR", "0841", "RUS")]),
    ("South Korea and the United States held joint military drills.", [("USA", "062", "KOR"), ("KOR", "062", "USA")]),
])
def test_diplomatic_protests_prisoner_swaps_and_joint_drills(text, expected):
    assert keys(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The Kremlin rejected a European proposal for a 30-day ceasefire.", []),  # the ceasefire was refused
    ("Syria's interim government signed an agreement with the Kurdish-led SDF.", [("SYR", "057", "NSA:PYD")]),
])
def test_a_refused_ceasefire_and_the_sdf(text, expected):
    assert keys(text) == expected


def test_people_are_civilians_of_the_place_named_before_them():
    assert keys("Turkish police detained 50 people in Istanbul.") == [("TUR", "173", "TUR")]
    # the speaker's city further on is no home of theirs; the shelled capital before them is
    coded = events_of("Congolese rebels shelled Kinshasa, killing about 15 people, aid workers in Kigali said.", lang="en")
    assert [(e.cameo, e.target.country, e.target.sector) for e in coded] == [("194", "COD", "GOV"), ("1823", "COD", "CVL")]


@pytest.mark.parametrize("text, expected", [
    ("Britain suspended arms exports to Israel.", [("GBR", "1622", "ISR")]),
    ("Germany halted weapons deliveries to Saudi Arabia.", [("DEU", "1622", "SAU")]),
])
def test_halted_arms_exports_reduce_military_aid(text, expected):
    assert keys(text) == expected


def test_a_participle_after_a_number_is_an_adjective():
    # the Americans were detained before; releasing them is the act
    assert keys("Venezuela released six detained Americans after a visit by a US envoy.") == [("VEN", "084", "USA")]


def test_martial_law_planned_is_one_threat_on_the_countrys_people():
    assert keys("Thailand's government declared martial law.") == [("THA", "1724", "THA")]
    coded = keys("Sri Lanka's government said it was ready to declare martial law.")
    assert coded == [("LKA", "137", "LKA")]  # "prepared to" governs the act: one planned act, not two


SANCTIONS_STORY = """BRUSSELS, March 12 (Northwire) - European Union foreign ministers on Monday agreed to impose new sanctions on Russia over its continued attacks on Ukrainian energy infrastructure.

EU foreign policy chief Kaja Kallas said the bloc would also send additional air defence systems to Kyiv. Ukrainian Foreign Minister Andrii Sybiha welcomed the decision and urged member states to speed up deliveries.

Moscow condemned the move. Kremlin spokesman Dmitry Peskov accused the EU of prolonging the war and threatened to retaliate against European companies.

Separately, Hungary blocked a joint statement on Georgia, diplomats said."""


def test_a_sanctions_story_of_our_own_end_to_end():
    # "agreed to impose": the decided sanction itself; "over its continued attacks": a reason, no act;
    # "condemned the move": an answer to the party that last acted on Russia;
    # "accused ... and threatened": two acts of the spokesman towards the EU; "blocked a joint statement on
    # Georgia": a rejection concerning Georgia (the diplomats who tell it are no party)
    # ("welcomed the decision and urged member states": Ukraine praises and then urges the EU that decided)
    # ("Kallas said the bloc would also send air defence systems": the sayer's side plans military aid)
    assert keys(SANCTIONS_STORY) == [("IGO:EU", "163", "RUS"), ("IGO:EU", "0332", "UKR"),
                                     ("UKR", "051", "IGO:EU"), ("UKR", "020", "IGO:EU"),
                                     ("RUS", "111", "IGO:EU"), ("RUS", "112", "IGO:EU"),
                                     ("RUS", "130", "IGO:EU"), ("HUN", "120", "GEO")]


SUMMIT_STORY = """MOSCOW, March 11, 2026 (Northwire) - Russian President Vladimir Putin hosted Iranian President Masoud Pezeshkian at the Kremlin on Tuesday, and the two leaders signed a strategic partnership treaty.

Putin said Russia would continue to supply nuclear fuel to Iran and called for a diplomatic solution to the dispute over Tehran's nuclear programme.

Pezeshkian thanked Moscow for its support and criticised Western sanctions against his country.

Israel's Foreign Ministry condemned the treaty, saying it endangered regional security."""


def test_a_summit_story_of_our_own_end_to_end():
    events = events_of(SUMMIT_STORY, lang="en")
    assert [(e.source.country, e.cameo, e.target.country if e.target else None) for e in events] == [
        ("RUS", "043", "IRN"),
        ("RUS", "057", "IRN"), ("IRN", "057", "RUS"),  # "the two leaders signed": the story's two parties
        ("RUS", "020", "IRN"), ("IRN", "051", "RUS")]  # Western sanctions: the West has no code
    assert {(e.location.name if e.location else None) for e in events} == {"Moscow"}  # "at the Kremlin"
    assert {e.date for e in events} == {"2026-03-10"}  # Tuesday before the dateline


def test_both_sides_are_the_storys_two_parties():
    assert keys("Israeli jets struck Gaza on Monday. The UN urged both sides to show restraint.") == [
        ("ISR", "195", "PSE"), ("IGO:UN", "020", "ISR"), ("IGO:UN", "020", "PSE")]


def test_both_sides_before_the_pair_is_named_are_the_pair_named_further_on():
    # the lead's "the two sides", the story's pair only named below with "between"
    text = ("The two sides declared a ceasefire on Sunday after three days of shelling across the border. "
            "The truce between Armenia and Azerbaijan held through the night.")
    assert keys(text) == [("ARM", "0871", "AZE"), ("AZE", "0871", "ARM")]
    assert keys("The two sides declared a ceasefire on Sunday.") == []  # no pair in the article: no event


def test_a_collective_subject_stays_the_subject_of_its_next_verb():
    text = ("Armenian troops shelled Azerbaijani positions for a week. "
            "The two sides agreed on Monday to a ceasefire.")
    assert ("AZE", "0871", "ARM") in keys(text)  # the ceasefire is the two sides', not Armenia's alone
    assert ("ARM", "0871", None) not in keys(text)


def test_words_on_the_storys_meeting_by_a_party_outside_it_concern_both_that_met():
    text = ("Armenian Prime Minister Nikol Pashinyan met Azerbaijani President Ilham Aliyev in Abu Dhabi on "
            "Tuesday. Russia welcomed the talks, and Iran criticised the meeting.")
    assert keys(text) == [("ARM", "040", "AZE"), ("RUS", "051", "ARM"), ("RUS", "051", "AZE"),
                          ("IRN", "111", "ARM"), ("IRN", "111", "AZE")]
    assert keys("Russia welcomed the talks.") == []  # no meeting told: no one to praise


def test_a_party_after_a_comma_and_and_with_a_verb_of_its_own_begins_another_clause():
    assert keys("Russia condemned the decision, and Iran sharply criticised Israel.") == [("IRN", "111", "ISR")]
    assert keys("Russia praised Turkey, and Iran criticised Israel.") == [("RUS", "051", "TUR"), ("IRN", "111", "ISR")]


def test_a_government_named_for_its_leader_is_that_states_government():
    [event] = events_of("The Assad regime attacked rebels in Idlib.", lang="en")
    assert (event.source.country, event.source.sector, event.source.name, event.cameo) == ("SYR", "GOV", "Assad regime", "180")


@pytest.mark.parametrize("text, expected", [
    # an act named as a noun before "between" is the pair's, each towards the other, not the clause subject's
    ("Kenya urged calm in Sudan as fighting between the army and the Rapid Support Forces spread.",
     [("KEN", "020", "SDN"), ("KEN", "020", "SDN"), ("SDN", "190", "SDN")]),  # both sides of the war are urged
    ("Clashes between Armenia and Azerbaijan erupted on the border.", [("ARM", "190", "AZE"), ("AZE", "190", "ARM")]),
    ("Qatar is mediating between Hamas and Israel.", [("QAT", "045", "PSE"), ("QAT", "045", "ISR")]),
])
def test_acts_between_a_named_pair(text, expected):
    assert keys(text, dateline="2026-03-12") == expected


@pytest.mark.parametrize("text, expected", [
    # what "of" joins to an accusation or a condemnation is the charge, not an act told as done
    ("Russia accused Ukraine of attacks on civilians.", [("RUS", "112", "UKR")]),
    ("Turkey condemned the wave of attacks on Kurds in Iraq.", [("TUR", "111", "IRQ")]),
    # a sum pledged before an act noun: one planned act, not a pledge and a delivery
    ("Washington pledged $50 million in humanitarian aid for Sudanese refugees in Chad.", [("USA", "0333", "SDN")]),
    # a pronoun object is the party the sentence last acted on
    ("The United States imposed sanctions on two RSF commanders, accusing them of attacks on civilians.",
     [("USA", "163", "SDN"), ("USA", "112", "SDN")]),
])
def test_charges_pledged_sums_and_pronoun_objects(text, expected):
    assert keys(text, dateline="2026-03-12") == expected


@pytest.mark.parametrize("text, expected", [
    # words said with no place of their own are placed where the story is filed from
    ("NAIROBI, March 4 (Reuters) - Kenya urged the warring parties in Sudan to agree to a ceasefire.",
     [("KEN", "020", "SDN", "Nairobi")]),
    ("NAIROBI, March 4 (Reuters) - Kenya met Sudan in Addis Ababa.", [("KEN", "040", "SDN", "Addis Ababa")]),
])
def test_the_dateline_city_places_words_and_the_warring_parties_of_a_country(text, expected):
    assert [(e.source.country, e.cameo, e.target.country, e.location and e.location.name)
            for e in events_of(text, lang="en")] == expected


@pytest.mark.parametrize("text, expected", [
    # an office right after a body of a known country is that body's officer
    ("Iran's foreign ministry spokesman Esmaeil Baghaei condemned Israel.", [("IRN", "111", "ISR")]),
    # a state's own official does not act on that state ("warned that Tehran would respond")
    ("The EU imposed sanctions on Iran. Iran's foreign ministry spokesman Esmaeil Baghaei condemned the decision "
     "and warned that Tehran would respond.", [("IGO:EU", "163", "IRN"), ("IRN", "111", "IGO:EU"), ("IRN", "130", "IGO:EU")]),
    # "condemned a decision" names nothing told before
    ("The EU imposed sanctions on Iran. Iran condemned a new decision.", [("IGO:EU", "163", "IRN")]),
    ("Hungarian Prime Minister Viktor Orban was criticised by several EU leaders.", [("IGO:EU", "111", "HUN")]),
])
def test_officers_of_bodies_answers_to_acts_told_before_and_quantified_agents(text, expected):
    assert keys(text, dateline="2026-03-12") == expected


@pytest.mark.parametrize("text, expected", [
    # what an accusation charges, however deep in its "of" phrase, is not done
    ("Japan accused China of spreading false claims.", [("JPN", "112", "CHN")]),
    # a subordinate clause has a subject of its own: the shells are not the officers'
    ("Turkish officers ended their mediation in Baghdad as rockets kept falling on the Iraqi capital.",
     [("TUR", "165", "IRQ")]),
])
def test_deep_charges_and_subordinate_clauses(text, expected):
    assert keys(text, dateline="2026-03-12") == expected


def test_an_arrest_with_no_doer_named_is_by_the_police_of_where_it_happened():
    assert [(e.source.country, e.source.sector, e.cameo, e.target.country)
            for e in events_of("Two French journalists were detained in Iran last week.", lang="en",
                               dateline="2026-03-12")] == [("IRN", "COP", "173", "FRA")]


@pytest.mark.parametrize("text, expected", [
    # people of no country yet named are of the state named after them; "ethnic" makes a people, not a state
    ("A group of refugees went on hunger strike to protest the Danish government's refusal.",
     [("DNK", "142", "DNK")]),
    ("About 200 ethnic Uzbeks went on a hunger strike to protest against Kazakhstan's move to send the group back "
     "across the border.", [("KAZ", "142", "KAZ")]),  # "send ... back" is no backing
    ("Germany backed France.", [("DEU", "051", "FRA")]),
])
def test_people_of_a_state_named_after_them_and_particles_that_are_no_act(text, expected):
    assert keys(text, dateline="2026-03-12") == expected


def test_a_participle_after_its_noun_with_the_sentences_own_verb_later_is_passive():
    # "jailed" describes the civilians; the sentence's verb is "were freed", by Lukashenko, with no party named to code
    assert keys("Civilians jailed for protesting against Minsk were freed by Lukashenko.", dateline="2026-03-12") == []
    assert keys("Protesters attacked the police in Paris.", dateline="2026-03-12") == [("FRA", "145", "FRA")]  # a riot


@pytest.mark.parametrize("text, expected", [
    # a vow to fight is a threat; "Ethnic" opening the sentence still makes a people, of the state named later
    ("Ethnic Serbs have vowed to fight until they control the villages near Kosovo's border.",
     [("XKX", "138", "XKX")]),
    ("Joe Biden was sworn in as president on Wednesday.", []),  # an oath of office, no vow
    ("Latin American governments criticised the United States.", []),  # a region, no state
])
def test_vows_oaths_and_peoples(text, expected):
    assert keys(text, dateline="2026-03-12") == expected


def test_an_offer_naming_no_party_is_made_to_the_storys_other_party():
    text = ("U.S. Secretary of State Marco Rubio met his Chinese counterpart Wang Yi in Kuala Lumpur on Thursday. "
            "China also offered to resume cooperation on counter-narcotics.")
    assert keys(text, dateline="2026-05-06") == [("USA", "040", "CHN"), ("CHN", "031", "USA")]


def test_militants_and_places_after_a_direction_word():
    text = ("ANKARA, Feb 10 (Reuters) - Turkish drones struck Kurdish militant targets in northern Iraq, killing at "
            "least five fighters. Iraq's foreign ministry condemned the strikes.")
    events = events_of(text, lang="en")
    assert [(e.source.country, e.cameo, e.target.country, e.location.name) for e in events] == [
        ("TUR", "195", "IRQ", "Iraq"), ("IRQ", "111", "TUR", "Iraq")]


def test_words_of_foreign_parties_are_not_placed_in_the_city_a_story_is_filed_from():
    [event] = events_of("ANKARA, Feb 10 (Reuters) - Egypt criticised Ethiopia over the dam.", lang="en")
    assert (event.source.country, event.target.country, event.location) == ("EGY", "ETH", None)


@pytest.mark.parametrize("text, expected", [
    # "it" in what must be done is the party addressed; a noun of saying may stand a few words after its speaker
    ("Japan issued a formal reminder to North Korea that it must respect the sanctions.", [("JPN", "100", "PRK")]),
    ("France told Iran that it must stop enriching uranium.", [("FRA", "100", "IRN")]),
    ("Chirac said it must be done.", []),
])
def test_what_the_party_addressed_must_do(text, expected):
    assert keys(text, dateline="2026-03-12") == expected


@pytest.mark.parametrize("text, expected", [
    # a sum in per cent may stand inside a phrase; a trade dispute is no trade
    ("Trump said he would impose 50% tariffs on China, escalating a trade dispute with Beijing.", [("USA", "1312", "CHN")]),
    ("Japan will trade more with India.", [("JPN", "0311", "IND")]),
])
def test_tariffs_in_per_cent_and_trade_disputes(text, expected):
    assert keys(text, dateline="2026-03-12") == expected


def test_a_threat_does_not_name_the_storys_parties_and_countermeasures_are_threats():
    text = ("Trump said he would impose 50% tariffs on China. China vowed to take countermeasures. "
            "Meanwhile, Canadian Prime Minister Mark Carney met Mexican President Claudia Sheinbaum in Mexico City. "
            "The two leaders pledged to deepen trade ties.")
    assert keys(text, dateline="2026-06-03") == [
        ("USA", "1312", "CHN"), ("CHN", "130", "USA"), ("CAN", "040", "MEX"), ("CAN", "032", "MEX"), ("MEX", "032", "CAN")]


@pytest.mark.parametrize("text, expected", [
    ("Iran, a close ally of Russia, condemned Israel.", [("IRN", "111", "ISR")]),  # the apposition is passed over
    ("Jan Egeland, the UN Emergency Relief Coordinator, urged Sudan to open its borders.", [("IGO:UN", "020", "SDN")]),
    # a common noun after a comma is a subject no code stands for, not the actor named before the comma
    ("Hungarian authorities failed to protect Roma families, a civil rights group protested on Friday.", []),
])
def test_appositions_and_uncoded_common_subjects(text, expected):
    assert keys(text, dateline="2026-03-12") == expected


def test_an_appeal_to_a_court_is_procedure():
    assert keys("The opposition appealed to the Supreme Court.", dateline="2026-03-12") == []
    assert keys("Ukraine appealed to the United Nations for help.", dateline="2026-03-12") == [("UKR", "020", "IGO:UN")]


@pytest.mark.parametrize("text, expected", [
    ("Thousands of workers went on strike in France.", [("FRA", "143", "FRA")]),
    ("The Kremlin said the strikes targeted military facilities.", []),  # military strikes, no walkout
])
def test_only_walkout_phrases_are_labour_strikes(text, expected):
    assert keys(text, dateline="2026-03-12") == expected


@pytest.mark.parametrize("text, expected", [
    ("The opposition called for the resignation of Prime Minister Keir Starmer.", [("GBR", "0241", "GBR")]),
    ("Protesters demanded the resignation of the Serbian government.", [("SRB", "1041", "SRB")]),
    ("Trump urged Zelensky to resign.", [("USA", "0241", "UKR")]),
])
def test_calls_to_resign_appeal_for_a_change_of_leadership(text, expected):
    assert keys(text, dateline="2026-03-12") == expected


def test_a_bare_body_is_of_the_last_subjects_country():
    text = ("U.S. President Donald Trump imposed tariffs on China. China's commerce ministry said it firmly opposed "
            "the move. A ministry spokesperson urged the United States to correct its mistakes.")
    assert keys(text, dateline="2026-06-03")[-1] == ("CHN", "020", "USA")


@pytest.mark.parametrize("text, expected", [
    # a regular past participle after an auxiliary is passive: the victims did not kill
    ("Three soldiers were killed in a Russian drone attack in Kharkiv.", [("RUS", "180", "UKR")]),
    ("Two Turkish diplomats were expelled by Iran on Monday.", [("IRN", "166", "TUR")]),
    # what was done is no actor: the agents after "by" are the pair that did it together
    ("The deal was signed by Turkey and Iraq.", [("TUR", "057", "IRQ"), ("IRQ", "057", "TUR")]),
])
def test_passives_with_regular_participles_and_a_pair_of_agents(text, expected):
    assert keys(text, dateline="2026-03-12") == expected


@pytest.mark.parametrize("text, expected", [
    # the EU's deed is what another member's minister criticises as "the decision"
    ("EU foreign ministers on Monday agreed to extend sanctions on Russia. Hungary's Foreign Minister "
     "Peter Szijjarto criticised the decision.", [("IGO:EU", "163", "RUS"), ("HUN", "111", "IGO:EU")]),
    ("The rebels agreed to demands from the government of Sudan.", [("SDN", "080", "SDN"), ("SDN", "100", "SDN")]),
    ("Russia agreed to withdraw troops from Syria.", [("RUS", "0356", "SYR")]),  # a plan: intent
    # aircraft, drones and missiles attack from the air
    ("Two civilians were killed when Russian drones struck an apartment building in Odesa.", [("RUS", "195", "UKR")]),
    ("Russian troops attacked Kharkiv.", [("RUS", "180", "UKR")]),
])
def test_plans_after_agreed_decisions_answered_and_attacks_from_the_air(text, expected):
    assert keys(text, dateline="2026-03-03") == expected


EU_STORY = """BRUSSELS, March 3 (Reuters) - European Union foreign ministers on Monday agreed to extend sanctions on Russia for another six months, diplomats said.
Hungary's Foreign Minister Peter Szijjarto criticised the decision.
Russia's foreign ministry condemned the move as illegal and vowed to retaliate.
Separately, Ukrainian President Volodymyr Zelenskiy thanked EU leaders for their support and called on the United States to send more air defence systems.
Two Ukrainian civilians were killed when Russian drones struck an apartment building in Odesa overnight, the regional governor said.
Turkey offered to host new peace talks between Russia and Ukraine in Istanbul."""


def test_an_eu_sanctions_story_of_our_own_end_to_end():
    events = events_of(EU_STORY, lang="en")
    assert [(e.source.country, e.cameo, e.target.country, e.intent) for e in events] == [
        ("IGO:EU", "163", "RUS", False),  # the plan agreed is the deed: sanctions extended
        ("HUN", "111", "IGO:EU", False),  # "the decision": the EU's, the last deed told
        ("RUS", "111", "IGO:EU", False),
        ("RUS", "138", "IGO:EU", True),  # "as illegal and vowed": no new clause; retaliation vowed is a threat
        ("UKR", "051", "IGO:EU", False), ("UKR", "020", "USA", False),
        ("RUS", "195", "UKR", False),  # drones strike from the air; the civilians killed are not the doers
        ("TUR", "036", "RUS", True), ("TUR", "036", "UKR", True),
    ]
    assert events[0].date == "2026-03-02"  # "on Monday" before the Tuesday dateline
    assert events[6].location.name == "Odesa"


@pytest.mark.parametrize("text, expected", [
    ("Police in Tbilisi fired tear gas at protesters on Sunday.", [("GEO", "175", "GEO")]),
    ("Kenyan police used tear gas and water cannon to disperse demonstrators in Nairobi.", [("KEN", "175", "KEN")]),
])
def test_tear_gas_on_protesters_is_repression(text, expected):
    assert keys(text, dateline="2026-03-03") == expected


SUDAN_STORY = """KHARTOUM, June 12 (AFP) - Sudan's army said on Thursday it had repelled an attack by the Rapid Support Forces on the city of El Fasher, killing dozens of fighters.
The RSF denied the claim and accused the army of bombing a market in Nyala, where at least 20 civilians died.
UN Secretary-General Antonio Guterres called for an immediate ceasefire and urged both sides to allow humanitarian access.
Egypt and Saudi Arabia, which have mediated between the warring parties, invited the two sides to new talks in Jeddah.
The army's chief, General Abdel Fattah al-Burhan, rejected the invitation.
Meanwhile, the United States imposed sanctions on three RSF commanders accused of atrocities in Darfur.
A court in Khartoum sentenced a journalist to five years in prison for spreading false news."""


def test_a_civil_war_story_of_our_own_end_to_end():
    events = events_of(SUDAN_STORY, lang="en")
    found = [(e.source.country, e.source.sector, e.cameo, e.target.country, e.target.sector) for e in events]
    assert found[:2] == [
        ("SDN", "REB", "180", "SDN", "GOV"),  # "an attack by the RSF on El Fasher": its doer after "by"
        ("SDN", "REB", "112", "SDN", "MIL"),  # the army is not the rebels' own forces
    ]
    # the story's two parties are the two sides of one state's war: each is urged and invited
    assert {f for f in found if f[2] in ("020", "026")} == {
        ("IGO:UN", "GOV", "020", "SDN", "REB"), ("IGO:UN", "GOV", "020", "SDN", "GOV"),
        ("SAU", "GOV", "026", "SDN", "REB"), ("SAU", "GOV", "026", "SDN", "GOV"),
        ("EGY", "GOV", "026", "SDN", "REB"), ("EGY", "GOV", "026", "SDN", "GOV")}
    # "the army's chief, General ...,": the army named before is Sudan's; the invitation was the mediators'
    assert {(e.source.name, e.target.country) for e in events if e.cameo == "125"} == {
        ("Abdel Fattah al-Burhan", "SAU"), ("Abdel Fattah al-Burhan", "EGY")}
    assert ("USA", "GOV", "163", "SDN", "REB") in found  # an armed group's commanders are its own men
    assert found[-1] == ("SDN", "JUD", "116", "SDN", "MED")  # a court and a journalist of the place named


@pytest.mark.parametrize("text, expected", [
    ("Protesters attacked the police in Tbilisi.", [("GEO", "145", "GEO")]),  # force by protesters: a riot
    ("Georgian police attacked protesters in Tbilisi.", [("GEO", "180", "GEO")]),
])
def test_force_used_by_protesters_is_a_violent_protest(text, expected):
    assert keys(text, dateline="2026-03-03") == expected


CORRIDOR_STORY = """BEIJING, Sept. 9 (Xinhua) -- Chinese Foreign Minister Wang Yi held talks with his Pakistani counterpart Ishaq Dar in Beijing on Tuesday, and the two sides pledged to deepen their all-weather strategic partnership.
Dar thanked China for its long-standing assistance.
Azerbaijan's foreign minister also reaffirmed his country's commitment to the one-China principle.
Washington urged Islamabad and Kabul to resolve their differences through dialogue."""


def test_a_partnership_story_of_our_own_end_to_end():
    events = events_of(CORRIDOR_STORY, lang="en")
    assert [(e.source.country, e.cameo, e.target.country, e.intent) for e in events] == [
        ("CHN", "040", "PAK", False),
        ("CHN", "032", "PAK", True), ("PAK", "032", "CHN", True),  # a hyphened word is one word of a phrase's gap
        ("PAK", "051", "CHN", False),  # "for its long-standing assistance": a reason, no aid given here
        ("AZE", "051", "CHN", False),  # a commitment reaffirmed is support
        ("USA", "020", "PAK", False), ("USA", "020", "AFG", False),
    ]
    assert [e.date for e in events][:2] == ["2026-09-08", "2026-09-08"]  # Tuesday before the Wednesday dateline


@pytest.mark.parametrize("text, expected", [
    ("Japan offered condolences over the earthquake in Turkey.", [("JPN", "018", "TUR")]),  # where the loss is
    ("President erdogan criticised Israel.", [("TUR", "111", "ISR")]),  # a known name written in lower case
])
def test_sympathy_goes_where_the_loss_is_and_lower_case_names_after_a_title(text, expected):
    assert keys(text, dateline="2026-03-03") == expected


@pytest.mark.parametrize("text, expected", [
    ("France recognized the State of Palestine.", [("FRA", "054", "PSE")]),
    ("The ministry recognized the importance of talks with Iran.", []),  # a thing recognised, no party
])
def test_recognition_is_of_a_party_that_is_the_verbs_object(text, expected):
    assert keys(text, dateline="2026-03-03") == expected


IMAMOGLU_STORY = """ISTANBUL, Feb 20 (Reuters) - Turkish police detained 45 people on Thursday in raids targeting suspected Islamic State members, state media said.
Separately, Turkey's main opposition Republican People's Party (CHP) accused the government of pressuring the judiciary.
President Tayyip Erdogan rejected the criticism and said the courts were independent.
The European Union expressed concern over the investigation and called on Ankara to respect the rule of law."""


def test_a_domestic_politics_story_of_our_own_end_to_end():
    events = events_of(IMAMOGLU_STORY, lang="en")
    assert [(e.source.country, e.source.sector, e.cameo, e.target.country, e.target.sector) for e in events] == [
        ("TUR", "COP", "173", "TUR", "CVL"),  # "in raids": how they were detained, no second act
        ("TUR", "OPP", "112", "TUR", "GOV"),
        ("TUR", "GOV", "120", "TUR", "OPP"),  # "Tayyip Erdogan" is the dictionary's Recep Tayyip Erdogan; the
        # criticism rejected is the opposition's
        ("IGO:EU", "", "012", "TUR", "GOV"), ("IGO:EU", "", "020", "TUR", "GOV"),
    ]


@pytest.mark.parametrize("text, expected", [
    # a mutual act of a coordinated subject is each one's towards the other, whatever else is named
    ("Israel and Hamas traded accusations of violating the Gaza ceasefire.", [("PSE", "112", "ISR"), ("ISR", "112", "PSE")]),
    ("Israeli strikes killed at least 12 Palestinians.", [("ISR", "1823", "PSE")]),  # strikes are acts, not people
    # negation before a conjunction belongs to the verb before it
    ("Hamas denied the charge and accused Israel of blocking aid deliveries.", [("PSE", "112", "ISR")]),
])
def test_traded_accusations_acts_owned_by_a_demonym_and_negation_before_a_conjunction(text, expected):
    assert keys(text, dateline="2026-10-14") == expected
    assert not any(e.negated for e in events_of(text, lang="en", dateline="2026-10-14"))


def test_a_price_to_pay_said_of_a_party_is_a_threat_to_it():
    text = '"Hamas has violated the agreement and will pay a heavy price," Israeli Prime Minister Benjamin Netanyahu said.'
    assert keys(text, dateline="2026-10-14") == [("ISR", "130", "PSE")]


def test_consequences_a_party_will_face_are_a_threat_to_it():
    assert keys("Washington said Moscow would face severe consequences.", dateline="2026-10-14") == [("USA", "130", "RUS")]


NIGER_STORY = """NIAMEY, Aug 3 (Reuters) - The Economic Community of West African States (ECOWAS) imposed sanctions on Niger last week and threatened to use force if President Mohamed Bazoum was not reinstated.
Thousands of junta supporters marched in Niamey on Thursday, burning French flags outside the embassy.
Bazoum, who has been detained since the coup, appealed to the United States for help."""


@pytest.mark.parametrize("text, expected", [
    ("Russia shelled Kharkiv, killing three civilians.", [("RUS", "194", "UKR"), ("RUS", "1823", "UKR")]),
    # an act in a condition is only supposed, all through the condition's clause
    ("Mali will withdraw its troops from Niger unless President Tiani agrees to a truce with rebels fighting "
     "his government.", [("MLI", "0356", "NER")]),
    # a gerund right after a party is its act
    ("France sent troops to Chad to help the army against rebels fighting the government.",
     [("TCD", "190", "TCD")]),
])
def test_people_killed_after_a_struck_city_gerund_doers_and_conditions(text, expected):
    assert keys(text, dateline="2026-03-12") == expected


def test_a_coup_story_of_our_own_end_to_end():
    events = events_of(NIGER_STORY, lang="en")
    assert [(e.source.country, e.source.name, e.cameo, e.target.country) for e in events] == [
        ("IGO:ECOWAS", None, "163", "NER"), ("IGO:ECOWAS", None, "138", "NER"),
        ("NER", "supporters", "141", "FRA"),  # burning French flags: no French people
        ("NER", "Mohamed Bazoum", "020", "USA"),  # a president with no country named is of the story's country
    ]


def test_a_promise_to_support_another_partys_act_is_support_of_that_party():
    text = "Erdogan thanked Azerbaijan for its solidarity and promised to support Baku's peace talks with Armenia."
    assert keys(text, dateline="2026-06-02")[:2] == [("TUR", "051", "AZE"), ("TUR", "032", "AZE")]


def test_a_place_in_a_charge_is_not_where_the_charge_was_made():
    text = "MOSCOW, April 8 (Northwire) - Russia on Wednesday accused Ukraine of attacking an energy facility in the Kursk region."
    [event] = events_of(text, lang="en")
    assert event.location.name == "Moscow"


@pytest.mark.parametrize("text, expected", [
    # "and said": the first verb's subject says it
    ("France criticised Russia and said Moscow must withdraw.", [("FRA", "111", "RUS"), ("FRA", "100", "RUS")]),
    # the pronoun after "that" is the party warned; the warner threatens it
    ("Iran warned Israel that it would face consequences if the attacks continued.",
     [("IRN", "130", "ISR")]),
])
def test_a_second_verb_of_saying_and_a_warning_with_a_threat(text, expected):
    assert keys(text, dateline="2026-10-14") == expected


def test_a_visit_takes_place_in_the_city_visited():
    [visit] = events_of("Turkish President Recep Tayyip Erdogan visited Moscow on Monday.", lang="en",
                        dateline="2026-03-12")
    assert (visit.cameo, visit.target.country, visit.location.name) == ("042", "RUS", "Moscow")


BORDER_STORY = """NAIROBI, March 11 (Northwire) - Kenyan President William Ruto hosted Somali President Hassan Sheikh Mohamud in Nairobi on Tuesday for talks on border security.
The two leaders signed an agreement to reopen the Mandera border crossing and pledged to share intelligence on al-Shabaab.
Ruto said Kenya would send 500 more troops to the African Union mission in Somalia.
Al-Shabaab fighters attacked a police post near Mandera on Wednesday, killing four officers, police said.
Somalia's foreign ministry condemned the attack and accused the militants of trying to derail the peace process.
Ethiopia, which also borders Somalia, urged both countries to coordinate with Addis Ababa before any military operation.
The United States welcomed the agreement and said it was ready to provide training to Somali forces."""


def test_a_border_security_story_of_our_own_end_to_end():
    assert keys(BORDER_STORY) == [
        ("KEN", "043", "SOM"),
        ("KEN", "057", "SOM"), ("SOM", "057", "KEN"),  # "the two leaders signed"
        ("KEN", "0314", "SOM"),  # pledged to share intelligence: planned
        ("NSA:ALSHABAAB", "180", "KEN"),
        ("SOM", "111", "NSA:ALSHABAAB"),  # "condemned the attack and accused the militants": the group named before
        ("ETH", "020", "KEN"), ("ETH", "020", "SOM"),  # "both countries": the two states that met, not the militia
        ("USA", "051", "KEN"), ("USA", "051", "SOM"),  # "welcomed the agreement": both that signed it
    ]


@pytest.mark.parametrize("text, expected", [
    ("Polish prosecutors charged two men with spying for Minsk.", []),  # Minsk is inside the charge
    ("Israel accused Iran of arming Hezbollah.", [("ISR", "112", "IRN")]),
    ("Turkey condemned the wave of attacks on Kurds in Iraq.", [("TUR", "111", "IRQ")]),  # no charge to condemn
])
def test_no_party_inside_the_charge_is_the_one_accused(text, expected):
    assert keys(text) == expected


EXPULSION_STORY = """WARSAW, Nov. 20 (Northwire) - Poland expelled three Belarusian diplomats on Thursday after prosecutors charged two men with spying for Minsk.
Polish Foreign Minister Radoslaw Sikorski said the diplomats had 72 hours to leave the country.
Belarus denied the accusations and vowed to respond in kind, the state news agency BelTA reported.
Lithuania and Latvia voiced support for Warsaw, while the European Union called on Minsk to stop its hybrid attacks on member states.
Polish border guards detained 40 migrants who had crossed from Belarus overnight.
Belarusian leader Alexander Lukashenko met Russian President Vladimir Putin in Moscow on Friday and thanked him for Russia's support."""


def test_an_expulsion_story_of_our_own_end_to_end():
    assert keys(EXPULSION_STORY) == [
        ("POL", "166", "BLR"),  # expelled diplomats; the men charged with spying for Minsk are no party
        ("BLR", "131", "POL"),  # vowed to respond in kind: a threat to cut relations
        ("LVA", "051", "POL"), ("LTU", "051", "POL"),
        ("IGO:EU", "020", "BLR"),
        ("POL", "173", "POL"),  # the migrants detained are no Belarusian state
        ("BLR", "040", "RUS"), ("BLR", "051", "RUS"),
    ]


SHOAL_STORY = """MANILA, July 8 (Northwire) - Chinese coast guard vessels fired water cannon at a Philippine supply boat near Second Thomas Shoal on Monday, the Philippine military said.
The Philippines lodged a diplomatic protest with Beijing and summoned China's ambassador in Manila.
China's foreign ministry said the Philippine boat had intruded into Chinese waters and urged Manila to stop its provocations.
The United States reaffirmed its commitment to defend the Philippines under a 1951 treaty.
Japan and Australia expressed concern over the incident and called for restraint.
President Ferdinand Marcos Jr. said his government would not be intimidated and would continue resupply missions."""


def test_a_shoal_story_of_our_own_end_to_end():
    assert keys(SHOAL_STORY) == [
        ("CHN", "175", "PHL"),  # water cannon fired at a ship: coercion; "at" ends the phrase, it is no place
        ("PHL", "114", "CHN"),
        ("CHN", "020", "PHL"),  # "said the Philippine boat had intruded ... and urged Manila": the ministry urged
        ("USA", "051", "PHL"),
        # "expressed concern over the incident and called for restraint": said of the incident's doer
        ("AUS", "012", "CHN"), ("JPN", "012", "CHN"), ("AUS", "020", "CHN"), ("JPN", "020", "CHN"),
    ]


@pytest.mark.parametrize("text, expected", [
    ("Chinese coast guard vessels fired water cannon at a Philippine supply boat.", [("CHN", "175", "PHL")]),
    ("China's foreign ministry said the Philippine boat had entered Chinese waters and urged Manila to withdraw it.",
     [("CHN", "020", "PHL")]),
])
def test_a_boat_says_nothing_and_waters_are_no_people(text, expected):
    assert keys(text) == expected



def test_words_about_an_act_told_before_answer_its_doer():
    text = ("Chinese coast guard vessels fired water cannon at a Philippine supply boat. "
            "Japan expressed concern over the incident.")
    assert keys(text) == [("CHN", "175", "PHL"), ("JPN", "012", "CHN")]


def test_an_accused_we_cannot_code_takes_no_other_party_in_its_place():
    text = "Police dispersed protesters in Tbilisi. The protesters accused the ruling Georgian Dream party of fraud."
    assert ("GEO", "112", "GEO") not in keys(text)  # not the police, the last to act: the party named has no code


def test_a_date_after_a_later_act_dates_that_act_not_the_ones_before_it():
    text = ("ANKARA, Feb. 4 (Northwire) - Iraqi Prime Minister Mohammed Shia al-Sudani thanked Turkey on Tuesday "
            "for its support. Sudani invited Erdogan to visit Baghdad later this year.")
    [thanks, invitation] = events_of(text, lang="en")
    assert (thanks.date, invitation.date) == ("2026-02-03", "2026-02-03")  # "later this year" dates the visit


DRONE_STORY = """KYIV, Oct. 14 (Northwire) - Russian drones struck an energy facility in the Kharkiv region overnight, cutting power to thousands of homes, Ukrainian officials said.
Ukraine's air force said it shot down 42 of the 60 drones launched by Russia.
Ukrainian President Volodymyr Zelensky called on Western allies to speed up deliveries of air defence systems.
Germany pledged two more Patriot systems, while Britain announced new sanctions against Russian oil exporters.
The Kremlin dismissed the sanctions as illegitimate and warned that it would respond."""


def test_a_drone_strike_story_of_our_own_end_to_end():
    events = events_of(DRONE_STORY, lang="en")
    assert [(e.source.country, e.cameo, e.target.country) for e in events] == [
        ("RUS", "195", "UKR"),
        ("UKR", "190", "RUS"),  # "shot down 42 of the 60 drones launched by Russia": the agent owns the drones
        ("GBR", "163", "RUS"),  # "while Britain announced new sanctions": the sayer of that clause, not Germany
        ("RUS", "120", "GBR"), ("RUS", "130", "GBR"),  # the sanctions' maker
    ]
    # the Kremlin's words are not placed in Kharkiv, where the story's deed was done
    assert [e.location for e in events if e.source.country == "RUS" and e.cameo != "195"] == [None, None]

