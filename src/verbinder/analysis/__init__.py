"""Analyses of a model or a contact network."""
