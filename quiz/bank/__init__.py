"""Reading bank files: the text-only YAML tree, the schema reader, evidence search and articles."""
