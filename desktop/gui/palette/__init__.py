"""The command palette (Ctrl+K): people, companies, openings, notes and messages, and every command."""
