"""Render the README's PDF page images from the real demo data.

Usage: python docs/make_pdf_images.py   (needs pdftoppm from poppler-utils)

Builds a throw-away demo database, exports Jordan Rivera's packets and
consolidated scorecard, and saves chosen pages as PNG into docs/images/.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from interview_planner.db.database import Database
from interview_planner.services.packets import export_consolidated, export_packets
from interview_planner.services.setup import initialise

IMAGES = Path(__file__).resolve().parent / "images"
PAGES = (  # (file name part, page number, output image)
    ("03-system-design", 2, "packet-page.png"),
    ("00-loop-overview", 1, "loop-overview.png"),
)


def render(pdf: Path, page: int, out: Path, dpi: int = 80) -> None:
    stem = out.with_suffix("")
    subprocess.run(
        ["pdftoppm", "-r", str(dpi), "-png", "-f", str(page), "-l", str(page), "-singlefile", str(pdf), str(stem)],
        check=True,
    )
    print(f"wrote {out}")


def main() -> int:
    if shutil.which("pdftoppm") is None:
        print("pdftoppm is missing (apt-get install poppler-utils)", file=sys.stderr)
        return 1
    IMAGES.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        db = Database.open(Path(tmp) / "demo.db")
        initialise(db, demo=True)
        files = export_packets(db, candidate="Jordan Rivera", out_dir=Path(tmp) / "out", generated_on="2026-11-24")
        for part, page, image in PAGES:
            pdf = next(Path(f.path) for f in files if part in Path(f.path).name)
            render(pdf, page, IMAGES / image)
        decision = export_consolidated(
            db, candidate="Jordan Rivera", out=Path(tmp) / "decision.pdf", generated_on="2026-11-24"
        )
        render(Path(decision.path), 1, IMAGES / "consolidated-scorecard.png")
        db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
