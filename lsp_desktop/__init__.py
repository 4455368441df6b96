"""LSP Desktop: prepare, check and bundle what BNSP circular SE.007/BNSP/IV/2025 asks of an LSP.

Everything in this package outside ``ui/`` is the core and never imports Qt.
"""

# The one place the version is written: pyproject.toml reads it from here (setuptools
# dynamic version), and the frozen app carries it as code.
__version__ = "0.1.0"
