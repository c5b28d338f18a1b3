"""Qt item models over core queries (lazy, windowed)."""
