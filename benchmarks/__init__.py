"""Benchmarks of the generator at the size of years of the paper (`python -m benchmarks`).

`corpus` writes synthetic page dumps recombined from seeds/; `report` builds corpora of
several sizes, runs the pipeline and `mkdocs build` on each, and measures time, memory,
site size and the cost of one search; `latency`, `search` and `fuzz` time a build against
a baseline, score the two search engines, and fuzz whole runs. A package of its own beside
`generator`, which never imports it: the tools shape no page.
"""
