"""Dialogs: assigning dropped files, importing spreadsheets, questions and notices."""
