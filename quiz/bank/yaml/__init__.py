"""YAML read into a tree of text nodes, and slips explained in plain words."""
