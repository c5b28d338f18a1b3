"""Dialogs; each one calls core functions and never writes a store model itself."""
