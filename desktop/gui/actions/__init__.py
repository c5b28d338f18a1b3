"""Menu flows of the main window, one module each (import, export, demo data, duplicates, …)."""
