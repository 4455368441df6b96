"""What the window runs on a worker: edits (through the one road), attaching, fixing,
reading for the data panels. Only QImage, never QPixmap, is made here."""
