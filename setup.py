"""Where the package's files come from (the project's metadata is in pyproject.toml).

The top-level ``resources/`` folder (templates, icons, demo data, translations, the desktop entry) is
named by the product card and stays where it is in the repository; the wheel carries it as the
package ``desktop.resources``, read at run time with ``importlib.resources``. pyproject.toml cannot
add a package from outside the package folder to the ones it discovers, so the mapping lives here.
Every folder below ``resources/`` is listed as a (namespace) package of data, so setuptools
ships each file without guessing.
"""

from setuptools import find_namespace_packages, find_packages, setup

RESOURCE_PACKAGES = [
    "desktop.resources",
    *(f"desktop.resources.{name}" for name in find_namespace_packages(where="resources", exclude=["*__pycache__*"])),
]

setup(
    packages=[*find_packages(include=["desktop", "desktop.*"]), *RESOURCE_PACKAGES],
    package_dir={"desktop.resources": "resources"},
    package_data={
        "desktop": ["py.typed"],
        "desktop.interop": ["*.json"],
        **{name: ["*"] for name in RESOURCE_PACKAGES},
    },
    # the Windows and macOS icon files are for build.spec only
    exclude_package_data={name: ["*.pyc", "*.ico", "*.icns"] for name in RESOURCE_PACKAGES},
)
