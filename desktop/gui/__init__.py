"""The Qt desktop interface. Importing this package has no side effects; ``app.run`` starts it."""
