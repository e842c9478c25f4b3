"""Statements, propositions and framing: who says what, and how each outlet tells the story.

In: spaCy Docs (the per-document component `counterpoint_statements_v1`, in `component`) and,
at the corpus stage, documents with their statement claims. Out: `StatementClaim` records
(speaker, role, cue, mode, content span), `Proposition` records with each outlet's stance
(`propositions`), and each outlet's `framing`: labels, sourcing and stances (`framing`).
"""
