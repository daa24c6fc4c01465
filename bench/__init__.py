"""Benchmarks of issue 6 (`nox -s bench`, not part of the test run): see docs/benchmarks.md."""
