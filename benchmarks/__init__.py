"""Benchmarks on generated, realistic data; run with ``python -m benchmarks.run``."""
