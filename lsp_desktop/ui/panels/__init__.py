"""One panel per kind of item, shown right of the checklist."""
