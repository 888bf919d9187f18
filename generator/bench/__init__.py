"""Benchmarks of the generator at the size of years of the paper.

`corpus` writes synthetic page dumps recombined from seeds/; `report` builds corpora of
several sizes, runs the pipeline and `mkdocs build` on each, and measures time, memory,
site size and the cost of one search.
"""
