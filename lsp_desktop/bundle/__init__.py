"""The hand-off bundle: export, verify, import, its summary, and the Drive folder of 2.11."""
