"""The Today page: the column of suggestion cards, their actions and the kept first cards."""
