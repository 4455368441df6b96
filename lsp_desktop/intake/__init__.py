"""What happens to a file on its way in: which item it belongs to, and the fixes offered."""
