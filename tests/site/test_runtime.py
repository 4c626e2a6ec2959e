"""The runtime hook: the built site carries its own Python, and only what the browser needs."""

from __future__ import annotations

import gzip
import json
import os
import re
import struct
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from sitebuild import BuildError, runtime, stdlib_trim, tool_forms
from sitebuild import markers as gc

if TYPE_CHECKING:
    from sitekit import BuiltSite

pytestmark = pytest.mark.site


def manifest(built_site: BuiltSite) -> dict[str, object]:
    path = built_site.root / runtime.SITE_FOLDER / runtime.MANIFEST_NAME
    data: dict[str, object] = json.loads(path.read_text(encoding="utf-8"))
    return data


def test_manifest_lists_files_that_exist(built_site: BuiltSite) -> None:
    data = manifest(built_site)
    base = built_site.root / runtime.SITE_FOLDER
    assert data["pyodide_version"] == runtime.pyodide_version()
    assert (base / str(data["pyodide"]) / "pyodide.mjs").is_file()
    wheels = data["wheels"]
    assert isinstance(wheels, list)
    assert [name.split("/")[-1].split("-")[0] for name in wheels] == ["tzdata", "followup_core"]
    for name in wheels:
        assert (base / name).is_file(), name


def test_only_the_runtime_files_are_shipped(built_site: BuiltSite) -> None:
    folder = built_site.root / runtime.SITE_FOLDER / f"pyodide-{runtime.pyodide_version()}"
    stdlib = Path(str(manifest(built_site)["stdlib"])).name
    made = Path(str(manifest(built_site)["snapshot"])).name
    shipped = sorted(path.name for path in folder.iterdir())
    assert shipped == sorted([*runtime.RUNTIME_FILES, stdlib_trim.LOCK_NAME, stdlib, made])
    for name in runtime.RUNTIME_FILES:
        assert (folder / name).read_bytes() == (runtime.PYODIDE_PACKAGE / name).read_bytes()


def test_the_standard_library_is_cut_to_what_the_core_uses() -> None:
    wheels = [*runtime.browser_wheels(), runtime.build_core_wheel()]
    trimmed = stdlib_trim.trimmed_stdlib(runtime.PYODIDE_PACKAGE, wheels)
    full = runtime.PYODIDE_PACKAGE / stdlib_trim.STDLIB_NAME
    with zipfile.ZipFile(trimmed) as cut, zipfile.ZipFile(full) as whole:
        kept = set(cut.namelist())
        assert kept < set(whole.namelist())
        # difflib is imported only for a misspelt zone: the probe takes that path too.
        for name in ("json/decoder.py", "zoneinfo/_common.py", "difflib.py"):
            assert name in kept, name
        # mailto.py percent-encodes by itself, so urllib.parse is not shipped.
        for left_out in (
            "email/__init__.py",
            "unittest/__init__.py",
            "xml/dom/__init__.py",
            "urllib/parse.py",
        ):
            assert left_out not in kept
        for name in kept:
            assert cut.read(name) == whole.read(name), name
    assert trimmed.stat().st_size < full.stat().st_size / 2


#: A ``.pyc`` header's flags: hash-based and not checked against a source (PEP 552).
UNCHECKED_HASH = (1).to_bytes(4, "little")


def _bytecode_of(shipped: Path, source: Path) -> None:
    """``shipped`` is ``source`` with each module as unchecked bytecode and no source left."""
    with zipfile.ZipFile(shipped) as compiled, zipfile.ZipFile(source) as original:
        expected = {
            name + "c" if name.endswith(".py") else name: name for name in original.namelist()
        }
        assert sorted(compiled.namelist()) == sorted(expected)
        for name, was in expected.items():
            data = compiled.read(name)
            if name == was:
                assert data == original.read(was), name
            else:
                assert data[4:8] == UNCHECKED_HASH, name
                assert len(data) > 16, name


def test_the_shipped_library_and_wheels_are_bytecode_of_their_sources(
    built_site: BuiltSite,
) -> None:
    """Compiled inside Pyodide (its Python's bytecode): tests/pyodide runs these very files."""
    data = manifest(built_site)
    base = built_site.root / runtime.SITE_FOLDER
    wheels = [*runtime.browser_wheels(), runtime.build_core_wheel()]
    _bytecode_of(
        base / str(data["stdlib"]), stdlib_trim.trimmed_stdlib(runtime.PYODIDE_PACKAGE, wheels)
    )
    shipped = data["wheels"]
    assert isinstance(shipped, list)
    for name, source in zip(shipped, wheels, strict=True):
        _bytecode_of(base / name, source)


#: The first four bytes of a Pyodide memory snapshot (its header's magic number).
SNAPSHOT_MAGIC = 1886286592
WASM_PAGE = 64 * 1024


def test_a_snapshot_for_first_visits_is_shipped_gzipped_and_holds_nothing_of_the_build(
    built_site: BuiltSite,
) -> None:
    data = manifest(built_site)
    path = built_site.root / runtime.SITE_FOLDER / str(data["snapshot"])
    assert path.parent.name == f"pyodide-{runtime.pyodide_version()}"
    assert path.suffix == ".gz"  # served as it is: Pages compresses no .gz
    raw = gzip.decompress(path.read_bytes())
    magic, header = struct.unpack_from("<II", raw)
    assert magic == SNAPSHOT_MAGIC
    assert (len(raw) - header) % WASM_PAGE == 0
    for trace in (str(runtime.ROOT), os.environ["PATH"]):
        assert trace.encode() not in raw, trace


def test_the_lock_file_keeps_pyodides_metadata_and_lists_no_packages(
    built_site: BuiltSite,
) -> None:
    folder = built_site.root / runtime.SITE_FOLDER / f"pyodide-{runtime.pyodide_version()}"
    shipped = json.loads((folder / stdlib_trim.LOCK_NAME).read_text(encoding="utf-8"))
    original = json.loads((runtime.PYODIDE_PACKAGE / stdlib_trim.LOCK_NAME).read_text("utf-8"))
    assert shipped == {"info": original["info"], "packages": {}}


def test_the_service_worker_carries_the_runtime_version(built_site: BuiltSite) -> None:
    version = str(manifest(built_site)["version"])
    script = (built_site.root / runtime.SERVICE_WORKER).read_text(encoding="utf-8")
    assert f'const VERSION = "{version}";' in script
    assert runtime.VERSION_PLACEHOLDER not in script


def test_the_runtime_version_follows_every_shipped_name() -> None:
    base = runtime.Runtime(
        pyodide_version="1", pyodide_folder="pyodide-1", stdlib="pyodide-1/s.a.zip", wheels=("w.a",)
    )
    changed_wheel = runtime.Runtime(
        pyodide_version="1", pyodide_folder="pyodide-1", stdlib="pyodide-1/s.a.zip", wheels=("w.b",)
    )
    changed_stdlib = runtime.Runtime(
        pyodide_version="1", pyodide_folder="pyodide-1", stdlib="pyodide-1/s.b.zip", wheels=("w.a",)
    )
    assert len({base.version, changed_wheel.version, changed_stdlib.version}) == 3


def test_core_wheel_is_pure_and_holds_the_bridge(built_site: BuiltSite) -> None:
    wheels = manifest(built_site)["wheels"]
    assert isinstance(wheels, list)
    core = built_site.root / runtime.SITE_FOLDER / wheels[-1]
    assert "-py3-none-any." in core.name
    with zipfile.ZipFile(core) as archive:
        names = set(archive.namelist())
        assert "followup_core/bridge.pyc" in names
        wheel_info = next(n for n in names if n.endswith(".dist-info/WHEEL"))
        assert "Root-Is-Purelib: true" in archive.read(wheel_info).decode()
    with zipfile.ZipFile(runtime.build_core_wheel()) as archive:
        built = archive.read("followup_core/timing.py")
    assert built == (runtime.ROOT / "followup_core" / "timing.py").read_bytes()


def test_wheel_names_change_with_their_content(tmp_path: Path) -> None:
    first = tmp_path / "a-1.0-py3-none-any.whl"
    first.write_bytes(b"one")
    name_one = runtime._content_name(first)
    first.write_bytes(b"two")
    assert runtime._content_name(first) != name_one
    assert name_one.startswith("a-1.0-py3-none-any.")
    assert name_one.endswith(".whl")


def test_tool_page_is_configured_and_guide_pages_are_not(built_site: BuiltSite) -> None:
    timing = (built_site.root / "timing" / "index.html").read_text(encoding="utf-8")
    assert 'id="followup-config"' in timing
    assert timing.count('data-followup-tool="timing"') == 1
    crafting = (built_site.root / "crafting" / "index.html").read_text(encoding="utf-8")
    assert crafting.count('data-followup-tool="draft"') == 1
    assert "assets/followup/draft-tool.js" in crafting
    guide = (built_site.root / "personalizing" / "index.html").read_text(encoding="utf-8")
    assert "followup-config" not in guide
    assert "data-followup-tool" not in guide


def test_tool_markup_has_no_blank_lines_and_a_label_for_every_field() -> None:
    markup = tool_forms.render_tool("timing", gc.call_bridge)
    assert "\n\n" not in markup
    ids = re.findall(r'<(?:input|select|textarea)[^>]*\bid="([^"]+)"', markup)
    labelled = set(re.findall(r'<label for="([^"]+)"', markup))
    assert ids
    assert [i for i in ids if i not in labelled] == []


@pytest.mark.parametrize(
    ("markdown", "problem"),
    [
        ("<!-- followup:tool name=calendar -->", "unknown tool"),
        ("- item\n\n    <!-- followup:tool name=timing -->", "top level"),
        ("<!-- followup:tool -->", "missing attribute"),
    ],
)
def test_bad_tool_markers_fail_the_build(markdown: str, problem: str) -> None:
    with pytest.raises(BuildError, match=problem):
        gc.replace_markers(markdown, where="docs/x.md")
