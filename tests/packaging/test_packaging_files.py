"""The packaging files are well-formed and agree with each other and with pyproject.toml.

Fast and build-free: nothing here runs PyInstaller (``packaging/build.py`` does, and smoke-tests
the result). These checks catch the mistakes that otherwise only show on a user's desktop: a
.desktop file the menu ignores, metainfo a software centre rejects, a missing icon size.
"""

from __future__ import annotations

import configparser
import py_compile
import re
import struct
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
APP_ID = "interview-loop-planner"
APP_NAME = "Interview Loop Planner"
DESKTOP = PACKAGING / "linux" / f"{APP_ID}.desktop"
METAINFO = PACKAGING / "linux" / f"{APP_ID}.metainfo.xml"
SPEC = PACKAGING / "interview_planner.spec"
ISS = PACKAGING / "windows" / "interview_planner.iss"
ICONS = PACKAGING / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path.name} is not a PNG"
    assert data[12:16] == b"IHDR", f"{path.name}: first chunk is not IHDR"
    return struct.unpack(">II", data[16:24])


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive in desktop files
    parser.read_string(DESKTOP.read_text(encoding="utf-8"))
    return parser["Desktop Entry"]


def test_desktop_file_has_the_keys_a_menu_needs() -> None:
    entry = desktop_entry()
    for key in ("Type", "Name", "Exec", "Icon", "Categories"):
        assert entry.get(key), f"{DESKTOP.name}: {key} is missing or empty"
    assert entry["Type"] == "Application"
    assert entry["Name"] == APP_NAME
    assert entry["Icon"] == APP_ID  # a theme icon name, installed by install.sh
    assert entry["Terminal"] == "false"
    categories = entry["Categories"]
    assert categories.endswith(";")
    assert "Office" in categories.split(";")  # one registered main category
    assert entry["StartupWMClass"] == APP_ID  # the WM_CLASS Qt sets from setDesktopFileName


def test_desktop_exec_is_the_console_script_without_field_codes() -> None:
    program = desktop_entry()["Exec"].split()
    assert program == ["interview-planner"]  # the CLI treats any argument as a command
    assert program[0] in pyproject()["project"]["scripts"]


def test_metainfo_has_what_software_centres_show() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.tag == "component"
    assert root.get("type") == "desktop-application"
    for tag in ("id", "name", "summary", "metadata_license", "project_license"):
        element = root.find(tag)
        assert element is not None and (element.text or "").strip(), f"<{tag}> is missing or empty"
    assert root.findtext("id") == APP_ID
    assert root.findtext("name") == APP_NAME
    assert root.findtext("project_license") == pyproject()["project"]["license"]["text"]
    description = root.find("description")
    assert description is not None and len(description) > 0 and description[0].tag == "p"
    launchable = root.find("launchable")
    assert launchable is not None and launchable.get("type") == "desktop-id"
    assert launchable.text == DESKTOP.name


def test_metainfo_newest_release_is_the_project_version() -> None:
    releases = ET.parse(METAINFO).getroot().findall("releases/release")
    assert releases, "no <release> in the metainfo"
    assert releases[0].get("version") == pyproject()["project"]["version"], (
        "add a <release> for the new version at the top of the metainfo <releases>"
    )
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", releases[0].get("date", ""))


def test_spec_file_compiles() -> None:
    source = SPEC.read_text(encoding="utf-8")
    compile(source, str(SPEC), "exec")
    assert "copy_metadata" in source  # or the frozen --version says 0.0.0+source
    assert 'collect_submodules("interview_planner_ui")' in source  # the GUI is imported with importlib
    assert 'hiddenimports.append("_rl_accel")' in source  # reportlab imports it with exec()
    assert (PACKAGING / "launcher.py").is_file()


@pytest.mark.parametrize("script", ["build.py", "smoke_test.py", "make_icons.py", "launcher.py"])
def test_packaging_scripts_compile(script: str, tmp_path: Path) -> None:
    py_compile.compile(str(PACKAGING / script), cfile=str(tmp_path / "x.pyc"), doraise=True)


def test_inno_setup_script_names_the_app_and_takes_the_version() -> None:
    text = ISS.read_text(encoding="utf-8")
    assert f'#define AppName "{APP_NAME}"' in text
    assert "AppVersion={#AppVersion}" in text  # the version is passed in: iscc /DAppVersion=...
    assert "#ifndef AppVersion" in text
    assert re.search(r"^AppId=\{\{[0-9A-F-]{36}\}$", text, re.M), "AppId must be a fixed GUID"
    icon = re.search(r"^SetupIconFile=(.+)$", text, re.M)
    assert icon and (ISS.parent / icon.group(1).strip().replace("\\", "/")).is_file()
    assert r"..\dist\interview-planner\*" in text
    assert 'EXE_NAME = "interview-planner"' in SPEC.read_text(encoding="utf-8")  # the COLLECT folder's name


@pytest.mark.parametrize("size", PNG_SIZES)
def test_icon_png_has_its_size(size: int) -> None:
    assert png_size(ICONS / "png" / f"{APP_ID}-{size}.png") == (size, size)


def test_icon_svg_source_is_square() -> None:
    root = ET.parse(ICONS / f"{APP_ID}.svg").getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("viewBox") == "0 0 512 512"


def test_ico_holds_the_windows_sizes() -> None:
    data = (ICONS / f"{APP_ID}.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = set()
    for i in range(count):
        width, height, _, _, _, _, length, offset = struct.unpack("<BBBBHHII", data[6 + 16 * i : 22 + 16 * i])
        assert data[offset : offset + 8] == b"\x89PNG\r\n\x1a\n" and offset + length <= len(data)
        sizes.add((width or 256, height or 256))
    assert {(s, s) for s in (16, 32, 48, 256)} <= sizes


def test_icns_is_well_formed() -> None:
    data = (ICONS / f"{APP_ID}.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    kinds, pos = set(), 8
    while pos < len(data):
        kind, length = data[pos : pos + 4], struct.unpack(">I", data[pos + 4 : pos + 8])[0]
        assert length >= 8
        kinds.add(kind)
        pos += length
    assert pos == len(data)
    assert {b"ic07", b"ic08", b"ic09", b"ic10"} <= kinds  # 128, 256, 512 and 512@2x


def test_install_script_installs_every_icon_size_there_is() -> None:
    text = (PACKAGING / "linux" / "install.sh").read_text(encoding="utf-8")
    sizes = re.search(r'^ICON_SIZES="([\d ]+)"$', text, re.M)
    assert sizes and tuple(int(s) for s in sizes.group(1).split()) == PNG_SIZES
    assert f"APP_ID={APP_ID}" in text


def test_every_python_package_is_in_the_wheel() -> None:
    """A package folder missing from ``packages`` is left out of the wheel: the app then fails
    on a user's machine while every test here passes from the checkout."""
    setuptools = pyproject()["tool"]["setuptools"]
    listed = set(setuptools["packages"])
    on_disk = set()
    for name, folder in setuptools["package-dir"].items():
        for init in (ROOT / folder).rglob("__init__.py"):
            parts = init.parent.relative_to(ROOT / folder).parts
            on_disk.add(".".join((name, *parts)))
    assert on_disk - listed == set()
