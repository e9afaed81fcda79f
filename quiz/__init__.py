"""Nieuwsquiz: reading-comprehension quizzes on real Dutch news articles."""

__version__ = "0.1.0"
