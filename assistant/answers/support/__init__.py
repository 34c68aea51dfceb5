"""What several composers use: retrieval and evidence, sentences of passages, topic and
register filters, record descriptions, premise checks and how records read in answers."""
