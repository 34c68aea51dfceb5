"""From an analysed question to its answer: the route, the composers that try it in turn, and
the answer they build (see docs/architecture.md)."""
