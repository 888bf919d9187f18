"""`python -m generator explain FILE`: every line of a page with the label the line
labeller gave it, how sure it was (the margin over the best labelling that labels the line
otherwise) and the features that weighed most, for an archivist who wonders why an
article was cut where it was."""

from __future__ import annotations

from pathlib import Path

from ..config import Config
from .labeller import forced_labels, load_model
from .page import prepare_lines
from .read import decode_page
from .segment import label_page

_NAMES = {"BYL": "byline", "START": "lead", "BODY": "body", "SUB": "subhead", "TAIL": "tail", "HEAD": "headline"}


def explain(path: Path, config: Config, top: int = 4) -> str:
    """The labelled page as text: `line  label  margin  | text  <- reasons`."""
    text, _ = decode_page(path.read_bytes())
    lines = prepare_lines(text)
    model = load_model()
    segmentation = label_page(lines, model)
    rows, decoded = segmentation.rows, segmentation.decoded
    doubt = model.about.get("doubt_margin", 0.0)
    out = [
        f"{path.name}: {len(segmentation.items)} items; labels: byline, lead (an item's first body line), body, "
        f"subhead, tail (credit, signature, marker), headline. '?' marks a margin under {doubt:g}.",
        "",
    ]
    item_of: dict[int, int] = {}
    for number, item in enumerate(segmentation.items, 1):
        for line in item.lines:
            item_of.setdefault(line.number, number)
    k = 0
    for line in lines:
        if line.is_blank:
            out.append(f"{line.number:>5}")
            continue
        while k < len(rows) and rows[k].number == line.number:
            row, label, margin = rows[k], decoded.labels[k], decoded.margins[k]
            sure = "forced" if forced_labels(row) else f"{margin:6.1f}"
            mark = "?" if margin < doubt else " "
            reasons = ", ".join(f"{f} {w:+.1f}" for f, w in model.reasons(row, label, top))
            out.append(f"{line.number:>5} {mark} #{item_of.get(line.number, 0):<3} {_NAMES[label]:<8} {sure:>6} | {row.text.strip()}   <- {reasons}")
            k += 1
    return "\n".join(out)
