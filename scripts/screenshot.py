"""Take docs/screenshot.png of the explorer: OUTPUT_DIR/graph.html in headless Chromium.

Opens the page from file:// (every other request aborted), selects a dispute
(or the most central node) so the side panel shows a fact with its sentence
and source, and writes a PNG.

Usage::

    .venv/bin/python scripts/screenshot.py [OUTPUT_DIR] [--out docs/screenshot.png] [--select LABEL]

OUTPUT_DIR defaults to ``output/`` (what ``kg build`` writes). Needs Debian's
chromium at /usr/bin/chromium (``make browser``).
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]

# Pick the node to show: the named one, else the most central dispute, else the most central node.
_PICK = """(label) => {
  const nodes = window.explorer.data.nodes;
  const want = label ? label.toLowerCase() : null;
  const hit = want ? nodes.find(n => n.l.toLowerCase() === want || n.a.some(a => a.toLowerCase() === want)) : null;
  return (hit || nodes.find(n => n.k === 'Dispute') || nodes[0] || {}).id || null;
}"""


def screenshot(page_path: Path, out: Path, select: str | None = None, width: int = 1400, height: int = 860) -> Path:
    """Write a PNG of the explorer at ``page_path`` to ``out`` (atomically) and return ``out``."""
    from playwright.sync_api import sync_playwright

    if not page_path.is_file():
        sys.exit(f"screenshot: {page_path}: no such file (run `kg build ... --out {page_path.parent}` first)")
    if not Path(CHROMIUM).exists():
        sys.exit(f"screenshot: {CHROMIUM} not found (apt-get install chromium, or `make browser`)")
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": width, "height": height}, device_scale_factor=1)
        page.route("**/*", lambda r: r.continue_() if r.request.url.startswith(("file:", "data:")) else r.abort())
        page.goto(page_path.resolve().as_uri())
        page.wait_for_function("window.explorerReady !== undefined", timeout=30000)
        node = page.evaluate(_PICK, select)
        if node:
            page.evaluate("(id) => window.explorer.select(id)", node)
        page.evaluate("() => window.network.fit({animation: false})")
        page.wait_for_timeout(300)  # the legend's SVG images and the redraw
        out.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name}.", suffix=".png")
        os.close(fd)
        try:
            page.screenshot(path=tmp)
            os.chmod(tmp, 0o644)  # mkstemp makes it private; the docs image is public
            os.replace(tmp, out)
        finally:
            Path(tmp).unlink(missing_ok=True)
        browser.close()
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("output_dir", nargs="?", default="output", type=Path)
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshot.png")
    ap.add_argument("--select", help="label or alias of the node to select (default: the first dispute)")
    args = ap.parse_args(argv)
    print(screenshot(args.output_dir / "graph.html", args.out, args.select))


if __name__ == "__main__":
    main()
