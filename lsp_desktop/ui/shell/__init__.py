"""The window shell: the main window, its menus and actions (files, bundles, circulars,
undo)."""
