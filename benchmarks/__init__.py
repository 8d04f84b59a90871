"""Speed and memory of the kiosk: `python benchmarks/run.py` (see docs/performance.md)."""
