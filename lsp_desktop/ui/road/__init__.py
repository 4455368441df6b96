"""The one road from the window to the workspace: the controller, the edit path and its
undo steps, and what views may read."""
