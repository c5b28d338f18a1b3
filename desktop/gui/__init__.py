"""The Qt desktop interface; ``app.run`` starts it.

Importing the package makes PySide's import hook cheap first (``kit/pyside_hook.py``): every GUI module is
imported after PySide, and the hook looks at each one.
"""

from desktop.gui.kit import pyside_hook

pyside_hook.install()
