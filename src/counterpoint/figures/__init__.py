"""Figure extraction: counted outcomes of an event ("164 people were killed") as FigureClaims.

`cues` holds the measure vocabulary (measures.md as data), `subjects` normalizes who or what is
counted, `component` is the spaCy component `counterpoint_figures_v1` that ties numbers to
their counted noun, governing cue, place, as-of date and attribution chain.
"""
