"""Widgets the panels and the window are built from."""
