"""The command-line face of the core: ``lsp-desktop COMMAND``."""
