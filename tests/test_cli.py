"""Every command, run as a user would (through the typer app)."""
import json
import shutil

from typer.testing import CliRunner

from eventwire.cli import app

runner = CliRunner()


def test_code_jsonl_to_file(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a", "text": "Çin, Japonya'yı eleştirdi.", "dateline_date": "2026-01-29"},
                              ensure_ascii=False) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["code", str(src), "--out", str(out)])
    assert result.exit_code == 0, result.output
    [row] = [json.loads(line) for line in out.read_text().splitlines()]
    assert row["id"] == "a" and row["events"][0]["cameo"] == "111"


def test_code_stdin_text():
    result = runner.invoke(app, ["code", "-"], input="Rusya, Ukrayna'ya saldırdı.")
    assert result.exit_code == 0
    row = json.loads(result.stdout.splitlines()[0])
    assert row["events"][0]["cameo_root"] == "18"


def test_code_missing_input_is_a_clear_error(tmp_path):
    result = runner.invoke(app, ["code", str(tmp_path / "nope.jsonl")])
    assert result.exit_code == 2 and "no such file" in result.output


def test_ingest_samples_is_idempotent(tmp_path):
    db = tmp_path / "ew.duckdb"
    first = runner.invoke(app, ["ingest", "--db", str(db)])
    assert first.exit_code == 0, first.output
    assert "+11 articles" in first.stdout  # 6 Turkish and 5 English samples
    second = runner.invoke(app, ["ingest", "--db", str(db)])
    assert "+0 articles (11 already stored" in second.stdout and "+0 events" in second.stdout


def test_ingest_into_a_file_that_is_not_duckdb(tmp_path):
    db = tmp_path / "foreign.duckdb"
    db.write_bytes(b"this is not a database" * 100)
    result = runner.invoke(app, ["ingest", "--db", str(db)])
    assert result.exit_code == 1 and "not a DuckDB database file" in result.output
    assert db.read_bytes() == b"this is not a database" * 100  # untouched


def test_dictionaries_check_clean_and_broken(tmp_path, monkeypatch):
    ok = runner.invoke(app, ["dictionaries", "check", "tr"])
    assert ok.exit_code == 0
    from eventwire.lang import pack

    broken = tmp_path / "tr"
    shutil.copytree(pack.PACKS_DIR / "tr", broken)
    with (broken / "verbs.txt").open("a", encoding="utf-8") as f:
        f.write("999\tuçur+V\n040\n051\tcoşkuyla destekle+V\tloud\n")
    _, problems = pack.parse_folder(broken)
    messages = [str(p) for p in problems]
    n = len((broken / "verbs.txt").read_text(encoding="utf-8").splitlines())
    assert f"tr/verbs.txt:{n - 2}: unknown CAMEO code '999'" in messages
    assert any(m.startswith(f"tr/verbs.txt:{n - 1}: expected 2 to 3") for m in messages)
    assert f"tr/verbs.txt:{n}: unknown flag 'loud'" in messages
    persons = (broken / "persons.txt").read_text(encoding="utf-8").splitlines()
    first = next(i for i, line in enumerate(persons, 1) if line.startswith("Hakan Fidan\t"))
    with (broken / "persons.txt").open("a", encoding="utf-8") as f:
        f.write(persons[first - 1] + "\n")
    _, problems = pack.parse_folder(broken)
    start = persons[first - 1].split("\t")[4]
    assert f"tr/persons.txt:{len(persons) + 1}: Hakan Fidan from {start} is already on line {first}" in \
        [str(p) for p in problems]


def test_eval_command_on_a_small_gold_file(tmp_path):
    gold = tmp_path / "gold.jsonl"
    row = {"id": "g1", "lang": "tr", "dateline_date": "2026-01-29", "text": "Çin, Japonya'yı eleştirdi.",
           "events": [{"source": "CHN", "target": "JPN", "cameo": "111", "plover": "ACCUSE", "intent": False}]}
    gold.write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["eval", str(gold), "--json"])
    scores = json.loads(result.stdout)
    assert scores["tr"]["f1"] == 1.0 and scores["tr"]["agreement"]["plover"] == 1.0


def test_dictionaries_check_names_a_missing_morphology_pattern(tmp_path):
    from eventwire.lang import pack

    broken = tmp_path / "en"
    shutil.copytree(pack.PACKS_DIR / "en", broken)
    morphology = broken / "morphology.txt"
    kept = [line for line in morphology.read_text(encoding="utf-8").splitlines() if not line.startswith("plural_noun")]
    morphology.write_text("\n".join(kept) + "\n", encoding="utf-8")
    _, problems = pack.parse_folder(broken)
    assert any(str(p).startswith("en/morphology.txt:0: no 'plural_noun' pattern") for p in problems)


def _pack_with_lines(tmp_path, lang: str, name: str, lines: str):
    """A copy of a language pack with `lines` added to one of its files: (pack, problems, lines in that file)."""
    from eventwire.lang import pack

    folder = tmp_path / lang
    shutil.copytree(pack.PACKS_DIR / lang, folder)
    with (folder / name).open("a", encoding="utf-8") as f:
        f.write(lines)
    parsed, problems = pack.parse_folder(folder)
    return parsed, [str(p) for p in problems], len((folder / name).read_text(encoding="utf-8").splitlines())


def test_places_file_takes_regions_and_names_a_bad_country(tmp_path):
    parsed, problems, n = _pack_with_lines(tmp_path, "en", "places.txt", "Oceania\t-\t-\nSpringfield\tSpringfield\tUSA\n")
    assert problems == [f"en/places.txt:{n}: country 'USA' is not ISO 3166-1 alpha-2 (or '-' with name '-')"]
    assert ("Oceania", "-", "-") in parsed.places


def test_a_count_setting_that_is_no_number_is_reported(tmp_path):
    parsed, problems, _ = _pack_with_lines(tmp_path, "tr", "config.txt", "phrase_gap\tfour\n")
    assert problems == ["tr/config.txt:0: phrase_gap must be a whole number, got 'four'"]
    assert "phrase_gap" not in parsed.config


def test_a_verb_phrase_listed_twice_is_reported(tmp_path):
    _, problems, n = _pack_with_lines(tmp_path, "en", "verbs.txt", "173\tarrest+V\n")
    assert len(problems) == 1 and problems[0].startswith(f"en/verbs.txt:{n}: 'arrest+V' is already on line ")


def test_a_participle_listed_beside_its_stem_is_reported(tmp_path):
    _, problems, n = _pack_with_lines(tmp_path, "en", "verbs.txt", "1823\tkilled\n183\tbombed\n")
    assert len(problems) == 1  # "bombed" has another code than bomb+V: a phrase of its own
    assert problems[0].startswith(f"en/verbs.txt:{n - 1}: 'killed' is a form of kill+V on line ")
    assert problems[0].endswith("listed apart it hides the passive")


def test_a_role_listed_twice_is_reported(tmp_path):
    _, problems, n = _pack_with_lines(tmp_path, "tr", "roles.txt", "GOV\toffice\tdışişleri bakanı\n")
    assert len(problems) == 1 and problems[0].startswith(f"tr/roles.txt:{n}: 'dışişleri bakanı' is already on line ")


def test_an_armed_flag_with_an_unknown_code_is_reported(tmp_path):
    _, problems, n = _pack_with_lines(tmp_path, "tr", "verbs.txt", "111\tsert dille hedef göster+V\tarmed=999\n")
    assert problems == [f"tr/verbs.txt:{n}: unknown CAMEO code '999' in 'armed=999'"]
