"""Readers (text, HTML, JSON Lines, WARC) that turn inputs into Articles, and cleaning."""
