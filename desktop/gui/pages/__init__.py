"""The pages of the main window's sidebar and the panes they show."""
