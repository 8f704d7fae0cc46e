"""newsgraph: news articles in, structured and verifiable records out."""

__version__ = "0.1.0"
