"""Package layout that pyproject.toml alone cannot express.

The top-level ``resources/`` folder (fonts, translations, style sheets) is shipped
inside the wheel as the ``kiosk.resources`` package, so that ``importlib.resources``
finds it in an installed wheel and in a frozen Windows bundle alike. In a source
checkout (editable install) ``kiosk.resources_path`` finds the folder directly.
"""

from setuptools import find_packages, setup

DATA = ["*.yaml", "*.yml", "*.json", "*.toml", "*.ini", "*.mako", "*.csv", "*.txt", "*.py.mako"]

setup(
    packages=[*find_packages(include=["kiosk", "kiosk.*", "forms", "forms.*", "printing", "printing.*"]),
              "kiosk.resources"],
    package_dir={"kiosk.resources": "resources"},
    package_data={
        "*": DATA,
        "forms": [*DATA, "catalog/*", "layouts/*", "scenarios/*"],
        "printing": DATA,
        "kiosk.resources": ["fonts/*", "i18n/*.qm", "i18n/*.ts", "qss/*", "images/*", "profiles/*"],
    },
)
