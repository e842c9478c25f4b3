"""Events for the timeline: what happened, where and when.

In: sentences with an event cue (the spaCy component `counterpoint_events_v1`, rules as data in
`rules`). Out: `EventClaim`s per document, then (`timeline`) one dated entry per happening.
"""
