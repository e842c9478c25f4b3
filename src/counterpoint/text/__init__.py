"""Text grammars the annotate stage applies: numbers, dates and attribution cues.

In: plain strings or spaCy spans. Out: typed values (`Quantity`, `DateMention`, `Source` chains).
Each grammar's logic sits beside its word lists (`*_words.py`, `*_rules.py`, `*_cues.py`).
"""
