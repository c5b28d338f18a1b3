"""The reconnect engine (spec/reconnect-rules.md): facts → rules → drafts → the day plan."""
