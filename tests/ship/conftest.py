"""tests/ship/smoke/ tests what `make dist` built; it runs from `make smoke` (REBOUND_SMOKE=1), after `make dist`."""

from __future__ import annotations

import os

collect_ignore = [] if os.environ.get("REBOUND_SMOKE") == "1" else ["smoke"]
