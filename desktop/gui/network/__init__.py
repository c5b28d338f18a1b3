"""The Network page: a drawn map of me, my connections, the mutuals and a target (a person or a company)."""
