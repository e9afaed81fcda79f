"""Model basics, the quiz session, scoring, typed-answer judging, dates and normalising."""
