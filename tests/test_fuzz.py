"""The probe kept (issue 11 item 9): a seeded mutation fuzzer over whole runs, its checks
read from what the run published. The long run is a separate command (README, Tests):
`python -m benchmarks fuzz --pages 100000 --seed 1 --no-render`."""

from __future__ import annotations

import json
import random
from collections import Counter

from benchmarks.fuzz import Findings, fuzz, mutate, printed, published
from generator.config import load_config
from tests.conftest import ROOT, SEEDS

SAMPLES = sorted(SEEDS.glob("*.txt"))


def test_three_hundred_mutated_pages_build_with_nothing_lost(tmp_path):
    findings = fuzz(SAMPLES, load_config(ROOT / "site_config"), pages=300, seed=20261201, batch=150, workdir=tmp_path)
    assert findings.cases == 300 and findings.batches == 2
    assert findings.ok, findings.summary() + "\n" + "\n".join(findings.crashes + findings.hangs + findings.rejected + findings.lost)


def test_the_mutations_are_seeded_and_do_mutate():
    text = SAMPLES[0].read_text(encoding="utf-8")
    first = [mutate(text, random.Random(5)) for _ in range(3)]
    assert first == [mutate(text, random.Random(5)) for _ in range(3)]
    cases = [mutate(text, random.Random(n)) for n in range(50)]
    assert sum(case != text for case in cases) >= 45


def test_the_independent_count_sees_a_lost_character_and_a_bad_line(tmp_path):
    """The checks themselves: a character missing from the output, a raw U+2028 in a line
    and an id twice are each found (so a clean fuzz run means something)."""
    data = tmp_path / "data"
    data.mkdir()
    record = {"id": "a", "source": {"file": "p.txt"}, "kicker": "", "subtitle": "", "title": "温县", "title_inferred": False,
              "paragraphs": ["召开\u2028会议"]}
    line = json.dumps(record, ensure_ascii=False)
    (data / "articles.jsonl").write_text(line + "\n" + line + "\n", encoding="utf-8")
    (data / "pages.jsonl").write_text(json.dumps({"file": "p.txt", "artifacts": [], "problems": [], "articles": ["a"]}) + "\n",
                                      encoding="utf-8")
    kept, ids, invalid, _ = published(tmp_path)
    assert invalid == 2 and len(ids) - len(set(ids)) == 1
    assert printed("温县召开会议。\x07") - kept["p.txt"] == Counter("。")
    assert not Findings(invalid_lines=invalid).ok


def _spin(*_args):
    while True:
        pass


def _sleep(*_args):
    import time

    time.sleep(1.5)


def test_a_batch_is_timed_by_processor_time_not_by_waiting(tmp_path):
    """A child that burns the processor past its budget is a hang; one that only waits
    (a shared machine's cores busy elsewhere) for longer than its budget is not."""
    import os
    import time

    from benchmarks.fuzz import _in_child, cpu_seconds

    config = load_config(ROOT / "site_config")
    assert _in_child(tmp_path, tmp_path, config, False, 0.5, target=_spin) == "timeout"
    assert _in_child(tmp_path, tmp_path, config, False, 0.5, target=_sleep) is None
    before = cpu_seconds(os.getpid())
    end = time.process_time() + 0.3
    while time.process_time() < end:
        pass
    assert before is not None and cpu_seconds(os.getpid()) - before >= 0.2
