"""LSP Desktop: prepare, check and bundle what BNSP circular SE.007/BNSP/IV/2025 asks of an LSP.

Everything in this package outside ``ui/`` is the core and never imports Qt.
"""

__version__ = "0.1.0"
