"""Plain-Python core: model, loading, validation, matching, scoring. Never imports textual."""
