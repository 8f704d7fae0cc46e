"""The web UI in real headless Chromium (Debian's chromium + chromedriver, driven by selenium).

The UI runs against a small database built here: synthetic records plus a malicious one whose text
carries <script>, an onerror handler and leftover <table> markup, which must show as text.
Skipped with a message when chromium is absent locally; in CI (CI=true) a missing browser is a failure.
Set NEWSGRAPH_SCREENSHOT_DIR=docs/screenshots to refresh the committed screenshots.
"""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from newsgraph.api.synthetic import synthetic_record
from newsgraph.store.db import connect, write_records

pytestmark = pytest.mark.browser

CHROMIUM = os.environ.get("NEWSGRAPH_CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("NEWSGRAPH_CHROMEDRIVER", "/usr/bin/chromedriver")
MALICIOUS = ('<script>window.__pwned = 1</script> <img src=x onerror="window.__pwned = 2"> '
             "<table><tr><td>leftover cell</td></tr></table> ")
MALICIOUS_ID = "syn-000999"


def _require_browser() -> None:
    missing = [p for p in (CHROMIUM, CHROMEDRIVER) if not (os.path.isfile(p) and os.access(p, os.X_OK))]
    if not missing:
        return
    message = f"browser tests need {' and '.join(missing)} (apt-get install -y chromium chromium-driver)"
    if os.environ.get("CI"):
        pytest.fail(message + "; .ci/run installs them")
    pytest.skip(message)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The API and UI served by uvicorn on loopback over a fresh test database."""
    import uvicorn

    from newsgraph.api.app import create_app

    _require_browser()
    db = tmp_path_factory.mktemp("ui") / "ui.db"
    conn = connect(db)
    malicious = synthetic_record(999, text_prefix=MALICIOUS)
    malicious["url"] = "javascript:window.__pwned=3"
    write_records(conn, [synthetic_record(i) for i in range(30)] + [malicious])
    conn.close()
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline:
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def driver(base_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-dev-shm-usage",
                "--window-size=1280,900", f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}"):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    browser = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    browser.set_page_load_timeout(30)
    yield browser
    browser.quit()


def open_view(driver: Any, base_url: str, fragment: str) -> None:
    """Load a view and wait until the app says it has rendered it."""
    driver.get(f"{base_url}/{fragment}")
    wait_ready(driver, fragment)


def wait_ready(driver: Any, hash_: str) -> None:
    """Wait until the app has rendered the view of this URL hash (it sets body[data-ready])."""
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(driver, 20).until(lambda d: d.execute_script("return document.body.dataset.ready") == hash_)


def screenshot(driver: Any, name: str, tmp_path: Path) -> Path:
    """Save a PNG of the current view (to docs/screenshots when NEWSGRAPH_SCREENSHOT_DIR says so)."""
    target = Path(os.environ.get("NEWSGRAPH_SCREENSHOT_DIR") or tmp_path) / f"{name}.png"
    target.parent.mkdir(parents=True, exist_ok=True)
    assert driver.save_screenshot(str(target))
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and target.stat().st_size > 5000
    return target


def severe_console_errors(driver: Any) -> list[str]:
    """Errors the page logged (script errors, CSP violations, failed loads)."""
    return [e["message"] for e in driver.get_log("browser") if e["level"] == "SEVERE"]


def test_search_then_open_article_with_highlights(driver: Any, base_url: str, tmp_path: Path) -> None:
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    open_view(driver, base_url, "#/")
    box = driver.find_element(By.CSS_SELECTOR, "form.filters input[name=q]")
    box.send_keys("fisheries")
    box.submit()
    wait_ready(driver, "#/?q=fisheries")
    results = driver.find_elements(By.CSS_SELECTOR, ".result")
    assert results, "search found nothing"
    marks = [m.text.lower() for m in driver.find_elements(By.CSS_SELECTOR, ".result mark")]
    assert marks and set(marks) == {"fisheries"}
    screenshot(driver, "search", tmp_path)

    first = driver.find_element(By.CSS_SELECTOR, ".result h3 a")
    article_id = first.get_attribute("href").split("#/article/")[1]
    first.click()
    wait_ready(driver, f"#/article/{article_id}")
    record = driver.execute_script(f"return fetch('/api/articles/{article_id}').then(r => r.json())")
    for kind, items, key in (("quote", record["quotes"], None), ("event", record["events"], "trigger"),
                             ("claim", record["claims"], None), ("date", record["dates"], None),
                             ("place", record["places"], None)):
        assert items, kind
        for i, item in enumerate(items):
            span = item[key] if key else item
            pieces = driver.find_elements(By.CSS_SELECTOR, f'.article-text [data-items~="{kind}-{i}"]')
            assert "".join(p.get_attribute("textContent") for p in pieces) == span["text"], (kind, i)
    assert driver.find_element(By.CSS_SELECTOR, ".article-text").get_attribute("textContent") == record["text"]

    trigger = driver.find_element(By.CSS_SELECTOR, '.article-text [data-items~="event-0"]')
    ActionChains(driver).move_to_element(trigger).perform()
    tip = driver.find_element(By.ID, "tip")
    assert tip.is_displayed()
    assert record["events"][0]["type"] in tip.text and record["events"][0]["source"]["actor"]["name"] in tip.text
    screenshot(driver, "article", tmp_path)
    assert severe_console_errors(driver) == []


def test_markup_in_article_text_is_shown_as_text(driver: Any, base_url: str, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    open_view(driver, base_url, f"#/article/{MALICIOUS_ID}")
    text = driver.find_element(By.CSS_SELECTOR, ".article-text")
    assert text.get_attribute("textContent").startswith(MALICIOUS)
    assert "<script>window.__pwned = 1</script>" in text.text and "<table><tr><td>leftover cell" in text.text
    for tag in ("script", "img", "table", "td"):
        assert text.find_elements(By.TAG_NAME, tag) == [], tag
    assert driver.find_elements(By.CSS_SELECTOR, 'a[href^="javascript"]') == []
    time.sleep(0.3)
    assert driver.execute_script("return window.__pwned") is None
    screenshot(driver, "markup-as-text", tmp_path)


# (view, CSS selector that must match, minimum number of matches)
VIEWS = [
    ("timeline", "svg.timeline rect.bar", 10),
    ("network", "#network canvas", 1),
    ("quotes", ".speakers li a", 3),
    ("claims", "table.ledger tbody tr .flag", 1),
    ("map", "#map path.place-marker", 5),
]


@pytest.mark.parametrize(("view", "selector", "at_least"), VIEWS)
def test_overview_views_render(driver: Any, base_url: str, tmp_path: Path, view: str, selector: str,
                               at_least: int) -> None:
    from selenium.webdriver.common.by import By

    open_view(driver, base_url, f"#/{view}")
    assert len(driver.find_elements(By.CSS_SELECTOR, selector)) >= at_least
    assert driver.find_elements(By.CSS_SELECTOR, ".error") == []
    if view == "network":
        assert int(driver.find_element(By.ID, "network").get_attribute("data-nodes")) >= 3
    screenshot(driver, view, tmp_path)
    assert severe_console_errors(driver) == []


def test_quote_browser_filters_by_speaker(driver: Any, base_url: str) -> None:
    from selenium.webdriver.common.by import By

    open_view(driver, base_url, "#/quotes")
    link = driver.find_element(By.CSS_SELECTOR, ".speakers li a")
    name, href = link.text, link.get_attribute("href")
    link.click()
    wait_ready(driver, "#" + href.split("#", 1)[1])
    speakers = {s.text for s in driver.find_elements(By.CSS_SELECTOR, ".quote .meta strong")}
    assert speakers == {name}

