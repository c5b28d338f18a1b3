"""The Insights page: the numbers of the search (core.insights) as charts, each also a copyable table."""
