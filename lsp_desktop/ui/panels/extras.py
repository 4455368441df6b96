"""Which file/link items show an extra part under their drop zone or link: the
per-assessor documents of 2.11 (assessor_files.py) and the training participant of
point 4 (training.py)."""

from lsp_desktop.ui.panels.assessor_files import AssessorFilesWidget
from lsp_desktop.ui.panels.training import TrainingWidget

# By the catalogue's parts (Requirement.parts), not by item id.
# Each shows its part's findings in its own ``findings`` label (requirement.py fills it).
EXTRAS: dict[str, type[AssessorFilesWidget] | type[TrainingWidget]] = {
    "assessor-documents": AssessorFilesWidget, "training-participant": TrainingWidget}
