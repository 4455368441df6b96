"""What every layer stands on: the one error type, paths the app builds, safe file
writes, file names, bundled resources, the crash log, progress steps and the
viewer's copies. Imports nothing else of the package but the messages."""
