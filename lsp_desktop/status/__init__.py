"""Where each requirement stands, computed once for the window, the command line and the bundle."""
