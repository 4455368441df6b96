"""The workspace: one SQLite file per LSP. All SQL of the app lives in this package."""
