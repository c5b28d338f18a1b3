"""Possible duplicates: the pairs, their comparison, merging with Undo."""
