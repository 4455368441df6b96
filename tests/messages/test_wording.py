"""Each catalogue names its items in its own Wording, built once and never changed: opening
another catalogue's workspace (on any thread) changes nothing for anyone else, and a message
given a catalogue's wording names that catalogue's items whatever else is open."""

import dataclasses
import threading
from pathlib import Path

import pytest

from lsp_desktop.circulars.catalog import load_catalog, use_item_labels
from lsp_desktop.messages import item_list, phrase, render
from lsp_desktop.messages.wording import NO_WORDING, use_wording, wording_in_use
from lsp_desktop.store.workspace import Workspace

MADE_UP = Path(__file__).parents[1] / "catalog" / "made_up_circular.toml"


@pytest.fixture
def two(tmp_path):
    a, b = load_catalog(), load_catalog(MADE_UP)
    with Workspace(tmp_path / "a.lspws", a), Workspace(tmp_path / "b.lspws", b):
        yield a, b
    use_wording(NO_WORDING)


def test_each_catalogue_names_its_own_items_while_the_other_is_open(two):
    a, b = two
    a_item, b_item = a.requirements[0], b.requirements[0]
    said_a = render("requirement.not_link", {"requirement": a_item.id, "form": "file"}, "id",
                    a.wording)
    said_b = render("requirement.not_link", {"requirement": b_item.id, "form": "file"}, "en",
                    b.wording)
    assert f"{a_item.point} {a_item.title_id}" in said_a
    assert f"{b_item.point} {b_item.title_en}" in said_b
    # A's item is no item of B: B's wording names it by its id, never by A's title.
    assert a_item.title_id not in render("requirement.not_link", {
        "requirement": a_item.id, "form": "file"}, "id", b.wording)
    assert item_list([b_item.id], "en", b.wording) == f"{b_item.point} {b_item.title_en}"


def test_opening_a_workspace_on_a_worker_changes_nothing_in_use(tmp_path):
    a, b = load_catalog(), load_catalog(MADE_UP)
    use_item_labels(a)  # the window works with A
    try:
        worker = threading.Thread(target=lambda: Workspace(tmp_path / "b.lspws", b).close())
        worker.start()
        worker.join()
        assert wording_in_use() is a.wording
        item = a.requirements[0]
        assert render("document.not_found", {"requirement": item.id}, "en") == (
            f"No file attached to {item.point} {item.title_en} matches. Check the file name, then "
            "try again.")
        # The numbers of what the catalogues hold follow the wording given.
        people_a, people_b = a.holder("people"), b.holder("people")
        assert phrase("{roster_point}", "en") == people_a.point
        assert phrase("{roster_point}", "en", b.wording) == people_b.point
    finally:
        use_wording(NO_WORDING)


def test_a_wording_cannot_be_changed_once_built():
    wording = load_catalog(MADE_UP).wording
    with pytest.raises(dataclasses.FrozenInstanceError):
        wording.catalog_id = "other"  # type: ignore[misc]
    with pytest.raises(TypeError):
        wording.items["x"] = {}  # type: ignore[index]
    assert load_catalog(MADE_UP).wording == wording  # the same catalogue, the same words


def test_without_a_wording_an_item_is_named_by_its_id():
    use_wording(NO_WORDING)
    assert item_list(["npwp"]) == "npwp"
    assert phrase("{roster_point}", "en") == "-"
