"""The Companies page: every company, and one company as a place (its people, openings, my processes)."""
