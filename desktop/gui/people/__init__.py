"""The People page: the searchable list, the person pane and its parts, the people model."""
