# A runtime hook of the built app (build.spec's runtime_hooks; run before PyInstaller's own,
# so before its PySide6 hook imports PySide). The app ships PySide's support modules
# compiled in shiboken6/files.dir (packaging/shiboken_support.py). shiboken's bootstrap
# obeys an SBK_EMBED variable: "1" deletes that folder, "0" unpacks the sources into it and
# aborts the start where the app's folder is read-only (Program Files, /Applications). No
# admin sets it on purpose; it is PySide's developers' switch, not the app's.
import os

os.environ.pop("SBK_EMBED", None)
