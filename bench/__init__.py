"""Benchmarks of huggingtweets against the original recipe: `python -m bench` (see BENCHMARKS.md)."""
