"""The core inside Pyodide (the browser's Python) behaves exactly as on CPython.

The site runs ``followup_core`` in Pyodide 314 (Python 3.14 on WebAssembly);
every other test runs it on the venv's CPython 3.11. Here the shipped core
wheel is installed into Pyodide under Node, and one Node process

* runs tests/core there (minus the short, explained ``NOT_IN_PYODIDE`` list), and
* answers the fixed request corpus of ``parity.py``, whose replies must equal
  CPython's string for string.

Both sides read the same time-zone database, the ``tzdata`` wheel the site
ships (Pyodide its compiled copy, CPython the wheel as downloaded; the data are
the same): CPython's answers are computed with ``PYTHONTZPATH`` empty and that
wheel first on ``sys.path``, so a host's own (older or newer) zoneinfo files
cannot make the comparison differ from one machine to the next. Pyodide runs
the site's files as shipped, compiled to its own bytecode.
"""

from __future__ import annotations

import json
import math
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

import pytest
from parity import Case, corpus

from sitebuild import BuildError, runtime, stdlib_trim

pytestmark = pytest.mark.pyodide

HERE: Final = Path(__file__).resolve().parent
ROOT: Final = HERE.parents[1]
RUNNER: Final = HERE / "run_in_pyodide.mjs"
PYODIDE_MJS: Final = ROOT / "node_modules" / "pyodide" / "pyodide.mjs"
TEST_WHEELS_LIST: Final = HERE / "wheels.txt"
TEST_WHEELS_DIR: Final = ROOT / "build" / "wheels" / "tests"
#: Where tests/core is copied inside Pyodide's (in-memory) file system.
FS_ROOT: Final = "/home/pyodide/run"
#: Generous: the whole run takes about a minute on two cores.
NODE_TIMEOUT_SECONDS: Final = 600

#: tests/core tests that cannot run inside Pyodide, and why. Keep this list short.
NOT_IN_PYODIDE: Final = {
    "tests/core/test_cli.py::test_runs_as_a_module": (
        "starts `python -m followup_core` as a subprocess; Pyodide cannot start processes"
    ),
    "tests/core/test_excerpts.py::test_the_rules_miss_exactly_what_is_recorded": (
        "2,474 more checks of the same rules the corpus tests already run in Pyodide; in"
        " CPython they keep what the excerpts taught, and here they would only add a minute"
    ),
}
#: pytest options for the run inside Pyodide, mirroring pyproject.toml's (which is not copied).
PYTEST_OPTIONS: Final = (
    "-p",
    "no:cacheprovider",
    "-W",
    "error",
    "--strict-markers",
    "-ra",
    "-q",
    "--tb=short",
    "--color=no",
    "--hypothesis-profile=pyodide",
)

_PIN: Final = re.compile(r"^\s*(?P<name>[A-Za-z0-9_.-]+)==(?P<version>[A-Za-z0-9_.+!-]+)")
_OUTCOME: Final = re.compile(r"(\d+) (passed|failed|skipped|deselected|xfailed|xpassed|errors?)")
_SETUP_HINT: Final = "run scripts/setup"


@dataclass(frozen=True, slots=True)
class Wheels:
    """What Pyodide installs: the site's own wheels (tzdata, the core) and the test tools."""

    shipped: tuple[Path, ...]
    tools: tuple[Path, ...]
    #: The cut-down standard library the site ships, built as the build builds it.
    stdlib: Path

    #: The same tzdata wheel as downloaded, for CPython (the shipped one holds 3.14 bytecode).
    tzdata: Path


@dataclass(frozen=True, slots=True)
class NodeRun:
    """One run of ``run_in_pyodide.mjs``: its exit code, its output and the parity replies."""

    returncode: int
    output: str = field(repr=False)
    replies: list[str] | None = field(repr=False)

    def tail(self, chars: int = 15_000) -> str:
        """The end of the output, for assertion messages."""
        return self.output[-chars:]


def _normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "_", name).lower()


def _test_wheels() -> tuple[Path, ...]:
    """The downloaded wheel for every pin in wheels.txt, or a skip naming the missing one."""
    downloaded = {
        tuple(_normalise(part) for part in path.name.split("-")[:2]): path
        for path in TEST_WHEELS_DIR.glob("*.whl")
    }
    found: list[Path] = []
    for line in TEST_WHEELS_LIST.read_text(encoding="utf-8").splitlines():
        pin = _PIN.match(line)
        if not pin:
            continue
        wheel = downloaded.get((_normalise(pin["name"]), _normalise(pin["version"])))
        if wheel is None:
            pytest.skip(
                f"{pin['name']}=={pin['version']} is not in {TEST_WHEELS_DIR}: {_SETUP_HINT}"
            )
        found.append(wheel)
    return tuple(found)


@pytest.fixture(scope="module")
def wheels() -> Wheels:
    """The wheels to install, after checking that Node and Pyodide are there (else skip)."""
    if shutil.which("node") is None:
        pytest.skip("Node.js is not installed (the in-Pyodide tests run under Node)")
    if not PYODIDE_MJS.is_file():
        pytest.skip(f"{PYODIDE_MJS} is missing: {_SETUP_HINT}")
    try:
        downloaded = runtime.browser_wheels()
    except BuildError as error:
        pytest.skip(str(error))
    # The very files the site ships: cut down and compiled to this Pyodide's bytecode.
    stdlib, shipped = runtime.shipped_python()
    tzdata = next(path for path in downloaded if path.name.startswith("tzdata-"))
    return Wheels(shipped=tuple(shipped), tools=_test_wheels(), stdlib=stdlib, tzdata=tzdata)


@pytest.fixture(scope="module")
def cases() -> list[Case]:
    """The parity corpus."""
    return corpus()


def _run_node(
    wheels: Sequence[Path],
    requests: Sequence[str],
    workdir: Path,
    *,
    stdlib: Path,
    files: Sequence[tuple[str, Path]] = (),
    pytest_args: Sequence[str] | None = None,
) -> NodeRun:
    """Start Node once on the shipped ``stdlib``: install ``wheels``, answer ``requests``,
    then maybe run pytest (with the full library last on sys.path, for pytest's own needs).
    """
    request_file, reply_file = workdir / "requests.json", workdir / "replies.json"
    request_file.write_text(json.dumps(list(requests)), encoding="ascii")
    command = ["node", str(RUNNER), "--stdlib", str(stdlib)]
    if pytest_args is not None:
        full = runtime.PYODIDE_PACKAGE / stdlib_trim.STDLIB_NAME
        command += ["--full-stdlib", str(full)]
    for wheel in wheels:
        command += ["--wheel", str(wheel)]
    for target, source in files:
        command += ["--file", f"{target}={source}"]
    command += ["--parity", f"{request_file}={reply_file}", "--cwd", FS_ROOT]
    if pytest_args is not None:
        command += ["--", *pytest_args]
    try:
        done = subprocess.run(
            command,
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            encoding="utf-8",
            errors="replace",
            timeout=NODE_TIMEOUT_SECONDS,
            check=False,
        )
    except subprocess.TimeoutExpired as error:
        output = error.stdout if isinstance(error.stdout, str) else ""
        pytest.fail(f"Pyodide did not finish in {NODE_TIMEOUT_SECONDS} s:\n{output[-15_000:]}")
    replies = None
    if reply_file.is_file():
        replies = [str(reply) for reply in json.loads(reply_file.read_text(encoding="ascii"))]
    return NodeRun(returncode=done.returncode, output=done.stdout, replies=replies)


@pytest.fixture(scope="module")
def cpython_collected() -> int:
    """How many tests CPython collects from tests/core: the yardstick for the Pyodide run.

    Counted just before the files are copied into Pyodide, so both see the same tests.
    """
    command = [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider"]
    done = subprocess.run(
        [*command, "tests/core"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stdout[-5_000:] + done.stderr[-5_000:]
    found = re.search(r"(\d+) tests? collected", done.stdout)
    assert found, done.stdout[-5_000:]
    return int(found[1])


@pytest.fixture(scope="module")
def pyodide_run(
    wheels: Wheels,
    cases: list[Case],
    cpython_collected: int,
    tmp_path_factory: pytest.TempPathFactory,
) -> NodeRun:
    """tests/core and the corpus inside Pyodide, in one Node process (Pyodide starts slowly)."""
    core = ROOT / "tests" / "core"
    files = [
        (f"{FS_ROOT}/tests/core/{path.relative_to(core).as_posix()}", path)
        for path in sorted(core.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    ]
    files.append((f"{FS_ROOT}/conftest.py", HERE / "pyodide_conftest.py"))
    deselect = [arg for node_id in NOT_IN_PYODIDE for arg in ("--deselect", node_id)]
    return _run_node(
        [*wheels.shipped, *wheels.tools],
        [case.request for case in cases],
        tmp_path_factory.mktemp("pyodide"),
        stdlib=wheels.stdlib,
        files=files,
        pytest_args=["tests/core", *PYTEST_OPTIONS, *deselect],
    )


def _cpython_answers(requests: Sequence[str], tzdata: Path) -> list[str]:
    """CPython's replies, reading only the shipped tzdata wheel (see the module docstring)."""
    env = {
        **os.environ,
        "PYTHONTZPATH": "",
        "PYTHONPATH": os.pathsep.join(
            [str(tzdata), str(ROOT), *filter(None, [os.environ.get("PYTHONPATH")])]
        ),
    }
    done = subprocess.run(
        [sys.executable, str(HERE / "parity.py")],
        input=json.dumps(list(requests)),
        capture_output=True,
        text=True,
        encoding="ascii",
        env=env,
        cwd=ROOT,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return [str(reply) for reply in json.loads(done.stdout)]


@pytest.fixture(scope="module")
def cpython_replies(wheels: Wheels, cases: list[Case]) -> list[str]:
    """The corpus answered by the venv's CPython."""
    return _cpython_answers([case.request for case in cases], wheels.tzdata)


def _summary(output: str) -> dict[str, int]:
    """pytest's final tally (``322 passed, 2 deselected in 44.1s``) as counts by outcome."""
    lines = [line for line in output.splitlines() if re.search(r"\d+ \w+.* in [\d.]+s", line)]
    assert lines, "pytest printed no summary line"
    return {
        ("error" if word.startswith("error") else word): int(number)
        for number, word in _OUTCOME.findall(lines[-1])
    }


def test_core_tests_pass_inside_pyodide(pyodide_run: NodeRun, cpython_collected: int) -> None:
    """tests/core passes in Pyodide, and nearly all of what CPython collects really ran."""
    code = pyodide_run.returncode
    assert code == 0, f"pytest inside Pyodide exited with {code}:\n{pyodide_run.tail()}"
    counts = _summary(pyodide_run.output)
    collected = cpython_collected
    assert counts.get("deselected", 0) == len(NOT_IN_PYODIDE), (
        f"a NOT_IN_PYODIDE id no longer matches a test: {counts}"
    )
    assert sum(counts.values()) == collected, (
        f"Pyodide collected other tests than CPython's {collected}: {counts}"
    )
    assert counts.get("passed", 0) >= math.ceil(0.9 * collected), (
        f"only {counts.get('passed', 0)} of {collected} tests passed inside Pyodide: {counts}"
    )


def test_bridge_replies_match_cpython(
    pyodide_run: NodeRun, cases: list[Case], cpython_replies: list[str]
) -> None:
    """Every corpus request gets the very same reply string from Pyodide as from CPython."""
    assert pyodide_run.replies is not None, f"no replies from Pyodide:\n{pyodide_run.tail()}"
    assert len(cases) >= 150
    assert len(pyodide_run.replies) == len(cpython_replies) == len(cases)
    differ = [
        f"{case.name}\n  CPython: {mine[:600]}\n  Pyodide: {theirs[:600]}"
        for case, mine, theirs in zip(cases, cpython_replies, pyodide_run.replies, strict=True)
        if mine != theirs
    ]
    assert not differ, f"{len(differ)} of {len(cases)} replies differ:\n" + "\n".join(differ[:10])


def test_deep_nesting_does_not_kill_pyodide(wheels: Wheels, tmp_path: Path) -> None:
    """A hostile request must get an error reply, not end the page's Python for good."""
    request = "[" * 100_000
    run = _run_node(wheels.shipped, [request], tmp_path, stdlib=wheels.stdlib)
    assert run.returncode == 0, run.tail(2_000)
    assert run.replies == _cpython_answers([request], wheels.tzdata)


CANARY_MODULE = """
def load_something_the_site_does_not_ship():
    import colorsys  # left out of the shipped zip, and imported by neither pytest nor hypothesis
    return colorsys
"""
CANARY_TEST = """
from followup_core_canary import load_something_the_site_does_not_ship

def test_canary():
    assert load_something_the_site_does_not_ship()
"""


def test_an_import_the_shipped_library_lacks_fails_the_run(wheels: Wheels, tmp_path: Path) -> None:
    """The watch in pyodide_conftest.py really fails a run where core code needs a cut file."""
    module, test, conftest = tmp_path / "canary.py", tmp_path / "test_canary.py", tmp_path / "c.py"
    module.write_text(CANARY_MODULE, encoding="utf-8")
    test.write_text(CANARY_TEST, encoding="utf-8")
    conftest.write_bytes((HERE / "pyodide_conftest.py").read_bytes())
    run = _run_node(
        wheels.shipped + wheels.tools,
        [],
        tmp_path,
        stdlib=wheels.stdlib,
        files=[
            (f"{FS_ROOT}/followup_core_canary.py", module),
            (f"{FS_ROOT}/test_canary.py", test),
            (f"{FS_ROOT}/conftest.py", conftest),
        ],
        pytest_args=["test_canary.py", *PYTEST_OPTIONS],
    )
    assert "1 passed" in run.output, run.tail(3_000)
    assert run.returncode == 1, run.tail(3_000)
    assert "the shipped standard library lacks: colorsys" in run.output
