"""The circulars the app knows: a catalogue's grammar, the catalogue read from it,
and the library of shipped and added circulars."""
