"""Figure extraction: counted outcomes of an event ("164 people were killed") as FigureClaims.

`cues` holds the measure vocabulary (measures.md as data), `subjects` normalizes who or what is
counted, `component` is the spaCy component `counterpoint_figures_v1` that ties numbers to
their counted noun, governing cue, place, as-of date and attribution chain. Its helpers:
`cue_scan` (a sentence's cue words), `tree` (walking the parse around a number), `places`,
`singulars` (one person told without a number), `parts`, `updates`, and `document` (the passes
over a whole document's figures, all run from `document.document_claims`).
"""
