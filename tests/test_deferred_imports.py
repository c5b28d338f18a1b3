"""The standard modules the app's start does not use are loaded at their first use (``desktop.deferred_imports``).

Each check runs in a fresh interpreter: this one imported them long ago.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def _child(code: str) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    return dict(json.loads(done.stdout.splitlines()[-1]))


def test_the_start_imports_the_store_without_loading_them_and_a_first_use_loads_the_real_module() -> None:
    seen = _child(
        "import json, sys\n"
        "from desktop.cli import import_before_qt\n"
        "from desktop import deferred_imports\n"
        "import_before_qt()  # the store and peewee, as the app imports them before Qt\n"
        "before = deferred_imports.deferred()\n"
        "loaded = sorted(n for n in ('_hashlib', '_socket', '_uuid', 'locale') if n in sys.modules)\n"
        "import hashlib, uuid\n"
        "digest = hashlib.sha256(b'rebound').hexdigest()\n"
        "real_uuid = sys.modules['uuid']\n"
        "same = sys.modules['hashlib'].sha256 is hashlib.sha256 and isinstance(uuid.uuid4(), real_uuid.UUID)\n"
        "print(json.dumps({'before': before, 'loaded': loaded, 'digest': digest, 'same': same,\n"
        "                  'after': deferred_imports.deferred(), 'real': '_hashlib' in sys.modules}))\n"
    )
    assert seen["before"] == ["calendar", "hashlib", "socket", "uuid"]
    assert seen["loaded"] == []  # not OpenSSL's library, nor the socket, UUID or locale modules
    assert seen["digest"] == "e647f94effe44500b78ea7f2659b719f5344c81f68b627e7f0fba2ef0d484c36"  # sha256 of "rebound"
    assert seen["same"] is True and seen["real"] is True
    assert seen["after"] == ["calendar", "socket"]


def test_load_imports_what_is_left_and_from_imports_get_the_real_names() -> None:
    seen = _child(
        "import json, sys\n"
        "from desktop import deferred_imports\n"
        "deferred_imports.defer()\n"
        "from calendar import monthrange\n"
        "deferred_imports.load()\n"
        "print(json.dumps({'left': deferred_imports.deferred(), 'days': monthrange(2028, 2)[1],\n"
        "                  'real': [type(sys.modules[n]).__name__ == 'module' and hasattr(sys.modules[n], '__file__')\n"
        "                           for n in deferred_imports.DEFERRED]}))\n"
    )
    assert seen == {"left": [], "days": 29, "real": [True, True, True, True]}
