"""Refresh docs/screenshots/: every UI view in headless Debian chromium (`make screenshots`).

The database holds the sample corpus as newsgraph extracts it today (real article, real output)
plus synthetic articles so that the timeline, network, ledger and map have something to show.

    .venv/bin/python tests/browser/screenshots.py [--out docs/screenshots] [--db newsgraph.db]
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from test_ui import CHROMEDRIVER, CHROMIUM, _free_port  # noqa: E402

from newsgraph.api.synthetic import synthetic_record  # noqa: E402
from newsgraph.devdata import PROJECT_ROOT  # noqa: E402
from newsgraph.store.db import connect, write_records  # noqa: E402


def build_database(path: Path, source: Path | None = None, synthetic: int = 150) -> str | None:
    """The sample corpus (extracted now, or copied from ``source``) plus synthetic articles.

    Returns the id of the real article with the most events and quotes, for the article view.
    """
    if source is not None:
        shutil.copyfile(source, path)
        conn = connect(path)
        write_records(conn, [synthetic_record(i) for i in range(synthetic)])
    else:
        from newsgraph.run import extract_records

        conn = connect(path)
        articles = [str(p) for p in sorted((PROJECT_ROOT / "samples").iterdir())
                    if p.suffix in (".txt", ".html", ".htm")]
        real = [r for r in extract_records(articles) if not r.get("error")]
        write_records(conn, real + [synthetic_record(i) for i in range(synthetic)])
    best = conn.execute(
        "SELECT a.id FROM articles a WHERE a.id NOT LIKE 'syn-%' ORDER BY "
        "(SELECT count(*) FROM events WHERE article_id = a.id) + (SELECT count(*) FROM quotes WHERE article_id = a.id) "
        "DESC LIMIT 1").fetchone()
    conn.close()
    return best[0] if best else None


def capture(base_url: str, out: Path, article_id: str) -> list[Path]:
    """Open each view, wait for it to render, hover where it helps, and save a PNG."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    profile = tempfile.mkdtemp(prefix="chromium-profile-")
    for arg in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-sync", "--hide-scrollbars",
                "--window-size=1280,900", f"--user-data-dir={profile}"):
        options.add_argument(arg)
    driver: Any = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    shots = []
    views = [("search", "#/?q=Tokyo"), ("article", f"#/article/{article_id}"), ("timeline", "#/timeline"),
             ("network", "#/network"), ("quotes", "#/quotes"), ("claims", "#/claims"), ("map", "#/map"),
             ("api-docs", "docs")]
    try:
        for name, fragment in views:
            driver.get(f"{base_url}/{fragment}")
            if fragment.startswith("#"):
                WebDriverWait(driver, 60).until(lambda d, h=fragment: d.execute_script(
                    "return document.body.dataset.ready") == h)
            else:
                WebDriverWait(driver, 60).until(lambda d: d.find_elements(By.CSS_SELECTOR, ".opblock"))
            time.sleep(0.5)
            if name == "article":
                target = driver.find_elements(By.CSS_SELECTOR, ".article-text .hl-event")
                if target:
                    ActionChains(driver).move_to_element(target[0]).perform()
            path = out / f"{name}.png"
            driver.save_screenshot(str(path))
            shots.append(path)
    finally:
        driver.quit()
    return shots


def main() -> None:
    import uvicorn

    from newsgraph.api.app import create_app

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=PROJECT_ROOT / "docs" / "screenshots")
    parser.add_argument("--db", type=Path, help="an existing database (e.g. from `make run`) instead of extracting")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "screens.db"
        article_id = build_database(db, args.db) or "syn-000001"
        port = _free_port()
        server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        while not server.started:
            time.sleep(0.05)
        try:
            for path in capture(f"http://127.0.0.1:{port}", args.out, article_id):
                print(path)
        finally:
            server.should_exit = True
            thread.join(timeout=10)


if __name__ == "__main__":
    main()
