"""The window: Qt widgets, models and workers. Thin: every decision is the core's."""
