"""One module per screen; the app decides how they follow each other."""
