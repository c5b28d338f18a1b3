"""The Applications page: every process as a card on a board by stage; moved by drag or keyboard, undoable."""
