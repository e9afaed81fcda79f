"""The learner's saved progress."""
