"""One module per kind of answer. A composer is ``compose(q, context) -> Answer | None``: it
answers, or returns None and the next composer of its route's chain (``answers.router``)
tries. Composers never import each other."""
