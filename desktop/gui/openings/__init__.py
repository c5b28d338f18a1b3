"""The Openings page: the list of openings, their detail and who is worth contacting."""
