"""The domain, pure Python: no Qt here. Views and commands call these functions."""
