"""The Textual front end: the only package that imports Textual. It shows and forwards;
the domain decides."""
