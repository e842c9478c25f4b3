"""Events for the timeline: rules (data), the spaCy component, and the corpus timeline."""
